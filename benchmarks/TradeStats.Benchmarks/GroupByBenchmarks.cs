using BenchmarkDotNet.Attributes;
using TradeStats.Columnar;

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
    public int Columnar() => Columns.SumBy(TradeKeys.Partner | TradeKeys.Period | TradeKeys.Flow, PeriodKind.Year).Count;

    /// <summary>The columnar store on every core.</summary>
    /// <returns>The groups.</returns>
    [Benchmark]
    public int ColumnarParallel() => Columns.SumBy(TradeKeys.Partner | TradeKeys.Period | TradeKeys.Flow, PeriodKind.Year, degreeOfParallelism: Environment.ProcessorCount).Count;
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
    public int Columnar() => Columns.SumBy(TradeKeys.Partner | TradeKeys.Period | TradeKeys.Flow | TradeKeys.Commodity, PeriodKind.Year, hsLevel: 2).Count;
}

/// <summary>Year-on-year growth of every partner x flow series, yearly.</summary>
[MemoryDiagnoser]
public class YearOnYearBenchmarks : SeriesBenchmark
{
    private ColumnarTotals _totals = null!;

    /// <inheritdoc/>
    protected override void AfterSetup()
    {
        _totals = Columns.SumBy(TradeKeys.Partner | TradeKeys.Period | TradeKeys.Flow, PeriodKind.Year);
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
    public int Columnar() => Columns.SumBy(TradeKeys.Partner | TradeKeys.Period | TradeKeys.Flow, PeriodKind.Year).YearOnYear().Count;

    /// <summary>Growth alone, on totals already computed (the 5,000 series target).</summary>
    /// <returns>The growth rates.</returns>
    [Benchmark]
    public int ColumnarGrowthOnly() => _totals.YearOnYear().Count;
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
    public int Columnar() => Columns.SumBy(TradeKeys.Partner | TradeKeys.Period | TradeKeys.Flow, PeriodKind.Year).SharesAcross(TradeKeys.Partner).Count;
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
    public int Columnar() => Columns.SumBy(TradeKeys.Partner | TradeKeys.Period | TradeKeys.Flow, Currency.CNY, _rates, PeriodKind.Year).Count;
}
