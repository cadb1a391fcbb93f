using FsCheck;
using FsCheck.Fluent;
using TradeStats.Analysis;
using TradeStats.Sources;

namespace TradeStats.DuckDb.Tests;

/// <summary>
/// Observations, filters and groupings for the push-down property. Half of the series draw from one level of every
/// dimension (countries, months, HS6, one enterprise type: they sum cleanly); the other half mix levels (World with
/// countries, a year with its months, HS 87 with 8703, "all enterprises" with one type, China with Xizang, a stray USD
/// figure), so the guards are compared too.
/// </summary>
public static class Generators
{
    private static readonly Territory[] CleanReporters = [Territory.FromCode("CN-XZ"), Territory.FromCode("CN-XJ")];
    private static readonly Territory[] MixedReporters = [Territory.FromCode("CN"), Territory.FromCode("CN-XZ"), Territory.FromCode("CN-XJ")];
    private static readonly Territory[] CleanPartners = [.. new[] { "NP", "IN", "KZ", "KG", "DE" }.Select(Territory.FromCode)];
    private static readonly Territory[] MixedPartners = [.. CleanPartners, Territory.World, Territory.CentralAsia5];
    private static readonly Commodity?[] CleanCommodities = [Commodity.Hs("870380"), Commodity.Hs("870340"), Commodity.Hs("840110"), Commodity.Named("New energy vehicles")];
    private static readonly Commodity?[] MixedCommodities = [.. CleanCommodities, null, Commodity.Hs("87"), Commodity.Hs("8703")];
    private static readonly EnterpriseType?[] CleanEnterprises = [EnterpriseType.Private, EnterpriseType.StateOwned];
    private static readonly EnterpriseType?[] MixedEnterprises = [.. CleanEnterprises, null];
    private static readonly ObservationStatus[] Statuses = [ObservationStatus.Final, ObservationStatus.Preliminary];

    public static Gen<decimal> Amount { get; } =
        from units in Gen.Choose(0, 1_000_000_000)
        from scale in Gen.Choose(0, 4)
        select units / (decimal)Math.Pow(10, scale);

    public static Gen<TradeObservation> Observation(bool mixed) =>
        from r in Gen.Elements(mixed ? MixedReporters : CleanReporters)
        from p in Gen.Elements(mixed ? MixedPartners : CleanPartners)
        from m in Gen.Choose(0, 23)
        from kind in Gen.Choose(0, mixed ? 9 : 0)
        from c in Gen.Elements(mixed ? MixedCommodities : CleanCommodities)
        from e in Gen.Elements(mixed ? MixedEnterprises : CleanEnterprises)
        from f in Gen.Elements(TradeFlow.Exports, TradeFlow.Imports, TradeFlow.Exports, TradeFlow.Imports, TradeFlow.Total, TradeFlow.Balance)
        from a in Amount
        from negative in Gen.Elements(false, true)
        from usd in Gen.Choose(0, mixed ? 40 : 0)
        from s in Gen.Elements(Statuses)
        select new TradeObservation(
            r,
            p,
            kind switch { 8 => Period.Quarter(2023 + (m / 12), 1 + (m % 4)), 9 => Period.Year(2023 + (m / 12)), _ => Period.Month(2023 + (m / 12), (m % 12) + 1) },
            f,
            new Money(f == TradeFlow.Balance && negative ? -a : a, usd == 1 ? Currency.USD : Currency.CNY))
        {
            Commodity = c,
            EnterpriseType = e,
            Status = s,
        };

    /// <summary>Series of 1 to 40 observations; clean ones without duplicate keys.</summary>
    public static Gen<List<TradeObservation>> Series { get; } =
        from mixed in Gen.Elements(false, true)
        from count in Gen.Choose(1, 40)
        from list in Gen.ListOf(Observation(mixed), count)
        select mixed
            ? list.Take(40).ToList()
            : list.Take(40).DistinctBy(o => (o.Reporter, o.Partner, o.Period, o.Flow, o.Commodity, o.EnterpriseType)).ToList();

    public static Gen<GroupingOptions> Grouping { get; } =
        from d in Gen.Choose(0, 511)
        from pk in Gen.Elements<PeriodKind?>(null, PeriodKind.Quarter, PeriodKind.Half, PeriodKind.Year, PeriodKind.Month)
        from hs in Gen.Elements<int?>(null, 2, 4, 6)
        from groups in Gen.Elements(false, true)
        select new GroupingOptions((TradeDimension)d)
        {
            PeriodRollUp = pk,
            HsLevel = hs,
            PartnerGroups = groups ? [Territory.CentralAsia5, Territory.SouthAsia] : null,
        };

    public static Gen<TradeQuery> Filter { get; } =
        from reporters in Gen.Elements<Territory[]>([], [], [], [Territory.FromCode("CN-XZ")], [Territory.FromCode("CN-XJ"), Territory.FromCode("CN")])
        from partners in Gen.Elements<Territory[]>([], [], [], [Territory.FromCode("NP"), Territory.FromCode("IN")], [Territory.FromCode("KZ"), Territory.World])
        from period in Gen.Elements<Period?>(null, null, null, Period.Year(2024), Period.Quarter(2023, 2))
        from flows in Gen.Elements<TradeFlow[]>([], [], [TradeFlow.Exports], [TradeFlow.Exports, TradeFlow.Imports])
        from commodity in Gen.Elements(default, default, default, BreakdownFilter.Only(Commodity.Hs("87")), BreakdownFilter.TotalOnly<Commodity>(), BreakdownFilter.Only(Commodity.Named("New energy vehicles")))
        from enterprise in Gen.Elements(default, default, default, BreakdownFilter.TotalOnly<EnterpriseType>(), BreakdownFilter.Only(EnterpriseType.Private))
        from which in Gen.Choose(0, 2)
        select which == 0
            ? TradeQuery.All
            : TradeQuery.All with
            {
                Reporters = [.. reporters],
                Partners = [.. partners],
                Period = period,
                Flows = [.. flows],
                Commodity = commodity,
                EnterpriseType = enterprise,
            };

    /// <summary>A series with four queries on it (writing the file costs more than one query).</summary>
    public static Arbitrary<(List<TradeObservation> Observations, List<(TradeQuery Filter, GroupingOptions Grouping)> Queries)> Cases { get; } =
        Arb.From(
            from o in Series
            from f1 in Filter
            from g1 in Grouping
            from f2 in Filter
            from g2 in Grouping
            from f3 in Filter
            from g3 in Grouping
            from f4 in Filter
            from g4 in Grouping
            select (o, new List<(TradeQuery, GroupingOptions)> { (f1, g1), (f2, g2), (f3, g3), (f4, g4) }),
            x => Enumerable.Range(0, x.Item1.Count).Select(i => (x.Item1.Where((_, j) => j != i).ToList(), x.Item2)));
}
