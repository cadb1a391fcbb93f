using TradeStats.Analysis;

namespace TradeStats.Tests.Analysis;

/// <summary>The README's time-series example, verbatim, so that it keeps compiling and saying the truth.</summary>
public class TimeSeriesReadmeExampleTest
{
    [Fact]
    public void The_time_series_example_gives_the_values_it_claims()
    {
        // Monthly exports of a product group with two subgroups, 2017-2024 (generated here; read them from your files).
        var china = Territory.FromCode("CN");
        var natural = Commodity.Named("Natural graphite");
        var synthetic = Commodity.Named("Synthetic graphite");
        var graphite = TradeSeries.From(Enumerable.Range(0, 96).SelectMany(i => new[]
        {
            new TradeObservation(china, Territory.World, Period.Month(2017, 1).Shift(i), TradeFlow.Exports, Money.Usd(10_000_000m + (i * 100_000m))) { Commodity = natural },
            new TradeObservation(china, Territory.World, Period.Month(2017, 1).Shift(i), TradeFlow.Exports, Money.Usd(20_000_000m + (i * 250_000m))) { Commodity = synthetic },
        }));

        PeriodSeries monthly = graphite.ValuesOf(TradeFlow.Exports, PeriodKind.Month); // 96 months, none missing
        PeriodSeries annual = graphite.ValuesOf(TradeFlow.Exports, PeriodKind.Year);   // 383.1 million in 2017 ... 735.9 million in 2024
        Growth cagr = monthly.Cagr(Period.Parse("2017-01/2017-03"), Period.Parse("2024-10/2024-12"), YearFraction.ActualDays); // +9.9%
        GrowthSeries smoothed = monthly.YearOnYear().RollingMean(3);   // at 2024-12: +7.2%, the mean of Oct, Nov and Dec's rates
        Money? averageMonth = monthly.Mean(Period.Year(2024));         // 61.325 million
        PeriodSeries trailing = monthly.TrailingTwelveMonths();        // at each December, the calendar year's total
        var subgroups = graphite.WherePeriodWithin(Period.Year(2024)).GroupBy(TradeDimension.Commodity);
        var shares = subgroups.Shares(TradeFlow.Exports);              // natural 30.9%, synthetic 69.1%
        Concentration hhi = subgroups.Concentration(TradeFlow.Exports); // HHI 0.573
        var perSubgroup = graphite.GroupBy(TradeDimension.Period | TradeDimension.Commodity).ValuesOf(TradeFlow.Exports); // one PeriodSeries each

        Assert.Equal(96, monthly.Count);
        Assert.Empty(monthly.MissingPeriods);
        Assert.Equal(Money.Usd(383_100_000m), annual.ValueFor(Period.Year(2017)));
        Assert.Equal(Money.Usd(735_900_000m), annual.ValueFor(Period.Year(2024)));
        Assert.Equal("+9.9%", cagr.ToString());
        Assert.InRange(cagr.Rate!.Value - 0.0986202298079015373820758037m, -1e-25m, 1e-25m); // 60-digit reference
        Assert.Equal("+7.2%", smoothed.GrowthFor(Period.Month(2024, 12)).ToString());
        Assert.InRange(smoothed.GrowthFor(Period.Month(2024, 12)).Rate!.Value - 0.0715519514171658479290398194m, -1e-26m, 1e-26m);
        Assert.Equal(Money.Usd(61_325_000m), averageMonth);
        Assert.Equal(annual.ValueFor(Period.Year(2020)), trailing.ValueFor(Period.Month(2020, 12)));
        Assert.Equal(["30.9%", "69.1%"], shares.Select(s => s.Share.ToString()));
        Assert.Equal(0.573m, Math.Round(hhi.Herfindahl, 3));
        Assert.Equal([natural, synthetic], perSubgroup.Select(s => s.Key.Commodity));
        Assert.All(perSubgroup, s => Assert.Equal(96, s.Values.Count));
    }
}
