using System.Globalization;
using System.Text.RegularExpressions;
using TradeStats.Text;

namespace TradeStats.Extraction;

internal enum MentionKind
{
    Money,
    Percent,
    Fold,
    Count,
    Points,
}

/// <summary>A figure printed in a sentence: money, a percentage, a fold or a count, with its position.</summary>
internal sealed class Mention
{
    public required MentionKind Kind { get; init; }

    public required int Start { get; init; }

    public required int End { get; set; }

    public required string Text { get; init; }

    public PublishedMoney Money { get; init; }

    public PublishedMoney? Equivalent { get; set; }

    public string? EquivalentText { get; set; }

    public PublishedNumber Number { get; set; }

    public string? Unit { get; init; }

    public string? UnitCommodity { get; init; }

    public bool UnitIsGoods { get; init; }
}

/// <summary>Finds the figures of an English sentence with the library's own parsers.</summary>
internal static partial class Mentions
{
    private const string Qualifier = @"(?:(?:more\s+than|less\s+than|fewer\s+than|in\s+excess\s+of|at\s+least|nearly|almost|about|some|approximately|around|roughly|an\s+estimated|estimated|over|above|below|under|surpassed|surpassing|exceeded|exceeding)\s+)?";

    [GeneratedRegex(Qualifier + @"(?:(?:US\$|U\.S\.\s?\$|\$|USD\s?|RMB\s?|CNY\s?|¥)\s?\d[\d,]*(?:\.\d+)?(?:\s*(?:trillion|billion|million|thousand|bln|mln|bn|mn)\b)?(?:\s+(?:U\.S\.\s+|US\s+)?dollars\b|\s+yuan\b)?|\d[\d,]*(?:\.\d+)?(?:\s*(?:trillion|billion|million|thousand|bln|mln|bn|mn)\b)?\s*(?:yuan|U\.S\.\s+dollars|US\s+dollars|dollars|USD|RMB|CNY)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MoneyPattern();

    [GeneratedRegex(@"\(\s*(?<eq>[^()]{2,60}?)\s*\)")]
    private static partial Regex Parenthesis();

    [GeneratedRegex(@"(?:(?:more\s+than|nearly|almost|about|around|approximately|over|some|roughly|less\s+than)\s+)?\d+(?:\.\d+)?\s*(?:percentage\s+points?|pct\s+points?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PointsPattern();

    [GeneratedRegex(@"(?:(?:more\s+than|nearly|almost|about|around|approximately|over|some|roughly|less\s+than|at\s+least)\s+)?[-+]?\d+(?:\.\d+)?(?:\s*(?:percent|per\s+cent|pct)\b|\s*%|-percent\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PercentPattern();

    [GeneratedRegex(@"\b(?:(?:more\s+than|nearly|almost|about|over)\s+)?(?:\d+(?:\.\d+)?-fold|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred)fold|(?:two|three|four|five|six|seven|eight|nine|ten)-fold)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FoldPattern();

    [GeneratedRegex(@"(?<![\w.,:/*-])(?<q>(?:more\s+than|over|nearly|almost|about|some|approximately|around|at\s+least)\s+)?(?<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(?<scale>million|thousand))?\s+(?<unit>(?:metric\s+)?[A-Za-z][A-Za-z-]*(?:\s+(?:and\s+)?(?!(?:in|of|to|from|with|at|for|on|by|worth|were|was|are|is|had|have|has|through|via|into|across|above|below|including|under|over)\b)[a-z][a-z-]*){0,3})", RegexOptions.CultureInvariant)]
    private static partial Regex CountPattern();

    private static readonly string[] GoodsUnits = ["vehicles", "cars", "units", "sets", "tonnes", "tons", "metric", "containers", "TEUs", "pieces", "heads", "NEVs", "NEV"];

    public static List<Mention> Find(string s)
    {
        var found = new List<Mention>();
        var taken = new bool[s.Length + 1];
        foreach (Match m in MoneyPattern().Matches(s))
        {
            var text = m.Value.Trim();
            if (IsTaken(taken, m.Index, m.Index + m.Length) || !MoneyText.TryParsePublished(text, CultureInfo.InvariantCulture, out var money))
            {
                continue;
            }

            var mention = new Mention { Kind = MentionKind.Money, Start = m.Index, End = m.Index + m.Length, Text = text, Money = money };
            var after = Parenthesis().Match(s, mention.End);
            if (after.Success && s[mention.End..after.Index].Trim().Length == 0
                && MoneyText.TryParsePublished(after.Groups["eq"].Value, CultureInfo.InvariantCulture, out var eq) && eq.Currency != money.Currency)
            {
                mention.Equivalent = eq;
                mention.EquivalentText = after.Groups["eq"].Value;
                mention.End = after.Index + after.Length;
            }

            Take(taken, mention.Start, mention.End);
            found.Add(mention);
        }

        foreach (Match m in PointsPattern().Matches(s))
        {
            if (!IsTaken(taken, m.Index, m.Index + m.Length))
            {
                Take(taken, m.Index, m.Index + m.Length);
                found.Add(new Mention { Kind = MentionKind.Points, Start = m.Index, End = m.Index + m.Length, Text = m.Value });
            }
        }

        foreach (Match m in PercentPattern().Matches(s))
        {
            if (IsTaken(taken, m.Index, m.Index + m.Length))
            {
                continue;
            }

            var text = m.Value.Replace("-percent", " percent", StringComparison.OrdinalIgnoreCase);
            if (NumberText.TryParsePercent(text, CultureInfo.InvariantCulture, out var pct))
            {
                Take(taken, m.Index, m.Index + m.Length);
                found.Add(new Mention { Kind = MentionKind.Percent, Start = m.Index, End = m.Index + m.Length, Text = m.Value, Number = pct });
            }
        }

        foreach (Match m in FoldPattern().Matches(s))
        {
            if (!IsTaken(taken, m.Index, m.Index + m.Length) && NumberText.TryParseFold(m.Value, CultureInfo.InvariantCulture, out var fold))
            {
                Take(taken, m.Index, m.Index + m.Length);
                found.Add(new Mention { Kind = MentionKind.Fold, Start = m.Index, End = m.Index + m.Length, Text = m.Value, Number = new PublishedNumber(fold.Value - 1m, fold.Resolution, fold.Style) });
            }
        }

        foreach (Match m in CountPattern().Matches(s))
        {
            var n = m.Groups["n"];
            if (IsTaken(taken, m.Index, n.Index + n.Length) || IsYear(n.Value) || (n.Value.Length >= 7 && !n.Value.Contains(',', StringComparison.Ordinal)) || (m.Index > 0 && char.IsLetterOrDigit(s[m.Index - 1])))
            {
                continue;
            }

            var unitWords = m.Groups["unit"].Value;
            if (Regex.IsMatch(unitWords, @"^(?:percent|per|pct|yuan|dollars|billion|million|trillion|thousand|months?|years?|quarters?)\b", RegexOptions.IgnoreCase) || char.IsUpper(unitWords[0]) && !GoodsUnits.Contains(unitWords.Split(' ')[0]))
            {
                continue;
            }

            var text = (m.Groups["q"].Value + n.Value + (m.Groups["scale"].Success ? " " + m.Groups["scale"].Value : string.Empty)).Trim();
            if (!NumberText.TryParseCount(text, CultureInfo.InvariantCulture, out var count))
            {
                continue;
            }

            var first = unitWords.Split(' ')[0];
            var goods = GoodsUnits.Contains(first, StringComparer.Ordinal);
            string? commodity = null;
            string unit = first;
            if (first is "NEVs" or "NEV" || Regex.IsMatch(unitWords, @"^new[- ]energy", RegexOptions.IgnoreCase))
            {
                commodity = "New energy vehicles";
                unit = "vehicles";
                goods = true;
            }
            else if (first is "metric" or "tonnes" or "tons")
            {
                unit = "tonnes";
                var of = Regex.Match(s[(m.Index + m.Length - unitWords.Length)..], @"^(?:metric\s+)?(?:tonnes|tons)\s+of\s+(?<np>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,4}?)(?=[,.;]|\s+(?:and|were|was|in|with|up|marking)\b)", RegexOptions.CultureInvariant);
                commodity = of.Success ? Lexicon.CommodityName(of.Groups["np"].Value) : null;
            }

            var end = m.Index + m.Length;
            Take(taken, m.Index, n.Index + n.Length);
            found.Add(new Mention
            {
                Kind = MentionKind.Count, Start = m.Index, End = end, Text = m.Value, Number = count, Unit = goods ? unit : unitWords,
                UnitCommodity = commodity, UnitIsGoods = goods,
            });
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    public static bool IsYear(string digits) =>
        digits.Length == 4 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2100;

    private static void Take(bool[] taken, int start, int end)
    {
        for (var i = start; i < end && i < taken.Length; i++)
        {
            taken[i] = true;
        }
    }

    private static bool IsTaken(bool[] taken, int start, int end)
    {
        for (var i = start; i < end && i < taken.Length; i++)
        {
            if (taken[i])
            {
                return true;
            }
        }

        return false;
    }
}
