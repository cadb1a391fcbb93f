using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace TradeStats.Tests.Core;

/// <summary>A TryParse method: the text and the value when it returns true.</summary>
public delegate bool TryParser<T>(string? text, out T result);

/// <summary>
/// The contract shared by every Parse and TryParse pair, and by every ToString and TryFormat pair, checked on one
/// input at a time so that properties can feed them generated and mutated text.
/// </summary>
public static class ParseContract
{
    private static readonly string[] Fragments =
    [
        " ", "  ", "\t", "\u00A0", "-", "+", ".", ",", "e5", "E-3", "1e40", "99999999999999999999999999999999", "0",
        "0.000000000000001", "CNY", "usd", "ABC", "XXX", "NPR", "/", "//", "2024", "-Q1", "-M13", "-S3", "202413",
        "PeriodAverage", "endofperiod", "1", "CN-XZ", "WLD", "billion", " yuan", "US$", "$", "%", " percent", "-fold",
        "more than ", "about ", "亿", "万", "元", "(", ")", " ($1.2 billion)", "١٢", "１２",
    ];

    /// <summary>Seeds, unchanged or damaged by zero to four edits: inserted fragments, deletions, replaced characters, truncation, case changes.</summary>
    public static Gen<string> Mutated(IReadOnlyList<string> seeds) =>
        from seed in Gen.Elements(seeds.Concat(Fragments).ToArray())
        from steps in Gen.Choose(0, 4)
        from random in Gen.Choose(0, int.MaxValue)
        select Mutate(seed, steps, new Random(random));

    /// <summary>
    /// TryParse agrees with Parse on <paramref name="text"/>: true with the same value exactly when Parse returns, and
    /// false exactly when Parse throws one of its documented parse failures (never anything else).
    /// </summary>
    /// <returns>Whether the text was accepted.</returns>
    public static bool Agrees<T>(string text, Func<string, T> parse, TryParser<T> tryParse, params Type[] failures)
    {
        var accepted = tryParse(text, out var tried);
        T parsed;
        try
        {
            parsed = parse(text);
        }
        catch (Exception e) when (failures.Contains(e.GetType()))
        {
            if (accepted)
            {
                Assert.Fail($"TryParse accepted '{text}' as {tried}, but Parse threw {e.GetType().Name}: {e.Message}");
            }

            return false;
        }

        if (!accepted)
        {
            Assert.Fail($"TryParse refused '{text}', which Parse reads.");
        }

        Assert.True(EqualityComparer<T>.Default.Equals(parsed, tried), $"TryParse and Parse read '{text}' differently.");
        return true;
    }

    /// <summary>
    /// TryFormat writes what ToString writes, for every destination length from zero to three beyond the text: the
    /// whole text when it fits, otherwise false and zero characters claimed. A format that ToString refuses is refused
    /// by TryFormat with the same exception type.
    /// </summary>
    public static void FormatsLikeToString<T>(T value, string? format, IFormatProvider? provider)
        where T : ISpanFormattable
    {
        string expected;
        try
        {
            expected = value.ToString(format, provider);
        }
        catch (FormatException)
        {
            Assert.Throws<FormatException>(() => value.TryFormat(new char[64], out _, format, provider));
            return;
        }

        for (var length = 0; length <= expected.Length + 3; length++)
        {
            var buffer = new char[length];
            var fitted = value.TryFormat(buffer, out var written, format, provider);
            if (length >= expected.Length)
            {
                Assert.True(fitted, $"TryFormat of '{expected}' ({format}) failed with {length} characters of room.");
                Assert.Equal(expected, new string(buffer, 0, written));
            }
            else
            {
                Assert.False(fitted, $"TryFormat of '{expected}' ({format}) claims to fit in {length} characters.");
                Assert.Equal(0, written);
            }
        }
    }

    /// <summary>Parses through <see cref="IParsable{TSelf}"/>, as generic code does.</summary>
    public static T ParseGeneric<T>(string text, IFormatProvider? provider)
        where T : IParsable<T> => T.Parse(text, provider);

    /// <summary>Tries to parse through <see cref="IParsable{TSelf}"/>.</summary>
    public static bool TryParseGeneric<T>(string? text, IFormatProvider? provider, out T? result)
        where T : IParsable<T> => T.TryParse(text, provider, out result);

    /// <summary>Parses the characters through <see cref="ISpanParsable{TSelf}"/>.</summary>
    public static T ParseSpan<T>(string text, IFormatProvider? provider)
        where T : ISpanParsable<T> => T.Parse(text.AsSpan(), provider);

    /// <summary>Tries to parse the characters through <see cref="ISpanParsable{TSelf}"/>.</summary>
    public static bool TryParseSpan<T>(string text, IFormatProvider? provider, out T? result)
        where T : ISpanParsable<T> => T.TryParse(text.AsSpan(), provider, out result);

    private static string Mutate(string text, int steps, Random r)
    {
        var s = new StringBuilder(text);
        for (var i = 0; i < steps; i++)
        {
            var at = r.Next(s.Length + 1);
            switch (r.Next(6))
            {
                case 0:
                    s.Insert(at, Fragments[r.Next(Fragments.Length)]);
                    break;
                case 1 when s.Length > 0:
                    var from = Math.Min(at, s.Length - 1);
                    s.Remove(from, Math.Min(r.Next(1, 4), s.Length - from));
                    break;
                case 2:
                    s.Length = Math.Min(at, s.Length);
                    break;
                case 3 when s.Length > 0:
                    s[Math.Min(at, s.Length - 1)] = (char)r.Next(0x20, 0x7F);
                    break;
                case 4:
                    var swapped = s.ToString();
                    s.Clear().Append(r.Next(2) == 0 ? swapped.ToUpperInvariant() : swapped.ToLowerInvariant());
                    break;
                default:
                    s.Insert(at, ' ');
                    break;
            }
        }

        return s.ToString();
    }
}
