using System.Globalization;
using System.Text;

namespace TradeStats.Text;

/// <summary>
/// A cursor over one press figure ("more than 11,800", "US$1.77 billion", "12.67亿元"): qualifier, sign, number and
/// scale are read in order. A failed read returns false and leaves in <see cref="Error"/> a message that quotes the
/// whole input: Parse methods throw it as a <see cref="FormatException"/>, TryParse methods drop it.
/// </summary>
internal sealed class FigureReader
{
    private static readonly (string Word, RoundingStyle Style)[] Qualifiers =
    [
        ("approximately", RoundingStyle.Nearest),
        ("an estimated", RoundingStyle.Nearest),
        ("estimated", RoundingStyle.Nearest),
        ("roughly", RoundingStyle.Nearest),
        ("around", RoundingStyle.Nearest),
        ("approx.", RoundingStyle.Nearest),
        ("about", RoundingStyle.Nearest),
        ("some", RoundingStyle.Nearest),
        ("in excess of", RoundingStyle.AtLeast),
        ("more than", RoundingStyle.AtLeast),
        ("surpassing", RoundingStyle.AtLeast),
        ("surpassed", RoundingStyle.AtLeast),
        ("exceeding", RoundingStyle.AtLeast),
        ("exceeded", RoundingStyle.AtLeast),
        ("at least", RoundingStyle.AtLeast),
        ("above", RoundingStyle.AtLeast),
        ("over", RoundingStyle.AtLeast),
        ("fewer than", RoundingStyle.AtMost),
        ("nearly", RoundingStyle.AtMost),
        ("almost", RoundingStyle.AtMost),
        ("less than", RoundingStyle.AtMost),
        ("at most", RoundingStyle.AtMost),
        ("below", RoundingStyle.AtMost),
        ("under", RoundingStyle.AtMost),
    ];

    // Longest first, so that "million" wins over "m" and "万亿" over "万".
    private static readonly (string Word, decimal Factor)[] EnglishScales =
    [
        ("thousand", 1e3m),
        ("trillion", 1e12m),
        ("million", 1e6m),
        ("billion", 1e9m),
        ("mln", 1e6m),
        ("bln", 1e9m),
        ("mn", 1e6m),
        ("bn", 1e9m),
        ("tn", 1e12m),
        ("m", 1e6m),
        ("b", 1e9m),
    ];

    private static readonly (string Word, decimal Factor)[] ChineseScales =
    [
        ("万亿", 1e12m),
        ("千万", 1e7m),
        ("百万", 1e6m),
        ("亿", 1e8m),
        ("万", 1e4m),
    ];

    private readonly string _original;
    private readonly string _what;
    private readonly string _expected;

    public FigureReader(string original, string text, string what, string expected, NumberFormatInfo format)
    {
        _original = original;
        Text = text;
        _what = what;
        _expected = expected;
        Format = format;
    }

    /// <summary>The text being read: the input, trimmed, with runs of white space folded to one space.</summary>
    public string Text { get; }

    public NumberFormatInfo Format { get; }

    public int Position { get; set; }

    public bool AtEnd => Position >= Text.Length;

    public string Rest => Text[Position..];

    /// <summary>English words that name a scale, for error messages.</summary>
    public static string ScaleWordList => string.Join(", ", EnglishScales.Select(s => s.Word)) + ", 万, 亿, 万亿";

    /// <summary>Folds white space (including no-break spaces) to single spaces and trims.</summary>
    public static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>The message of the failure, quoting the whole input; null until a read fails.</summary>
    public string? Error { get; private set; }

    /// <summary>Records why the text is not a figure and returns false, for <c>return reader.Fail(...)</c>.</summary>
    public bool Fail(string reason)
    {
        Error = $"'{_original}' is not {_what}: {reason}. Expected {_expected}.";
        return false;
    }

    public void SkipSpace()
    {
        while (!AtEnd && Text[Position] == ' ')
        {
            Position++;
        }
    }

    public bool TryConsume(string word, bool wordBoundary)
    {
        if (string.Compare(Text, Position, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) != 0
            || Position + word.Length > Text.Length)
        {
            return false;
        }

        var end = Position + word.Length;
        if (wordBoundary && end < Text.Length && char.IsLetter(Text[end]))
        {
            return false;
        }

        Position = end;
        return true;
    }

    /// <summary>Reads "about", "more than", "less than" and their kin; Nearest when there is none.</summary>
    public RoundingStyle ReadQualifier()
    {
        foreach (var (word, style) in Qualifiers)
        {
            var start = Position;
            if (TryConsume(word, wordBoundary: true))
            {
                if (!AtEnd && Text[Position] == ' ')
                {
                    SkipSpace();
                    return style;
                }

                Position = start;
            }
        }

        return RoundingStyle.Nearest;
    }

    /// <summary>Reads an optional sign: '+', '-', the Unicode minus, or the culture's signs.</summary>
    public bool? ReadSign()
    {
        if (AtEnd)
        {
            return null;
        }

        var c = Text[Position];
        if (c == '+')
        {
            Position++;
            return false;
        }

        if (c is '-' or '\u2212')
        {
            Position++;
            return true;
        }

        if (Format.NegativeSign.Length > 0 && TryConsume(Format.NegativeSign, wordBoundary: false))
        {
            return true;
        }

        if (Format.PositiveSign.Length > 0 && TryConsume(Format.PositiveSign, wordBoundary: false))
        {
            return false;
        }

        return null;
    }

    public bool AtDigit => !AtEnd && char.IsAsciiDigit(Text[Position]);

    /// <summary>
    /// Reads an unsigned number in the provider's notation: ASCII digits, optional groups of three after the
    /// culture's group separator, and an optional fraction after its decimal separator. The decimal keeps the
    /// digits as written, so "12.670" has three decimals. Exponents are not a press form and are refused.
    /// </summary>
    public bool TryReadNumber(out decimal value)
    {
        value = 0m;
        if (!AtDigit)
        {
            return Fail(AtEnd ? "the number is missing" : $"expected a number at '{Rest}'");
        }

        var digits = new StringBuilder();
        var firstGroup = 0;
        while (AtDigit)
        {
            digits.Append(Text[Position++]);
            firstGroup++;
        }

        var grouped = false;
        while (TryGroupSeparator(out var length))
        {
            if (!grouped && firstGroup > 3)
            {
                return Fail($"the digit group before '{Format.NumberGroupSeparator}' has more than three digits");
            }

            grouped = true;
            Position += length;
            digits.Append(Text, Position, 3);
            Position += 3;
        }

        var decimalSeparator = Format.NumberDecimalSeparator;
        if (string.CompareOrdinal(Text, Position, decimalSeparator, 0, decimalSeparator.Length) == 0
            && Position + decimalSeparator.Length < Text.Length
            && char.IsAsciiDigit(Text[Position + decimalSeparator.Length]))
        {
            Position += decimalSeparator.Length;
            digits.Append('.');
            while (AtDigit)
            {
                digits.Append(Text[Position++]);
            }
        }

        if (!AtEnd && (char.IsAsciiDigit(Text[Position]) || (Text[Position] is 'e' or 'E' && Position + 1 < Text.Length && (char.IsAsciiDigit(Text[Position + 1]) || Text[Position + 1] is '+' or '-'))))
        {
            return Fail($"exponents are not accepted ('{Rest}')");
        }

        return ExactDecimal.TryParse(digits.ToString(), allowExponent: false, 0, out value) switch
        {
            ExactDecimal.Outcome.Exact => true,
            ExactDecimal.Outcome.OutOfRange => Fail("the number is too large for a decimal"),
            _ => Fail("the number has more significant digits than a decimal holds exactly (28); it is not rounded"),
        };
    }

    /// <summary>Builds a published figure, reporting one that decimal cannot hold exactly, or whose interval it cannot hold, as a failure quoting the text.</summary>
    public bool TryPublished(Func<PublishedNumber> create, out PublishedNumber figure)
    {
        try
        {
            figure = create();
            return true;
        }
        catch (OverflowException)
        {
            figure = default;
            return Fail("the figure, scaled, or the interval its rounding allows, is outside what a decimal holds exactly");
        }
    }

    /// <summary>Reads an English scale word (optionally after a space) or a Chinese unit; 1 when there is none.</summary>
    public decimal ReadScale(bool english, bool chinese)
    {
        var start = Position;
        if (chinese)
        {
            SkipSpace();
            foreach (var (word, factor) in ChineseScales)
            {
                if (TryConsume(word, wordBoundary: false))
                {
                    return factor;
                }
            }

            Position = start;
        }

        if (english)
        {
            SkipSpace();
            foreach (var (word, factor) in EnglishScales)
            {
                if (TryConsume(word, wordBoundary: true))
                {
                    return factor;
                }
            }

            Position = start;
        }

        return 1m;
    }

    /// <summary>Whether the word at the cursor looks like a scale word that is not one ("zillion").</summary>
    public string? UnknownWordBefore(Func<string, bool> restIsKnown)
    {
        var rest = Rest.TrimStart();
        var space = rest.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0)
        {
            return null;
        }

        var word = rest[..space];
        return word.All(char.IsLetter) && restIsKnown(rest[(space + 1)..]) ? word : null;
    }

    private bool TryGroupSeparator(out int length)
    {
        length = 0;
        var separator = Format.NumberGroupSeparator;
        if (AtEnd || separator.Length == 0)
        {
            return false;
        }

        // Cultures that group with a (narrow) no-break space are written with ordinary spaces as often as not.
        if (string.CompareOrdinal(Text, Position, separator, 0, separator.Length) == 0)
        {
            length = separator.Length;
        }
        else if (string.IsNullOrWhiteSpace(separator) && Text[Position] == ' ')
        {
            length = 1;
        }
        else
        {
            return false;
        }

        var next = Position + length;
        if (next + 3 > Text.Length)
        {
            return false;
        }

        for (var i = next; i < next + 3; i++)
        {
            if (!char.IsAsciiDigit(Text[i]))
            {
                return false;
            }
        }

        return next + 3 == Text.Length || !char.IsAsciiDigit(Text[next + 3]);
    }
}
