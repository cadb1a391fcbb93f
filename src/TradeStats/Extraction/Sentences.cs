using System.Text.RegularExpressions;

namespace TradeStats.Extraction;

/// <summary>A sentence of an article: its text, where it starts in the article, and the paragraph it is in.</summary>
internal sealed record Sentence(string Text, int Start, int Paragraph);

/// <summary>Splits an article into paragraphs (lines) and sentences, keeping each sentence's offset.</summary>
internal static partial class Sentences
{
    // Abbreviations after which a full stop does not end a sentence.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "U.S", "U.K", "Co", "Ltd", "Inc", "Corp", "Mr", "Mrs", "Ms", "Dr", "St", "No", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
        "Sep", "Sept", "Oct", "Nov", "Dec", "approx", "vs", "etc", "e.g", "i.e", "Gov", "Prof",
    };

    [GeneratedRegex(@"[^\n]+")]
    private static partial Regex Lines();

    public static List<Sentence> Split(string text)
    {
        var result = new List<Sentence>();
        var paragraph = 0;
        foreach (Match line in Lines().Matches(text))
        {
            if (string.IsNullOrWhiteSpace(line.Value))
            {
                continue;
            }

            paragraph++;
            var s = line.Value;
            var start = 0;
            for (var i = 0; i < s.Length; i++)
            {
                var c = s[i];
                var end = -1;
                if (c is '\u3002' or '\uff01' or '\uff1f' or '\uff1b')
                {
                    end = i + 1;
                }
                else if (c is '.' or '!' or '?' && i + 1 < s.Length && s[i + 1] == ' ' && !IsAbbreviation(s, i) && NextStartsSentence(s, i + 1))
                {
                    end = i + 1;
                }

                if (end > 0)
                {
                    Add(result, text, line.Index + start, s[start..end], paragraph);
                    start = end;
                }
            }

            if (start < s.Length)
            {
                Add(result, text, line.Index + start, s[start..], paragraph);
            }
        }

        return result;
    }

    private static void Add(List<Sentence> result, string text, int start, string s, int paragraph)
    {
        var lead = s.Length - s.TrimStart().Length;
        var trimmed = s.Trim();
        if (trimmed.Length > 0)
        {
            result.Add(new Sentence(trimmed, start + lead, paragraph));
        }
    }

    private static bool IsAbbreviation(string s, int dot)
    {
        var j = dot;
        while (j > 0 && (char.IsLetter(s[j - 1]) || s[j - 1] == '.'))
        {
            j--;
        }

        var word = s[j..dot];
        return word.Length == 1 || Abbreviations.Contains(word);
    }

    private static bool NextStartsSentence(string s, int space)
    {
        var j = space;
        while (j < s.Length && s[j] == ' ')
        {
            j++;
        }

        return j < s.Length && (char.IsUpper(s[j]) || char.IsDigit(s[j]) || s[j] is '"' or '\u201c' or '\'' or '\u2018' or '[' or '(');
    }
}
