using System.CommandLine;
using System.Globalization;
using TradeStats.Analysis;
using TradeStats.Sample.Charts;
using TradeStats.Sources;
using TradeStats.Verification;

namespace TradeStats.Sample.Cli;

/// <summary>
/// The command-line interface: <c>summarize</c>, <c>aggregate</c>, <c>growth</c>, <c>verify</c> and <c>extract</c> on the user's
/// own files, with <c>--format table|csv|json</c>. Exit codes: 0 success, 1 contradictions found, 2 bad input or usage.
/// </summary>
public static class CommandLine
{
    private static readonly string[] Formats = ["table", "csv", "json"];
    private static readonly string[] ErrorModes = ["stop", "collect", "skip"];
    private static readonly string[] Encodings = ["utf-8", "latin1"];

    /// <summary>The names accepted by <c>--by</c>.</summary>
    public static IReadOnlyList<string> Dimensions { get; } =
        ["reporter", "partner", "period", "year", "quarter", "month", "commodity", "customs_regime", "enterprise_type", "transport_mode", "status", "flow"];

    /// <summary>Parses and runs a command.</summary>
    /// <param name="args">The command-line arguments after the program name, such as <c>aggregate trade.csv --by partner,year</c>.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <returns><see cref="SampleApp.Success"/>, <see cref="SampleApp.Contradictions"/> when verification found any, or <see cref="SampleApp.BadInput"/> (or the parser's code for bad usage).</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stderr);
        var file = new Argument<string?>("file") { Description = "A file in the library's CSV or JSON format, Comtrade JSON or CSV, SDMX-CSV, Parquet (a file or a quoted glob such as 'trade/*.parquet') or a DuckDB database; Parquet and DuckDB are summed by the embedded engine. Omitted with --postgres.", Arity = ArgumentArity.ZeroOrOne };
        var format = new Option<string>("--format") { Description = "Output: table, csv or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong(Formats);
        var inputFormat = new Option<string>("--input-format") { Description = "auto (default: detected from the content), csv, json, comtrade-json, comtrade-csv or sdmx-csv.", DefaultValueFactory = _ => "auto" };
        inputFormat.AcceptOnlyFromAmong([.. InputFiles.Names]);
        var by = new Option<string>("--by") { Description = "Comma-separated: " + string.Join(", ", Dimensions) + ".", Required = true };
        var growthBy = new Option<string>("--by") { Description = "Comma-separated dimensions besides the period: " + string.Join(", ", Dimensions) + ".", DefaultValueFactory = _ => "year" };
        var to = new Option<string?>("--to") { Description = "Convert to this currency (needs --rates)." };
        var rates = new Option<string?>("--rates") { Description = "Exchange rates in CSV: base,quote,value,period[,kind,source]." };

        var mapping = new Option<string?>("--mapping") { Description = "SDMX-CSV: a ready-made mapping (eurostat-comext, imf-dots, imf-imts) or a JSON mapping file; by default chosen from the header." };
        var errors = new Option<string>("--errors") { Description = "stop (default): stop at the first bad record; collect: report every bad record and exit 2; skip: report bad records, go on with the rest, exit 2 unless --allow-skipped.", DefaultValueFactory = _ => "stop" };
        errors.AcceptOnlyFromAmong(ErrorModes);
        var allowSkipped = new Option<bool>("--allow-skipped") { Description = "With --errors skip: exit 0 although records were skipped (they are still reported)." };
        var encoding = new Option<string>("--encoding") { Description = "Text encoding of CSV input: utf-8 (default, strict) or latin1.", DefaultValueFactory = _ => "utf-8" };
        encoding.AcceptOnlyFromAmong(Encodings);
        var plot = new Option<string?>("--plot") { Description = "Also draw a chart into this file: .png or .svg (1000x600)." };
        var memoryLimit = new Option<string?>("--memory-limit") { Description = "Parquet and DuckDB inputs: the engine's memory limit, such as 2GB (default: 80% of RAM); what exceeds it spills to --temp-directory." };
        var tempDirectory = new Option<string?>("--temp-directory") { Description = "Parquet and DuckDB inputs: where the engine spills what exceeds --memory-limit." };
        var postgres = new Option<string?>("--postgres") { Description = "Read from PostgreSQL instead of a file: an Npgsql connection string (\"Host=...;Database=...;Username=...;Password=...\"); sums are computed by the server, or by the shards behind a coordinator." };
        var table = new Option<string>("--table") { Description = "With --postgres: the observations table (default observations).", DefaultValueFactory = _ => "observations" };
        Option[] inputOptions = [inputFormat, mapping, errors, allowSkipped, encoding, memoryLimit, tempDirectory, postgres, table];
        InputSettings Settings(ParseResult r) =>
            new(r.GetValue(file) ?? throw new ArgumentException("Name a file, or give --postgres \"<connection string>\"."), InputFiles.ParseName(r.GetValue(inputFormat)!), r.GetValue(mapping), r.GetValue(errors)!, r.GetValue(allowSkipped), r.GetValue(encoding)!);

        var summarize = new Command("summarize", "Describe a file: observations, reporters, partners, periods, flows, currencies and sources.") { file, format };
        var aggregate = new Command("aggregate", "Sum values by dimensions, optionally converted to another currency.") { file, by, to, rates, format };
        var growth = new Command("growth", "Year-on-year growth by dimensions.") { file, growthBy, to, rates, format };
        aggregate.Options.Add(plot);
        growth.Options.Add(plot);
        foreach (var command in new[] { summarize, aggregate, growth })
        {
            foreach (var option in inputOptions)
            {
                command.Options.Add(option);
            }
        }

        // Parquet and DuckDB inputs are summed by the embedded engine, PostgreSQL by the server (push-down); other
        // inputs are read in process.
        int? WithEngine(ParseResult r, Func<EngineInput, int> run)
        {
            if (r.GetValue(postgres) is { } connection)
            {
                if (r.GetValue(file) is not null)
                {
                    throw new ArgumentException("Give either a file or --postgres, not both.");
                }

                if (r.GetValue(memoryLimit) is not null || r.GetValue(tempDirectory) is not null || r.GetValue(errors) != "stop" || r.GetValue(mapping) is not null)
                {
                    throw new ArgumentException("--memory-limit, --temp-directory, --errors and --mapping do not apply to --postgres: the server checks every column and stops at the first bad value.");
                }

                using var server = EngineInput.OpenPostgres(connection, r.GetValue(table)!, stderr);
                return run(server);
            }

            var s = Settings(r);
            using var engine = EngineInput.TryOpen(s.Path, s.Format, r.GetValue(memoryLimit), r.GetValue(tempDirectory), stderr);
            if (engine is null)
            {
                return r.GetValue(memoryLimit) is not null || r.GetValue(tempDirectory) is not null
                    ? throw new ArgumentException("--memory-limit and --temp-directory apply to Parquet and DuckDB inputs only.")
                    : null;
            }

            if (s.Errors != "stop" || s.Mapping is not null || s.Encoding != "utf-8")
            {
                throw new ArgumentException("--errors, --mapping and --encoding apply to text inputs; a Parquet or DuckDB input is checked column by column and stops at the first bad value.");
            }

            return run(engine);
        }

        summarize.SetAction(r => Guarded(stderr, () => WithEngine(r, engine =>
            {
                Commands.Summarize(engine.Load()).Write(r.GetValue(format)!, stdout);
                return SampleApp.Success;
            })
            ?? ReadThen(Settings(r), stderr, series => Commands.Summarize(series).Write(r.GetValue(format)!, stdout))));
        aggregate.SetAction(r => Guarded(stderr, () => PlotChecked(r.GetValue(plot), () => WithEngine(r, engine =>
            {
                var keys = ParseBy(r.GetValue(by)!);
                if (r.GetValue(to) is not null || r.GetValue(rates) is not null)
                {
                    // Conversion needs each observation's own period: the rows are loaded.
                    var converted = Convert(engine.Load(), r.GetValue(to), r.GetValue(rates));
                    Commands.Aggregate(converted, keys).Write(r.GetValue(format)!, stdout);
                    SavePlot(r.GetValue(plot), () => CliCharts.Aggregate(converted, keys), stderr);
                    return SampleApp.Success;
                }

                var group = Memoized(engine.Group);
                Commands.Aggregate(group, keys).Write(r.GetValue(format)!, stdout);
                SavePlot(r.GetValue(plot), () => CliCharts.Aggregate(group, keys), stderr);
                return SampleApp.Success;
            })
            ?? ReadThen(Settings(r), stderr, series =>
            {
                var converted = Convert(series, r.GetValue(to), r.GetValue(rates));
                var keys = ParseBy(r.GetValue(by)!);
                Commands.Aggregate(converted, keys).Write(r.GetValue(format)!, stdout);
                SavePlot(r.GetValue(plot), () => CliCharts.Aggregate(converted, keys), stderr);
            }))));
        growth.SetAction(r => Guarded(stderr, () => PlotChecked(r.GetValue(plot), () => WithEngine(r, engine =>
            {
                var keys = ParseBy(r.GetValue(growthBy)!);
                if (r.GetValue(to) is not null || r.GetValue(rates) is not null)
                {
                    var converted = Convert(engine.Load(), r.GetValue(to), r.GetValue(rates));
                    Commands.Growth(converted, keys).Write(r.GetValue(format)!, stdout);
                    SavePlot(r.GetValue(plot), () => CliCharts.Growth(converted, keys), stderr);
                    return SampleApp.Success;
                }

                var group = Memoized(engine.Group);
                Commands.Growth(group, keys).Write(r.GetValue(format)!, stdout);
                SavePlot(r.GetValue(plot), () => CliCharts.Growth(group, keys), stderr);
                return SampleApp.Success;
            })
            ?? ReadThen(Settings(r), stderr, series =>
            {
                var converted = Convert(series, r.GetValue(to), r.GetValue(rates));
                var keys = ParseBy(r.GetValue(growthBy)!);
                Commands.Growth(converted, keys).Write(r.GetValue(format)!, stdout);
                SavePlot(r.GetValue(plot), () => CliCharts.Growth(converted, keys), stderr);
            }))));

        var statementFiles = new Argument<string[]>("files") { Description = "Statements in the sample's statements CSV format, or article text files (any other extension), which are extracted first; several files are checked together.", Arity = ArgumentArity.OneOrMore };
        var articleDate = new Option<string?>("--date") { Description = "Articles: the publication date (yyyy-MM-dd) that 'last year' and 'the first 11 months' resolve against; by default each article's dateline." };
        var articlePublisher = new Option<string?>("--publisher") { Description = "Articles: the publisher the statements are attributed to; by default each article's dateline." };
        var verify = new Command("verify", "Check published statements against each other; exit code 1 when they contradict each other.") { statementFiles, rates, format, plot, articleDate, articlePublisher };
        verify.SetAction(r => Guarded(stderr, () => PlotChecked(r.GetValue(plot), () =>
        {
            SampleTerritories.EnsureRegistered();
            var paths = r.GetValue(statementFiles)!;
            var articles = ArticleStatements.Extract(paths.Where(ArticleStatements.IsArticle), ParseDate(r.GetValue(articleDate)), r.GetValue(articlePublisher));
            var statements = new List<Statement>();
            var next = 0;
            foreach (var path in paths)
            {
                statements.AddRange(ArticleStatements.IsArticle(path)
                    ? articles[next++].Result.Statements.Select(e => e.Statement)
                    : StatementCsv.ReadFile(path).Select(s => s.Statement));
            }

            var duplicate = statements.GroupBy(s => s.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
            {
                throw new ArgumentException($"statement id '{duplicate.Key}' appears in more than one input file; ids must be unique across the files verified together.");
            }

            var outputFormat = r.GetValue(format)!;
            if (articles.Count > 0 && outputFormat == "table")
            {
                ArticleStatements.StatementTable(articles.SelectMany(a => a.Result.Statements)).Write(outputFormat, stdout);
            }

            var options = r.GetValue(rates) is { } ratesPath ? new VerifierOptions { Rates = LoadRates(ratesPath) } : VerifierOptions.Default;
            var report = new Verifier(options).Verify(statements);
            Commands.Findings(report).Write(outputFormat, stdout);
            SavePlot(r.GetValue(plot), () => CliCharts.Verify(report), stderr);
            if (articles.Count > 0)
            {
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{articles.Count} articles: {articles.Sum(a => a.Result.Statements.Count)} statements extracted, {articles.Sum(a => a.Result.Unresolved.Count)} figures unresolved (see extract --format table)."));
            }

            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{report.Findings.Count} relations checked: {report.Contradictions.Count} contradictions, {report.ExplainableGaps.Count} explainable gaps, {report.Consistent.Count} consistent."));
            return report.Contradictions.Count > 0 ? SampleApp.Contradictions : SampleApp.Success;
        })));

        var articleFiles = new Argument<string[]>("articles") { Description = "Article text files (UTF-8): English trade releases or Chinese customs releases.", Arity = ArgumentArity.OneOrMore };
        var extractFormat = new Option<string>("--format") { Description = "Output: csv (default: the statements CSV that verify reads), json or table (with the unresolved figures).", DefaultValueFactory = _ => "csv" };
        extractFormat.AcceptOnlyFromAmong(Formats);
        var extract = new Command("extract", "Read the trade figures of press releases as statements: reporter, partner, period, flow, breakdowns, value, growth, share and counts, each with its sentence.") { articleFiles, articleDate, articlePublisher, extractFormat };
        extract.SetAction(r => Guarded(stderr, () =>
        {
            var articles = ArticleStatements.Extract(r.GetValue(articleFiles)!, ParseDate(r.GetValue(articleDate)), r.GetValue(articlePublisher));
            var format = r.GetValue(extractFormat)!;
            var statements = articles.SelectMany(a => a.Result.Statements).ToList();
            if (format == "csv")
            {
                ArticleStatements.WriteCsv(stdout, statements.Select(e => e.Statement));
            }
            else
            {
                ArticleStatements.StatementTable(statements).Write(format, stdout);
                if (format == "table")
                {
                    ArticleStatements.UnresolvedTable(articles).Write(format, stdout);
                }
            }

            foreach (var a in articles)
            {
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{a.Name}: {a.Result.Statements.Count} statements, {a.Result.Unresolved.Count} figures unresolved; publisher {a.Result.Publisher}, date {a.Result.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown"}."));
            }

            return SampleApp.Success;
        }));

        var root = new RootCommand("TradeStats sample: with no arguments, a report on five press articles (--charts DIR also writes its charts as PNG files); with a command, the same engine on your files. --verbose, anywhere, shows the stack trace of an internal error (exit code 3).")
        {
            summarize, aggregate, growth, verify, extract,
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors)
            {
                stderr.WriteLine("error: " + e.Message);
            }

            stderr.WriteLine("Run with --help for usage.");
            return SampleApp.BadInput;
        }

        var code = parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        return code;
    }

    private static DateOnly? ParseDate(string? text) =>
        text is null ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw new ArgumentException($"--date: '{text}' is not a date; write it as yyyy-MM-dd, such as 2025-02-17.");

    /// <summary>Parses <c>--by</c>.</summary>
    /// <param name="text">Comma-separated dimension names.</param>
    /// <returns>The names, trimmed.</returns>
    /// <exception cref="ArgumentException">A name is unknown.</exception>
    public static IReadOnlyList<string> ParseBy(string text)
    {
        var names = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var n in names.Where(n => !Dimensions.Contains(n)))
        {
            throw new ArgumentException($"--by: unknown dimension '{n}'; use {string.Join(", ", Dimensions)}.");
        }

        return names;
    }

    /// <summary>
    /// Reads the input as the options say and runs <paramref name="then"/> on what was read. Bad records: in stop
    /// mode the first is an error; in collect mode every one is reported and nothing else is done; in skip mode
    /// every one is reported, the rest is used, and the exit code is 2 unless skipping was allowed.
    /// </summary>
    private static int ReadThen(InputSettings s, TextWriter stderr, Action<TradeSeries> then)
    {
        var options = new ReadOptions
        {
            ErrorMode = s.Errors == "stop" ? ErrorMode.StopAtFirstError : ErrorMode.CollectAll,
            Encoding = s.Encoding == "latin1" ? System.Text.Encoding.Latin1 : null,
        };
        var mapping = s.Mapping is null ? null : InputFiles.LoadMapping(s.Mapping);
        var (series, refused) = InputFiles.Read(s.Path, s.Format, mapping, options);
        if (refused is null)
        {
            then(series);
            return SampleApp.Success;
        }

        var word = s.Errors == "skip" && !refused.IsTruncated ? "skipped: " : "error: ";
        foreach (var e in refused.Errors)
        {
            stderr.WriteLine(word + e.Message);
        }

        if (refused.IsTruncated)
        {
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"error: {refused.SourceName}: reading stopped after {refused.Errors.Length} errors; nothing was used."));
            return SampleApp.BadInput;
        }

        if (s.Errors == "collect")
        {
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"error: {refused.SourceName}: {refused.Errors.Length} bad records; nothing was used (--errors skip uses the rest)."));
            return SampleApp.BadInput;
        }

        then(series);
        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{refused.SourceName}: {refused.Errors.Length} records skipped, {series.Count} observations used."));
        return s.AllowSkipped ? SampleApp.Success : SampleApp.BadInput;
    }

    // The table and the chart ask for the same grouping: the engine sums it once.
    private static Func<GroupingOptions, TradeGrouping> Memoized(Func<GroupingOptions, TradeGrouping> group)
    {
        var done = new Dictionary<GroupingOptions, TradeGrouping>();
        return options =>
        {
            if (!done.TryGetValue(options, out var grouping))
            {
                grouping = group(options);
                done.Add(options, grouping);
            }

            return grouping;
        };
    }

    // A bad --plot file name is refused before any input is read.
    private static int PlotChecked(string? plotPath, Func<int> run)
    {
        if (plotPath is not null)
        {
            ChartFile.Check(plotPath);
        }

        return run();
    }

    private static void SavePlot(string? plotPath, Func<Chart> chart, TextWriter stderr)
    {
        if (plotPath is null)
        {
            return;
        }

        chart().Save(plotPath);
        stderr.WriteLine("chart written to " + plotPath);
    }

    private static ExchangeRateTable LoadRates(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: no such file.", path);
        }

        return new ExchangeRateCsvReader(path).LoadTableAsync().GetAwaiter().GetResult();
    }

    private static TradeSeries Convert(TradeSeries series, string? to, string? ratesPath)
    {
        if (to is null)
        {
            return ratesPath is null ? series : throw new ArgumentException("--rates is given without --to: name the target currency.");
        }

        if (ratesPath is null)
        {
            throw new ArgumentException($"--to {to} needs --rates: the sample never invents an exchange rate.");
        }

        return series.ConvertTo(Currency.FromCode(to), LoadRates(ratesPath)).Series;
    }

    private static int Guarded(TextWriter stderr, Action action) => Guarded(stderr, () =>
    {
        action();
        return SampleApp.Success;
    });

    private static int Guarded(TextWriter stderr, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException or KeyNotFoundException or IOException
                                       or TradeDataValidationException or UnauthorizedAccessException or NotSupportedException or OverflowException
                                       or TradeStats.PostgreSql.PostgreSqlSourceException)
        {
            stderr.WriteLine("error: " + e.Message);
            return SampleApp.BadInput;
        }
    }

    private sealed record InputSettings(string Path, InputFormat Format, string? Mapping, string Errors, bool AllowSkipped, string Encoding);
}
