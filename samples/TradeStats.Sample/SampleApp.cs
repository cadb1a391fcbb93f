namespace TradeStats.Sample;

/// <summary>The sample's entry point, callable in-process: the report with no arguments, the command-line interface otherwise.</summary>
public static class SampleApp
{
    /// <summary>Exit code: success.</summary>
    public const int Success = 0;

    /// <summary>Exit code: verification found contradictions.</summary>
    public const int Contradictions = 1;

    /// <summary>Exit code: bad input or usage.</summary>
    public const int BadInput = 2;

    /// <summary>Exit code: a bug (an exception the library does not document); the message says where to report it.</summary>
    public const int InternalError = 3;

    /// <summary>Where a bug is reported.</summary>
    public const string IssuesAddress = "https://github.com/tradestats/tradestats/issues";

    /// <summary>Runs the sample.</summary>
    /// <param name="args">The command-line arguments; none for the report on the seed data set, <c>--charts DIR</c> for the report and its charts as PNG files in DIR.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <returns>The exit code: 0 success, 1 contradictions found, 2 bad input or usage, 3 a bug (its stack trace only with <c>--verbose</c>).</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var verbose = args.Contains("--verbose", StringComparer.Ordinal);
        try
        {
            return RunUnguarded([.. args.Where(a => a != "--verbose")], stdout, stderr);
        }
#pragma warning disable CA1031 // The top level: every exception the commands let through is a bug, reported in one line.
        catch (Exception e)
#pragma warning restore CA1031
        {
            stderr.WriteLine($"internal error: {e.GetType().Name}: {e.Message}");
            stderr.WriteLine(verbose ? e.ToString() : $"This is a bug in TradeStats; please report it at {IssuesAddress} with the command you ran (add --verbose for the details).");
            return InternalError;
        }
    }

    private static int RunUnguarded(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] == "--charts")
        {
            if (args.Length == 1 || (args.Length > 2 && args[0] == "--charts"))
            {
                stderr.WriteLine("error: --charts needs one folder, as in --charts docs/images.");
                return BadInput;
            }

            var report = new SeedReport(SeedDataSet.Load());
            report.Render(Terminal.Create(stdout));
            if (args.Length == 2)
            {
                var paths = Charts.SeedCharts.WriteAll(report, args[1]);
                stdout.WriteLine($"{paths.Count} charts written to {args[1]}: {string.Join(", ", paths.Select(Path.GetFileName))}");
            }

            return Success;
        }

        return Cli.CommandLine.Run(args, stdout, stderr);
    }
}
