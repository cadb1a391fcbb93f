using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace TradeStats.Benchmarks;

/// <summary>Runs the benchmarks; BenchmarkDotNet's own command-line options apply (--filter, --job, --inProcess...).</summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    /// <param name="args">BenchmarkDotNet arguments.</param>
    /// <returns>0 when every selected benchmark ran; 1 when none matched, validation failed, or a report failed.</returns>
    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);

        // Commands for the scripts in benchmarks/peers; everything else goes to BenchmarkDotNet.
        if (args.Length > 0 && args[0] is "generate" or "time")
        {
            return ComparisonCommands.Run(args);
        }

        // The Parquet and push-down comparison (benchmarks/peers/parquet.sh).
        if (args.Length > 0 && args[0] is "parquet" or "parquet-sql" or "csv" or "pushdown")
        {
            return ParquetCommands.Run(args);
        }

        // The distributed PostgreSQL comparison (benchmarks/peers/postgres.sh).
        if (args.Length > 0 && args[0] is "postgres-load" or "postgres-time")
        {
            return PostgresCommands.Run(args);
        }

        // BenchmarkDotNet 0.14 exits 0 even when nothing ran or validation failed, which would let CI's dry run
        // pass while measuring nothing; turn those cases into a failing exit code.
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args).ToArray();
        return ExitCode(summaries);
    }

    internal static int ExitCode(IReadOnlyCollection<Summary> summaries)
    {
        if (summaries.Count == 0)
        {
            Console.Error.WriteLine("No benchmark matched the arguments.");
            return 1;
        }

        var failed = false;
        foreach (var summary in summaries)
        {
            if (summary.HasCriticalValidationErrors)
            {
                Console.Error.WriteLine($"{summary.Title}: critical validation errors: {string.Join("; ", summary.ValidationErrors.Select(e => e.Message))}");
                failed = true;
            }

            foreach (var report in summary.Reports.Where(r => !r.Success))
            {
                Console.Error.WriteLine($"{summary.Title}: benchmark {report.BenchmarkCase.DisplayInfo} failed.");
                failed = true;
            }

            if (summary.Reports.Length == 0)
            {
                Console.Error.WriteLine($"{summary.Title}: no benchmark ran.");
                failed = true;
            }
        }

        return failed ? 1 : 0;
    }
}
