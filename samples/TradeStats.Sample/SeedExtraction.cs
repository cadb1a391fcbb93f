using TradeStats.Extraction;
using TradeStats.Verification;

namespace TradeStats.Sample;

/// <summary>How a hand-typed statement fared when the extractor read its article.</summary>
public enum ExtractionOutcome
{
    /// <summary>The extractor found the same statement: value (or count, share, growth), reporter, partner, period, flow and breakdowns.</summary>
    Found = 0,

    /// <summary>The extractor read a statement from the same sentence, but with another subject or figure.</summary>
    Different = 1,

    /// <summary>The extractor read nothing from the sentence that matches.</summary>
    Missed = 2,

    /// <summary>A statement the extractor read that was not typed by hand.</summary>
    Extra = 3,
}

/// <summary>One row of the comparison: a hand-typed statement, the extracted one beside it, and the outcome.</summary>
/// <param name="Outcome">Found, different, missed, or extra.</param>
/// <param name="HandTyped">The statement of the sample's data file; null for an extra one.</param>
/// <param name="Extracted">The statement the extractor read; null when missed.</param>
public sealed record ExtractionComparison(ExtractionOutcome Outcome, Statement? HandTyped, Statement? Extracted);

/// <summary>The five seed articles read by the extractor, compared with the sample's hand-typed statements.</summary>
public static class SeedExtraction
{
    /// <summary>The seed articles shipped in <c>Data/articles</c>, with the prefix of their hand-typed statement ids.</summary>
    public static IReadOnlyList<(string File, string IdPrefix)> Articles { get; } =
    [
        ("tourtraveltibet-2025-overview.txt", "travel-"),
        ("chinadaily-2026-01-30.txt", "chinadaily-"),
        ("xinhua-2025-02-17.txt", "xinhua-"),
        ("web-xizang-10-billion.txt", "web-"),
        ("globaltimes-2024-02-07.txt", "globaltimes-"),
    ];

    /// <summary>Extracts every seed article and pairs its statements with the hand-typed ones.</summary>
    /// <param name="data">The seed data set, whose statements are the hand-typed reference.</param>
    /// <param name="directory">The data directory holding <c>articles/</c>; <see cref="SeedDataSet.DefaultDirectory"/> when null.</param>
    /// <returns>One row per hand-typed statement (found, different or missed), then one per extra extracted statement.</returns>
    public static IReadOnlyList<ExtractionComparison> Compare(SeedDataSet data, string? directory = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        SampleTerritories.EnsureRegistered();
        directory ??= SeedDataSet.DefaultDirectory;
        var rows = new List<ExtractionComparison>();
        foreach (var (file, prefix) in Articles)
        {
            var extracted = StatementExtractor.Extract(File.ReadAllText(Path.Combine(directory, "articles", file))).Statements.Select(e => e.Statement).ToList();
            var left = extracted.ToList();
            var extras = new List<ExtractionComparison>();
            foreach (var hand in data.Statements.Where(s => s.Id.StartsWith(prefix, StringComparison.Ordinal)))
            {
                var match = left.FirstOrDefault(e => Same(e, hand));
                if (match is not null)
                {
                    left.Remove(match);
                    rows.Add(new ExtractionComparison(ExtractionOutcome.Found, hand, match));
                    continue;
                }

                var sameSentence = left.FirstOrDefault(e => e.Source?.Excerpt is { } x && hand.Source?.Excerpt is { } y && Normalise(x) == Normalise(y));
                if (sameSentence is not null)
                {
                    left.Remove(sameSentence);
                }

                rows.Add(new ExtractionComparison(sameSentence is null ? ExtractionOutcome.Missed : ExtractionOutcome.Different, hand, sameSentence));
            }

            rows.AddRange(left.Select(e => new ExtractionComparison(ExtractionOutcome.Extra, null, e)));
        }

        return rows;
    }

    /// <summary>Whether two statements say the same: value (or count, share, growth), reporter, partner, period, flow and breakdowns.</summary>
    /// <param name="a">One statement.</param>
    /// <param name="b">The other.</param>
    /// <returns>True when the subjects match (goods names ignoring case) and so does the leading figure.</returns>
    public static bool Same(Statement a, Statement b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var x = a.Subject;
        var y = b.Subject;
        if (x.Reporter != y.Reporter || x.Partner != y.Partner || x.Period != y.Period || x.Flow != y.Flow || x.CustomsRegime != y.CustomsRegime
            || x.EnterpriseType != y.EnterpriseType || x.TransportMode != y.TransportMode || !string.Equals(x.Commodity?.Code, y.Commodity?.Code, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (a.Value is { } v || b.Value is not null)
        {
            return a.Value is { } p && b.Value is { } q && p.Currency == q.Currency && p.Number.Value == q.Number.Value && p.Number.Style == q.Number.Style;
        }

        static bool SameNumber(PublishedNumber? m, PublishedNumber? n) => m is { } p && n is { } q && p.Value == q.Value && p.Style == q.Style;
        return b.Count is not null ? SameNumber(a.Count, b.Count) : b.Share is not null ? SameNumber(a.Share, b.Share) : SameNumber(a.Growth, b.Growth);
    }

    private static string Normalise(string text) => string.Join(' ', text.Replace('\u2019', '\'').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
