using System.Diagnostics;
using System.Globalization;
using TradeStats.Analysis;
using TradeStats.Columnar;

namespace TradeStats.Benchmarks;

/// <summary>
/// The commands behind benchmarks/peers/compare.sh: <c>generate FILE ROWS</c> writes the seeded file, and
/// <c>time FILE [REPEATS] [THREADS]</c> times loading it on THREADS threads (default: all cores) and the reference query
/// (sum by partner, year and flow) on one thread and on THREADS threads the same way
/// the peer scripts do (wall clock around each step, best and median of the repeats), printing <c>key=value</c> lines.
/// </summary>
internal static class ComparisonCommands
{
    public static int Run(string[] args)
    {
        var inv = CultureInfo.InvariantCulture;
        if (args[0] == "generate" && args.Length == 3)
        {
            var rows = int.Parse(args[2], inv);
            var sw = Stopwatch.StartNew();
            new TradeDataGenerator(rows).WriteCsv(args[1]);
            Console.WriteLine(string.Create(inv, $"generated={rows} seconds={sw.Elapsed.TotalSeconds:F2} bytes={new FileInfo(args[1]).Length}"));
            return 0;
        }

        if (args[0] == "time" && args.Length is 2 or 3 or 4)
        {
            var repeats = args.Length >= 3 ? int.Parse(args[2], inv) : 5;
            var threads = args.Length == 4 ? int.Parse(args[3], inv) : Environment.ProcessorCount;
            return Time(args[1], repeats, threads);
        }

        Console.Error.WriteLine("Usage: generate FILE ROWS | time FILE [REPEATS] [THREADS]");
        return 2;
    }

    private static int Time(string path, int repeats, int threads)
    {
        var inv = CultureInfo.InvariantCulture;
        var keys = new GroupingOptions(TradeDimension.Partner | TradeDimension.Period) { PeriodRollUp = PeriodKind.Year };

        // Loads: the first one also warms the JIT and the page cache, as the peers' first runs do.
        var loads = new List<double>();
        TradeColumns store = null!;
        for (var i = 0; i < Math.Max(2, repeats / 2); i++)
        {
            store = null!;
            GC.Collect();
            var sw = Stopwatch.StartNew();
            store = TradeCsvLoader.Load(path, threads);
            loads.Add(sw.Elapsed.TotalSeconds);
        }

        Console.WriteLine(string.Create(inv, $"rows={store.Count}"));
        Console.WriteLine(string.Create(inv, $"threads={threads}"));
        Console.WriteLine(string.Create(inv, $"bytes_per_row={store.BytesPerRow:F2}"));
        Console.WriteLine(string.Create(inv, $"load_s={Median(loads):F3} load_best_s={loads.Min():F3}"));

        var groups = 0;
        foreach (var (name, dop) in new[] { ("groupby_1t", 1), ("groupby_mt", threads) })
        {
            var times = new List<double>();
            for (var i = 0; i < repeats + 2; i++)
            {
                var sw = Stopwatch.StartNew();
                groups = store.GroupBy(keys, degreeOfParallelism: dop).Groups.Sum(g => (g.Totals.Exports is null ? 0 : 1) + (g.Totals.Imports is null ? 0 : 1));
                var elapsed = sw.Elapsed.TotalSeconds;
                if (i >= 2)
                {
                    times.Add(elapsed);
                }
            }

            Console.WriteLine(string.Create(inv, $"{name}_s={Median(times):F4} {name}_best_s={times.Min():F4}"));
        }

        Console.WriteLine(string.Create(inv, $"groups={groups}"));
        var totals = store.GroupBy(keys);
        var yoy = new List<double>();
        var growths = 0;
        for (var i = 0; i < repeats + 30; i++)
        {
            // 30 warm-up calls: the measured calls run the JIT's optimised code, as in BenchmarkDotNet. Fresh totals
            // each time, so that building the group records is part of what is measured.
            var fresh = store.GroupBy(keys);
            var sw = Stopwatch.StartNew();
            growths = fresh.YearOnYear(TradeFlow.Exports).Count(g => g.Growth.IsDefined) + fresh.YearOnYear(TradeFlow.Imports).Count(g => g.Growth.IsDefined);
            if (i >= 30)
            {
                yoy.Add(sw.Elapsed.TotalSeconds);
            }
        }

        Console.WriteLine(string.Create(inv, $"yoy_s={Median(yoy):F5} yoy_growths={growths}"));

        // A checksum the peers print too, so the table shows all three computed the same thing.
        var total = (totals.GrandTotal.Exports?.Amount ?? 0m) + (totals.GrandTotal.Imports?.Amount ?? 0m);

        Console.WriteLine(string.Create(inv, $"checksum={total}"));
        return 0;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
