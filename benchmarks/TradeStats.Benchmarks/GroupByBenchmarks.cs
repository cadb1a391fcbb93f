using BenchmarkDotNet.Attributes;
using TradeStats.Analysis;
using TradeStats.Columnar;
using TradeStats.Sources;

namespace TradeStats.Benchmarks;

/// <summary>The data every series benchmark starts from: the same seeded rows as records and as a columnar store.</summary>
public abstract class SeriesBenchmark
{
    /// <summary>Rows.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Rows { get; set; }

    /// <summary>The sizes, from <see cref="BenchmarkData.Sizes"/>.</summary>
    public static IEnumerable<int> Sizes => BenchmarkData.Sizes();

    /// <summary>The rows as observation records (the naive baselines' input).</summary>
    protected List<TradeObservation> Observations { get; private set; } = [];

    /// <summary>The rows in the columnar store.</summary>
    protected TradeColumns Columns { get; private set; } = null!;

    /// <summary>Partner, year (rolled up from months) and flow: the reference grouping.</summary>
    protected static GroupingOptions ByPartnerYear { get; } = new(TradeDimension.Partner | TradeDimension.Period) { PeriodRollUp = PeriodKind.Year };

    /// <summary>Builds the data.</summary>
    [GlobalSetup]
    public void Setup()
    {
        Observations = BenchmarkData.ObservationsOf(Rows);
        Columns = BenchmarkData.ColumnsOf(Rows);
        AfterSetup();
    }

    /// <summary>Prepares what a benchmark needs beyond the rows.</summary>
    protected virtual void AfterSetup()
    {
    }
}

/// <summary>Sum by partner, year and flow (5,000 groups): LINQ over records against the columnar store.</summary>
[MemoryDiagnoser]
public class GroupByBenchmarks : SeriesBenchmark
{

    /// <summary>Baseline: LINQ GroupBy over observation records with decimal values.</summary>
    /// <returns>The groups.</returns>
    [Benchmark(Baseline = true)]
    public int Linq() => Observations
        .GroupBy(o => (o.Partner, o.Period.StartYear, o.Flow))
        .Select(g => (g.Key, Sum: g.Sum(o => o.Value.Amount)))
        .Count();

    /// <summary>The columnar store on one thread.</summary>
    /// <returns>The groups.</returns>
    [Benchmark]
    public int Columnar() => Columns.GroupBy(ByPartnerYear).Groups.Length;

    /// <summary>The columnar store on every core.</summary>
    /// <returns>The groups.</returns>
    [Benchmark]
    public int ColumnarParallel() => Columns.GroupBy(ByPartnerYear, degreeOfParallelism: Environment.ProcessorCount).Groups.Length;

    /// <summary>
    /// The columnar store on one thread with the double-count guard run anew each time: a filter (exports and
    /// imports) makes the selection differ from the whole store, whose guard outcome is kept after the first call.
    /// </summary>
    /// <returns>The groups.</returns>
    [Benchmark]
    public int ColumnarWithGuard() => Columns.GroupBy(ByPartnerYear, TradeQuery.All with { Flows = [TradeFlow.Exports, TradeFlow.Imports] }).Groups.Length;
}

/// <summary>Roll-up of months to years and HS4 to HS2 by partner and flow (about 500,000 groups).</summary>
[MemoryDiagnoser]
public class RollUpBenchmarks : SeriesBenchmark
{

    /// <summary>Baseline: LINQ with Period.RollUp and Commodity.RollUp per row.</summary>
    /// <returns>The groups.</returns>
    [Benchmark(Baseline = true)]
    public int Linq() => Observations
        .GroupBy(o => (o.Partner, Year: o.Period.RollUp(PeriodKind.Year), o.Flow, Chapter: o.Commodity!.RollUp(2)))
        .Select(g => (g.Key, Sum: g.Sum(o => o.Value.Amount)))
        .Count();

    /// <summary>The columnar store.</summary>
    /// <returns>The groups.</returns>
    [Benchmark]
    public int Columnar() => Columns.GroupBy(ByPartnerYear with { Dimensions = ByPartnerYear.Dimensions | TradeDimension.Commodity, HsLevel = 2 }).Groups.Length;
}

/// <summary>Year-on-year growth of every partner x flow series, yearly.</summary>
[MemoryDiagnoser]
public class YearOnYearBenchmarks : SeriesBenchmark
{
    private TradeGrouping _totals = null!;

    /// <inheritdoc/>
    protected override void AfterSetup()
    {
        _totals = Columns.GroupBy(ByPartnerYear);
    }

    /// <summary>Baseline: LINQ totals, then a dictionary look-up of each series' year-earlier total.</summary>
    /// <returns>The growth rates.</returns>
    [Benchmark(Baseline = true)]
    public int Linq()
    {
        var totals = Observations
            .GroupBy(o => (o.Partner, Year: o.Period.RollUp(PeriodKind.Year), o.Flow))
            .ToDictionary(g => g.Key, g => g.Sum(o => o.Value.Amount));
        var growth = new List<decimal>();
        foreach (var ((partner, year, flow), value) in totals)
        {
            if (totals.TryGetValue((partner, year.YearEarlier(), flow), out var b) && b != 0m)
            {
                growth.Add((value - b) / b);
            }
        }

        return growth.Count;
    }

    /// <summary>The columnar store: totals and growth.</summary>
    /// <returns>The growth rates.</returns>
    [Benchmark]
    public int Columnar() => YearOnYearBothFlows(Columns.GroupBy(ByPartnerYear));

    /// <summary>Growth alone, on totals already computed (the 5,000 series target).</summary>
    /// <returns>The growth rates.</returns>
    [Benchmark]
    public int ColumnarGrowthOnly() => YearOnYearBothFlows(_totals);

    private static int YearOnYearBothFlows(TradeGrouping grouping) =>
        grouping.YearOnYear(TradeFlow.Exports).Count(g => g.Growth.IsDefined) + grouping.YearOnYear(TradeFlow.Imports).Count(g => g.Growth.IsDefined);
}

/// <summary>Each partner's share of the yearly exports and imports.</summary>
[MemoryDiagnoser]
public class ShareBenchmarks : SeriesBenchmark
{

    /// <summary>Baseline: LINQ totals per partner, year and flow, divided by the totals per year and flow.</summary>
    /// <returns>The shares.</returns>
    [Benchmark(Baseline = true)]
    public int Linq()
    {
        var groups = Observations
            .GroupBy(o => (o.Partner, Year: o.Period.RollUp(PeriodKind.Year), o.Flow))
            .Select(g => (g.Key, Sum: g.Sum(o => o.Value.Amount)))
            .ToList();
        var wholes = groups.GroupBy(g => (g.Key.Year, g.Key.Flow)).ToDictionary(g => g.Key, g => g.Sum(x => x.Sum));
        return groups.Select(g => g.Sum / wholes[(g.Key.Year, g.Key.Flow)]).Count();
    }

    /// <summary>The columnar store.</summary>
    /// <returns>The shares.</returns>
    [Benchmark]
    public int Columnar()
    {
        var grouping = Columns.GroupBy(ByPartnerYear);
        return grouping.SharesWithin(TradeDimension.Partner, TradeFlow.Exports).Length + grouping.SharesWithin(TradeDimension.Partner, TradeFlow.Imports).Length;
    }
}

/// <summary>Conversion of USD to CNY at monthly average rates, summed by partner, year and flow.</summary>
[MemoryDiagnoser]
public class ConversionBenchmarks : SeriesBenchmark
{
    private ExchangeRateTable _rates = ExchangeRateTable.Empty;

    /// <inheritdoc/>
    protected override void AfterSetup()
    {
        _rates = TradeDataGenerator.MonthlyUsdCnyRates();
    }

    /// <summary>Baseline: convert every row with its month's rate, then group and sum.</summary>
    /// <returns>The groups.</returns>
    [Benchmark(Baseline = true)]
    public int Linq() => Observations
        .Select(o => (o.Partner, Year: o.Period.RollUp(PeriodKind.Year), o.Flow, Value: _rates.GetRate(Currency.USD, Currency.CNY, o.Period).Convert(o.Value)))
        .GroupBy(x => (x.Partner, x.Year, x.Flow))
        .Select(g => (g.Key, Sum: g.Sum(x => x.Value.Amount)))
        .Count();

    /// <summary>The columnar store: monthly subtotals converted once each, then summed.</summary>
    /// <returns>The groups.</returns>
    [Benchmark]
    public int Columnar() => Columns.GroupBy(ByPartnerYear, Currency.CNY, _rates).Groups.Length;
}
