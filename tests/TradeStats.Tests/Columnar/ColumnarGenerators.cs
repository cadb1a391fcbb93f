using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using TradeStats.Analysis;
using TradeStats.Columnar;
using TradeStats.Sources;

namespace TradeStats.Tests.Columnar;

/// <summary>Generated trade data for the columnar engine's properties: it must agree with <see cref="TradeSeries"/>.</summary>
public static class ColumnarGenerators
{
    private static readonly Territory[] Reporters = [Territory.FromCode("CN"), Territory.FromCode("CN-XZ")];
    private static readonly Territory[] Partners = [.. new[] { "NP", "KZ", "US", "DE", "WLD" }.Select(Territory.FromCode)];
    private static readonly Commodity?[] Commodities = [null, Commodity.Hs("8703"), Commodity.Hs("8704"), Commodity.Hs("0101"), Commodity.Hs("2709")];

    /// <summary>Months of 2022 to 2024, so that year-on-year bases exist.</summary>
    public static Gen<Period> Month { get; } =
        from y in Gen.Choose(2022, 2024) from m in Gen.Choose(1, 12) select Period.Month(y, m);

    /// <summary>Non-negative values with 0 to 3 decimals.</summary>
    public static Gen<decimal> Value { get; } =
        from units in Gen.Choose(0, 1_000_000_000)
        from scale in Gen.Choose(0, 3)
        from zero in Gen.Choose(0, 20)
        select zero == 0 ? 0m : units / Pow10(scale);

    /// <summary>One observation: mostly exports and imports, sometimes a balance (possibly negative).</summary>
    /// <param name="currencies">The currencies to draw from.</param>
    /// <returns>The generator.</returns>
    public static Gen<TradeObservation> Observation(params Currency[] currencies) =>
        from r in Gen.Elements(Reporters)
        from p in Gen.Elements(Partners)
        from t in Month
        from f in Gen.Frequency((10, Gen.Constant(TradeFlow.Exports)), (10, Gen.Constant(TradeFlow.Imports)), (1, Gen.Constant(TradeFlow.Balance)))
        from c in Gen.Elements(Commodities)
        from v in Value
        from negative in Gen.Elements(false, true)
        from cur in Gen.Elements(currencies)
        select new TradeObservation(r, p, t, f, new Money(f == TradeFlow.Balance && negative ? -v : v, cur)) { Commodity = c };

    /// <summary>Scenarios of rows in one currency at one level per dimension, mostly: what a real store holds.</summary>
    public static Arbitrary<Scenario> Scenarios { get; } = Arb.From(ScenarioGen(Observation(Currency.USD), mixedLevels: false), Shrink);

    /// <summary>Scenarios in two currencies, for conversion and the currency guard.</summary>
    public static Arbitrary<Scenario> MixedCurrencyScenarios { get; } = Arb.From(ScenarioGen(Observation(Currency.USD, Currency.CNY), mixedLevels: false), Shrink);

    /// <summary>
    /// Scenarios that reach every rule of the shared model: World with partners, a group with its members, a
    /// province with its country, years with months and year-to-date spans, all goods with codes, HS 87 with 8703,
    /// SITC codes, named groups, "all" with specific breakdowns, statuses, duplicates, stated totals and balances,
    /// two currencies; with any grouping, roll-up, partner groups and filter.
    /// </summary>
    public static Arbitrary<Scenario> AnyScenarios => Arb.From(
        from flat in Gen.Frequency((3, Gen.Constant(true)), (2, Gen.Constant(false)))
        from scenario in ScenarioGen(flat ? Observation(Currency.USD) : RichObservation, mixedLevels: !flat)
        select scenario,
        Shrink);

    /// <summary>Monthly USD/CNY rates for 2022 to 2024 with up to four decimals.</summary>
    public static ExchangeRateTable Rates { get; } = new(
        Enumerable.Range(0, 36).Select(i => new ExchangeRate(Currency.USD, Currency.CNY, 6.3m + (i * 0.0271m), Period.Month(2022 + (i / 12), (i % 12) + 1))));

    private static readonly Territory[] RichReporters = [Territory.FromCode("CN"), Territory.FromCode("CN-XZ"), Territory.FromCode("CN-XJ")];
    private static readonly Territory[] RichPartners = [.. new[] { "NP", "KZ", "UZ", "US", "WLD" }.Select(Territory.FromCode), Territory.CentralAsia5];
    private static readonly Commodity?[] RichCommodities =
        [null, Commodity.Hs("87"), Commodity.Hs("8703"), Commodity.Hs("870380"), Commodity.Hs("8704"), Commodity.Hs("2709"), Commodity.Named("New energy vehicles"), Commodity.Create("781", CommodityClassification.FromCode("S4"))];

    private static Gen<Period> RichPeriod { get; } = Gen.Frequency(
        (6, Month),
        (2, from y in Gen.Choose(2022, 2024) from q in Gen.Choose(1, 4) select Period.Quarter(y, q)),
        (2, from y in Gen.Choose(2022, 2024) select Period.Year(y)),
        (1, from y in Gen.Choose(2022, 2024) from m in Gen.Choose(2, 11) select Period.Range(Period.Month(y, 1), Period.Month(y, m))));

    private static Gen<TradeObservation> RichObservation { get; } =
        from o in Observation(Currency.USD)
        from r in Gen.Elements(RichReporters)
        from p in Gen.Elements(RichPartners)
        from t in RichPeriod
        from f in Gen.Frequency((8, Gen.Constant(TradeFlow.Exports)), (8, Gen.Constant(TradeFlow.Imports)), (1, Gen.Constant(TradeFlow.Total)), (1, Gen.Constant(TradeFlow.Balance)))
        from c in Gen.Elements(RichCommodities)
        from e in Gen.Frequency((4, Gen.Constant<EnterpriseType?>(null)), (1, Gen.Constant<EnterpriseType?>(EnterpriseType.Private)), (1, Gen.Constant<EnterpriseType?>(EnterpriseType.StateOwned)))
        from status in Gen.Frequency((6, Gen.Constant(ObservationStatus.Final)), (1, Gen.Constant(ObservationStatus.Preliminary)))
        from cny in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new TradeObservation(r, p, t, f, new Money(f == TradeFlow.Balance ? o.Value.Amount : Math.Abs(o.Value.Amount), cny ? Currency.CNY : Currency.USD))
        {
            Commodity = c,
            EnterpriseType = e,
            Status = status,
        };

    /// <summary>Product groups over the generated codes: subgroups of headings and subheadings, a group of groups, a labelled row's group, and the HS sections.</summary>
    private static readonly ProductHierarchy Products = ProductHierarchy.HsSections
        .Define("New energy vehicles", Commodity.Hs("870380"))
        .Define("Cars", Commodity.Hs("8703"))
        .Define("Trucks", Commodity.Hs("8704"))
        .Define("Vehicles", Commodity.Named("Cars"), Commodity.Named("Trucks"))
        .Define("Electric cars", Commodity.Hs("870380"))
        .Define("Energy", Commodity.Hs("2709"), Commodity.Hs("0101"));

    private static readonly ProductPartition?[] Partitions =
    [
        null,
        Products.Partition(Commodity.Named("Vehicles"), Commodity.Named("Energy")),
        Products.Partition(Commodity.Named("Cars")),
        Products.Partition(Commodity.Named("Electric cars"), Commodity.Named("Trucks")),
        Products.Partition(Commodity.Named("New energy vehicles")),
        Products.Partition(ProductHierarchy.HsSections.Groups),
    ];

    private static Gen<GroupingOptions> Options { get; } =
        from dims in Gen.Choose(0, 511)
        from level in Gen.Elements<PeriodKind?>(null, null, PeriodKind.Quarter, PeriodKind.Year)
        from hs in Gen.Elements<int?>(null, null, 2, 4)
        from groups in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from products in Gen.Frequency((5, Gen.Constant<ProductPartition?>(null)), (3, Gen.Elements(Partitions)))
        select new GroupingOptions((TradeDimension)dims) { PeriodRollUp = level, HsLevel = hs, PartnerGroups = groups ? [Territory.CentralAsia5] : null, ProductGroups = products };

    private static Gen<TradeQuery?> Filter { get; } = Gen.Frequency(
        (6, Gen.Constant<TradeQuery?>(null)),
        (1, Gen.Constant<TradeQuery?>(TradeQuery.All with { Partners = [Territory.FromCode("NP"), Territory.FromCode("KZ")] })),
        (1, Gen.Constant<TradeQuery?>(TradeQuery.All with { Flows = [TradeFlow.Exports] })),
        (1, Gen.Constant<TradeQuery?>(TradeQuery.All with { Period = Period.Year(2023) })),
        (1, Gen.Constant<TradeQuery?>(TradeQuery.All with { Commodity = BreakdownFilter.Only(Commodity.Hs("87")) })),
        (1, Gen.Constant<TradeQuery?>(TradeQuery.All with { Commodity = BreakdownFilter.TotalOnly<Commodity>(), EnterpriseType = BreakdownFilter.TotalOnly<EnterpriseType>() })),
        (1, Gen.Constant<TradeQuery?>(TradeQuery.All with { Reporters = [Territory.FromCode("CN-XZ")], EnterpriseType = BreakdownFilter.Only(EnterpriseType.Private) })));

    private static Gen<Scenario> ScenarioGen(Gen<TradeObservation> observation, bool mixedLevels) =>
        from list in Gen.NonEmptyListOf(observation)
        from distinct in Gen.Frequency((mixedLevels ? 1 : 4, Gen.Constant(true)), (1, Gen.Constant(false)))
        from options in Options
        from filter in Filter
        let rows = distinct ? list.DistinctBy(o => (o.Reporter, o.Partner, o.Period, o.Flow, o.Commodity, o.EnterpriseType)).ToArray() : [.. list]
        select new Scenario(rows, options, filter);

    /// <summary>Writes observations in the library's CSV format, with columns in a given order and every field quoted or not.</summary>
    public static string ToCsv(IEnumerable<TradeObservation> observations, string[] columns, bool quoteAll, string newLine = "\n")
    {
        var sb = new StringBuilder();
        sb.Append(string.Join(',', columns.Select(c => Field(c, quoteAll)))).Append(newLine);
        foreach (var o in observations)
        {
            var values = columns.Select(c => c switch
            {
                "reporter" => o.Reporter.Code,
                "partner" => o.Partner.Code,
                "period" => o.Period.ToString(),
                "flow" => o.Flow switch { TradeFlow.Exports => "X", TradeFlow.Imports => "M", TradeFlow.Total => "T", TradeFlow.Balance => "B", TradeFlow.ReExports => "RX", _ => "RM" },
                "commodity" => o.Commodity?.Code ?? string.Empty,
                "value" => o.Value.Amount.ToString(CultureInfo.InvariantCulture),
                "currency" => o.Value.Currency.Code,
                "quantity" => o.Quantity?.Value.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                "quantity_unit" => o.Quantity?.Unit ?? string.Empty,
                "customs_regime" => o.CustomsRegime?.ToString() ?? string.Empty,
                "enterprise_type" => o.EnterpriseType?.ToString() ?? string.Empty,
                "transport_mode" => o.TransportMode?.ToString() ?? string.Empty,
                "status" => o.Status == ObservationStatus.Final ? string.Empty : o.Status.ToString(),
                "source_publisher" => o.Source?.Publisher ?? string.Empty,
                "source_date" => o.Source?.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
                "source_title" => o.Source?.Title ?? string.Empty,
                "source_address" => o.Source?.Address ?? string.Empty,
                "source_excerpt" => o.Source?.Excerpt ?? string.Empty,
                _ => throw new ArgumentException(c),
            });
            sb.Append(string.Join(',', values.Select(v => Field(v, quoteAll)))).Append(newLine);
        }

        return sb.ToString();
    }

    /// <summary>Loads CSV text.</summary>
    public static TradeColumns Load(string csv) => TradeCsvLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "test.csv");

    private static string Field(string value, bool quote) =>
        quote || value.Contains(',', StringComparison.Ordinal) || value.Contains('"', StringComparison.Ordinal) || value.Contains('\n', StringComparison.Ordinal)
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;

    private static IEnumerable<Scenario> Shrink(Scenario s)
    {
        if (s.Observations.Length > 1)
        {
            yield return s with { Observations = s.Observations[..(s.Observations.Length / 2)] };
            yield return s with { Observations = s.Observations[(s.Observations.Length / 2)..] };
            yield return s with { Observations = s.Observations[1..] };
        }
    }

    private static decimal Pow10(int n)
    {
        var p = 1m;
        for (var i = 0; i < n; i++)
        {
            p *= 10m;
        }

        return p;
    }
}

/// <summary>Generated observations, a grouping and a filter to apply to them.</summary>
/// <param name="Observations">The rows.</param>
/// <param name="Options">The grouping.</param>
/// <param name="Filter">The rows to aggregate, or null for all.</param>
public sealed record Scenario(TradeObservation[] Observations, GroupingOptions Options, TradeQuery? Filter)
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"{Options.Dimensions} level={Options.PeriodRollUp} hs={Options.HsLevel} groups={Options.PartnerGroups?.Count ?? 0} filter={(Filter is null ? "none" : "yes")}: {Observations.Length} rows [{string.Join("; ", Observations.Take(12))}{(Observations.Length > 12 ? "; ..." : string.Empty)}]";
}
