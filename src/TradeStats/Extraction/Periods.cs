using System.Globalization;
using System.Text.RegularExpressions;

namespace TradeStats.Extraction;

/// <summary>A period named in a sentence: resolved, carried over ("during the period"), or unresolvable (a relative period without a date).</summary>
internal sealed record PeriodCue(int Start, int End, Period? Period, bool Carried, string Text, string? Problem);

/// <summary>Reads the periods of English releases, resolved against the article's date.</summary>
internal static partial class Periods
{
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    private static readonly Dictionary<string, int> Numbers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11,
    };

    private const string YearRef = @"(?:\s+(?:of|in)\s+(?:(?<year>\d{4})|(?<this>this\s+year|the\s+year|the\s+current\s+year)|(?<last>last\s+year)))?";

    private const string Month = @"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?";

    [GeneratedRegex(@"\bthe\s+first\s+(?<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+months" + YearRef, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FirstMonths();

    [GeneratedRegex(@"\b(?:from\s+|between\s+)?(?<m1>" + Month + @")\s*(?:to|through|-|–|and)\s*(?<m2>" + Month + @")(?:,?\s+(?<year>\d{4})|\s+(?<this>this\s+year)|\s+(?<last>last\s+year))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthRange();

    [GeneratedRegex(@"\b(?:the\s+)?(?<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter" + YearRef + @"|\bQ(?<qn>[1-4])(?:\s+(?<year>\d{4}))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Quarter();

    [GeneratedRegex(@"\b(?:the\s+)?(?<h>first|second)\s+half" + YearRef + @"|\bH(?<hn>[12])(?:\s+(?<year>\d{4}))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Half();

    [GeneratedRegex(@"(?<!\d[-/])(?<![\d,.])\b(?<year>(?:19|20)\d{2})\b(?![-/]\d)(?!\s*(?:to|-|–)\s*(?:19|20)\d{2})", RegexOptions.CultureInvariant)]
    private static partial Regex BareYear();

    [GeneratedRegex(@"\b(?:from|between)\s+(?:19|20)\d{2}\s+(?:to|and)\s+(?:19|20)\d{2}\b|\b(?:19|20)\d{2}\s*(?:-|–|to)\s*(?:19|20)\d{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex YearRange();

    [GeneratedRegex(@"\b(?<!(?:than|from|over|with|on|as|since|period)\s)(?<w>last|this)\s+year\b(?!'s\s+(?:same|level))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeYear();

    [GeneratedRegex(@"\b(?:during|in|over|for)\s+(?:this|that|the\s+same)\s+(?:period|time)\b|\bover\s+the\s+past\s+(?:three|six|\d+)\s+months\b|\bduring\s+the\s+period\b|\bin\s+the\s+period\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SamePeriod();

    [GeneratedRegex(@"\b(?:in|during|for)\s+(?<m>January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?<year>\d{4}))?\b(?!\s+\d)", RegexOptions.CultureInvariant)]
    private static partial Regex InMonth();

    [GeneratedRegex(@"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)\.?\s+\d{1,2},?\s+(?:19|20)\d{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex CalendarDate();

    public static List<PeriodCue> Find(string s, DateOnly? date)
    {
        var cues = new List<PeriodCue>();
        var taken = new bool[s.Length + 1];
        void Add(Match m, Period? p, bool carried = false, string? problem = null)
        {
            for (var i = m.Index; i < m.Index + m.Length; i++)
            {
                if (taken[i])
                {
                    return;
                }
            }

            for (var i = m.Index; i < m.Index + m.Length; i++)
            {
                taken[i] = true;
            }

            cues.Add(new PeriodCue(m.Index, m.Index + m.Length, p, carried, m.Value, problem));
        }

        foreach (Match m in CalendarDate().Matches(s))
        {
            for (var i = m.Index; i < m.Index + m.Length; i++)
            {
                taken[i] = true;
            }
        }

        foreach (Match m in YearRange().Matches(s))
        {
            for (var i = m.Index; i < m.Index + m.Length; i++)
            {
                taken[i] = true;
            }
        }

        foreach (Match m in FirstMonths().Matches(s))
        {
            var n = Numbers.TryGetValue(m.Groups["n"].Value, out var w) ? w : int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            var (year, problem) = YearOf(m, date);
            Add(m, year is { } y && n is >= 1 and <= 12 ? Period.YearToDate(y, n) : null, false, problem);
        }

        foreach (Match m in MonthRange().Matches(s))
        {
            var m1 = MonthNumber(m.Groups["m1"].Value);
            var m2 = MonthNumber(m.Groups["m2"].Value);
            var (year, problem) = YearOf(m, date);
            Add(m, year is { } y && m2 >= m1 ? Period.FromMonths(y, m1, m2 - m1 + 1) : null, false, problem);
        }

        foreach (Match m in Quarter().Matches(s))
        {
            var q = m.Groups["qn"].Success ? int.Parse(m.Groups["qn"].Value, CultureInfo.InvariantCulture) : Ordinal(m.Groups["q"].Value);
            var (year, problem) = YearOf(m, date);
            Add(m, year is { } y ? Period.Quarter(y, q) : null, false, problem);
        }

        foreach (Match m in Half().Matches(s))
        {
            var h = m.Groups["hn"].Success ? int.Parse(m.Groups["hn"].Value, CultureInfo.InvariantCulture) : Ordinal(m.Groups["h"].Value);
            var (year, problem) = YearOf(m, date);
            Add(m, year is { } y ? Period.Half(y, h) : null, false, problem);
        }

        foreach (Match m in InMonth().Matches(s))
        {
            var (year, problem) = YearOf(m, date);
            Add(m, year is { } y ? Period.Month(y, MonthNumber(m.Groups["m"].Value)) : null, false, problem);
        }

        foreach (Match m in SamePeriod().Matches(s))
        {
            Add(m, null, carried: true);
        }

        foreach (Match m in BareYear().Matches(s))
        {
            Add(m, Period.Year(int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture)));
        }

        foreach (Match m in RelativeYear().Matches(s))
        {
            var last = m.Groups["w"].Value.Equals("last", StringComparison.OrdinalIgnoreCase);
            Add(m, date is { } d ? Period.Year(last ? d.Year - 1 : d.Year) : null, false, date is null ? "'" + m.Value + "' needs the article's date (give --date)" : null);
        }

        cues.Sort((a, b) => a.Start.CompareTo(b.Start));
        return cues;
    }

    private static (int? Year, string? Problem) YearOf(Match m, DateOnly? date)
    {
        if (m.Groups["year"].Success)
        {
            return (int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture), null);
        }

        if (date is not { } d)
        {
            return (null, "'" + m.Value + "' has no year and the article's date is unknown (give --date)");
        }

        return (m.Groups["last"].Success ? d.Year - 1 : d.Year, null);
    }

    private static int Ordinal(string word) => word.ToLowerInvariant() switch
    {
        "first" or "1st" => 1,
        "second" or "2nd" => 2,
        "third" or "3rd" => 3,
        _ => 4,
    };

    public static int MonthNumber(string name)
    {
        var n = name.TrimEnd('.');
        for (var i = 0; i < 12; i++)
        {
            if (MonthNames[i].StartsWith(n, StringComparison.OrdinalIgnoreCase) && n.Length >= 3)
            {
                return i + 1;
            }
        }

        throw new FormatException($"'{name}' is not a month name.");
    }
}
