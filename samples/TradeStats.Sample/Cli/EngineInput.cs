using System.Globalization;
using Spectre.Console;
using TradeStats.Analysis;
using TradeStats.DuckDb;
using TradeStats.Sources;

namespace TradeStats.Sample.Cli;

/// <summary>
/// Inputs summed where they lie: Parquet files and DuckDB databases (the embedded engine), and PostgreSQL tables
/// (the server, or the shards behind it). Rows are loaded only where a command needs them, and a progress bar shows
/// on standard error when it is a terminal and the work takes long.
/// </summary>
internal sealed class EngineInput(IAggregatingTradeDataSource source, Func<Task<long>> count, string engine, IDisposable owner, TextWriter stderr, ForwardingProgress progress) : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMilliseconds(700);

    public IAggregatingTradeDataSource Source { get; } = source;

    /// <summary>Opens the input with the embedded engine, or returns null for formats read in process.</summary>
    public static EngineInput? TryOpen(string path, InputFormat format, string? memoryLimit, string? tempDirectory, TextWriter stderr)
    {
        var progress = new ForwardingProgress();
        var options = new DuckDbOptions { MemoryLimit = memoryLimit, TempDirectory = tempDirectory, Progress = progress };
        return InputFiles.OpenWithEngine(path, format, options) is { } source
            ? new EngineInput(source, () => source.CountAsync(TradeQuery.All), "DuckDB", source, stderr, progress)
            : null;
    }

    /// <summary>A table of a PostgreSQL database (a server, or the coordinator of a sharded cluster).</summary>
    public static EngineInput OpenPostgres(string connectionString, string table, TextWriter stderr)
    {
        var source = TradeStats.PostgreSql.PostgreSqlTradeSource.Create(connectionString, table);
        return new EngineInput(source, () => source.CountAsync(TradeQuery.All), "PostgreSQL", source, stderr, new ForwardingProgress());
    }

    /// <summary>The grouping, summed by the engine.</summary>
    public TradeGrouping Group(GroupingOptions options) =>
        Run($"summing in {engine}", p =>
        {
            progress.Target = p;
            try
            {
                return TradeAggregation.AggregateAsync(Source, TradeQuery.All, options).GetAwaiter().GetResult();
            }
            finally
            {
                progress.Target = null;
            }
        });

    /// <summary>Every row, loaded into a series (for summaries and currency conversion).</summary>
    public TradeSeries Load()
    {
        var total = count().GetAwaiter().GetResult();
        return Run(string.Create(CultureInfo.InvariantCulture, $"loading {total:N0} observations"), p =>
        {
            var list = new List<TradeObservation>((int)Math.Min(total, 1 << 24));
            var task = ReadAll(list, total, p);
            task.GetAwaiter().GetResult();
            return TradeSeries.From(list);
        });
    }

    public void Dispose() => owner.Dispose();

    private async Task ReadAll(List<TradeObservation> list, long total, IProgress<double>? p)
    {
        await foreach (var o in Source.ReadAsync(TradeQuery.All).ConfigureAwait(false))
        {
            list.Add(o);
            if (p is not null && list.Count % 65_536 == 0)
            {
                p.Report(total == 0 ? 1d : (double)list.Count / total);
            }
        }
    }

    /// <summary>Whether a progress bar may be drawn: standard error is the process's own terminal, and neither CI nor NO_COLOR is set.</summary>
    private bool Interactive =>
        ReferenceEquals(stderr, Console.Error)
        && !Console.IsErrorRedirected
        && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    // The work runs at once; the bar appears only when it is still running after a moment, so short runs draw nothing.
    private T Run<T>(string label, Func<IProgress<double>?, T> work)
    {
        if (!Interactive)
        {
            return work(null);
        }

        var bar = new ForwardingProgress();
        var task = Task.Run(() => work(bar));
        if (task.Wait(Patience))
        {
            return task.GetAwaiter().GetResult();
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var row = ctx.AddTask(label, maxValue: 1);
                bar.Target = new Reporter(v => row.Value = v);
                while (!task.Wait(100))
                {
                    ctx.Refresh();
                }

                row.Value = 1;
            });
        return task.GetAwaiter().GetResult();
    }

    private sealed class Reporter(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}

/// <summary>Forwards progress to whichever target is set at the moment (the source is created before the bar).</summary>
internal sealed class ForwardingProgress : IProgress<double>
{
    public IProgress<double>? Target { get; set; }

    public void Report(double value) => Target?.Report(value);
}
