using System.Text.Json.Serialization;

namespace TradeStats.Verification;

/// <summary>
/// A minimal set of published statements that cannot all hold: remove any one of them and the rest are consistent.
/// The constraint network finds it through any chain of relations (a level and its growth rate imply a base, the
/// base is a part of a whole published elsewhere ...), and <see cref="Chain"/> shows that arithmetic step by step.
/// </summary>
/// <param name="Statements">The statements of the set, with their text.</param>
/// <param name="Chain">The arithmetic linking them, one step per line: each published figure, each relation that narrowed a figure, and the step that cannot hold.</param>
/// <param name="Classification">A contradiction, or an explainable gap when one named cause (truncation, a revised base, another rate, an approximate figure) makes the set consistent.</param>
/// <param name="Kind">The kind of the finding that reports the set: the direct relation's kind when one relation of the existing families already shows it, otherwise <see cref="FindingKind.Chain"/> or the explaining cause.</param>
/// <param name="Message">A readable sentence for people, as in the reporting <see cref="Finding"/>.</param>
public sealed record Conflict(
    IReadOnlyList<FindingStatement> Statements,
    IReadOnlyList<string> Chain,
    FindingClassification Classification,
    FindingKind Kind,
    string Message)
{
    /// <summary>Whether the set is a contradiction rather than an explainable gap.</summary>
    [JsonIgnore]
    public bool IsContradiction => Classification == FindingClassification.Contradiction;

    /// <summary>Whether the set holds a statement.</summary>
    /// <param name="statementId">A statement id as given to <see cref="Statement.Id"/>; compared case-sensitively.</param>
    /// <returns>True when the statement is one of the set.</returns>
    public bool Involves(string statementId) => Statements.Any(s => string.Equals(s.Id, statementId, StringComparison.Ordinal));

    /// <summary>The classification, the statement ids and the message, then the chain indented one step a line.</summary>
    /// <returns><c>[Classification] {a, b}: Message</c>, then each step of <see cref="Chain"/> on its own line.</returns>
    public override string ToString() =>
        $"[{Classification}] {{{string.Join(", ", Statements.Select(s => s.Id))}}}: {Message}" + string.Concat(Chain.Select(c => Environment.NewLine + "    " + c));
}

/// <summary>
/// An interval the published statements pin down for a figure that none of them publishes: the base a year before
/// a level with a growth rate, the whole behind a share, the missing flow of an identity, the months between two
/// year-to-date figures.
/// </summary>
/// <param name="Subject">The figure's subject.</param>
/// <param name="Unit">Its unit: a currency code or what a count counts.</param>
/// <param name="Interval">The tightest interval the network derives, its ends rounded outward.</param>
/// <param name="From">The ids of the statements it follows from.</param>
/// <param name="Text">A readable line, such as <c>imports CN-XZ-WLD 2023 in CNY: [1.153, 1.157] billion, from xinhua-imports-2024</c>.</param>
public sealed record ImpliedBound(StatementSubject Subject, string Unit, DecimalInterval Interval, IReadOnlyList<string> From, string Text)
{
    /// <summary>The readable line.</summary>
    /// <returns><see cref="Text"/>.</returns>
    public override string ToString() => Text;
}

/// <summary>A statement with the number of minimal contradictory sets it appears in: the higher, the likelier it is the wrong figure.</summary>
/// <param name="Id">The statement's id.</param>
/// <param name="MinimalSets">How many of the report's contradictory minimal sets hold it.</param>
public sealed record SuspectStatement(string Id, int MinimalSets);
