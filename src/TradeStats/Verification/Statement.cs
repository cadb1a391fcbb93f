using System.Globalization;

namespace TradeStats.Verification;

/// <summary>
/// One published statement about a subject: its level (money or a count), its share of a whole, its growth on the
/// same period a year earlier and an equivalent in another currency, each as published with its rounding, and
/// the source sentence it comes from.
/// </summary>
/// <remarks>
/// <para>
/// A statement holds at least one figure. "Exports rose 15.3 percent year on year to 11.32 billion yuan" is one
/// statement with a <see cref="Value"/> and a <see cref="Growth"/>; "Private enterprises contributed 85.7 percent
/// of the total trade value, or 7.26 billion yuan" is one statement with a <see cref="Value"/>, a
/// <see cref="Share"/> and the subject the share is of (<see cref="ShareOf"/>).
/// </para>
/// <para>Shares and growth rates are fractions: 15.4 percent is 0.154 (see <see cref="Figures.Percent(decimal, RoundingStyle)"/>).</para>
/// </remarks>
/// <example>
/// <code>
/// var xizang2024 = new StatementSubject(Territory.FromCode("CN-XZ"), Territory.World, Period.Year(2024), TradeFlow.Total);
/// var total = Statement.OfValue("xinhua-total-2024", xizang2024, Figures.Billion(12.67m, Currency.CNY)) with
/// {
///     Growth = Figures.Percent(15.4m),
///     Equivalent = Figures.Billion(1.77m, Currency.USD),
///     Source = new SourceReference("Xinhua", new DateOnly(2025, 2, 17)),
/// };
/// </code>
/// </example>
public sealed record Statement
{
    /// <summary>Creates a statement without figures; set them with an object initializer or <c>with</c>.</summary>
    /// <param name="id">A label unique within a statement set, such as "xinhua-2024-total".</param>
    /// <param name="subject">What the figures describe.</param>
    /// <exception cref="ArgumentException">The id is blank.</exception>
    public Statement(string id, StatementSubject subject)
    {
        Guard.Against.NullOrWhiteSpace(id);
        Guard.Against.Null(subject);
        Id = id;
        Subject = subject;
    }

    /// <summary>The label, unique within a statement set.</summary>
    public string Id { get; init; }

    /// <summary>What the figures describe.</summary>
    public StatementSubject Subject { get; init; }

    /// <summary>The level in money, such as 12.67 billion yuan; null when not stated.</summary>
    public PublishedMoney? Value { get; init; }

    /// <summary>The level as a count of <see cref="CountUnit"/>, such as 12,938 vehicles; null when not stated.</summary>
    public PublishedNumber? Count { get; init; }

    /// <summary>What <see cref="Count"/> counts, such as "vehicles"; required with a count.</summary>
    public string? CountUnit { get; init; }

    /// <summary>The share of <see cref="ShareOf"/>, as a fraction (0.893 for 89.3 percent); null when not stated.</summary>
    public PublishedNumber? Share { get; init; }

    /// <summary>The whole that <see cref="Share"/> is a share of; required with a share.</summary>
    public StatementSubject? ShareOf { get; init; }

    /// <summary>The growth on the same period a year earlier, as a fraction (0.154 for "up 15.4 percent"); null when not stated.</summary>
    public PublishedNumber? Growth { get; init; }

    /// <summary>The level restated in another currency, such as "(about 1.77 billion U.S. dollars)"; null when not stated.</summary>
    public PublishedMoney? Equivalent { get; init; }

    /// <summary>
    /// The figures the source qualifies as approximate ("about 1.77 billion U.S. dollars", "some 150 firms"): a gap
    /// within <see cref="VerifierOptions.ApproximationTolerance"/> beyond their rounding is explainable rather than a
    /// contradiction. <see cref="StatementFigures.None"/> by default.
    /// </summary>
    public StatementFigures Approximate { get; init; }

    /// <summary>Where the statement was published; put the sentence in <see cref="SourceReference.Excerpt"/>.</summary>
    public SourceReference? Source { get; init; }

    /// <summary>The source sentence when recorded, otherwise a description of the subject and figures.</summary>
    public string Text => Source?.Excerpt ?? Describe();

    /// <summary>A statement of a level in money.</summary>
    /// <param name="id">A label unique within the statement set, such as <c>xinhua-total-2024</c>; findings name the statement by it.</param>
    /// <param name="subject">What the figure describes.</param>
    /// <param name="value">The amount as published, with the precision its printed digits imply.</param>
    /// <returns>A statement with only <see cref="Value"/> set; not yet validated.</returns>
    public static Statement OfValue(string id, StatementSubject subject, PublishedMoney value) => new(id, subject) { Value = value };

    /// <summary>A statement of a level in money read from press text, optionally with its growth.</summary>
    /// <param name="id">A label unique within the statement set, such as <c>xinhua-total-2024</c>.</param>
    /// <param name="subject">What the figure describes.</param>
    /// <param name="value">The amount as printed, such as "12.67 billion yuan" or "$1.21 billion".</param>
    /// <param name="growth">The growth as printed, such as "+15.4%" or "65-fold"; null when not stated.</param>
    /// <returns>A statement with <see cref="Value"/> and, when given, <see cref="Growth"/> set.</returns>
    /// <exception cref="FormatException">A text cannot be read; the message quotes it.</exception>
    /// <example>
    /// <code>
    /// var exports = Statement.OfValue("exports-2024", subject, "11.32 billion yuan", "+15.3%");
    /// </code>
    /// </example>
    public static Statement OfValue(string id, StatementSubject subject, string value, string? growth = null) =>
        new(id, subject) { Value = Figures.Money(value), Growth = growth is null ? null : Figures.Growth(growth) };

    /// <summary>A statement of a count, such as "12,938 NEVs".</summary>
    /// <param name="id">A label unique within the statement set.</param>
    /// <param name="subject">What the figure describes.</param>
    /// <param name="count">The number as published, such as 12,938 with its rounding.</param>
    /// <param name="unit">What is counted.</param>
    /// <returns>A statement with <see cref="Count"/> and <see cref="CountUnit"/> set.</returns>
    public static Statement OfCount(string id, StatementSubject subject, PublishedNumber count, string unit) =>
        new(id, subject) { Count = count, CountUnit = unit };

    /// <summary>A statement of a share, such as "exports are 89 percent of the total".</summary>
    /// <param name="id">A label unique within the statement set.</param>
    /// <param name="subject">What the share is of: the part, such as the exports.</param>
    /// <param name="share">The published share as a fraction between 0 and 1 (0.893 for 89.3 percent).</param>
    /// <param name="whole">What the part is a share of, such as total trade in the same period.</param>
    /// <returns>A statement with <see cref="Share"/> and <see cref="ShareOf"/> set.</returns>
    public static Statement OfShare(string id, StatementSubject subject, PublishedNumber share, StatementSubject whole) =>
        new(id, subject) { Share = share, ShareOf = whole };

    /// <summary>A statement of growth only, such as "trade surged" or "up 84.8 percent".</summary>
    /// <param name="id">A label unique within the statement set.</param>
    /// <param name="subject">What grew.</param>
    /// <param name="growth">The published growth as a fraction above -1 (0.848 for 84.8 percent).</param>
    /// <returns>A statement with only <see cref="Growth"/> set.</returns>
    public static Statement OfGrowth(string id, StatementSubject subject, PublishedNumber growth) => new(id, subject) { Growth = growth };

    /// <summary>The same statement with its source and the sentence it was taken from.</summary>
    /// <param name="source">The publication: publisher, date, title and address.</param>
    /// <param name="excerpt">The sentence; null keeps the source's own excerpt.</param>
    /// <returns>A copy of this statement with <see cref="Source"/> set; the figures are unchanged.</returns>
    public Statement From(SourceReference source, string? excerpt = null)
    {
        Guard.Against.Null(source);
        return this with { Source = excerpt is null ? source : source with { Excerpt = excerpt } };
    }

    /// <summary>Checks that the statement can be verified: at least one figure, a unit with a count, a whole with a share, an equivalent in another currency than the value.</summary>
    /// <exception cref="ArgumentException">The statement breaks one of these rules; the message names the statement and the field.</exception>
    public void Validate()
    {
        if (Value is null && Count is null && Share is null && Growth is null)
        {
            throw new ArgumentException($"Statement '{Id}' has no figure: set Value, Count, Share or Growth.", nameof(Value));
        }

        if (Count is not null && string.IsNullOrWhiteSpace(CountUnit))
        {
            throw new ArgumentException($"Statement '{Id}' has a Count without a CountUnit.", nameof(CountUnit));
        }

        if (Share is not null && ShareOf is null)
        {
            throw new ArgumentException($"Statement '{Id}' has a Share without the whole it is a share of (ShareOf).", nameof(ShareOf));
        }

        if (Share is { } s && (s.Value < 0m || s.Value > 1m))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Statement '{Id}' has Share {s.Value}; a share is a fraction between 0 and 1 (0.893 for 89.3 percent)."), nameof(Share));
        }

        if (Growth is { } g && g.Value <= -1m && g.Style != RoundingStyle.AtLeast)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Statement '{Id}' has Growth {g.Value}; growth is a fraction above -1 (0.154 for 15.4 percent)."), nameof(Growth));
        }

        if (Equivalent is { } eq)
        {
            if (Value is not { } v)
            {
                throw new ArgumentException($"Statement '{Id}' has an Equivalent but no Value it is the equivalent of.", nameof(Equivalent));
            }

            if (eq.Currency == v.Currency)
            {
                throw new ArgumentException($"Statement '{Id}' has an Equivalent in {eq.Currency}, the currency of its Value; an equivalent is in another currency.", nameof(Equivalent));
            }
        }

        if (Value is { } value && value.Number.Value < 0m && Subject.Flow != TradeFlow.Balance)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Statement '{Id}' has Value {value.Number.Value} for {Subject.Flow}; only a balance may be negative."), nameof(Value));
        }
    }

    /// <summary>The id, subject and figures, such as <c>xinhua-total-2024: CN-XZ-WLD 2024 Total 12670000000 CNY +15.4%</c>.</summary>
    /// <returns>The id, a colon and a description of the subject and figures, such as <c>xinhua-total-2024: CN-XZ-WLD 2024 Total 12670000000 CNY +15.4%</c>.</returns>
    public override string ToString() => Id + ": " + Describe();

    private string Describe()
    {
        var parts = new List<string> { Subject.ToString() };
        if (Value is { } v)
        {
            parts.Add(Display.Amount(v.Number.Value) + " " + v.Currency.Code);
        }

        if (Count is { } c)
        {
            parts.Add(Display.Amount(c.Value) + " " + CountUnit);
        }

        if (Share is { } s)
        {
            parts.Add(Display.Percent(s.Value) + " of " + ShareOf);
        }

        if (Growth is { } g)
        {
            parts.Add((g.Value >= 0m ? "+" : string.Empty) + Display.Percent(g.Value));
        }

        if (Equivalent is { } e)
        {
            parts.Add("(" + Display.Amount(e.Number.Value) + " " + e.Currency.Code + ")");
        }

        return string.Join(' ', parts);
    }
}

/// <summary>The figures of a <see cref="Statement"/>, as flags.</summary>
[Flags]
public enum StatementFigures
{
    /// <summary>No figure.</summary>
    None = 0,

    /// <summary><see cref="Statement.Value"/>.</summary>
    Value = 1,

    /// <summary><see cref="Statement.Count"/>.</summary>
    Count = 2,

    /// <summary><see cref="Statement.Share"/>.</summary>
    Share = 4,

    /// <summary><see cref="Statement.Growth"/>.</summary>
    Growth = 8,

    /// <summary><see cref="Statement.Equivalent"/>.</summary>
    Equivalent = 16,
}
