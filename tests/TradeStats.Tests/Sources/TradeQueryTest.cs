using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TradeStats.Sources;
using TradeStats.Tests.Infrastructure;
using static TradeStats.Tests.Sources.SourcesTestSupport;

namespace TradeStats.Tests.Sources;

public class TradeQueryTest
{
    private static readonly Territory Xizang = Territory.FromCode("CN-XZ");
    private static readonly Territory Nepal = Territory.FromCode("NP");

    private static readonly TradeObservation Total2024 = new(Xizang, Territory.World, Period.Year(2024), TradeFlow.Total, Money.Cny(12.67e9m));

    [Property]
    public Property All_matches_everything() =>
        Prop.ForAll(Arb.From(Observation(hsNames: true)), (TradeObservation o) => TradeQuery.All.Matches(o) && TradeQuery.All.IsAll);

    [Fact]
    public void Period_filter_keeps_observations_within_the_period()
    {
        var q = TradeQuery.All with { Period = Period.Year(2024) };
        Assert.True(q.Matches(Total2024 with { Period = Period.Month(2024, 3) }));
        Assert.True(q.Matches(Total2024));
        Assert.False(q.Matches(Total2024 with { Period = Period.Parse("2024-06/2025-01") }));
        Assert.False(q.Matches(Total2024 with { Period = Period.Year(2023) }));
    }

    [Fact]
    public void Territory_and_flow_filters_are_exact()
    {
        var q = TradeQuery.All with { Reporters = [Xizang], Partners = [Nepal], Flows = [TradeFlow.Exports, TradeFlow.Imports] };
        Assert.True(q.Matches(Total2024 with { Partner = Nepal, Flow = TradeFlow.Exports }));
        Assert.False(q.Matches(Total2024 with { Partner = Nepal }));
        Assert.False(q.Matches(Total2024 with { Flow = TradeFlow.Exports }));
        Assert.False(q.Matches(Total2024 with { Reporter = Territory.FromCode("CN-XJ"), Partner = Nepal, Flow = TradeFlow.Exports }));
    }

    [Fact]
    public void Breakdown_filters_tell_the_total_from_a_value_and_from_Unknown()
    {
        var totalOnly = TradeQuery.All with { EnterpriseType = BreakdownFilter.TotalOnly<EnterpriseType>() };
        var unknownOnly = TradeQuery.All with { EnterpriseType = BreakdownFilter.Only(EnterpriseType.Unknown) };
        var privateFirms = Total2024 with { EnterpriseType = EnterpriseType.Private };
        Assert.True(totalOnly.Matches(Total2024));
        Assert.False(totalOnly.Matches(privateFirms));
        Assert.False(unknownOnly.Matches(Total2024));
        Assert.True(unknownOnly.Matches(Total2024 with { EnterpriseType = EnterpriseType.Unknown }));

        var chapter87 = TradeQuery.All with { Commodity = BreakdownFilter.Only(Commodity.Hs("87")) };
        Assert.True(chapter87.Matches(Total2024 with { Commodity = Commodity.Hs("870380") }));
        Assert.False(chapter87.Matches(Total2024 with { Commodity = Commodity.Hs("8401") }));
        Assert.False(chapter87.Matches(Total2024));
        Assert.Equal("any", BreakdownFilter.Any<TransportMode>().ToString());
    }

    [Fact]
    public void Queries_with_the_same_filters_are_equal()
    {
        EqualityAssert.Equal(TradeQuery.All with { Reporters = [Xizang] }, TradeQuery.All with { Reporters = [Territory.FromCode("CN-XZ")] });
        EqualityAssert.NotEqual(TradeQuery.All with { Reporters = [Xizang] }, TradeQuery.All);
    }

    [Fact]
    public async Task In_memory_and_composite_sources_stream_in_order_and_filter()
    {
        var a = new InMemoryTradeDataSource([Total2024, Total2024 with { Partner = Nepal }], "a");
        var b = new InMemoryTradeDataSource([Total2024 with { Period = Period.Year(2023) }], "b");
        var composite = new CompositeTradeDataSource(a, b);
        Assert.Equal("composite(a, b)", composite.Name);
        Assert.Equal(3, (await ToListAsync(composite.ReadAsync(TradeQuery.All))).Count);
        var worldOnly = await ToListAsync(composite.ReadAsync(TradeQuery.All with { Partners = [Territory.World] }));
        Assert.Equal([Period.Year(2024), Period.Year(2023)], worldOnly.Select(o => o.Period));
        Assert.Throws<ArgumentException>(() => new CompositeTradeDataSource());
    }
}
