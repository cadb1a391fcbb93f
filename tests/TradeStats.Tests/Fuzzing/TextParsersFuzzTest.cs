using System.Text;
using FsCheck;
using FsCheck.Fluent;
using TradeStats.Tests.Infrastructure;
using TradeStats.Tests.Text;
using TradeStats.Text;
using Xunit.Abstractions;

namespace TradeStats.Tests.Fuzzing;

/// <summary>The text parsers on mutated seed forms: only the documented exception, quoting the input, may escape.</summary>
public class TextParsersFuzzTest(ITestOutputHelper output)
{
    private static readonly string[] Fragments =
    [
        "99999999999999999999999999999999", "1e40", "79228162514264337593543950336", "0.0000000000000000000000000001",
        "-", "+", "%", " percent", "-fold", " billion", " million", "bn", "亿", "万", "元", "美元", " yuan", "US$", "$",
        " U.S. dollars", " USD", ".", ",", "..", "(", ")", " ", "\t", "\u00A0", "\u200B", "\uD800", "\uDC00", "١٢", "１２",
        "about ", "more than ", "nearly ", "Q", "-Q", "-M", "-S", "/", "9999", "0000", "-13", "-00", "CN-", "W00", "0",
    ];

    /// <summary>Seed forms and fragments, mutated at character level.</summary>
    private static Gen<string> Mutated(IEnumerable<string> seeds) =>
        from seed in Gen.Elements(seeds.Concat(Fragments).ToArray())
        from steps in Gen.Choose(0, 4)
        from random in Gen.Choose(0, int.MaxValue)
        select Mutate(seed, steps, new Random(random));

    private static string Mutate(string text, int steps, Random r)
    {
        var s = new StringBuilder(text);
        for (var i = 0; i < steps; i++)
        {
            var at = r.Next(s.Length + 1);
            switch (r.Next(5))
            {
                case 0:
                    s.Insert(at, Fragments[r.Next(Fragments.Length)]);
                    break;
                case 1 when s.Length > 0:
                    s.Remove(Math.Min(at, s.Length - 1), Math.Min(r.Next(1, 4), s.Length - Math.Min(at, s.Length - 1)));
                    break;
                case 2:
                    s.Length = Math.Min(at, s.Length); // truncate
                    break;
                case 3 when s.Length > 0:
                    s[Math.Min(at, s.Length - 1)] = (char)r.Next(0x20, 0x3000);
                    break;
                default:
                    s.Insert(at, s.ToString(0, Math.Min(at, s.Length))); // duplicate a prefix
                    break;
            }
        }

        return s.ToString();
    }

    private static IEnumerable<string> Column0<T>(IEnumerable<T> data) => data.Select(row => (string)((object[])(object)row!)[0]);

    private static void Fuzz(string parser, IEnumerable<string> seeds, Action<string> parse, Func<Exception, string, bool> documented)
    {
        Properties.ForAll(
            Arb.From(Mutated(seeds)),
            text =>
            {
                FuzzHarness.Count(parser);
                try
                {
                    parse(text);
                }
                catch (Exception e)
                {
                    if (!documented(e, text))
                    {
                        throw new FuzzFailure($"{parser}(\"{text}\") threw {e.GetType().FullName}: {e.Message}");
                    }
                }
            },
            FuzzBudget.PerTextParser);
    }

    private static bool QuotesInput(Exception e, string text) =>
        e.Message.Contains(text, StringComparison.Ordinal) || e.Message.Contains(text.Trim(), StringComparison.Ordinal);

    [Fact]
    public void MoneyText_ParsePublished_throws_only_FormatException_quoting_the_input()
    {
        Fuzz("MoneyText.ParsePublished", Column0(SeedForms.Money).Concat(["79228162514264337593543950335 billion yuan", "9999999999999999999999999999亿元", "0.0000000000000000000000000001 billion yuan"]), t => MoneyText.ParsePublished(t, System.Globalization.CultureInfo.InvariantCulture), (e, t) => e.GetType() == typeof(FormatException) && QuotesInput(e, t));
        FuzzHarness.Report(output, "MoneyText.ParsePublished");
    }

    [Fact]
    public void NumberText_ParsePercent_throws_only_FormatException_quoting_the_input()
    {
        Fuzz("NumberText.ParsePercent", Column0(SeedForms.Percent), t => NumberText.ParsePercent(t, System.Globalization.CultureInfo.InvariantCulture), (e, t) => e.GetType() == typeof(FormatException) && QuotesInput(e, t));
        FuzzHarness.Report(output, "NumberText.ParsePercent");
    }

    [Fact]
    public void Period_Parse_throws_only_FormatException_quoting_the_input()
    {
        string[] seeds = ["2024", "2024-Q1", "2024-S1", "2024-H2", "2024-01", "2024-M01", "2024-A1", "202401", "2025-01/2025-10", "0001-01", "9999-12", "2024-Q1/2024-Q3"];
        Fuzz("Period.Parse", seeds, t => Period.Parse(t), (e, t) => e.GetType() == typeof(FormatException) && QuotesInput(e, t));
        FuzzHarness.Report(output, "Period.Parse");
    }

    [Fact]
    public void Territory_FromCode_throws_only_UnknownTerritoryException()
    {
        string[] seeds = ["CN", "CHN", "156", "004", "4", "CN-XZ", "cn-xj", "WLD", "W00", "CA5", " NP ", "0"];
        Fuzz("Territory.FromCode", seeds, t => Territory.FromCode(t), (e, t) => e is UnknownTerritoryException && QuotesInput(e, t));
        FuzzHarness.Report(output, "Territory.FromCode");
    }

    [Fact]
    public void Currency_FromCode_throws_only_UnknownCurrencyException()
    {
        string[] seeds = ["CNY", "USD", "usd", " CNY ", "RMB", "US$"];
        Fuzz("Currency.FromCode", seeds, t => Currency.FromCode(t), (e, t) => e is UnknownCurrencyException && QuotesInput(e, t));
        FuzzHarness.Report(output, "Currency.FromCode");
    }
}
