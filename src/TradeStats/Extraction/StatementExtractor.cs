using System.Globalization;
using System.Text.RegularExpressions;
using TradeStats.Verification;

namespace TradeStats.Extraction;

/// <summary>
/// Reads the text of a trade release (English, or a Chinese customs release) and returns its figures as
/// <see cref="Statement"/>s, each with the sentence it comes from and where its figure is printed, ready for the
/// <see cref="Verifier"/>. A figure the extractor cannot attach to a reporter, partner, period and flow is returned in
/// <see cref="ExtractionResult.Unresolved"/> with the reason, never guessed.
/// </summary>
/// <remarks>
/// <para>
/// The subject of a figure comes from the words around it: the reporter ("Xizang", "Tibet", "the region",
/// "Xinjiang Uygur Autonomous Region", "China"), the partner ("with Nepal", "to the five Central Asian countries",
/// "ASEAN", "its largest trading partner" where the text names it), the flow ("foreign trade", "total import and export
/// value", "exports", "imports", "trade surplus") and breakdowns (enterprise type, customs regime, transport mode, named
/// goods). Periods ("in 2024", "last year", "in the first 11 months of this year", "from January to November", "in the
/// first quarter") are resolved against <see cref="ExtractionOptions.Date"/> or the article's dateline. What one
/// sentence sets (the reporter, the period, "the figure", "It") carries to the next; "respectively" pairs rates with
/// the levels or partners listed before them.
/// </para>
/// <para>
/// A group partner such as "Belt and Road partner markets" is attached only when a group with the code <c>BRI</c> is
/// registered (<see cref="Territory.RegisterGroup(string, string, IEnumerable{string})"/>); prefecture-level cities
/// and ports are not territories of the catalogue, so their figures are unresolved.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var result = StatementExtractor.Extract(
///     "Exports rose 15.3 percent year on year to 11.32 billion yuan in 2024, Xizang's customs said.",
///     new ExtractionOptions { Publisher = "Xinhua", Date = new DateOnly(2025, 2, 17) });
/// Statement exports = result.Statements[0].Statement; // CN-XZ-WLD 2024 Exports 11320000000 CNY +15.3%
/// </code>
/// </example>
public static partial class StatementExtractor
{
    private static readonly string[] KnownPublishers = ["Xinhua", "China Daily", "Global Times", "People's Daily", "CGTN", "China News Service", "ECNS", "Chinadaily", "Reuters", "Bloomberg", "China Tibet News", "Tibet Daily", "Xinjiang Daily", "人民日报海外版", "人民日报", "新华社", "中新社", "中国新闻网", "西藏日报", "新疆日报"];

    [GeneratedRegex(@"(?<![\d-])(?<y>(?:19|20)\d{2})-(?<m>\d{2})-(?<d>\d{2})(?![\d-])", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b[A-Z][A-Z\s]{2,},\s+(?<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)\.?\s+(?<d>\d{1,2})(?:,\s+(?<y>\d{4}))?\s*\((?<pub>[^)]+)\)", RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    [GeneratedRegex(@"\b(?<mon>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<d>\d{1,2}),\s+(?<y>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex CalendarDate();

    [GeneratedRegex(@"(?:(?<y>\d{4})年)?(?<m>\d{1,2})月(?<d>\d{1,2})日")]
    private static partial Regex ChineseDate();

    [GeneratedRegex(@"[\u4e00-\u9fff]")]
    private static partial Regex Han();

    /// <summary>Extracts the statements of an article.</summary>
    /// <param name="text">The article's text: title, dateline and body, as plain text.</param>
    /// <param name="options">The date, publisher, title, address and id prefix to use; null to read what the text gives.</param>
    /// <returns>The statements with their sentences and spans, the figures left unresolved with their reasons, and the date and publisher used.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ExtractionResult Extract(string text, ExtractionOptions? options = null)
    {
        Guard.Against.Null(text);
        options ??= new ExtractionOptions();
        var date = options.Date ?? DateOf(text);
        var publisher = options.Publisher ?? PublisherOf(text) ?? "Unattributed";
        var title = options.Title ?? TitleOf(text);
        var chinese = Han().Count(text) > text.Length / 10;
        var state = new ReadingState();
        var paragraph = 0;
        foreach (var sentence in Sentences.Split(text))
        {
            if (sentence.Paragraph != paragraph)
            {
                paragraph = sentence.Paragraph;
                state.LastPartner = null;
            }

            if (chinese)
            {
                ChineseReader.Read(sentence, date, state);
            }
            else
            {
                EnglishReader.Read(sentence, date, state);
            }
        }

        var drafts = Merge(state.Drafts);
        var prefix = options.IdPrefix ?? Slug(publisher) + (date is { } d ? "-" + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty);
        var statements = new List<ExtractedStatement>();
        var unresolved = new List<UnresolvedFigure>(state.Unresolved);
        var n = 0;
        foreach (var draft in drafts.OrderBy(d => d.Sentence.Start + d.FirstFigure))
        {
            var id = prefix + "-" + (++n).ToString(CultureInfo.InvariantCulture);
            var statement = new Statement(id, draft.Subject)
            {
                Value = draft.Value,
                Equivalent = draft.Equivalent,
                Count = draft.Count,
                CountUnit = draft.CountUnit,
                Share = draft.Share,
                ShareOf = draft.ShareOf,
                Growth = draft.Growth,
                Approximate = draft.Approximate,
                Source = new SourceReference(publisher, date, title, options.Address, draft.Sentence.Text),
            };
            var span = new TextSpan(draft.Sentence.Start + draft.FirstFigure, draft.FirstFigureEnd - draft.FirstFigure);
            try
            {
                statement.Validate();
            }
            catch (ArgumentException e)
            {
                unresolved.Add(new UnresolvedFigure(span.Of(text), draft.Sentence.Text, span, e.Message));
                n--;
                continue;
            }

            statements.Add(new ExtractedStatement(statement, draft.Sentence.Text, span));
        }

        unresolved.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return new ExtractionResult(statements, unresolved, date, publisher);
    }

    // The same level printed twice (a headline and its lead, "$34.3 billion" and "246.57 billion yuan ($34.3 billion)")
    // is one statement: the richer one keeps the other's figures.
    private static List<Draft> Merge(List<Draft> drafts)
    {
        var kept = new List<Draft>();
        foreach (var d in drafts)
        {
            var same = kept.FirstOrDefault(k => k.Subject == d.Subject && k.Sentence != d.Sentence && SameLevel(k, d));
            if (same is null)
            {
                kept.Add(d);
                continue;
            }

            var (rich, poor) = same.FigureCount >= d.FigureCount ? (same, d) : (d, same);
            rich.Growth ??= poor.Growth;
            rich.Share ??= poor.Share;
            rich.ShareOf ??= poor.ShareOf;
            rich.Count ??= poor.Count;
            rich.CountUnit ??= poor.CountUnit;
            if (rich != same)
            {
                kept[kept.IndexOf(same)] = rich;
            }
        }

        return kept;
    }

    private static bool SameLevel(Draft a, Draft b)
    {
        static bool Same(PublishedMoney? x, PublishedMoney? y) => x is { } p && y is { } q && p.Currency == q.Currency && p.Number == q.Number;
        return Same(a.Value, b.Value) || Same(a.Value, b.Equivalent) || Same(a.Equivalent, b.Value)
            || (a.Value is null && b.Value is null && a.Count is { } c && c == b.Count)
            || Within(a, b) || Within(b, a);
    }

    // A headline's "up 47.4 pct" restated by the lead with the level: every figure of the smaller one is in the other.
    private static bool Within(Draft part, Draft whole) =>
        part.Value is null && part.Count is null && part.FigureCount > 0
        && (part.Growth is null || part.Growth == whole.Growth)
        && (part.Share is null || part.Share == whole.Share);

    private static DateOnly? DateOf(string text)
    {
        var head = text.Length > 3000 ? text[..3000] : text;
        var iso = IsoDate().Match(head);
        var dateline = Dateline().Match(head);
        var calendar = CalendarDate().Match(head);
        if (dateline.Success)
        {
            var year = dateline.Groups["y"].Success ? int.Parse(dateline.Groups["y"].Value, CultureInfo.InvariantCulture)
                : iso.Success ? int.Parse(iso.Groups["y"].Value, CultureInfo.InvariantCulture)
                : calendar.Success ? int.Parse(calendar.Groups["y"].Value, CultureInfo.InvariantCulture) : (int?)null;
            if (year is { } y && DateOnly.TryParseExact(string.Create(CultureInfo.InvariantCulture, $"{y:D4}-{Periods.MonthNumber(dateline.Groups["mon"].Value):D2}-{int.Parse(dateline.Groups["d"].Value, CultureInfo.InvariantCulture):D2}"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var fromDateline))
            {
                return fromDateline;
            }
        }

        if (iso.Success && DateOnly.TryParseExact(iso.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }

        if (calendar.Success && DateOnly.TryParseExact(string.Create(CultureInfo.InvariantCulture, $"{int.Parse(calendar.Groups["y"].Value, CultureInfo.InvariantCulture):D4}-{Periods.MonthNumber(calendar.Groups["mon"].Value):D2}-{int.Parse(calendar.Groups["d"].Value, CultureInfo.InvariantCulture):D2}"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var fromCalendar))
        {
            return fromCalendar;
        }

        var cn = ChineseDate().Match(head);
        if (cn.Success && cn.Groups["y"].Success)
        {
            return new DateOnly(int.Parse(cn.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(cn.Groups["m"].Value, CultureInfo.InvariantCulture), int.Parse(cn.Groups["d"].Value, CultureInfo.InvariantCulture));
        }

        return null;
    }

    private static string? PublisherOf(string text)
    {
        var head = text.Length > 1500 ? text[..1500] : text;
        var dateline = Dateline().Match(head);
        if (dateline.Success)
        {
            return dateline.Groups["pub"].Value.Trim();
        }

        return KnownPublishers
            .Select(p => (Name: p, At: head.IndexOf(p, StringComparison.Ordinal)))
            .Where(p => p.At >= 0)
            .OrderBy(p => p.At)
            .Select(p => p.Name)
            .FirstOrDefault();
    }

    private static string? TitleOf(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var t = Regex.Replace(line, @"^\s*date\s+\d{4}-\d{2}-\d{2}\s*", string.Empty).Trim();
            if (t.Length >= 20 && !t.Contains('@', StringComparison.Ordinal) && (t.Split(' ').Length >= 4 || Han().IsMatch(t)))
            {
                return t.Length > 200 ? t[..200] : t;
            }
        }

        return null;
    }

    private static string Slug(string publisher)
    {
        var slug = Regex.Replace(publisher.ToLowerInvariant(), @"[^a-z0-9]+", "-").Trim('-');
        return slug.Length == 0 ? "article" : slug;
    }
}
