namespace TradeStats.Tests.Core;

public class TradeObservationTest
{
    private static readonly Territory Xizang = Territory.FromCode("CN-XZ");

    private static TradeObservation Total2024 => new(Xizang, Territory.World, Period.Year(2024), TradeFlow.Total, Money.Cny(12.67e9m));

    [Fact]
    public void Flows_know_whether_they_are_derived_and_may_be_negative()
    {
        Assert.False(TradeFlow.Exports.IsDerived());
        Assert.False(TradeFlow.Imports.IsDerived());
        Assert.False(TradeFlow.ReExports.IsDerived());
        Assert.False(TradeFlow.ReImports.IsDerived());
        Assert.True(TradeFlow.Total.IsDerived());
        Assert.True(TradeFlow.Balance.IsDerived());
        Assert.Equal([TradeFlow.Balance], Enum.GetValues<TradeFlow>().Where(f => f.AllowsNegativeValues()));
    }

    [Fact]
    public void Only_a_balance_may_be_negative()
    {
        var deficit = new TradeObservation(Xizang, Territory.World, Period.Year(2024), TradeFlow.Balance, Money.Cny(-1m));
        Assert.True(deficit.Value.IsNegative);
        foreach (var flow in Enum.GetValues<TradeFlow>().Where(f => f != TradeFlow.Balance))
        {
            var e = Assert.Throws<ArgumentException>(() => new TradeObservation(Xizang, Territory.World, Period.Year(2024), flow, Money.Cny(-1m)));
            Assert.Contains("-1 CNY", e.Message, StringComparison.Ordinal);
            Assert.Contains(flow.ToString(), e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Sign_rule_holds_in_with_expressions()
    {
        var deficit = Total2024 with { Flow = TradeFlow.Balance, Value = Money.Cny(-5m) };
        Assert.Equal(TradeFlow.Balance, deficit.Flow);
        Assert.Throws<ArgumentException>(() => Total2024 with { Value = Money.Cny(-5m) });
        Assert.Throws<ArgumentException>(() => deficit with { Flow = TradeFlow.Exports });
        Assert.Throws<ArgumentOutOfRangeException>(() => Total2024 with { Flow = (TradeFlow)42 });
    }

    [Fact]
    public void A_group_reporter_is_refused_also_in_with_expressions()
    {
        var e = Assert.Throws<ArgumentException>(() => new TradeObservation(Territory.CentralAsia5, Territory.World, Period.Year(2023), TradeFlow.Exports, Money.Cny(1m)));
        Assert.Contains("CA5", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Total2024 with { Reporter = Territory.CentralAsia5 });
        Assert.Throws<ArgumentNullException>(() => Total2024 with { Reporter = null! });
        Assert.Throws<ArgumentNullException>(() => Total2024 with { Partner = null! });
        Assert.Throws<ArgumentNullException>(() => new TradeObservation(null!, Territory.World, Period.Year(2024), TradeFlow.Total, Money.Cny(1m)));
        Assert.Throws<ArgumentNullException>(() => new TradeObservation(Xizang, null!, Period.Year(2024), TradeFlow.Total, Money.Cny(1m)));
    }

    [Fact]
    public void Undefined_flows_default_money_and_default_periods_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TradeObservation(Xizang, Territory.World, Period.Year(2024), (TradeFlow)42, Money.Cny(1m)));
        var money = Assert.Throws<ArgumentException>(() => new TradeObservation(Xizang, Territory.World, Period.Year(2024), TradeFlow.Total, default));
        Assert.Contains("default(Money)", money.Message, StringComparison.Ordinal);
        var period = Assert.Throws<ArgumentException>(() => new TradeObservation(Xizang, Territory.World, default, TradeFlow.Total, Money.Cny(1m)));
        Assert.Contains("default(Period)", period.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_expressions_make_breakdowns_and_equality_is_by_value()
    {
        var privateFirms = Total2024 with { EnterpriseType = EnterpriseType.Private, Value = Money.Cny(7.26e9m) };
        Assert.Equal(EnterpriseType.Private, privateFirms.EnterpriseType);
        Assert.False(privateFirms.IsGrandTotal);
        Assert.True(Total2024.IsGrandTotal);
        Assert.False((Total2024 with { Partner = Territory.FromCode("NP") }).IsGrandTotal);
        var total = Total2024;
        var rebuilt = new TradeObservation(Territory.FromCode("CN-XZ"), Territory.FromCode("WLD"), Period.Parse("2024"), TradeFlow.Total, Money.Cny(12670000000m));
        Assert.NotSame(total, rebuilt);
        Assert.Equal(total, rebuilt);
        Assert.Equal(total.GetHashCode(), rebuilt.GetHashCode());
        Assert.Equal(Total2024, Total2024 with { Value = Money.Cny(12_670_000_000.00m) });
        Assert.NotEqual(Total2024, privateFirms);
        Assert.NotEqual(Total2024, Total2024 with { Status = ObservationStatus.Preliminary });
        Assert.NotEqual(Total2024, Total2024 with { Source = new SourceReference("Xinhua") });
        Assert.Equal(ObservationStatus.Final, Total2024.Status);
    }

    [Theory]
    [MemberData(nameof(CultureScope.Names), MemberType = typeof(CultureScope))]
    public void ToString_is_invariant(string culture)
    {
        using var scope = new CultureScope(culture);
        Assert.Equal("CN-XZ WLD 2024 Total 12670000000 CNY", Total2024.ToString());
        var nev = Total2024 with { Flow = TradeFlow.Exports, Value = Money.Cny(1.55e9m), Commodity = Commodity.Named("New energy vehicles"), Quantity = new Quantity(11_800.5m, "vehicles"), TransportMode = TransportMode.Road };
        Assert.Equal("CN-XZ WLD 2024 Exports 1550000000 CNY New energy vehicles Road 11800.5 vehicles", nev.ToString());
        Assert.Equal("Xinhua 2025-02-17", new SourceReference("Xinhua", new DateOnly(2025, 2, 17)).ToString());
        Assert.Equal("Xinhua", new SourceReference("Xinhua").ToString());
    }
}
