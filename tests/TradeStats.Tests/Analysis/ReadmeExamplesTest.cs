using TradeStats.Analysis;

namespace TradeStats.Tests.Analysis;

/// <summary>The README's analysis examples, verbatim, so that they keep compiling and saying the truth.</summary>
public class ReadmeExamplesTest
{
    [Fact]
    public void The_analysis_examples_compile_and_give_the_values_they_claim()
    {

        var xizang = Territory.FromCode("CN-XZ");
        var nepal = Territory.FromCode("NP");
        var y2024 = Period.Year(2024);
        var series = TradeSeries.From([
            new TradeObservation(xizang, Territory.World, y2024, TradeFlow.Exports, Money.Cny(11.32e9m)),
            new TradeObservation(xizang, Territory.World, y2024, TradeFlow.Imports, Money.Cny(1.35e9m)),
            new TradeObservation(xizang, nepal, y2024, TradeFlow.Total, Money.Cny(5.12e9m)),
        ]);

        FlowTotals world = series.WherePartner(Territory.World).Totals();
        Money? total = world.Total;                        // 12.67 billion: exports + imports (derived)
        Money? balance = world.Balance;                    // 9.97 billion: exports - imports
        string exportShare = world.ExportShare().ToString(); // "89.3%"
        Ratio nepalShare = series.PartnerShare(xizang, nepal, y2024, TradeFlow.Total); // 40.4% (5.12 / 12.67)

        var grouping = series.WherePartner(nepal).GroupBy(new GroupingOptions(TradeDimension.Partner | TradeDimension.Period)
        {
            PeriodRollUp = PeriodKind.Year,
            PartnerGroups = [Territory.SouthAsia],         // NP is grouped under SAARC
        });
        var top = series.WherePartner(Territory.World).GroupBy(TradeDimension.Partner).Top(5, TradeFlow.Exports); // top five, and the others
        Concentration c = Concentration.Of([Money.Cny(50m), Money.Cny(30m), Money.Cny(20m)]); // HHI 0.38, 2.6 equivalent partners

        Growth yoy = Growth.Between(Money.Cny(12.67e9m), Money.Cny(10.98e9m));
        string press = yoy.ToString();                                   // "+15.4%"
        Money base2023 = Growth.ImpliedBase(Money.Cny(11.32e9m), 0.153m); // 9.82 billion yuan
        string fold = Growth.FromFold(65m).ToFoldString();               // "65-fold"
        Growth cagr = Growth.Compound(Money.Cny(100m), Money.Cny(121m), years: 2); // +10.0%
        Growth chained = Growth.FromRate(0.1m).Then(Growth.FromRate(0.2m));      // +32.0%
        Growth fromData = series.YearOnYear(y2024, TradeFlow.Exports);   // undefined (MissingPeriod): no 2023 data here
        decimal? points = Ratio.FromValue(0.43m).PercentagePointsSince(Ratio.FromValue(0.40m)); // 3 percentage points
        var parts = Growth.Contributions<string>([("Private", Money.Cny(90m), Money.Cny(80m)), ("State", Money.Cny(10m), Money.Cny(20m))]);
        var index = ValueIndex.Rebase([(Period.Year(2023), Money.Cny(10.98e9m)), (y2024, Money.Cny(12.67e9m))], Period.Year(2023));
        Money xinjiangTotal = Ratio.ImpliedWhole(Money.Cny(283.67e9m), 0.794m); // about 357.3 billion yuan

        // A stated rate and a computed one are kept side by side: customs compute growth on a revised base.
        var comparison = GrowthComparison.Of(Money.Cny(12.67e9m), Money.Cny(10e9m), PublishedNumber.FromDigits(15.4m, 0.01m));
        // comparison.Computed is +26.7% against the first published 10 billion; comparison.ImpliedPrevious is 10.98 billion.

        var rates = new ExchangeRateTable([
            new ExchangeRate(Currency.USD, Currency.CNY, 7.0467m, Period.Year(2023), source: "user-supplied annual average"),
            new ExchangeRate(Currency.USD, Currency.CNY, 7.1217m, y2024, source: "user-supplied annual average"),
        ]);
        SeriesConversion inDollars = series.ConvertTo(Currency.USD, rates);
        SeriesConversion yearly = series.ConvertTo(Currency.USD, rates, PeriodKind.Year, ConversionOrder.AggregateThenConvert);
        var both = TradeSeries.From([
                new TradeObservation(xizang, Territory.World, Period.Year(2023), TradeFlow.Total, Money.Cny(10.98e9m)),
                new TradeObservation(xizang, Territory.World, y2024, TradeFlow.Total, Money.Cny(12.67e9m)),
            ])
            .YearOnYearInCurrencies(y2024, TradeFlow.Total, Currency.USD, rates); // +15.4% in CNY, +14.2% in USD

        Assert.Equal(Money.Cny(12.67e9m), total);
        Assert.Equal(Money.Cny(9.97e9m), balance);
        Assert.Equal("89.3%", exportShare);
        Assert.Equal("40.4%", nepalShare.ToString());
        Assert.Equal("SAARC", grouping.Groups.Single().Key.Partner!.Code);
        Assert.Single(top.Top);
        Assert.Null(top.Others);
        Assert.Equal(0.38m, c.Herfindahl);
        Assert.Equal("+15.4%", press);
        Assert.Equal(9.82m, Math.Round(base2023.Amount / 1e9m, 2));
        Assert.Equal("65-fold", fold);
        Assert.Equal("+10.0%", cagr.ToString());
        Assert.Equal("+32.0%", chained.ToString());
        Assert.Equal(GrowthUndefinedReason.MissingPeriod, fromData.Reason);
        Assert.Equal(3m, points);
        Assert.Equal(0m, parts.Whole.Rate);
        Assert.Equal(100m, index[0].Index);
        Assert.Equal(357.3m, Math.Round(xinjiangTotal.Amount / 1e9m, 1));
        Assert.Equal("+26.7%", comparison.Computed.ToString());
        Assert.Equal(10.98m, Math.Round(comparison.ImpliedPrevious.Amount / 1e9m, 2));
        Assert.Equal(ConversionOrder.ConvertOnly, inDollars.Order);
        Assert.Equal(ConversionOrder.AggregateThenConvert, yearly.Order);
        Assert.Equal("+15.4%", both.Growth.ToString());
        Assert.Equal("+14.2%", both.GrowthConverted.ToString());
    }
}
