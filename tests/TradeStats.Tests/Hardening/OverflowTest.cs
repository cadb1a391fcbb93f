using TradeStats.Analysis;

namespace TradeStats.Tests.Hardening;

/// <summary>Sums at the edge of decimal's range fail loudly, naming what overflowed; nothing wraps or loses precision.</summary>
public class OverflowTest
{
    private static readonly Territory China = Territory.FromCode("CN");

    private static TradeObservation Exports(string partner, decimal value) =>
        new(China, Territory.FromCode(partner), Period.Year(2024), TradeFlow.Exports, Money.Usd(value));

    [Fact]
    public void A_group_sum_beyond_decimal_range_names_the_group()
    {
        TradeObservation[] observations =
        [
            Exports("NP", (decimal.MaxValue / 2m) + 1m) with { Commodity = Commodity.Hs("8703") },
            Exports("NP", (decimal.MaxValue / 2m) + 1m) with { Commodity = Commodity.Hs("8704") },
            Exports("DE", 1m),
        ];
        var series = TradeSeries.From(observations);

        var e = Assert.Throws<OverflowException>(() => series.GroupBy(TradeDimension.Partner));

        Assert.Contains("NP", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Large_values_in_separate_groups_do_not_overflow_their_groups()
    {
        var half = decimal.MaxValue / 3m;
        var series = TradeSeries.From([Exports("NP", half), Exports("DE", half)]);

        var grouping = series.GroupBy(TradeDimension.Partner);

        Assert.Equal(Money.Usd(half), grouping.Groups.Single(g => g.Key.Partner == Territory.FromCode("NP")).Totals.Exports);
    }

    [Fact]
    public void Money_addition_overflow_names_both_operands()
    {
        var big = Money.Usd(decimal.MaxValue);

        var e = Assert.Throws<OverflowException>(() => big + Money.Usd(1m));

        Assert.Contains(decimal.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Message, StringComparison.Ordinal);
        Assert.Contains("USD", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sums_keep_every_digit_of_small_amounts_added_to_large_ones()
    {
        var total = Money.Sum([Money.Cny(1e20m), Money.Cny(0.01m), Money.Cny(-1e20m)], Currency.CNY);

        Assert.Equal(Money.Cny(0.01m), total);
    }
}
