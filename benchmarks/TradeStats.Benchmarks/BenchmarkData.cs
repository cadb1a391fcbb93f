using System.Globalization;
using TradeStats.Columnar;

namespace TradeStats.Benchmarks;

/// <summary>
/// Row counts and shared, lazily built data for the columnar benchmarks. The sizes come from the
/// <c>TRADESTATS_BENCH_ROWS</c> environment variable (comma-separated, such as <c>100000,1000000,10000000</c>);
/// without it only 100,000 rows run, which keeps CI's dry job fast.
/// </summary>
public static class BenchmarkData
{
    /// <summary>The environment variable that selects the sizes.</summary>
    public const string RowsVariable = "TRADESTATS_BENCH_ROWS";

    private static readonly Dictionary<int, TradeDataGenerator> Generators = [];
    private static readonly Dictionary<int, List<TradeObservation>> Observations = [];
    private static readonly Dictionary<int, TradeColumns> Columns = [];

    /// <summary>The sizes to run.</summary>
    /// <returns>Row counts.</returns>
    public static IEnumerable<int> Sizes()
    {
        var text = Environment.GetEnvironmentVariable(RowsVariable);
        return string.IsNullOrWhiteSpace(text)
            ? [100_000]
            : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture));
    }

    /// <summary>The generator for a size.</summary>
    /// <param name="rows">Rows.</param>
    /// <returns>The generator.</returns>
    public static TradeDataGenerator Generator(int rows) => Get(Generators, rows, r => new TradeDataGenerator(r));

    /// <summary>The rows as observations.</summary>
    /// <param name="rows">Rows.</param>
    /// <returns>The list.</returns>
    public static List<TradeObservation> ObservationsOf(int rows) => Get(Observations, rows, r => Generator(r).ToObservations());

    /// <summary>The rows as a columnar store.</summary>
    /// <param name="rows">Rows.</param>
    /// <returns>The store.</returns>
    public static TradeColumns ColumnsOf(int rows) => Get(Columns, rows, r => Generator(r).ToColumns());

    private static T Get<T>(Dictionary<int, T> cache, int rows, Func<int, T> create)
    {
        lock (cache)
        {
            if (!cache.TryGetValue(rows, out var value))
            {
                value = create(rows);
                cache[rows] = value;
            }

            return value;
        }
    }
}
