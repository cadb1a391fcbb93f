using System.Globalization;

namespace TradeStats.Verification;

/// <summary>
/// A range an exchange rate stayed within over a span of years, used to check a stated equivalent when no rate
/// table is given: "USD/CNY between 6.0 and 7.5 in 2015-2025".
/// </summary>
/// <param name="BaseCurrency">The currency of which one unit is priced (USD in USD/CNY).</param>
/// <param name="QuoteCurrency">The currency the price is in (CNY in USD/CNY).</param>
/// <param name="FromYear">The first year the band covers.</param>
/// <param name="ToYear">The last year the band covers.</param>
/// <param name="Low">The lowest plausible rate, in <paramref name="QuoteCurrency"/> per unit of <paramref name="BaseCurrency"/>; positive.</param>
/// <param name="High">The highest plausible rate, in the same terms; at least <paramref name="Low"/>.</param>
public sealed record PlausibleRateBand(Currency BaseCurrency, Currency QuoteCurrency, int FromYear, int ToYear, decimal Low, decimal High)
{
    /// <summary>
    /// USD/CNY between 6.0 and 7.5 for 2015-2025. The annual averages in those years ran from about 6.2 (2015) to
    /// about 7.2 (2024), and no month left this band; the margin keeps monthly and central-parity rates inside it.
    /// </summary>
    public static PlausibleRateBand UsdCny2015To2025 { get; } = new(Currency.USD, Currency.CNY, 2015, 2025, 6.0m, 7.5m);

    /// <summary>The bands a verifier uses unless told otherwise.</summary>
    public static IReadOnlyList<PlausibleRateBand> Defaults { get; } = [UsdCny2015To2025];

    /// <summary>The band as an interval of rates.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Low is not positive or is above High.</exception>
    public DecimalInterval Interval =>
        Low > 0m && Low <= High
            ? new DecimalInterval(Low, High)
            : throw new ArgumentOutOfRangeException(nameof(Low), Low, string.Create(CultureInfo.InvariantCulture, $"The band {BaseCurrency}/{QuoteCurrency} needs 0 < Low <= High; got {Low} to {High}."));

    /// <summary>Whether the band covers a period (every month of it lies in the band's years).</summary>
    /// <param name="period">The period a figure covers.</param>
    /// <returns>True when the period starts no earlier than <see cref="FromYear"/> and ends no later than <see cref="ToYear"/>.</returns>
    public bool Covers(Period period) => period.StartYear >= FromYear && period.EndYear <= ToYear;

    /// <summary>The pair and range, such as <c>USD/CNY 6.0-7.5 (2015-2025)</c>.</summary>
    /// <returns>The pair, the range and the years, such as <c>USD/CNY 6.0-7.5 (2015-2025)</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{BaseCurrency.Code}/{QuoteCurrency.Code} {Low}-{High} ({FromYear}-{ToYear})");
}
