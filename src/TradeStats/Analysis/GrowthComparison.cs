namespace TradeStats.Analysis;

/// <summary>
/// A stated growth rate (as published) and the growth computed from levels, side by side. Customs offices compute
/// growth on a revised previous-year base, so the stated rate can differ from the rate implied by the previously
/// published level; both are kept and neither overwrites the other.
/// </summary>
/// <param name="Current">The current level, such as this year's exports.</param>
/// <param name="PublishedPrevious">The previous period's level as first published (not revised), in the same currency.</param>
/// <param name="Stated">The stated rate as published, with its rounding (0.154 ± 0.0005 for "15.4 percent").</param>
/// <param name="Computed">The rate computed from <paramref name="Current"/> and <paramref name="PublishedPrevious"/>.</param>
public sealed record GrowthComparison(Money Current, Money PublishedPrevious, PublishedNumber Stated, Growth Computed)
{
    /// <summary>The previous level the stated rate implies (current / (1 + stated)): the revised base the publisher used.</summary>
    public Money ImpliedPrevious => Growth.ImpliedBase(Current, Stated.Value);

    /// <summary>How far the implied (revised) base is from the published one: implied - published.</summary>
    public Money BaseRevision => ImpliedPrevious - PublishedPrevious;

    /// <summary>Computed minus stated, in percentage points; null when the computed growth is undefined.</summary>
    public decimal? DifferenceInPoints => Computed.Rate is { } c ? (c - Stated.Value) * 100m : null;

    /// <summary>Whether the computed rate lies within the stated rate's rounding interval; null when undefined.</summary>
    public bool? AgreesWithinRounding => Computed.Rate is { } c ? Stated.Interval.Contains(c) : null;

    /// <summary>Compares a stated rate with the rate computed from the current and the previously published level.</summary>
    /// <param name="current">The current level, such as this year's exports.</param>
    /// <param name="publishedPrevious">The previous period's level as first published, in the same currency.</param>
    /// <param name="stated">The stated rate, as a fraction with its rounding.</param>
    /// <returns>Both rates side by side, with the base the stated rate implies.</returns>
    /// <exception cref="CurrencyMismatchException">The levels are in different currencies.</exception>
    /// <example>
    /// <code>
    /// // Xizang 2024: 12.67 billion, "up 15.4 percent"; the 2023 figure was first published as "10 billion".
    /// var c = GrowthComparison.Of(Money.Cny(12.67e9m), Money.Cny(10e9m), PublishedNumber.FromDigits(15.4m, 0.01m));
    /// // c.Computed is +26.7%, c.ImpliedPrevious is 10.98 billion: the stated rate used a revised base.
    /// </code>
    /// </example>
    public static GrowthComparison Of(Money current, Money publishedPrevious, PublishedNumber stated) =>
        new(current, publishedPrevious, stated, Growth.Between(current, publishedPrevious));
}
