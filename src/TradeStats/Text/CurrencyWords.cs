using System.Diagnostics.CodeAnalysis;

namespace TradeStats.Text;

/// <summary>The words and symbols the press uses for currencies, before and after an amount.</summary>
internal static class CurrencyWords
{
    // Longest first: "US$" must win over "$".
    private static readonly (string Word, Func<Currency> Currency)[] Prefixes =
    [
        ("U.S.$", () => Currency.USD),
        ("US$", () => Currency.USD),
        ("$", () => Currency.USD),
        ("¥", () => Currency.CNY),
        ("￥", () => Currency.CNY),
        ("RMB", () => Currency.CNY),
    ];

    private static readonly Dictionary<string, Func<Currency>> Suffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["yuan"] = () => Currency.CNY,
        ["RMB"] = () => Currency.CNY,
        ["renminbi"] = () => Currency.CNY,
        ["yuan renminbi"] = () => Currency.CNY,
        ["Chinese yuan"] = () => Currency.CNY,
        ["元"] = () => Currency.CNY,
        ["人民币"] = () => Currency.CNY,
        ["人民币元"] = () => Currency.CNY,
        ["dollars"] = () => Currency.USD,
        ["dollar"] = () => Currency.USD,
        ["US dollars"] = () => Currency.USD,
        ["US dollar"] = () => Currency.USD,
        ["U.S. dollars"] = () => Currency.USD,
        ["U.S. dollar"] = () => Currency.USD,
        ["United States dollars"] = () => Currency.USD,
        ["美元"] = () => Currency.USD,
    };

    /// <summary>The accepted currency words, for error messages.</summary>
    public const string Description =
        "a currency word (yuan, RMB, 元, U.S. dollars, US dollars, dollars, 美元), a symbol before the number (US$, $, ¥, RMB) or an ISO 4217 code such as CNY, USD or NPR";

    /// <summary>
    /// Reads a currency symbol or code written before the number, leaving both null when there is none; false (with
    /// the reader's error) when a three-letter code before a number is not a known currency.
    /// </summary>
    public static bool ReadPrefix(FigureReader reader, out Currency? currency, out string? written)
    {
        var start = reader.Position;
        foreach (var (word, get) in Prefixes)
        {
            if (reader.TryConsume(word, wordBoundary: word.Length == 3))
            {
                if (word.Length == 3)
                {
                    // "RMB" is a prefix only when a number follows; otherwise it is something else.
                    reader.SkipSpace();
                    if (!StartsNumber(reader))
                    {
                        reader.Position = start;
                        continue;
                    }
                }

                currency = get();
                written = word;
                return true;
            }
        }

        // A code before a number: "NPR 5 billion", "USD1.2bn".
        var text = reader.Text;
        var p = reader.Position;
        if (p + 3 <= text.Length && char.IsAsciiLetter(text[p]) && char.IsAsciiLetter(text[p + 1]) && char.IsAsciiLetter(text[p + 2])
            && (p + 3 == text.Length || !char.IsLetter(text[p + 3])))
        {
            var code = text.Substring(p, 3);
            reader.Position = p + 3;
            reader.SkipSpace();
            if (StartsNumber(reader))
            {
                written = code;
                return Currency.TryFromCode(code, out currency)
                    || reader.Fail($"'{code}' is not a known currency code (register it with Currency.Register)");
            }

            reader.Position = start;
        }

        currency = null;
        written = null;
        return true;
    }

    /// <summary>Looks up a currency word or code written after the number ("yuan", "U.S. dollars", "NPR", "元").</summary>
    public static bool TryFromSuffix(string word, [NotNullWhen(true)] out Currency? currency)
    {
        if (Suffixes.TryGetValue(word, out var get))
        {
            currency = get();
            return true;
        }

        if (word.Length == 3 && word.All(char.IsAsciiLetter) && Currency.TryFromCode(word, out currency))
        {
            return true;
        }

        currency = null;
        return false;
    }

    /// <summary>Whether the text is shaped like an ISO 4217 code (three ASCII letters).</summary>
    public static bool LooksLikeCode(string word) => word.Length == 3 && word.All(char.IsAsciiLetter);

    private static bool StartsNumber(FigureReader reader) =>
        !reader.AtEnd && (char.IsAsciiDigit(reader.Text[reader.Position]) || reader.Text[reader.Position] is '-' or '+' or '\u2212');
}
