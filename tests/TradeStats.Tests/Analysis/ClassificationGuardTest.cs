using TradeStats.Sources;
using System.Text;
using TradeStats.Analysis;
using TradeStats.Columnar;

namespace TradeStats.Tests.Analysis;

/// <summary>Sums and roll-ups refuse to compare codes of different commodity classifications.</summary>
public class ClassificationGuardTest
{
    private static readonly CommodityClassification Sitc = CommodityClassification.FromCode("S3");

    private static TradeObservation Exports(Commodity? commodity, decimal amount) =>
        new(Territory.FromCode("CN"), Territory.World, Period.Year(2024), TradeFlow.Exports, Money.Usd(amount)) { Commodity = commodity };

    [Fact]
    public void A_sum_of_HS_and_SITC_codes_throws_naming_both()
    {
        var series = TradeSeries.From([Exports(Commodity.Hs("4203"), 1m), Exports(Commodity.Create("42", Sitc), 2m)]);
        var e = Assert.Throws<MixedClassificationsException>(() => series.Sum(TradeFlow.Exports));
        Assert.Contains("HS 4203", e.Message, StringComparison.Ordinal);
        Assert.Contains("S3 42", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Editions_that_change_between_years_add_up_but_not_within_one_year()
    {
        // A legacy Comtrade export reports HS 2012 codes until 2016 and HS 2017 codes from 2017 on.
        var h4 = CommodityClassification.FromCode("H4");
        var h5 = CommodityClassification.FromCode("H5");
        var years = TradeSeries.From(
        [
            Exports(Commodity.Create("2402", h4), 1m) with { Period = Period.Year(2016) },
            Exports(Commodity.Create("2402", h5), 2m) with { Period = Period.Year(2017) },
            Exports(Commodity.Create("2402", h5), 4m) with { Period = Period.Year(2017), Partner = Territory.FromCode("RU") },
        ]);
        Assert.Equal(Money.Usd(3m), years.WherePartner(Territory.World).Sum(TradeFlow.Exports));
        Assert.Equal(2, years.WherePartner(Territory.World).GroupBy(TradeDimension.Period).Groups.Length);

        // In one year, for one partner, two editions' codes might count the same goods twice.
        var sameYear = TradeSeries.From([Exports(Commodity.Create("2402", h4), 1m), Exports(Commodity.Create("2402", h5), 2m)]);
        Assert.Throws<MixedClassificationsException>(() => sameYear.Sum(TradeFlow.Exports));

        // All goods beside codes of any classification is the usual total-with-parts overlap.
        var withTotal = TradeSeries.From([Exports(null, 10m), Exports(Commodity.Create("2402", h5), 2m) with { Period = Period.Year(2024) }]);
        Assert.Throws<OverlappingLevelsException>(() => withTotal.Sum(TradeFlow.Exports));
    }

    [Fact]
    public void SITC_codes_are_checked_within_SITC_not_as_named_groups()
    {
        // 042 lies inside 04: adding both counts rice twice.
        var nested = TradeSeries.From([Exports(Commodity.Create("04", Sitc), 5m), Exports(Commodity.Create("042", Sitc), 2m)]);
        var e = Assert.Throws<OverlappingLevelsException>(() => nested.Sum(TradeFlow.Exports));
        Assert.Equal(TradeDimension.Commodity, e.Dimension);

        // Disjoint SITC codes at different levels add up.
        var disjoint = TradeSeries.From([Exports(Commodity.Create("04", Sitc), 5m), Exports(Commodity.Create("051", Sitc), 2m)]);
        Assert.Equal(Money.Usd(7m), disjoint.Sum(TradeFlow.Exports));

        // A named group beside SITC codes is taken as disjoint, as beside HS codes.
        var named = TradeSeries.From([Exports(Commodity.Create("04", Sitc), 5m), Exports(Commodity.Named("Plateau goods"), 2m)]);
        Assert.Equal(Money.Usd(7m), named.Sum(TradeFlow.Exports));
    }

    [Fact]
    public void Two_HS_editions_do_not_mix_either()
    {
        var series = TradeSeries.From([Exports(Commodity.Create("8703", CommodityClassification.FromCode("H5")), 1m), Exports(Commodity.Create("8704", CommodityClassification.FromCode("H6")), 2m)]);
        Assert.Throws<MixedClassificationsException>(() => series.Sum(TradeFlow.Exports));
    }

    [Fact]
    public void Rolling_a_SITC_code_up_to_an_HS_level_throws_naming_the_code()
    {
        var series = TradeSeries.From([Exports(Commodity.Create("042", Sitc), 1m)]);
        var e = Assert.Throws<InvalidOperationException>(() => series.GroupBy(new GroupingOptions(TradeDimension.Commodity) { HsLevel = 2 }));
        Assert.Contains("S3 042", e.Message, StringComparison.Ordinal);

        var hs = TradeSeries.From([Exports(Commodity.Create("870380", CommodityClassification.FromCode("H6")), 1m)]);
        var group = Assert.Single(hs.GroupBy(new GroupingOptions(TradeDimension.Commodity) { HsLevel = 2 }).Groups);
        Assert.Equal(Commodity.Create("87", CommodityClassification.FromCode("H6")), group.Key.Commodity);
    }

    [Fact]
    public void The_columnar_roll_up_refuses_a_SITC_code_too()
    {
        const string Csv = "reporter,partner,period,flow,value,currency,commodity,classification\nCN,WLD,2024,X,1,USD,042,S3\nCN,WLD,2024,X,2,USD,870380,\n";
        var store = TradeCsvLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(Csv)), "c.csv");
        var sitcOnly = TradeColumns.FromObservations([store.GetObservation(0)]);
        var e = Assert.Throws<InvalidOperationException>(() => sitcOnly.GroupBy(new GroupingOptions(TradeDimension.Commodity) { HsLevel = 2 }));
        Assert.Contains("S3 042", e.Message, StringComparison.Ordinal);

        // Both codes for the same reporter, partner and year cannot be told apart: refused, as by the series.
        Assert.Throws<MixedClassificationsException>(() => store.GroupBy(TradeDimension.Commodity));
        Assert.Throws<MixedClassificationsException>(() => TradeSeries.From(store.ToObservations()).GroupBy(TradeDimension.Commodity));
    }
}
