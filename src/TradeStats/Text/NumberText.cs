using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace TradeStats.Text;

/// <summary>
/// Reads and writes the other numbers of trade reporting, keeping their rounding: percentages ("+15.4%",
/// "98.6 percent"), growth factors ("65-fold", "eightfold") and counts ("12,938", "more than 11,800").
/// </summary>
/// <remarks>
/// Qualifiers work as for money: "about", "around", "approximately", "some" keep the figure rounded to the nearest;
/// "more than", "over", "above", "surpassed", "exceeded" make it a lower bound; "less than", "under", "below" an upper
/// bound. Numbers are invariant (12,938.5) unless a format provider is passed; the current culture never matters.
/// </remarks>
/// <example>
/// <code>
/// PublishedNumber growth = NumberText.ParsePercent("15.4 percent"); // 0.154, resolution 0.001
/// PublishedNumber fold = NumberText.ParseFold("65-fold");           // 65, resolution 1
/// PublishedNumber nevs = NumberText.ParseCount("more than 11,800"); // at least 11,800
/// string text = NumberText.FormatPercent(0.154m, signed: true);     // "+15.4%"
/// </code>
/// </example>
public static class NumberText
{
    private const string PercentExpected = "a percentage such as '15.4%', '+15.4%', '-33.1%', '98.6 percent' or 'more than 20 percent'";
    private const string FoldExpected = "a growth factor such as '65-fold', '8-fold', 'eightfold' or '1.5 times'";
    private const string CountExpected = "a count such as '12,938', 'more than 11,800', 'about 12,000' or '1.2 million'";

    private static readonly string[] PercentWords = ["percent", "per cent", "pct", "%", "％"];

    private static readonly string[] FoldWords = ["-fold", " fold", "fold", " times", "-times"];

    private static readonly (string Word, int Value)[] NumberWords =
    [
        ("seventeen", 17), ("thirteen", 13), ("fourteen", 14), ("eighteen", 18), ("nineteen", 19), ("thousand", 1000),
        ("fifteen", 15), ("sixteen", 16), ("hundred", 100), ("seventy", 70), ("eleven", 11), ("twelve", 12),
        ("twenty", 20), ("thirty", 30), ("eighty", 80), ("ninety", 90), ("forty", 40), ("fifty", 50), ("sixty", 60),
        ("three", 3), ("seven", 7), ("eight", 8), ("four", 4), ("five", 5), ("nine", 9), ("two", 2), ("six", 6),
        ("ten", 10), ("one", 1),
    ];

    private delegate bool FigureParser(FigureReader reader, out PublishedNumber result);

    /// <summary>
    /// Parses a percentage as a fraction with its rounding: "15.4 percent" is 0.154 with resolution 0.001,
    /// standing for [0.1535, 0.1545).
    /// </summary>
    /// <param name="text">"15.4%", "+15.4%", "-33.1%", "98.6 percent", "15.4 per cent", "over 7 percent"...</param>
    /// <param name="provider">The notation of the number; invariant when null.</param>
    /// <returns>The fraction (0.154 for 15.4 percent) with the resolution its printed digits imply, or a bound for "over" and "under".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a percentage; the message quotes it.</exception>
    public static PublishedNumber ParsePercent(string text, IFormatProvider? provider = null)
    {
        Guard.Against.Null(text);
        return TryRead(text, "a percentage", PercentExpected, provider, TryReadPercent, out var result, out var error) ? result : throw new FormatException(error);
    }

    /// <summary>Tries to parse a percentage in invariant notation; see <see cref="ParsePercent"/>.</summary>
    /// <param name="text">The text to parse, in any form <see cref="ParsePercent"/> accepts; null fails.</param>
    /// <param name="result">The fraction when parsing succeeded; <c>default</c> otherwise.</param>
    /// <returns>True when <paramref name="text"/> is a percentage; false, without throwing, where <see cref="ParsePercent"/> would throw.</returns>
    public static bool TryParsePercent([NotNullWhen(true)] string? text, out PublishedNumber result) => TryParsePercent(text, null, out result);

    /// <summary>Tries to parse a percentage; see <see cref="ParsePercent"/>.</summary>
    /// <param name="text">The text to parse, in any form <see cref="ParsePercent"/> accepts; null fails.</param>
    /// <param name="provider">The notation of the number; invariant when null.</param>
    /// <param name="result">The fraction when parsing succeeded; <c>default</c> otherwise.</param>
    /// <returns>True when <paramref name="text"/> is a percentage; false, without throwing, where <see cref="ParsePercent"/> would throw.</returns>
    public static bool TryParsePercent([NotNullWhen(true)] string? text, IFormatProvider? provider, out PublishedNumber result) =>
        TryRead(text, "a percentage", PercentExpected, provider, TryReadPercent, out result, out _);

    /// <summary>
    /// Parses a growth factor: "65-fold" is 65 with resolution 1; "eightfold" and "tenfold" are 8 and 10; "1.5 times"
    /// is 1.5 with resolution 0.1. The value is the factor as published: whether "a 65-fold surge" means 65 or 66
    /// times the base is for the analysis to decide.
    /// </summary>
    /// <param name="text">A fold in digits or words, such as <c>65-fold</c>, <c>eightfold</c> or <c>1.5 times</c>.</param>
    /// <param name="provider">The notation of the number; invariant when null.</param>
    /// <returns>The factor as printed (65 for "65-fold", not the growth rate 64), with the resolution of its last digit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a growth factor; the message quotes it.</exception>
    public static PublishedNumber ParseFold(string text, IFormatProvider? provider = null)
    {
        Guard.Against.Null(text);
        return TryRead(text, "a growth factor", FoldExpected, provider, TryReadFold, out var result, out var error) ? result : throw new FormatException(error);
    }

    /// <summary>Tries to parse a growth factor in invariant notation; see <see cref="ParseFold"/>.</summary>
    /// <param name="text">The text to parse, in any form <see cref="ParseFold"/> accepts; null fails.</param>
    /// <param name="result">The factor when parsing succeeded; <c>default</c> otherwise.</param>
    /// <returns>True when <paramref name="text"/> is a growth factor; false, without throwing, where <see cref="ParseFold"/> would throw.</returns>
    public static bool TryParseFold([NotNullWhen(true)] string? text, out PublishedNumber result) => TryParseFold(text, null, out result);

    /// <summary>Tries to parse a growth factor; see <see cref="ParseFold"/>.</summary>
    /// <param name="text">The text to parse, in any form <see cref="ParseFold"/> accepts; null fails.</param>
    /// <param name="provider">The notation of the number; invariant when null.</param>
    /// <param name="result">The factor when parsing succeeded; <c>default</c> otherwise.</param>
    /// <returns>True when <paramref name="text"/> is a growth factor; false, without throwing, where <see cref="ParseFold"/> would throw.</returns>
    public static bool TryParseFold([NotNullWhen(true)] string? text, IFormatProvider? provider, out PublishedNumber result) =>
        TryRead(text, "a growth factor", FoldExpected, provider, TryReadFold, out result, out _);

    /// <summary>
    /// Parses a count. A plain whole number ("12,938") is exact; "more than 11,800" is a lower bound; an approximate
    /// count ("about 12,000", "some 150") is rounded to its last non-zero digit ([11,500, 12,500)); a count with a
    /// scale word ("1.2 million") is rounded to its last digit.
    /// </summary>
    /// <param name="text">A count in digits, with or without grouping, a bound word or a scale word, such as <c>more than 11,800</c>.</param>
    /// <param name="provider">The notation of the number; invariant when null.</param>
    /// <returns>The count, exact, a bound, or with the resolution its digits imply.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a count (negative and fractional counts are refused); the message quotes it.</exception>
    public static PublishedNumber ParseCount(string text, IFormatProvider? provider = null)
    {
        Guard.Against.Null(text);
        return TryRead(text, "a count", CountExpected, provider, TryReadCount, out var result, out var error) ? result : throw new FormatException(error);
    }

    /// <summary>Tries to parse a count in invariant notation; see <see cref="ParseCount"/>.</summary>
    /// <param name="text">The text to parse, in any form <see cref="ParseCount"/> accepts; null fails.</param>
    /// <param name="result">The count when parsing succeeded; <c>default</c> otherwise.</param>
    /// <returns>True when <paramref name="text"/> is a count; false, without throwing, where <see cref="ParseCount"/> would throw (negative and fractional counts included).</returns>
    public static bool TryParseCount([NotNullWhen(true)] string? text, out PublishedNumber result) => TryParseCount(text, null, out result);

    /// <summary>Tries to parse a count; see <see cref="ParseCount"/>.</summary>
    /// <param name="text">The text to parse, in any form <see cref="ParseCount"/> accepts; null fails.</param>
    /// <param name="provider">The notation of the number; invariant when null.</param>
    /// <param name="result">The count when parsing succeeded; <c>default</c> otherwise.</param>
    /// <returns>True when <paramref name="text"/> is a count; false, without throwing, where <see cref="ParseCount"/> would throw (negative and fractional counts included).</returns>
    public static bool TryParseCount([NotNullWhen(true)] string? text, IFormatProvider? provider, out PublishedNumber result) =>
        TryRead(text, "a count", CountExpected, provider, TryReadCount, out result, out _);

    private static bool TryReadPercent(FigureReader reader, out PublishedNumber result)
    {
        result = default;
        var style = reader.ReadQualifier();
        var negative = reader.ReadSign() == true;
        if (!reader.TryReadNumber(out var digits))
        {
            return false;
        }

        var start = reader.Position;
        reader.SkipSpace();
        if (!PercentWords.Any(w => reader.TryConsume(w, wordBoundary: char.IsLetter(w[^1]))) || !reader.AtEnd)
        {
            reader.Position = start;
            return reader.Fail(reader.AtEnd ? "the percent sign or word is missing" : $"expected '%' or 'percent' at '{reader.Rest.TrimStart()}'");
        }

        // decimal holds 28 decimals: a percentage with 26 has a resolution of 1e-28 as a fraction, whose half (the
        // width of its rounding interval on each side) decimal cannot hold.
        if (digits.Scale > 25)
        {
            return reader.Fail("a percentage has at most 25 decimals");
        }

        return reader.TryPublished(() => PublishedNumber.FromDigits(negative ? -digits : digits, 0.01m, style), out result);
    }

    private static bool TryReadFold(FigureReader reader, out PublishedNumber result)
    {
        result = default;
        var style = reader.ReadQualifier();
        decimal digits;
        if (reader.AtDigit)
        {
            if (!reader.TryReadNumber(out digits))
            {
                return false;
            }
        }
        else
        {
            var word = NumberWords.FirstOrDefault(w => reader.TryConsume(w.Word, wordBoundary: false));
            if (word.Word is null)
            {
                return reader.Fail(reader.AtEnd ? "the factor is missing" : $"expected a number at '{reader.Rest}'");
            }

            digits = word.Value;
        }

        var start = reader.Position;
        if (!FoldWords.Any(w => reader.TryConsume(w, wordBoundary: true)) || !reader.AtEnd)
        {
            reader.Position = start;
            return reader.Fail(reader.AtEnd ? "'fold' is missing" : $"expected '-fold' at '{reader.Rest.TrimStart()}'");
        }

        return reader.TryPublished(() => PublishedNumber.FromDigits(digits, 1m, style), out result);
    }

    private static bool TryReadCount(FigureReader reader, out PublishedNumber result)
    {
        result = default;
        var start = reader.Position;
        var style = reader.ReadQualifier();
        var qualified = reader.Position != start;
        if (reader.ReadSign() == true)
        {
            return reader.Fail("a count is not negative");
        }

        if (!reader.TryReadNumber(out var digits))
        {
            return false;
        }

        var factor = reader.ReadScale(english: true, chinese: true);
        if (!reader.AtEnd)
        {
            return reader.Fail($"unexpected '{reader.Rest.TrimStart()}' after the number");
        }

        if (factor == 1m && digits != decimal.Truncate(digits))
        {
            return reader.Fail("a count is a whole number");
        }

        if (factor != 1m || style != RoundingStyle.Nearest)
        {
            return reader.TryPublished(() => PublishedNumber.FromDigits(digits, factor, style), out result);
        }

        if (!qualified)
        {
            result = PublishedNumber.Exact(digits);
            return true;
        }

        var resolution = 1m;
        while (digits != 0m && resolution < 1e28m && digits % (resolution * 10m) == 0m)
        {
            resolution *= 10m;
        }

        return reader.TryPublished(() => new PublishedNumber(digits, resolution, RoundingStyle.Nearest), out result);
    }

    /// <summary>
    /// Writes a fraction as a percentage with a number of decimals, rounded half away from zero: 0.154 is "15.4%".
    /// </summary>
    /// <param name="fraction">The fraction (0.154 for 15.4 percent).</param>
    /// <param name="decimals">Decimals of the percentage, 0 to 26.</param>
    /// <param name="signed">Whether to write "+" before a positive value, as growth rates are often written.</param>
    /// <param name="provider">The notation of the number; invariant when null.</param>
    /// <returns>The text, such as "15.4%", "+15.4%" or "-33.1%".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is out of range.</exception>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "'signed' is the agreed parameter name of the text API and reads naturally at call sites.")]
    public static string FormatPercent(decimal fraction, int decimals = 1, bool signed = false, IFormatProvider? provider = null)
    {
        Guard.Against.NotInRange(decimals, 0, 26);
        var percent = Math.Round(fraction * 100m, decimals, MidpointRounding.AwayFromZero);
        return Signed(percent, signed) + TextFormat.Digits(Math.Abs(percent), decimals, grouped: true, TextFormat.For(provider)) + "%";
    }

    /// <summary>
    /// Writes a published fraction as a percentage that <see cref="ParsePercent"/> reads back with the same value,
    /// resolution and style: "15.4%", "more than 20%".
    /// </summary>
    /// <param name="fraction">The published fraction, rounded to the nearest or a bound, with a power-of-ten resolution of at most 0.01.</param>
    /// <param name="signed">Whether to write "+" before a positive value.</param>
    /// <param name="provider">The notation of the number; invariant when null.</param>
    /// <returns>The percentage with a percent sign and any bound word, such as <c>15.4%</c> or <c>more than 20%</c>.</returns>
    /// <exception cref="ArgumentException">The figure has no percentage text that keeps its resolution and style.</exception>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "'signed' is the agreed parameter name of the text API and reads naturally at call sites.")]
    public static string FormatPercent(PublishedNumber fraction, bool signed = false, IFormatProvider? provider = null) =>
        FormatPublished(fraction, 0.01m, nameof(fraction), provider, (digits, neg) => (neg ? "-" : signed && digits.Any(c => c is > '0' and <= '9') ? "+" : string.Empty) + digits + "%");

    /// <summary>Writes a growth factor: 65 is "65-fold", 1.5 with one decimal is "1.5-fold".</summary>
    /// <param name="factor">The factor, not negative.</param>
    /// <param name="decimals">Decimals, 0 to 28, rounded half away from zero.</param>
    /// <param name="provider">The notation of the number; invariant when null.</param>
    /// <returns>The factor with <c>-fold</c>, such as <c>65-fold</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The factor is negative or <paramref name="decimals"/> is out of range.</exception>
    public static string FormatFold(decimal factor, int decimals = 0, IFormatProvider? provider = null)
    {
        Guard.Against.NegativeValue(factor);
        Guard.Against.NotInRange(decimals, 0, 28);
        return TextFormat.Digits(Math.Round(factor, decimals, MidpointRounding.AwayFromZero), decimals, grouped: true, TextFormat.For(provider)) + "-fold";
    }

    /// <summary>Writes a whole count with digit grouping: 12938 is "12,938".</summary>
    /// <param name="count">The count, a non-negative whole number.</param>
    /// <param name="provider">The notation of the number; invariant when null.</param>
    /// <returns>The count with digit grouping of <paramref name="provider"/>, such as <c>12,938</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative or not whole.</exception>
    public static string FormatCount(decimal count, IFormatProvider? provider = null)
    {
        Guard.Against.NegativeValue(count);
        if (count != decimal.Truncate(count))
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "A count is a whole number.");
        }

        return TextFormat.Digits(count, 0, grouped: true, TextFormat.For(provider));
    }

    /// <summary>
    /// Writes a published count that <see cref="ParseCount"/> reads back equal: "12,938" (exact), "more than 11,800",
    /// "about 12,000".
    /// </summary>
    /// <param name="count">The published count: exact, a bound, or rounded to the nearest power of ten as an approximate count is.</param>
    /// <param name="provider">The notation of the number; invariant when null.</param>
    /// <returns>The count with any bound or approximation word, such as <c>more than 11,800</c> or <c>about 12,000</c>.</returns>
    /// <exception cref="ArgumentException">The count is negative, fractional, truncated, or has a resolution that its digits cannot show.</exception>
    public static string FormatCount(PublishedNumber count, IFormatProvider? provider = null)
    {
        if (count.Value < 0m || count.Value != decimal.Truncate(count.Value))
        {
            throw new ArgumentException($"{count} is not a whole, non-negative count.", nameof(count));
        }

        var format = TextFormat.For(provider);
        var digits = TextFormat.Digits(count.Value, 0, grouped: true, format);
        switch (count.Style)
        {
            case RoundingStyle.Exact:
                return digits;
            case RoundingStyle.AtLeast when count.Resolution == 1m:
                return "more than " + digits;
            case RoundingStyle.AtMost when count.Resolution == 1m:
                return "less than " + digits;
            case RoundingStyle.Nearest:
                var resolution = 1m;
                while (count.Value != 0m && resolution < 1e28m && count.Value % (resolution * 10m) == 0m)
                {
                    resolution *= 10m;
                }

                if (resolution == count.Resolution)
                {
                    return "about " + digits;
                }

                break;
        }

        throw new ArgumentException($"{count} has no count text that keeps its resolution and style.", nameof(count));
    }

    private static string FormatPublished(PublishedNumber number, decimal unit, string paramName, IFormatProvider? provider, Func<string, bool, string> compose)
    {
        if (number.Style is RoundingStyle.Exact or RoundingStyle.Truncated)
        {
            throw new ArgumentException($"{number} is {number.Style}; only figures rounded to the nearest or bounds have a press form.", paramName);
        }

        if (TextFormat.DecimalsFor(number.Resolution, unit) is not { } decimals)
        {
            throw new ArgumentException($"{number} has a resolution that is not a power of ten of at most {unit.ToString(CultureInfo.InvariantCulture)}.", paramName);
        }

        var scaled = number.Value / unit;
        if (Math.Round(scaled, decimals) != scaled)
        {
            throw new ArgumentException($"{number} is not a whole number of its resolution.", paramName);
        }

        var text = compose(TextFormat.Digits(Math.Abs(scaled), decimals, grouped: true, TextFormat.For(provider)), scaled < 0m);
        return number.Style switch
        {
            RoundingStyle.AtLeast => "more than " + text,
            RoundingStyle.AtMost => "less than " + text,
            _ => text,
        };
    }

    private static string Signed(decimal value, bool signed) => value < 0m ? "-" : signed && value > 0m ? "+" : string.Empty;

    // The one parser of each figure behind Parse and TryParse: on failure the error is the message Parse throws.
    private static bool TryRead(string? text, string what, string expected, IFormatProvider? provider, FigureParser parse, out PublishedNumber result, out string? error)
    {
        result = default;
        error = null;
        if (text is null)
        {
            return false;
        }

        var reader = new FigureReader(text, FigureReader.Normalise(text), what, expected, TextFormat.For(provider));
        if (reader.AtEnd ? reader.Fail("it is empty") : parse(reader, out result))
        {
            return true;
        }

        result = default;
        error = reader.Error;
        return false;
    }
}
