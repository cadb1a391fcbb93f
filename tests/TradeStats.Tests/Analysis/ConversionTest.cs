using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TradeStats.Analysis;
using TradeStats.Tests.Infrastructure;

namespace TradeStats.Tests.Analysis;

public class ConversionTest
{
    private static readonly Territory Xizang = Territory.FromCode("CN-XZ");

    private static TradeObservation Month(int year, int month, decimal yuan) =>
        new(Xizang, Territory.World, Period.Month(year, month), TradeFlow.Exports, Money.Cny(yuan));

    private static ExchangeRateTable MonthlyRates(int year, Func<int, decimal> rate) =>
        new(Enumerable.Range(1, 12).Select(m => new ExchangeRate(Currency.USD, Currency.CNY, rate(m), Period.Month(year, m))));

    [Fact]
    public void Converting_then_aggregating_differs_from_aggregating_then_converting_when_the_rate_moves()
    {
        var series = TradeSeries.From([Month(2024, 1, 710m), Month(2024, 2, 1440m)]);
        var q1 = Period.Quarter(2024, 1);
        var rates = new ExchangeRateTable([
            new ExchangeRate(Currency.USD, Currency.CNY, 7.1m, Period.Month(2024, 1)),
            new ExchangeRate(Currency.USD, Currency.CNY, 7.2m, Period.Month(2024, 2)),
            new ExchangeRate(Currency.USD, Currency.CNY, 7.15m, q1),
        ]);

        var convertFirst = series.ConvertTo(Currency.USD, rates, PeriodKind.Quarter, ConversionOrder.ConvertThenAggregate);
        var aggregateFirst = series.ConvertTo(Currency.USD, rates, PeriodKind.Quarter, ConversionOrder.AggregateThenConvert);

        Assert.Equal(Money.Usd(300m), convertFirst.Series.ValueFor(q1, TradeFlow.Exports));
        Assert.Equal(ConversionOrder.ConvertThenAggregate, convertFirst.Order);
        Assert.Equal([Period.Month(2024, 1), Period.Month(2024, 2)], convertFirst.Rates.Select(r => r.Period));
        Assert.Equal(Money.Usd(Math.Round(2150m / 7.15m, ExchangeRate.ConvertedDecimals)), aggregateFirst.Series.ValueFor(q1, TradeFlow.Exports));
        Assert.Equal(ConversionOrder.AggregateThenConvert, aggregateFirst.Order);
        Assert.Equal(PeriodKind.Quarter, aggregateFirst.AggregatedTo);
        Assert.Equal([q1], aggregateFirst.Rates.Select(r => r.Period));
    }

    [Fact]
    public void A_missing_rate_is_reported()
    {
        var series = TradeSeries.From([Month(2024, 1, 710m)]);

        Assert.Throws<ExchangeRateNotFoundException>(() => series.ConvertTo(Currency.USD, ExchangeRateTable.Empty));
    }

    [Fact]
    public void Growth_in_yuan_and_in_dollars_side_by_side()
    {
        var series = TradeSeries.From([
            new TradeObservation(Xizang, Territory.World, Period.Year(2023), TradeFlow.Total, Money.Cny(10.98e9m)),
            new TradeObservation(Xizang, Territory.World, Period.Year(2024), TradeFlow.Total, Money.Cny(12.67e9m)),
        ]);
        var rates = new ExchangeRateTable([
            new ExchangeRate(Currency.USD, Currency.CNY, 7.0467m, Period.Year(2023)),
            new ExchangeRate(Currency.USD, Currency.CNY, 7.1217m, Period.Year(2024)),
        ]);

        var c = series.YearOnYearInCurrencies(Period.Year(2024), TradeFlow.Total, Currency.USD, rates);

        Assert.Equal("+15.4%", c.Growth.ToString());
        Assert.Equal("+14.2%", c.GrowthConverted.ToString());
        Assert.Equal(1.78m, Math.Round(c.CurrentConverted!.Value.Amount / 1e9m, 2));
        Assert.Equal(2, c.Rates.Length);
        var aggregateFirst = series.YearOnYearInCurrencies(Period.Year(2024), TradeFlow.Total, Currency.USD, rates, ConversionOrder.AggregateThenConvert);
        Assert.Equal(c.GrowthConverted, aggregateFirst.GrowthConverted);
    }

    [Property(MaxTest = 100)]
    public Property Property_at_a_single_rate_the_order_does_not_matter_before_rounding() =>
        Prop.ForAll(
            Arb.From(
                from amounts in Gen.ArrayOf(AnalysisGenerators.PositiveAmount, 12)
                from r in Gen.Choose(60000, 75000)
                select (amounts, rate: r / 10000m)),
            x =>
            {
                var series = TradeSeries.From(x.amounts.Select((a, i) => Month(2024, i + 1, a)));
                var rates = new ExchangeRateTable(
                    MonthlyRates(2024, _ => x.rate).Rates.Append(new ExchangeRate(Currency.USD, Currency.CNY, x.rate, Period.Year(2024))));
                var a = series.ConvertTo(Currency.USD, rates, PeriodKind.Year, ConversionOrder.ConvertThenAggregate).Series.Sum(TradeFlow.Exports)!.Value;
                var b = series.ConvertTo(Currency.USD, rates, PeriodKind.Year, ConversionOrder.AggregateThenConvert).Series.Sum(TradeFlow.Exports)!.Value;

                // Equal up to the 12 decimals each converted amount is carried to (13 conversions of at most
                // half a unit of 1e-12 each), far below a cent.
                Assert.InRange((a - b).Amount, -7e-12m, 7e-12m);
            });
}
