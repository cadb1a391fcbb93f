namespace TradeStats.Tests.Core;

/// <summary>Every kind of figure in the press articles of the seed data can be written with the core types.</summary>
public class SeedExamplesTest
{
    private static readonly Territory Xizang = Territory.FromCode("CN-XZ");

    [Fact]
    public void Xizang_trade_of_12_67_billion_yuan_in_2024()
    {
        var value = new PublishedMoney(PublishedNumber.FromDigits(12.67m, 1e9m), Currency.CNY);
        var obs = new TradeObservation(Xizang, Territory.World, Period.Year(2024), TradeFlow.Total, value.Value)
        {
            Source = new SourceReference("Xinhua", new DateOnly(2025, 2, 17), "China's Xizang reports surging foreign trade in 2024"),
        };
        Assert.Equal("CN-XZ WLD 2024 Total 12670000000.00 CNY", obs.ToString());
        Assert.True(value.Admits(Money.Cny(11.32e9m) + Money.Cny(1.35e9m)));
    }

    [Fact]
    public void January_to_october_2025_is_a_year_to_date_range()
    {
        var ytd = Period.YearToDate(2025, 10);
        Assert.Equal("2025-01/2025-10", ytd.ToString());
        Assert.True(ytd.IsYearToDate);
        Assert.Equal(PeriodKind.Range, ytd.Kind);
        Assert.Equal(Period.YearToDate(2024, 10), ytd.YearEarlier());
    }

    [Fact]
    public void Counts_shares_and_bounds_are_published_numbers()
    {
        var nevs = new Quantity(12_938m, "vehicles");
        Assert.Equal("12938 vehicles", nevs.ToString());

        var share = PublishedNumber.FromDigits(85.7m, 0.01m);
        Assert.Equal(0.857m, share.Value);
        Assert.True(share.Interval.Contains(Money.Cny(7.26e9m) / Money.Cny(8.47e9m)));

        var moreThan = new PublishedNumber(11_800m, 100m, RoundingStyle.AtLeast);
        Assert.True(moreThan.Interval.Contains(11_842m));
        Assert.Equal(RoundingStyle.AtLeast, moreThan.Style);

        var partners = PublishedNumber.Exact(155m);
        Assert.True(partners.Interval.Contains(155m));
    }

    [Fact]
    public void Territories_of_the_articles()
    {
        Assert.Equal("Xizang", Xizang.Name);
        Assert.Equal("Xinjiang", Territory.FromCode("CN-XJ").Name);
        Assert.Equal("Nepal", Territory.FromCode("NP").Name);
        Assert.Equal(5, Territory.CentralAsia5.MembersDuring(Period.Year(2023)).Count);
        Assert.Equal(Territory.CentralAsia5, Territory.FromName("Central Asia 5"));
    }

    [Fact]
    public void Observations_of_the_articles()
    {
        var exports = new TradeObservation(Xizang, Territory.World, Period.Year(2024), TradeFlow.Exports, Money.Cny(11.32e9m));
        Assert.Equal(Money.Cny(11.32e9m), exports.Value);

        var privateFirms = new TradeObservation(Xizang, Territory.World, Period.Year(2025), TradeFlow.Total, Money.Cny(7.26e9m))
        {
            EnterpriseType = EnterpriseType.Private,
            Status = ObservationStatus.Estimated,
        };
        Assert.Equal(EnterpriseType.Private, privateFirms.EnterpriseType);

        var xinjiang = new TradeObservation(Territory.FromCode("CN-XJ"), Territory.CentralAsia5, Period.Year(2023), TradeFlow.Exports, Money.Cny(246.57e9m));
        Assert.Equal(Territory.CentralAsia5, xinjiang.Partner);

        var nevs = exports with
        {
            Value = Money.Cny(1.55e9m),
            Commodity = Commodity.Named("New energy vehicles"),
            Quantity = new Quantity(11_800m, "vehicles"),
        };
        Assert.Equal("New energy vehicles", nevs.Commodity!.Name);

        var air = new TradeObservation(Xizang, Territory.World, Period.Year(2025), TradeFlow.Total, Money.Cny(440e6m)) { TransportMode = TransportMode.Air };
        Assert.Equal(TransportMode.Air, air.TransportMode);
        var border = new TradeObservation(Xizang, Territory.World, Period.Year(2024), TradeFlow.Total, Money.Cny(3.53e9m)) { CustomsRegime = CustomsRegime.BorderSmallScaleTrade };
        Assert.Equal(CustomsRegime.BorderSmallScaleTrade, border.CustomsRegime);
    }

    [Fact]
    public void Dollar_figures_and_their_conversions()
    {
        var rate = new ExchangeRate(Currency.USD, Currency.CNY, 7m, Period.Year(2025));
        Assert.Equal(Money.Usd(1.21e9m), rate.Convert(Money.Cny(8.47e9m)).Round());
        Assert.Equal(Money.Usd(34.3e9m), new PublishedMoney(PublishedNumber.FromDigits(34.3m, 1e9m), Currency.USD).Value);
    }
}
