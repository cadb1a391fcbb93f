using System.Globalization;
using TradeStats.Extraction;
using TradeStats.Sample.Cli;
using TradeStats.Text;
using TradeStats.Verification;

namespace TradeStats.Sample;

/// <summary>An article read by the extractor: its file name and what the extractor found in it.</summary>
/// <param name="Name">The file name the article was read from.</param>
/// <param name="Result">The statements and unresolved figures.</param>
public sealed record ExtractedArticle(string Name, ExtractionResult Result);

/// <summary>Reads article text files with <see cref="StatementExtractor"/> and writes what it found: the statements CSV that <c>verify</c> reads, and tables.</summary>
public static class ArticleStatements
{
    /// <summary>Whether a path is an article (plain text) rather than a statements CSV: any extension but <c>.csv</c>.</summary>
    /// <param name="path">A file path given on the command line.</param>
    /// <returns>True unless the file ends in <c>.csv</c>.</returns>
    public static bool IsArticle(string path) => !string.Equals(Path.GetExtension(path), ".csv", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads and extracts articles; statement ids start with the publisher and date, or the file name when two articles share them.</summary>
    /// <param name="paths">The article text files (UTF-8).</param>
    /// <param name="date">The publication date for every article, or null to read each one's dateline.</param>
    /// <param name="publisher">The publisher for every article, or null to read each one's dateline.</param>
    /// <returns>One entry per file, in the order given.</returns>
    /// <exception cref="FileNotFoundException">A file does not exist.</exception>
    public static IReadOnlyList<ExtractedArticle> Extract(IEnumerable<string> paths, DateOnly? date = null, string? publisher = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        SampleTerritories.EnsureRegistered();
        var result = new List<ExtractedArticle>();
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"{path}: no such file.", path);
            }

            var text = File.ReadAllText(path);
            var options = new ExtractionOptions { Date = date, Publisher = publisher };
            var first = StatementExtractor.Extract(text, options);
            var prefix = first.Statements.Count > 0 ? first.Statements[0].Statement.Id[..first.Statements[0].Statement.Id.LastIndexOf('-')] : null;
            if (prefix is not null && !prefixes.Add(prefix))
            {
                var stem = string.Concat(Path.GetFileNameWithoutExtension(path).Select(c => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-'));
                first = StatementExtractor.Extract(text, options with { IdPrefix = prefix + "-" + stem });
            }

            result.Add(new ExtractedArticle(Path.GetFileName(path), first));
        }

        return result;
    }

    /// <summary>Writes statements in the statements CSV format that <see cref="StatementCsv.Read"/> reads back.</summary>
    /// <param name="writer">Where to write: a header line, then one row per statement.</param>
    /// <param name="statements">The statements; approximate figures are written with "about" so that they read back as approximate.</param>
    public static void WriteCsv(TextWriter writer, IEnumerable<Statement> statements)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(statements);
        CsvRecords.Write(writer, StatementCsv.Columns);
        foreach (var s in statements)
        {
            CsvRecords.Write(writer, Row(s));
        }
    }

    /// <summary>The statements as a table: id, subject, figures and the sentence.</summary>
    /// <param name="statements">The extracted statements.</param>
    /// <returns>An "Extracted statements" table with one row per statement.</returns>
    public static OutputTable StatementTable(IEnumerable<ExtractedStatement> statements)
    {
        ArgumentNullException.ThrowIfNull(statements);
        var rows = statements.Select(e =>
        {
            var s = e.Statement;
            return new object?[]
            {
                s.Id, s.Subject.ToString(), Money(s.Value, s.Approximate.HasFlag(StatementFigures.Value)), s.Count is { } c ? NumberText.FormatCount(c, CultureInfo.InvariantCulture) + " " + s.CountUnit : null,
                s.Share is { } sh ? NumberText.FormatPercent(sh, false, CultureInfo.InvariantCulture) + " of " + s.ShareOf : null, Growth(s.Growth),
                Money(s.Equivalent, s.Approximate.HasFlag(StatementFigures.Equivalent)), Short(e.Sentence),
            };
        }).ToList();
        return new OutputTable("Extracted statements", ["id", "subject", "value", "count", "share", "growth", "equivalent", "sentence"], rows);
    }

    /// <summary>The figures left unresolved, with their reasons.</summary>
    /// <param name="articles">The extracted articles.</param>
    /// <returns>An "Unresolved figures" table: the article, the figure, the reason and the sentence.</returns>
    public static OutputTable UnresolvedTable(IEnumerable<ExtractedArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var rows = articles.SelectMany(a => a.Result.Unresolved.Select(u => new object?[] { a.Name, u.Figure, u.Reason, Short(u.Sentence) })).ToList();
        return new OutputTable("Unresolved figures (not statements)", ["article", "figure", "reason", "sentence"], rows);
    }

    /// <summary>A growth figure as the statements CSV writes it: "+15.4%", "65-fold", or a direction word.</summary>
    /// <param name="growth">The growth, or null.</param>
    /// <returns>The text, or null when there is no growth.</returns>
    public static string? Growth(PublishedNumber? growth) => growth switch
    {
        null => null,
        { Style: RoundingStyle.AtLeast, Value: 0m } => "increase",
        { Style: RoundingStyle.AtMost, Value: 0m } => "decrease",
        { Value: 0m, Resolution: 0.1m } => "stable",
        { Resolution: >= 1m } g when g.Style == RoundingStyle.Nearest => NumberText.FormatFold(g.Value + 1m, 0, CultureInfo.InvariantCulture),
        { } g => NumberText.FormatPercent(g, true, CultureInfo.InvariantCulture),
    };

    private static string? Money(PublishedMoney? money, bool approximate) =>
        money is { } m ? (approximate && m.Number.Style == RoundingStyle.Nearest ? "about " : string.Empty) + MoneyText.FormatCompact(m, CompactMoneyStyle.Press, CultureInfo.InvariantCulture) : null;

    private static string Short(string sentence) => sentence.Length <= 90 ? sentence : sentence[..87] + "...";

    private static IEnumerable<string> Row(Statement s)
    {
        var subject = s.Subject;
        var source = s.Source;
        return
        [
            s.Id, subject.Reporter.Code, subject.Partner.Code, subject.Period.ToString(), StatementCsv.FlowCode(subject.Flow), subject.Commodity?.Code ?? string.Empty,
            subject.CustomsRegime?.ToString() ?? string.Empty, subject.EnterpriseType?.ToString() ?? string.Empty, subject.TransportMode?.ToString() ?? string.Empty, string.Empty,
            Money(s.Value, s.Approximate.HasFlag(StatementFigures.Value)) ?? string.Empty,
            s.Count is { } c ? (s.Approximate.HasFlag(StatementFigures.Count) && c.Style == RoundingStyle.Nearest ? "about " : string.Empty) + NumberText.FormatCount(c, CultureInfo.InvariantCulture) : string.Empty,
            s.Count is null ? string.Empty : s.CountUnit ?? string.Empty,
            s.Share is { } sh ? NumberText.FormatPercent(sh, false, CultureInfo.InvariantCulture) : string.Empty,
            s.ShareOf is { } of ? StatementCsv.FormatSubject(of) : string.Empty,
            Growth(s.Growth) ?? string.Empty,
            Money(s.Equivalent, s.Approximate.HasFlag(StatementFigures.Equivalent)) ?? string.Empty,
            source?.Publisher ?? string.Empty, source?.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty, source?.Title ?? string.Empty,
            source?.Address ?? string.Empty, source?.Excerpt ?? string.Empty,
        ];
    }
}
