using System.Text.Json.Serialization;

namespace TradeStats.Verification;

/// <summary>
/// The outcome of checking one relation among published statements: which figures, what arithmetic, how large the
/// gap is and how it is classified. Plain data that serializes with System.Text.Json (enums as names).
/// </summary>
/// <param name="Kind">What was checked, or what went wrong when an outcome has a kind of its own (<see cref="FindingKind.PowerOfTenSlip"/>, <see cref="FindingKind.RoundingStyle"/>, <see cref="FindingKind.PartExceedsWhole"/>).</param>
/// <param name="Classification">Consistent within rounding, a gap with a named explanation, or a contradiction.</param>
/// <param name="Relation">The relation in words, such as "total = exports + imports".</param>
/// <param name="Statements">The statements involved, with their text.</param>
/// <param name="Arithmetic">The interval arithmetic, such as "exports + imports = [12.66, 12.68) billion CNY; total = [12.665, 12.675) billion CNY".</param>
/// <param name="Gap">The distance between the computed and the stated interval, zero when they overlap, in <paramref name="GapUnit"/>.</param>
/// <param name="RelativeGap">The gap as a fraction of the stated side's nearest end; null when that end is zero or unbounded.</param>
/// <param name="GapUnit">The unit of <paramref name="Gap"/>: a currency code, a count unit, "share", "growth" or a rate pair such as "USD/CNY".</param>
/// <param name="Message">A readable sentence for people.</param>
public sealed record Finding(
    FindingKind Kind,
    FindingClassification Classification,
    string Relation,
    IReadOnlyList<FindingStatement> Statements,
    string Arithmetic,
    decimal Gap,
    decimal? RelativeGap,
    string GapUnit,
    string Message)
{
    /// <summary>
    /// The computed side of the relation (such as exports + imports) as an interval in the relation's own terms:
    /// amounts in units of <see cref="GapUnit"/>, shares and growth rates as fractions, rates as quote per base.
    /// Null on a finding that was not made by the verifier. Not serialized: <see cref="Arithmetic"/> carries it as text.
    /// </summary>
    [JsonIgnore]
    public DecimalInterval? Computed { get; init; }

    /// <summary>The stated side of the relation (such as the published total) as an interval, in the terms of <see cref="Computed"/>.</summary>
    [JsonIgnore]
    public DecimalInterval? Stated { get; init; }

    /// <summary>What <see cref="Computed"/> is, in words, such as "exports + imports".</summary>
    [JsonIgnore]
    public string? ComputedLabel { get; init; }

    /// <summary>What <see cref="Stated"/> is, in words, such as "total 2024 12.67 billion CNY (xinhua-2024-total)".</summary>
    [JsonIgnore]
    public string? StatedLabel { get; init; }

    /// <summary>Whether the finding is a contradiction.</summary>
    [JsonIgnore]
    public bool IsContradiction => Classification == FindingClassification.Contradiction;

    /// <summary>Whether the finding names a statement.</summary>
    /// <param name="statementId">A statement id as given to <see cref="Statement.Id"/>; compared case-sensitively.</param>
    /// <returns>True when the statement is involved.</returns>
    public bool Involves(string statementId) => Statements.Any(s => string.Equals(s.Id, statementId, StringComparison.Ordinal));

    /// <summary>The classification, kind and message on one line, then the arithmetic.</summary>
    /// <returns><c>[Classification] Kind: Message</c>, then the arithmetic indented on a second line.</returns>
    public override string ToString() => $"[{Classification}] {Kind}: {Message}{Environment.NewLine}    {Arithmetic}";
}

/// <summary>A statement named in a finding.</summary>
/// <param name="Id">The statement's id.</param>
/// <param name="Text">Its source sentence, or a description when none was recorded.</param>
public sealed record FindingStatement(string Id, string Text);

/// <summary>What a finding checked.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FindingKind>))]
public enum FindingKind
{
    /// <summary>An accounting identity: total = exports + imports, balance = exports - imports, and what follows from them.</summary>
    Identity = 0,

    /// <summary>A part within its whole (a partner within the world, private firms within all firms).</summary>
    PartOfWhole = 1,

    /// <summary>A part larger than its whole.</summary>
    PartExceedsWhole = 2,

    /// <summary>The parts of a declared complete partition against the whole.</summary>
    Partition = 3,

    /// <summary>A stated share against the share computed from stated levels.</summary>
    Share = 4,

    /// <summary>A stated growth rate against the levels of the two periods, published together.</summary>
    Growth = 5,

    /// <summary>Growth rates over several consecutive periods against the levels at both ends.</summary>
    GrowthChain = 6,

    /// <summary>The base implied by a level and its growth rate against a figure published for that base elsewhere.</summary>
    ImpliedBase = 7,

    /// <summary>Two figures for the same subject in the same unit (from different sources).</summary>
    Agreement = 8,

    /// <summary>The exchange rate implied by figures in two currencies against a rate table or a plausible band.</summary>
    CurrencyEquivalent = 9,

    /// <summary>An equivalent in another currency off by a power of ten.</summary>
    PowerOfTenSlip = 10,

    /// <summary>A figure that matches only when read as truncated instead of rounded.</summary>
    RoundingStyle = 11,

    /// <summary>Statements that no single relation compares but that cannot all hold through a chain of relations (see <see cref="Conflict"/>).</summary>
    Chain = 12,

    /// <summary>A figure qualified "about", "some", "nearly" or "approximately" that matches only when read more loosely than its digits.</summary>
    Approximation = 13,
}

/// <summary>How a finding is classified.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FindingClassification>))]
public enum FindingClassification
{
    /// <summary>The figures agree once their rounding is taken into account.</summary>
    ConsistentWithinRounding = 0,

    /// <summary>The figures disagree by a gap that a named cause explains: truncation instead of rounding, a revised base, another exchange rate.</summary>
    ExplainableGap = 1,

    /// <summary>No exact values within the figures' rounding satisfy the relation, and no named cause explains the gap.</summary>
    Contradiction = 2,
}
