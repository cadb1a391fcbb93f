using TradeStats.Analysis;

namespace TradeStats.Tests.Analysis;

/// <summary>The figures of the seed articles, reproduced.</summary>
public partial class TradeSeriesTest
{
    private static readonly Territory Xizang = Territory.FromCode("CN-XZ");
    private static readonly Territory Xinjiang = Territory.FromCode("CN-XJ");
    private static readonly Territory China = Territory.FromCode("CN");
    private static readonly Territory Nepal = Territory.FromCode("NP");
    private static readonly Period Y2024 = Period.Year(2024);

    private static TradeObservation Obs(Territory reporter, Territory partner, Period period, TradeFlow flow, decimal yuan) =>
        new(reporter, partner, period, flow, Money.Cny(yuan));

    private static TradeSeries Xizang2024() => TradeSeries.From([
        Obs(Xizang, Territory.World, Y2024, TradeFlow.Exports, 11.32e9m),
        Obs(Xizang, Territory.World, Y2024, TradeFlow.Imports, 1.35e9m),
        Obs(Xizang, Nepal, Y2024, TradeFlow.Total, 5.12e9m),
    ]);

    [Fact]
    public void Xizang_2024_total_is_exports_plus_imports_and_the_balance_their_difference()
    {
        var totals = Xizang2024().WherePartner(Territory.World).Totals();

        Assert.Equal(Money.Cny(12.67e9m), totals.Total);
        Assert.Equal(Money.Cny(9.97e9m), totals.Balance);
        Assert.True(totals.IsDerived);
        Assert.Equal("89.3%", totals.ExportShare().ToString());
        Assert.Equal("10.7%", totals.ImportShare().ToString());
        Assert.Equal(11.32m / 1.35m, totals.CoverageRatio().Value);
    }

    [Fact]
    public void Nepal_is_40_point_4_percent_of_Xizang_trade()
    {
        var share = Xizang2024().PartnerShare(Xizang, Nepal, Y2024, TradeFlow.Total);

        Assert.Equal(5.12m / 12.67m, share.Value);
        Assert.Equal("40.4%", share.ToString());
    }

    [Fact]
    public void The_implied_2023_total_from_12_67_billion_at_15_4_percent_is_10_98_billion()
    {
        var implied = Growth.ImpliedBase(Money.Cny(12.67e9m), 0.154m);

        Assert.Equal(10.98m, Math.Round(implied.Amount / 1e9m, 2));
        Assert.Equal("+15.4%", Growth.Between(Money.Cny(12.67e9m), implied).ToString());
    }

    [Fact]
    public void Exports_up_15_3_percent_to_11_32_billion_imply_9_82_billion_the_year_before()
    {
        var implied = Growth.ImpliedBase(Money.Cny(11.32e9m), 0.153m);

        Assert.Equal(9.82m, Math.Round(implied.Amount / 1e9m, 2));
    }

    [Fact]
    public void Xinjiang_Central_Asia_trade_at_79_4_percent_implies_a_total_of_about_357_3_billion()
    {
        var total = Ratio.ImpliedWhole(Money.Cny(283.67e9m), 0.794m);

        Assert.Equal(357.3m, Math.Round(total.Amount / 1e9m, 1));
    }

    [Fact]
    public void Xinjiang_share_of_Central_Asia_is_computed_through_group_membership()
    {
        var y2023 = Period.Year(2023);
        var series = TradeSeries.From([
            Obs(Xinjiang, Territory.World, y2023, TradeFlow.Total, 357.27e9m),
            Obs(Xinjiang, Territory.FromCode("KZ"), y2023, TradeFlow.Total, 150e9m),
            Obs(Xinjiang, Territory.FromCode("KG"), y2023, TradeFlow.Total, 80e9m),
            Obs(Xinjiang, Territory.FromCode("TJ"), y2023, TradeFlow.Total, 20e9m),
            Obs(Xinjiang, Territory.FromCode("TM"), y2023, TradeFlow.Total, 3.67e9m),
            Obs(Xinjiang, Territory.FromCode("UZ"), y2023, TradeFlow.Total, 30e9m),
            Obs(Xinjiang, Territory.FromCode("RU"), y2023, TradeFlow.Total, 40e9m),
        ]);

        var share = series.PartnerShare(Xinjiang, Territory.CentralAsia5, y2023, TradeFlow.Total);

        Assert.Equal("79.4%", share.ToString());
    }

    [Fact]
    public void Xizang_Nepal_as_a_share_of_China_Nepal_trade()
    {
        var y2025 = Period.Year(2025);
        var series = TradeSeries.From([
            Obs(Xizang, Nepal, y2025, TradeFlow.Total, 3.48e9m),
            Obs(China, Nepal, y2025, TradeFlow.Total, 15e9m),
        ]);

        Assert.Equal("23.2%", series.ReporterShare(Xizang, China, Nepal, y2025, TradeFlow.Total).ToString());
    }

    [Fact]
    public void Private_enterprises_contributed_85_7_percent_in_2025()
    {
        var y2025 = Period.Year(2025);
        var total = Obs(Xizang, Territory.World, y2025, TradeFlow.Total, 8.47e9m) with { Status = ObservationStatus.Estimated };
        var series = TradeSeries.From([total, total with { EnterpriseType = EnterpriseType.Private, Value = Money.Cny(7.26e9m) }]);

        var share = TradeSeries.Share(series.WhereEnterpriseType(EnterpriseType.Private), series.WhereEnterpriseType(null), y2025, TradeFlow.Total);

        Assert.Equal("85.7%", share.ToString());
    }

    [Fact]
    public void A_stated_total_is_kept_beside_the_derived_one_and_never_added_to_exports()
    {
        var series = Xizang2024().WherePartner(Territory.World)
            .Concat(TradeSeries.From([Obs(Xizang, Territory.World, Y2024, TradeFlow.Total, 12.68e9m)]));

        var totals = series.Totals();

        Assert.Equal(Money.Cny(12.67e9m), totals.Total);
        Assert.Equal(Money.Cny(12.68e9m), totals.StatedTotal);
        Assert.Equal(Money.Cny(12.68e9m), series.Sum(TradeFlow.Total));
    }

    [Fact]
    public void Only_a_stated_total_is_used_as_the_total()
    {
        var totals = Xizang2024().WherePartner(Nepal).Totals();

        Assert.False(totals.IsDerived);
        Assert.Equal(Money.Cny(5.12e9m), totals.Total);
        Assert.Null(totals.Exports);
        Assert.Null(totals.Balance);
    }
}
