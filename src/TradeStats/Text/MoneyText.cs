using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace TradeStats.Text;

/// <summary>
/// Reads and writes amounts of money as the press prints them: "12.67 billion yuan", "US$1.77 billion",
/// "$138.08 million", "8.47bn yuan", "12.67亿元", "5000万元", "NPR 5 billion".
/// </summary>
/// <remarks>
/// <para>
/// A parsed figure keeps its rounding: "12.67 billion yuan" is a <see cref="PublishedMoney"/> of 12,670,000,000 CNY
/// standing for [12.665, 12.675) billion. "about", "approximately", "some", "an estimated" leave it rounded to the
/// nearest; "more than", "over", "surpassed", "exceeded" make it a lower bound; "less than", "under" an upper bound.
/// </para>
/// <para>
/// Numbers are read and written in the invariant notation (12,345.67) unless a format provider is passed, in which
/// case its decimal and group separators are used (de-DE: 12.345,67); the words stay English or Chinese. The current
/// culture never matters.
/// </para>
/// <para>
/// Currency words: yuan, RMB, renminbi, 元, 人民币 and ¥ are CNY; $, US$, U.S. dollars, US dollars, dollars and 美元 are
/// USD; any built-in or registered ISO 4217 code works before or after the amount. Scale words: thousand, million (mn,
/// m), billion (bn, b), trillion (tn), and the Chinese units 万 (1e4), 百万 (1e6), 千万 (1e7), 亿 (1e8) and 万亿 (1e12).
/// </para>
/// </remarks>
/// <example>
/// <code>
/// PublishedMoney total = MoneyText.ParsePublished("12.67 billion yuan");
/// // total.Value is 12,670,000,000 CNY; total.Interval is [12665000000, 12675000000)
/// Money dollars = MoneyText.Parse("US$1.77 billion");                 // 1,770,000,000 USD
/// string text = MoneyText.FormatCompact(Money.Cny(12.67e9m));         // "12.67 billion yuan"
/// string chinese = MoneyText.FormatCompact(Money.Cny(12.67e9m), CompactMoneyStyle.Chinese); // "126.7亿元"
/// </code>
/// </example>
public static class MoneyText
{
    private const string What = "an amount of money";

    private const string Expected =
        "an amount such as '12.67 billion yuan', 'US$1.77 billion', '$138.08 million', '8.47bn yuan', '12.67亿元' or 'NPR 5 billion'";

    private static readonly (string Word, decimal Factor)[] EnglishScales = [("trillion", 1e12m), ("billion", 1e9m), ("million", 1e6m)];

    private static readonly (string Word, decimal Factor)[] ChineseScales = [("万亿", 1e12m), ("亿", 1e8m), ("万", 1e4m)];

    /// <summary>Parses an amount as published and returns its value, dropping the rounding information.</summary>
    /// <param name="text">The text, such as "12.67 billion yuan" or "US$1.77 billion".</param>
    /// <param name="provider">The notation of the number; invariant when null.</param>
    /// <returns>The amount as published (12,670,000,000 CNY).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not an amount of money; the message quotes it and says what was expected.</exception>
    public static Money Parse(string text, IFormatProvider? provider = null) => ParsePublished(text, provider).Value;

    /// <summary>Tries to parse an amount as published in invariant notation and returns its value; see <see cref="Parse"/>.</summary>
    /// <param name="text">The text to parse, in any form <see cref="ParsePublished"/> accepts; null fails.</param>
    /// <param name="result">The amount when parsing succeeded; <c>default</c> otherwise.</param>
    /// <returns>True when <see cref="Parse"/> would return an amount; false, without throwing, where it would throw.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Money result) => TryParse(text, null, out result);

    /// <summary>Tries to parse an amount as published in a given notation and returns its value; see <see cref="Parse"/>.</summary>
    /// <param name="text">The text to parse, in any form <see cref="ParsePublished"/> accepts; null fails.</param>
    /// <param name="provider">The notation of the number; invariant when null.</param>
    /// <param name="result">The amount when parsing succeeded; <c>default</c> otherwise.</param>
    /// <returns>True when <see cref="Parse"/> would return an amount; false, without throwing, where it would throw.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, IFormatProvider? provider, out Money result)
    {
        var parsed = TryParsePublished(text, provider, out var published);
        result = parsed ? published.Value : default;
        return parsed;
    }

    /// <summary>
    /// Parses an amount as published, keeping its rounding. An equivalent in parentheses after it
    /// ("8.47 billion yuan ($1.21 billion)") must itself be an amount and is not returned; use
    /// <see cref="ParseWithEquivalent"/> to get both.
    /// </summary>
    /// <param name="text">The text, such as "about 1.77 billion U.S. dollars" or "surpassed 100 million yuan".</param>
    /// <param name="provider">The notation of the number; invariant when null.</param>
    /// <returns>The amount with the interval its printed digits and any bound word (such as "surpassed") imply; 12.67 billion covers 12.665 to 12.675 billion.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not an amount of money; the message quotes it and says what was expected.</exception>
    public static PublishedMoney ParsePublished(string text, IFormatProvider? provider = null)
    {
        Guard.Against.Null(text);
        return TryReadPublished(text, provider, out var result, out var error) ? result : throw new FormatException(error);
    }

    /// <summary>Tries to parse an amount as published; see <see cref="ParsePublished"/> for the forms.</summary>
    /// <param name="text">The text to parse, in any form <see cref="ParsePublished"/> accepts; null fails.</param>
    /// <param name="result">The published amount when parsing succeeded; <c>default</c> otherwise.</param>
    /// <returns>True when <paramref name="text"/> is an amount of money in a known currency; false, without throwing, where <see cref="ParsePublished"/> would throw.</returns>
    public static bool TryParsePublished([NotNullWhen(true)] string? text, out PublishedMoney result) =>
        TryParsePublished(text, null, out result);

    /// <summary>Tries to parse an amount as published in a given notation; see <see cref="ParsePublished"/> for the forms.</summary>
    /// <param name="text">The text to parse, in any form <see cref="ParsePublished"/> accepts; null fails.</param>
    /// <param name="provider">The notation of the number; invariant when null.</param>
    /// <param name="result">The published amount when parsing succeeded; <c>default</c> otherwise.</param>
    /// <returns>True when <paramref name="text"/> is an amount of money in a known currency; false, without throwing, where <see cref="ParsePublished"/> would throw.</returns>
    public static bool TryParsePublished([NotNullWhen(true)] string? text, IFormatProvider? provider, out PublishedMoney result)
    {
        result = default;
        return text is not null && TryReadPublished(text, provider, out result, out _);
    }

    /// <summary>
    /// Parses an amount followed by its equivalent in another currency in parentheses, as the press writes
    /// conversions: "246.57 billion yuan ($34.3 billion)", "12.67 billion yuan (about 1.77 billion U.S. dollars)".
    /// </summary>
    /// <param name="text">An amount followed by its equivalent in another currency in parentheses.</param>
    /// <param name="provider">The notation of the numbers; invariant when null.</param>
    /// <returns>The amount as first published and its equivalent, each with the interval its digits imply.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">
    /// Either part is not an amount, the equivalent is missing, or both are in the same currency.
    /// </exception>
    public static MoneyWithEquivalent ParseWithEquivalent(string text, IFormatProvider? provider = null)
    {
        Guard.Against.Null(text);
        return TryReadWithEquivalent(text, provider, out var result, out var error) ? result : throw new FormatException(error);
    }

    /// <summary>Tries to parse an amount with its equivalent in parentheses, in invariant notation; see <see cref="ParseWithEquivalent"/>.</summary>
    /// <param name="text">The text to parse, such as "246.57 billion yuan ($34.3 billion)"; null fails.</param>
    /// <param name="result">The amount and its equivalent when parsing succeeded; <c>default</c> otherwise.</param>
    /// <returns>
    /// True when <see cref="ParseWithEquivalent"/> would return the pair; false, without throwing, where it would
    /// throw: either part not an amount, no equivalent, or both in one currency.
    /// </returns>
    public static bool TryParseWithEquivalent([NotNullWhen(true)] string? text, out MoneyWithEquivalent result) =>
        TryParseWithEquivalent(text, null, out result);

    /// <summary>Tries to parse an amount with its equivalent in parentheses, in a given notation; see <see cref="ParseWithEquivalent"/>.</summary>
    /// <param name="text">The text to parse, such as "246.57 billion yuan ($34.3 billion)"; null fails.</param>
    /// <param name="provider">The notation of the numbers; invariant when null.</param>
    /// <param name="result">The amount and its equivalent when parsing succeeded; <c>default</c> otherwise.</param>
    /// <returns>
    /// True when <see cref="ParseWithEquivalent"/> would return the pair; false, without throwing, where it would
    /// throw: either part not an amount, no equivalent, or both in one currency.
    /// </returns>
    public static bool TryParseWithEquivalent([NotNullWhen(true)] string? text, IFormatProvider? provider, out MoneyWithEquivalent result)
    {
        result = default;
        return text is not null && TryReadWithEquivalent(text, provider, out result, out _);
    }

    /// <summary>
    /// Writes an amount compactly, with the largest scale not above it: "12.67 billion yuan", "US$1.77 billion",
    /// "613 million yuan", "126.7亿元". Amounts under a million (under 万 in Chinese style) are written in full.
    /// </summary>
    /// <param name="money">The exact amount to write; the scale word is chosen from its magnitude.</param>
    /// <param name="style">Which words to use.</param>
    /// <param name="decimals">
    /// Decimals of the scaled number, rounded half away from zero as the press does; when null, as many as needed to
    /// write the amount exactly.
    /// </param>
    /// <param name="provider">The notation of the number; invariant when null.</param>
    /// <returns>The scaled number with the currency words of <paramref name="style"/>, such as <c>12.67 billion yuan</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is negative or above 28, or the style is unknown.</exception>
    public static string FormatCompact(Money money, CompactMoneyStyle style = CompactMoneyStyle.Press, int? decimals = null, IFormatProvider? provider = null)
    {
        CheckStyle(style);
        if (decimals is { } d)
        {
            Guard.Against.NotInRange(d, 0, 28, nameof(decimals));
        }

        var (word, factor) = NaturalScale(Math.Abs(money.Amount), style);
        var scaled = money.Amount / factor;
        scaled = decimals is { } places ? Math.Round(scaled, places, MidpointRounding.AwayFromZero) : TextFormat.Trim(scaled);
        return Compose(money.Currency, scaled, decimals ?? scaled.Scale, word, style, RoundingStyle.Nearest, TextFormat.For(provider));
    }

    /// <summary>
    /// Writes a published amount so that <see cref="ParsePublished"/> gives it back with the same value, resolution and
    /// style: "12.67 billion yuan", "more than US$100 million", "less than 5万元".
    /// </summary>
    /// <param name="money">The published amount, rounded to the nearest or a bound, with a power-of-ten resolution.</param>
    /// <param name="style">Which words to use.</param>
    /// <param name="provider">The notation of the number; invariant when null.</param>
    /// <returns>The text with any bound word, such as <c>more than US$100 million</c>, that <see cref="ParsePublished"/> reads back to the same figure.</returns>
    /// <exception cref="ArgumentException">
    /// The figure is exact or truncated (the press has no words for them), its resolution is not a power of ten, or
    /// its value is not a whole number of resolutions.
    /// </exception>
    public static string FormatCompact(PublishedMoney money, CompactMoneyStyle style = CompactMoneyStyle.Press, IFormatProvider? provider = null)
    {
        CheckStyle(style);
        Guard.Against.Null(money.Currency, nameof(money));
        var number = money.Number;
        if (number.Style is RoundingStyle.Exact or RoundingStyle.Truncated)
        {
            throw new ArgumentException($"{money} is {number.Style}; only figures rounded to the nearest or bounds ('more than', 'less than') have a press form. Use FormatCompact(Money) for the amount.", nameof(money));
        }

        var (word, factor) = NaturalScale(Math.Abs(number.Value), style);
        int? places = TextFormat.DecimalsFor(number.Resolution, factor);
        var scales = style == CompactMoneyStyle.Chinese ? ChineseScales : EnglishScales;

        // A resolution coarser than the natural scale needs a larger one: 1e10 is "0.01 trillion", not "10 billion".
        for (var i = scales.Length - 1; places is null && i >= 0; i--)
        {
            if (scales[i].Factor > factor)
            {
                (word, factor) = scales[i];
                places = TextFormat.DecimalsFor(number.Resolution, factor);
            }
        }

        if (places is not { } decimals)
        {
            throw new ArgumentException($"{money} has a resolution of {number.Resolution.ToString(CultureInfo.InvariantCulture)}, which is not a power of ten of a scale word; no text keeps it.", nameof(money));
        }

        var scaled = number.Value / factor;
        if (Math.Round(scaled, decimals) != scaled)
        {
            throw new ArgumentException($"{money} is not a whole number of its resolution {number.Resolution.ToString(CultureInfo.InvariantCulture)}; no text keeps both.", nameof(money));
        }

        return Compose(money.Currency, scaled, decimals, word, style, number.Style, TextFormat.For(provider));
    }

    /// <summary>
    /// Writes the full amount without a scale word: "12,670,000,000 yuan", "US$1,770,000,000", "12670000000元".
    /// </summary>
    /// <param name="money">The exact amount to write.</param>
    /// <param name="style">Which words to use.</param>
    /// <param name="decimals">Decimals, rounded half away from zero; when null, as many as needed to be exact.</param>
    /// <param name="provider">The notation of the number; invariant when null.</param>
    /// <returns>The full amount with the currency words of <paramref name="style"/>, such as <c>12,670,000,000 yuan</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is negative or above 28, or the style is unknown.</exception>
    public static string Format(Money money, CompactMoneyStyle style = CompactMoneyStyle.Press, int? decimals = null, IFormatProvider? provider = null)
    {
        CheckStyle(style);
        if (decimals is { } d)
        {
            Guard.Against.NotInRange(d, 0, 28, nameof(decimals));
        }

        var amount = decimals is { } places ? Math.Round(money.Amount, places, MidpointRounding.AwayFromZero) : TextFormat.Trim(money.Amount);
        return Compose(money.Currency, amount, decimals ?? amount.Scale, null, style, RoundingStyle.Nearest, TextFormat.For(provider));
    }

    // The parsers behind Parse and TryParse: on failure the error is the message Parse throws.
    private static bool TryReadPublished(string text, IFormatProvider? provider, out PublishedMoney result, [NotNullWhen(false)] out string? error)
    {
        var (amount, equivalent) = SplitEquivalent(text);
        if (!TryReadOne(text, amount, provider, out result, out error))
        {
            return false;
        }

        if (equivalent is not null && !TryReadEquivalent(text, equivalent, result, provider, out _, out error))
        {
            result = default;
            return false;
        }

        return true;
    }

    private static bool TryReadWithEquivalent(string text, IFormatProvider? provider, out MoneyWithEquivalent result, [NotNullWhen(false)] out string? error)
    {
        result = default;
        var (amount, equivalent) = SplitEquivalent(text);
        if (equivalent is null)
        {
            error = $"'{text}' is not an amount with an equivalent: the equivalent in parentheses is missing. Expected a form such as '246.57 billion yuan ($34.3 billion)'.";
            return false;
        }

        if (!TryReadOne(text, amount, provider, out var first, out error)
            || !TryReadEquivalent(text, equivalent, first, provider, out var second, out error))
        {
            return false;
        }

        result = new MoneyWithEquivalent(first, second);
        return true;
    }

    private static bool TryReadOne(string original, string text, IFormatProvider? provider, out PublishedMoney result, [NotNullWhen(false)] out string? error)
    {
        result = default;
        var reader = new FigureReader(original, FigureReader.Normalise(text), What, Expected, TextFormat.For(provider));
        if (!TryReadOne(reader, ref result))
        {
            error = reader.Error!;
            return false;
        }

        error = null;
        return true;
    }

    private static bool TryReadOne(FigureReader reader, ref PublishedMoney result)
    {
        if (reader.AtEnd)
        {
            return reader.Fail("it is empty");
        }

        var style = reader.ReadQualifier();
        var negative = reader.ReadSign();
        if (!CurrencyWords.ReadPrefix(reader, out var prefix, out var prefixWord))
        {
            return false;
        }

        if (negative is null)
        {
            negative = reader.ReadSign();
        }

        if (!reader.TryReadNumber(out var digits))
        {
            return false;
        }

        var factor = reader.ReadScale(english: true, chinese: true);
        reader.SkipSpace();
        var rest = reader.Rest;
        Currency currency;
        if (rest.Length == 0)
        {
            if (prefix is null)
            {
                return reader.Fail("the currency is missing");
            }

            currency = prefix;
        }
        else if (CurrencyWords.TryFromSuffix(rest, out var suffix))
        {
            if (prefix is not null)
            {
                return reader.Fail($"the currency is given twice, as '{prefixWord}' and '{rest}'");
            }

            currency = suffix;
        }
        else
        {
            return reader.Fail(DescribeUnknownSuffix(reader, rest, factor, prefix is not null));
        }

        try
        {
            var number = PublishedNumber.FromDigits(negative == true ? -digits : digits, factor, style);
            result = new PublishedMoney(number, currency);
            return true;
        }
        catch (OverflowException)
        {
            return reader.Fail("the amount is too large for a decimal");
        }
    }

    private static string DescribeUnknownSuffix(FigureReader reader, string rest, decimal factor, bool hasPrefix)
    {
        if (factor == 1m && reader.UnknownWordBefore(r => CurrencyWords.TryFromSuffix(r, out _)) is { } word)
        {
            return $"'{word}' is not a scale word (expected {FigureReader.ScaleWordList})";
        }

        if (hasPrefix)
        {
            return $"unexpected '{rest}' after the amount";
        }

        if (CurrencyWords.LooksLikeCode(rest))
        {
            return $"'{rest}' is not a known currency code (register it with Currency.Register)";
        }

        return factor == 1m && rest.All(c => char.IsLetter(c) || c == ' ')
            ? $"'{rest}' is neither a scale word ({FigureReader.ScaleWordList}) nor {CurrencyWords.Description}"
            : $"'{rest}' is not {CurrencyWords.Description}";
    }

    private static bool TryReadEquivalent(string original, string equivalent, PublishedMoney first, IFormatProvider? provider, out PublishedMoney second, [NotNullWhen(false)] out string? error)
    {
        if (!TryReadOne(original, equivalent, provider, out second, out error))
        {
            return false;
        }

        if (second.Currency == first.Currency)
        {
            error = $"'{original}' is not an amount with an equivalent: both amounts are in {first.Currency.Code}. Expected a form such as '246.57 billion yuan ($34.3 billion)'.";
            return false;
        }

        return true;
    }

    // "8.47 billion yuan ($1.21 billion)" -> ("8.47 billion yuan", "$1.21 billion").
    private static (string Amount, string? Equivalent) SplitEquivalent(string text)
    {
        var trimmed = text.TrimEnd();
        if (!trimmed.EndsWith(')') && !trimmed.EndsWith('）'))
        {
            return (text, null);
        }

        var open = trimmed.LastIndexOfAny(['(', '（']);
        if (open <= 0)
        {
            return (text, null);
        }

        return (trimmed[..open], trimmed[(open + 1)..^1]);
    }

    private static (string? Word, decimal Factor) NaturalScale(decimal magnitude, CompactMoneyStyle style)
    {
        foreach (var (word, factor) in style == CompactMoneyStyle.Chinese ? ChineseScales : EnglishScales)
        {
            if (magnitude >= factor)
            {
                return (word, factor);
            }
        }

        return (null, 1m);
    }

    private static string Compose(Currency currency, decimal scaled, int decimals, string? scaleWord, CompactMoneyStyle style, RoundingStyle rounding, NumberFormatInfo format)
    {
        var chinese = style == CompactMoneyStyle.Chinese;
        var sign = scaled < 0m ? "-" : string.Empty;
        var digits = TextFormat.Digits(Math.Abs(scaled), decimals, grouped: !chinese, format);
        var qualifier = rounding switch
        {
            RoundingStyle.AtLeast => "more than ",
            RoundingStyle.AtMost => "less than ",
            _ => string.Empty,
        };

        string body;
        if (chinese)
        {
            var unit = currency == Currency.CNY ? "元" : currency == Currency.USD ? "美元" : " " + currency.Code;
            body = sign + digits + scaleWord + unit;
        }
        else
        {
            var scale = scaleWord is null ? string.Empty : " " + scaleWord;
            body = style == CompactMoneyStyle.Press && currency == Currency.USD
                ? sign + "US$" + digits + scale
                : sign + digits + scale + " " + (style == CompactMoneyStyle.Press && currency == Currency.CNY ? "yuan" : currency.Code);
        }

        return qualifier + body;
    }

    private static void CheckStyle(CompactMoneyStyle style)
    {
        Guard.Against.UndefinedEnum(style, "Unknown compact money style.");
    }
}
