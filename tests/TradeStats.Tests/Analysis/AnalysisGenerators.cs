using FsCheck;
using FsCheck.Fluent;
using TradeStats.Analysis;

namespace TradeStats.Tests.Analysis;

/// <summary>Generators of series whose observations partition the trade (no overlaps), for the aggregation properties.</summary>
public static class AnalysisGenerators
{
    private static readonly Territory[] Reporters = [Territory.FromCode("CN-XZ"), Territory.FromCode("CN-XJ")];

    private static readonly Territory[] Partners = new[] { "NP", "IN", "KZ", "KG", "DE", "AU" }.Select(Territory.FromCode).ToArray();

    private static readonly Commodity?[] Commodities = [Commodity.Hs("870380"), Commodity.Hs("870340"), Commodity.Hs("840110"), Commodity.Hs("850760"), Commodity.Hs("010121")];

    private static readonly EnterpriseType?[] EnterpriseTypes = [EnterpriseType.Private, EnterpriseType.StateOwned, EnterpriseType.ForeignInvested];

    /// <summary>Positive amounts with up to four decimals, up to about a billion.</summary>
    public static Gen<decimal> PositiveAmount { get; } =
        from units in Gen.Choose(1, 1_000_000_000)
        from scale in Gen.Choose(0, 4)
        select units / Pow10(scale);

    /// <summary>Monthly exports and imports in CNY over 2023-2024 on distinct cells (reporter, partner, month, HS6, enterprise type, flow).</summary>
    public static Gen<List<TradeObservation>> Observations { get; } =
        Gen.ListOf(
            from r in Gen.Choose(0, Reporters.Length - 1)
            from p in Gen.Choose(0, Partners.Length - 1)
            from m in Gen.Choose(0, 23)
            from c in Gen.Choose(0, Commodities.Length - 1)
            from e in Gen.Choose(0, EnterpriseTypes.Length - 1)
            from f in Gen.Elements(TradeFlow.Exports, TradeFlow.Imports)
            from a in PositiveAmount
            select new TradeObservation(Reporters[r], Partners[p], Period.Month(2023 + (m / 12), (m % 12) + 1), f, Money.Cny(a))
            {
                Commodity = Commodities[c],
                EnterpriseType = EnterpriseTypes[e],
            })
        .Select(list => list
            .GroupBy(o => (o.Reporter, o.Partner, o.Period, o.Commodity, o.EnterpriseType, o.Flow))
            .Select(g => g.First())
            .ToList());

    /// <summary>Series of <see cref="Observations"/>, shrinking by dropping observations.</summary>
    public static Arbitrary<List<TradeObservation>> ObservationsArbitrary { get; } = Arb.From(Observations, ShrinkList);

    /// <summary>Grouping options over every combination of dimensions and roll-ups.</summary>
    public static Gen<GroupingOptions> Options { get; } =
        from d in Gen.Choose(0, 255)
        from pk in Gen.Elements<PeriodKind?>(null, PeriodKind.Quarter, PeriodKind.Half, PeriodKind.Year)
        from hs in Gen.Elements<int?>(null, 2, 4, 6)
        from groups in Gen.Elements(false, true)
        select new GroupingOptions((TradeDimension)d)
        {
            PeriodRollUp = pk,
            HsLevel = hs,
            PartnerGroups = groups ? [Territory.CentralAsia5, Territory.SouthAsia] : null,
        };

    /// <summary>A series with a grouping.</summary>
    public static Arbitrary<(List<TradeObservation> Observations, GroupingOptions Options)> SeriesAndOptions { get; } =
        Arb.From(
            from o in Observations
            from g in Options
            select (o, g),
            x => ShrinkList(x.Item1).Select(l => (l, x.Item2)));

    /// <summary>Removes one element at a time.</summary>
    public static IEnumerable<List<T>> ShrinkList<T>(List<T> list) =>
        Enumerable.Range(0, list.Count).Select(i => list.Where((_, j) => j != i).ToList());

    private static decimal Pow10(int n)
    {
        var r = 1m;
        for (var i = 0; i < n; i++)
        {
            r *= 10m;
        }

        return r;
    }
}
