using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using TradeStats.Columnar;

namespace TradeStats.Tests.Columnar;

/// <summary>Generated trade data for the columnar engine's properties, and the simple LINQ path it must agree with.</summary>
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

    /// <summary>A scenario: observations in one currency, keys, a period level and an HS level.</summary>
    public static Arbitrary<Scenario> Scenarios { get; } = Arb.From(
        from list in Gen.NonEmptyListOf(Observation(Currency.USD))
        from keys in Gen.Choose(0, 31)
        from level in Gen.Elements<PeriodKind?>(null, PeriodKind.Quarter, PeriodKind.Year)
        from hs in Gen.Elements<int?>(null, 2)
        select new Scenario([.. list], (TradeKeys)keys, level, hs),
        Shrink);

    /// <summary>Scenarios in two currencies, for conversion.</summary>
    public static Arbitrary<Scenario> MixedCurrencyScenarios { get; } = Arb.From(
        from list in Gen.NonEmptyListOf(Observation(Currency.USD, Currency.CNY))
        from keys in Gen.Choose(0, 31)
        from level in Gen.Elements<PeriodKind?>(null, PeriodKind.Year)
        from hs in Gen.Elements<int?>(null, 2)
        select new Scenario([.. list], (TradeKeys)keys, level, hs),
        Shrink);

    /// <summary>Monthly USD/CNY rates for 2022 to 2024 with up to four decimals.</summary>
    public static ExchangeRateTable Rates { get; } = new(
        Enumerable.Range(0, 36).Select(i => new ExchangeRate(Currency.USD, Currency.CNY, 6.3m + (i * 0.0271m), Period.Month(2022 + (i / 12), (i % 12) + 1))));

    /// <summary>The simple path: LINQ over observations.</summary>
    public static List<GroupTotal> ReferenceSums(IEnumerable<TradeObservation> observations, TradeKeys keys, PeriodKind? level, int? hs) =>
        [.. observations
            .GroupBy(o => KeyOf(o, o.Period, keys, level, hs))
            .Select(g => new GroupTotal(g.Key.R, g.Key.P, g.Key.T, g.Key.F, g.Key.C, Money.Sum(g.Select(o => o.Value)), g.Count()))];

    /// <summary>The simple path for conversion: per stored period and currency subtotals, converted, then summed.</summary>
    public static List<GroupTotal> ReferenceConverted(IEnumerable<TradeObservation> observations, TradeKeys keys, Currency target, ExchangeRateTable rates, PeriodKind? level, int? hs) =>
        [.. observations
            .GroupBy(o => (Key: KeyOf(o, o.Period, keys, level, hs), o.Period, o.Value.Currency))
            .Select(g => (g.Key.Key, Count: g.Count(), Value: Convert(Money.Sum(g.Select(o => o.Value)), target, rates, g.Key.Period)))
            .GroupBy(x => x.Key)
            .Select(g => new GroupTotal(g.Key.R, g.Key.P, g.Key.T, g.Key.F, g.Key.C, Money.Sum(g.Select(x => x.Value), target), g.Sum(x => x.Count)))];

    /// <summary>The simple path for year-on-year growth.</summary>
    public static List<GroupGrowth> ReferenceGrowth(List<GroupTotal> totals)
    {
        var byKey = totals.ToDictionary(t => (t.Reporter, t.Partner, t.Period, t.Flow, t.Commodity));
        var result = new List<GroupGrowth>();
        foreach (var t in totals)
        {
            if (t.Period is not { } p || !byKey.TryGetValue((t.Reporter, t.Partner, p.YearEarlier(), t.Flow, t.Commodity), out var b))
            {
                continue;
            }

            result.Add(b.Value.Amount == 0m ? new GroupGrowth(t, b, null, "the base value is zero")
                : t.Flow == TradeFlow.Balance && t.Value.Amount != 0m && (t.Value.Amount < 0m) != (b.Value.Amount < 0m) ? new GroupGrowth(t, b, null, "the balance changed sign")
                : new GroupGrowth(t, b, (t.Value.Amount - b.Value.Amount) / b.Value.Amount, null));
        }

        return result;
    }

    /// <summary>The simple path for shares.</summary>
    public static List<GroupTotalShare> ReferenceShares(List<GroupTotal> totals, TradeKeys across)
    {
        GroupTotal Strip(GroupTotal t) => t with
        {
            Reporter = across.HasFlag(TradeKeys.Reporter) ? null : t.Reporter,
            Partner = across.HasFlag(TradeKeys.Partner) ? null : t.Partner,
            Period = across.HasFlag(TradeKeys.Period) ? null : t.Period,
            Flow = across.HasFlag(TradeKeys.Flow) ? null : t.Flow,
            Commodity = across.HasFlag(TradeKeys.Commodity) ? null : t.Commodity,
        };
        var wholes = totals.GroupBy(t => Strip(t) with { Value = Money.Zero(t.Value.Currency), RowCount = 0 })
            .ToDictionary(g => g.Key, g => g.Key with { Value = Money.Sum(g.Select(x => x.Value)), RowCount = g.Sum(x => x.RowCount) });
        return [.. totals.Select(t =>
        {
            var whole = wholes[Strip(t) with { Value = Money.Zero(t.Value.Currency), RowCount = 0 }];
            return new GroupTotalShare(t, whole, whole.Value.Amount == 0m ? null : t.Value.Amount / whole.Value.Amount);
        })];
    }

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

    private static Money Convert(Money money, Currency target, ExchangeRateTable rates, Period period) =>
        money.Currency == target ? money : rates.GetRate(money.Currency, target, period).Convert(money);

    private static (Territory? R, Territory? P, Period? T, TradeFlow? F, Commodity? C) KeyOf(TradeObservation o, Period period, TradeKeys keys, PeriodKind? level, int? hs) => (
        keys.HasFlag(TradeKeys.Reporter) ? o.Reporter : null,
        keys.HasFlag(TradeKeys.Partner) ? o.Partner : null,
        keys.HasFlag(TradeKeys.Period) ? (level is { } k ? period.RollUp(k) : period) : null,
        keys.HasFlag(TradeKeys.Flow) ? o.Flow : null,
        keys.HasFlag(TradeKeys.Commodity) ? (hs is { } h && o.Commodity is { } c ? c.RollUp(h) : o.Commodity) : null);

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

/// <summary>Generated observations and the grouping to apply to them.</summary>
/// <param name="Observations">The rows.</param>
/// <param name="Keys">The dimensions to group by.</param>
/// <param name="PeriodLevel">The period roll-up.</param>
/// <param name="HsLevel">The HS roll-up.</param>
public sealed record Scenario(TradeObservation[] Observations, TradeKeys Keys, PeriodKind? PeriodLevel, int? HsLevel)
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"{Keys} level={PeriodLevel} hs={HsLevel}: {Observations.Length} rows [{string.Join("; ", Observations.Take(10))}{(Observations.Length > 10 ? "; ..." : string.Empty)}]";
}
