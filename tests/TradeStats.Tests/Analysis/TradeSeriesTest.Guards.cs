using TradeStats.Analysis;

namespace TradeStats.Tests.Analysis;

/// <summary>Each guard rail is triggered and its message checked.</summary>
public partial class TradeSeriesTest
{
    [Fact]
    public void Adding_the_world_to_a_single_partner_is_refused_naming_both_and_the_partner_dimension()
    {
        var series = TradeSeries.From([
            Obs(Xizang, Territory.World, Y2024, TradeFlow.Exports, 11.32e9m),
            Obs(Xizang, Nepal, Y2024, TradeFlow.Exports, 4e9m),
        ]);

        var e = Assert.Throws<OverlappingLevelsException>(() => series.Totals());

        Assert.Equal(TradeDimension.Partner, e.Dimension);
        Assert.Contains("CN-XZ WLD 2024 Exports 11320000000 CNY", e.Message, StringComparison.Ordinal);
        Assert.Contains("CN-XZ NP 2024 Exports 4000000000 CNY", e.Message, StringComparison.Ordinal);
        Assert.Contains("all partners", e.Message, StringComparison.Ordinal);
        Assert.Contains("twice", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_all_second_partners_to_one_second_partner_is_refused()
    {
        var all = Obs(Xizang, Nepal, Y2024, TradeFlow.Imports, 4e9m);
        var viaIndia = all with { SecondPartner = Territory.FromCode("IN"), Value = Money.Cny(1e9m) };
        var series = TradeSeries.From([all, viaIndia]);

        var e = Assert.Throws<OverlappingLevelsException>(() => series.Totals());

        Assert.Equal(TradeDimension.SecondPartner, e.Dimension);
        Assert.Contains("all second partners and IN", e.Message, StringComparison.Ordinal);
        Assert.Contains("partner2 IN", e.Message, StringComparison.Ordinal);
        Assert.Equal(Money.Cny(4e9m), series.WhereSecondPartner(null).Totals().Imports);
        Assert.Equal(Money.Cny(1e9m), series.WhereSecondPartner(Territory.FromCode("IN")).Totals().Imports);
        var twoSecondPartners = TradeSeries.From([viaIndia, viaIndia with { SecondPartner = Territory.FromCode("US") }]);
        Assert.Equal(Money.Cny(2e9m), twoSecondPartners.Totals().Imports);
        Assert.Equal(2, twoSecondPartners.GroupBy(TradeDimension.SecondPartner).Groups.Length);
    }

    [Fact]
    public void Adding_all_enterprises_to_private_enterprises_is_refused()
    {
        var all = Obs(Xizang, Territory.World, Y2024, TradeFlow.Exports, 11.32e9m);
        var series = TradeSeries.From([all, all with { EnterpriseType = EnterpriseType.Private, Value = Money.Cny(11e9m) }]);

        var e = Assert.Throws<OverlappingLevelsException>(() => series.GroupBy(TradeDimension.EnterpriseType));

        Assert.Equal(TradeDimension.EnterpriseType, e.Dimension);
        Assert.Contains("all enterprises and Private", e.Message, StringComparison.Ordinal);
        Assert.Single(series.WhereEnterpriseType(null).GroupBy(TradeDimension.EnterpriseType).Groups);
    }

    [Theory]
    [InlineData(null, "8703")]
    [InlineData("87", "870380")]
    [InlineData("8703", "870380")]
    public void Adding_goods_to_a_heading_inside_them_is_refused(string? whole, string part)
    {
        var o = Obs(Xizang, Nepal, Y2024, TradeFlow.Exports, 2e9m);
        var series = TradeSeries.From([
            o with { Commodity = whole is null ? null : Commodity.Hs(whole) },
            o with { Commodity = Commodity.Hs(part), Value = Money.Cny(1e9m) },
        ]);

        var e = Assert.Throws<OverlappingLevelsException>(() => series.Sum(TradeFlow.Exports));

        Assert.Equal(TradeDimension.Commodity, e.Dimension);
        Assert.Contains("HS " + part, e.Message, StringComparison.Ordinal);
        Assert.Contains(whole is null ? "all goods" : "HS " + whole, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Disjoint_headings_at_different_levels_add_up()
    {
        var o = Obs(Xizang, Nepal, Y2024, TradeFlow.Exports, 2e9m);
        var series = TradeSeries.From([o with { Commodity = Commodity.Hs("87") }, o with { Commodity = Commodity.Hs("840110") }]);

        Assert.Equal(Money.Cny(4e9m), series.Sum(TradeFlow.Exports));
    }

    [Fact]
    public void Adding_a_group_to_one_of_its_members_is_refused_and_non_members_are_fine()
    {
        var y = Period.Year(2023);
        var ca5 = Obs(Xinjiang, Territory.CentralAsia5, y, TradeFlow.Total, 283.67e9m);

        var e = Assert.Throws<OverlappingLevelsException>(() => TradeSeries.From([ca5, Obs(Xinjiang, Territory.FromCode("KZ"), y, TradeFlow.Total, 100e9m)]).Totals());
        Assert.Equal(TradeDimension.Partner, e.Dimension);
        Assert.Contains("CA5, a group of partners", e.Message, StringComparison.Ordinal);

        Assert.Equal(Money.Cny(383.67e9m), TradeSeries.From([ca5, Obs(Xinjiang, Territory.FromCode("RU"), y, TradeFlow.Total, 100e9m)]).Totals().Total);
    }

    [Fact]
    public void Group_membership_is_checked_month_by_month()
    {
        // Afghanistan joined SAARC in April 2007: its trade of 2006 does not overlap SAARC's.
        var saarc2006 = Obs(China, Territory.SouthAsia, Period.Year(2006), TradeFlow.Exports, 10e9m);
        var afghanistan = Territory.FromCode("AF");
        Assert.NotNull(TradeSeries.From([saarc2006, Obs(China, afghanistan, Period.Year(2006), TradeFlow.Exports, 1e9m)]).Sum(TradeFlow.Exports));

        var saarc2007 = saarc2006 with { Period = Period.Year(2007) };
        Assert.Throws<OverlappingLevelsException>(() => TradeSeries.From([saarc2007, Obs(China, afghanistan, Period.Month(2007, 5), TradeFlow.Exports, 1e8m)]).Sum(TradeFlow.Exports));
        Assert.NotNull(TradeSeries.From([saarc2007, Obs(China, afghanistan, Period.Month(2007, 2), TradeFlow.Exports, 1e8m)]).Sum(TradeFlow.Exports));
    }

    [Fact]
    public void Adding_a_country_to_its_own_province_is_refused()
    {
        var series = TradeSeries.From([Obs(China, Nepal, Y2024, TradeFlow.Total, 20e9m), Obs(Xizang, Nepal, Y2024, TradeFlow.Total, 5.12e9m)]);

        var e = Assert.Throws<OverlappingLevelsException>(() => series.Totals());

        Assert.Equal(TradeDimension.Reporter, e.Dimension);
        Assert.Contains("CN and CN-XZ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_a_year_to_its_own_months_is_refused()
    {
        var series = TradeSeries.From([Obs(Xizang, Nepal, Y2024, TradeFlow.Exports, 4e9m), Obs(Xizang, Nepal, Period.Month(2024, 3), TradeFlow.Exports, 3e8m)]);

        var e = Assert.Throws<OverlappingLevelsException>(() => series.Totals());

        Assert.Equal(TradeDimension.Period, e.Dimension);
        Assert.Contains("share months", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_figure_twice_and_two_versions_of_one_figure_are_refused()
    {
        var o = Obs(Xizang, Nepal, Y2024, TradeFlow.Exports, 4e9m);

        var duplicate = Assert.Throws<OverlappingLevelsException>(() => TradeSeries.From([o, o]).Totals());
        Assert.Equal(TradeDimension.None, duplicate.Dimension);
        Assert.Contains("duplicate", duplicate.Message, StringComparison.Ordinal);

        var versions = Assert.Throws<OverlappingLevelsException>(() =>
            TradeSeries.From([o with { Status = ObservationStatus.Preliminary }, o with { Status = ObservationStatus.Revised }]).Totals());
        Assert.Contains("Preliminary and Revised", versions.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_amounts_in_different_currencies_is_refused_naming_both()
    {
        var series = TradeSeries.From([
            Obs(Xizang, Nepal, Y2024, TradeFlow.Exports, 4e9m),
            new TradeObservation(Xizang, Territory.FromCode("IN"), Y2024, TradeFlow.Exports, Money.Usd(1e8m)),
        ]);

        var e = Assert.Throws<MixedCurrenciesException>(() => series.GroupBy(TradeDimension.Partner));

        Assert.Contains("CNY", e.Message, StringComparison.Ordinal);
        Assert.Contains("USD", e.Message, StringComparison.Ordinal);
        Assert.Contains("CN-XZ IN 2024 Exports", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_two_year_to_date_figures_is_refused_as_cumulative()
    {
        var series = TradeSeries.From([
            Obs(Xizang, Territory.World, Period.YearToDate(2025, 9), TradeFlow.Total, 7e9m),
            Obs(Xizang, Territory.World, Period.YearToDate(2025, 10), TradeFlow.Total, 7.8e9m),
        ]);

        var e = Assert.Throws<CumulativePeriodException>(() => series.Totals());

        Assert.Contains("cumulative year-to-date", e.Message, StringComparison.Ordinal);
        Assert.Contains("2025-01/2025-09", e.Message, StringComparison.Ordinal);
        Assert.Contains("2025-01/2025-10", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Differencing_a_year_to_date_figure_period_on_period_is_refused()
    {
        var series = TradeSeries.From([Obs(Xizang, Territory.World, Period.YearToDate(2025, 10), TradeFlow.Total, 7.8e9m)]);

        var e = Assert.Throws<CumulativePeriodException>(() => series.PeriodOnPeriod(Period.YearToDate(2025, 10), TradeFlow.Total));

        Assert.Contains("cumulative year-to-date", e.Message, StringComparison.Ordinal);
        Assert.Contains("year on year", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Months_are_derived_from_year_to_date_figures_only_explicitly()
    {
        var series = TradeSeries.From([
            Obs(Xizang, Territory.World, Period.YearToDate(2025, 1), TradeFlow.Exports, 0.7e9m),
            Obs(Xizang, Territory.World, Period.YearToDate(2025, 2), TradeFlow.Exports, 1.5e9m),
            Obs(Xizang, Territory.World, Period.YearToDate(2025, 3), TradeFlow.Exports, 2.1e9m),
        ]);

        var monthly = series.MonthlyFromYearToDate();

        Assert.Equal(Money.Cny(0.8e9m), monthly.WherePeriod(Period.Month(2025, 2)).Sum(TradeFlow.Exports));
        Assert.Equal(Money.Cny(0.6e9m), monthly.WherePeriod(Period.Month(2025, 3)).Sum(TradeFlow.Exports));
        Assert.Equal(Money.Cny(2.1e9m), monthly.ValueFor(Period.Quarter(2025, 1), TradeFlow.Exports));

        var gap = TradeSeries.From([series[0], series[2]]);
        var e = Assert.Throws<InvalidOperationException>(gap.MonthlyFromYearToDate);
        Assert.Contains("2025-01/2025-02 is missing", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Named_product_groups_are_not_compared_with_HS_codes()
    {
        var o = Obs(Xizang, Nepal, Y2024, TradeFlow.Exports, 1.55e9m);
        var series = TradeSeries.From([o with { Commodity = Commodity.Named("New energy vehicles") }, o with { Commodity = Commodity.Hs("8703") }]);

        Assert.Equal(Money.Cny(3.1e9m), series.Sum(TradeFlow.Exports));
        Assert.Throws<OverlappingLevelsException>(() => series.Concat(TradeSeries.From([o])).Sum(TradeFlow.Exports));
    }
}

/// <summary>The public guard that sources outside the library run before pushing a sum down.</summary>
public class LevelCheckTest
{
    private static readonly Territory Xizang = Territory.FromCode("CN-XZ");
    private static readonly Territory Nepal = Territory.FromCode("NP");

    [Fact]
    public void The_world_with_one_of_its_partners_is_refused_for_one_flow_and_accepted_across_flows()
    {
        var world = new TradeObservation(Xizang, Territory.World, Period.Year(2024), TradeFlow.Exports, Money.Cny(11.32e9m));
        var nepal = world with { Partner = Nepal, Value = Money.Cny(4e9m) };

        var e = Assert.Throws<OverlappingLevelsException>(() => LevelCheck.Check([world, nepal]));

        Assert.Equal(TradeDimension.Partner, e.Dimension);
        LevelCheck.Check([world, nepal with { Flow = TradeFlow.Imports }]);
    }

    [Fact]
    public void Two_currencies_in_one_flow_are_refused_and_null_is_named()
    {
        var cny = new TradeObservation(Xizang, Nepal, Period.Year(2024), TradeFlow.Exports, Money.Cny(1m));

        Assert.Throws<MixedCurrenciesException>(() => LevelCheck.Check([cny, cny with { Period = Period.Year(2023), Value = Money.Usd(1m) }]));
        Assert.Throws<ArgumentNullException>(() => LevelCheck.Check([cny, null!]));
    }
}
