using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TradeStats.Tests.Core;
using TradeStats.Text;

namespace TradeStats.Tests.Text;

/// <summary>
/// Every TryParse of MoneyText and NumberText against its Parse, on formatted figures, the seed articles' forms and
/// their damaged copies, in every notation.
/// </summary>
public class TryParseTest
{
    private static readonly Type[] Failures = [typeof(FormatException)];

    private static readonly Gen<CompactMoneyStyle> Styles = Gen.Elements(CompactMoneyStyle.Press, CompactMoneyStyle.Code, CompactMoneyStyle.Chinese);

    private static readonly string[] MoneySeeds = [.. SeedForms.Money.Select(row => (string)row[0]), .. SeedForms.MoneyWithEquivalent.Select(row => (string)row[0])];

    private static readonly Gen<(string Text, CultureInfo? Provider)> MoneyTexts =
        from money in TextGenerators.PublishedMoney
        from other in TextGenerators.PublishedMoney
        from style in Styles
        from provider in TextGenerators.Provider
        let text = MoneyText.FormatCompact(money, style, provider)
        let equivalent = $"{text} ({MoneyText.FormatCompact(other, style, provider)})"
        from mutated in ParseContract.Mutated([text, equivalent, .. MoneySeeds])
        select (mutated, provider);

    private static readonly Gen<(string Text, CultureInfo? Provider)> NumberTexts =
        from fraction in TextGenerators.PublishedFraction
        from count in TextGenerators.PublishedCount
        from fold in Gen.Choose(0, 100_000)
        from provider in TextGenerators.Provider
        from mutated in ParseContract.Mutated(
        [
            NumberText.FormatPercent(fraction, signed: fold % 2 == 0, provider: provider),
            NumberText.FormatCount(count, provider),
            NumberText.FormatFold(fold / 10m, 1, provider),
            .. SeedForms.Percent.Select(row => (string)row[0]),
            .. SeedForms.Fold.Select(row => (string)row[0]),
            .. SeedForms.Count.Select(row => (string)row[0]),
        ])
        select (mutated, provider);

    [Property]
    public Property MoneyText_TryParse_methods_agree_with_their_Parse() =>
        Prop.ForAll(Arb.From(MoneyTexts), c =>
        {
            var p = c.Provider;
            ParseContract.Agrees(c.Text, s => MoneyText.Parse(s, p), (string? s, out Money m) => MoneyText.TryParse(s, p, out m), Failures);
            ParseContract.Agrees(c.Text, s => MoneyText.ParsePublished(s, p), (string? s, out PublishedMoney m) => MoneyText.TryParsePublished(s, p, out m), Failures);
            ParseContract.Agrees(c.Text, s => MoneyText.ParseWithEquivalent(s, p), (string? s, out MoneyWithEquivalent m) => MoneyText.TryParseWithEquivalent(s, p, out m), Failures);
            if (p is null)
            {
                ParseContract.Agrees(c.Text, s => MoneyText.Parse(s, null), MoneyText.TryParse, Failures);
                ParseContract.Agrees(c.Text, s => MoneyText.ParsePublished(s, null), MoneyText.TryParsePublished, Failures);
                ParseContract.Agrees(c.Text, s => MoneyText.ParseWithEquivalent(s, null), MoneyText.TryParseWithEquivalent, Failures);
            }
        });

    [Property]
    public Property NumberText_TryParse_methods_agree_with_their_Parse() =>
        Prop.ForAll(Arb.From(NumberTexts), c =>
        {
            var p = c.Provider;
            ParseContract.Agrees(c.Text, s => NumberText.ParsePercent(s, p), (string? s, out PublishedNumber n) => NumberText.TryParsePercent(s, p, out n), Failures);
            ParseContract.Agrees(c.Text, s => NumberText.ParseFold(s, p), (string? s, out PublishedNumber n) => NumberText.TryParseFold(s, p, out n), Failures);
            ParseContract.Agrees(c.Text, s => NumberText.ParseCount(s, p), (string? s, out PublishedNumber n) => NumberText.TryParseCount(s, p, out n), Failures);
            if (p is null)
            {
                ParseContract.Agrees(c.Text, s => NumberText.ParsePercent(s, null), NumberText.TryParsePercent, Failures);
                ParseContract.Agrees(c.Text, s => NumberText.ParseFold(s, null), NumberText.TryParseFold, Failures);
                ParseContract.Agrees(c.Text, s => NumberText.ParseCount(s, null), NumberText.TryParseCount, Failures);
            }
        });

    [Fact]
    public void The_generated_texts_hold_both_accepted_and_refused_ones_for_every_parser()
    {
        var money = Gen.ArrayOf(MoneyTexts, 2000).Sample(50, 1)[0];
        var numbers = Gen.ArrayOf(NumberTexts, 2000).Sample(50, 1)[0];
        AssertBoth(money, c => MoneyText.TryParse(c.Text, c.Provider, out _));
        AssertBoth(money, c => MoneyText.TryParseWithEquivalent(c.Text, c.Provider, out _));
        AssertBoth(numbers, c => NumberText.TryParsePercent(c.Text, c.Provider, out _));
        AssertBoth(numbers, c => NumberText.TryParseFold(c.Text, c.Provider, out _));
        AssertBoth(numbers, c => NumberText.TryParseCount(c.Text, c.Provider, out _));

        static void AssertBoth<T>(T[] sample, Func<T, bool> accepts)
        {
            Assert.Contains(sample, c => accepts(c));
            Assert.Contains(sample, c => !accepts(c));
        }
    }

    [Fact]
    public void Null_is_refused_by_every_TryParse()
    {
        Assert.False(MoneyText.TryParse(null, out _));
        Assert.False(MoneyText.TryParse(null, CultureInfo.InvariantCulture, out _));
        Assert.False(MoneyText.TryParseWithEquivalent(null, out _));
        Assert.False(NumberText.TryParsePercent(null, out _));
        Assert.False(NumberText.TryParseFold(null, out _));
        Assert.False(NumberText.TryParseCount(null, out _));
    }

    [Theory]
    [InlineData("12.67 billion yuan", "'12.67 billion yuan' is not an amount with an equivalent: the equivalent in parentheses is missing. Expected a form such as '246.57 billion yuan ($34.3 billion)'.")]
    [InlineData("12 yuan (13 yuan)", "'12 yuan (13 yuan)' is not an amount with an equivalent: both amounts are in CNY. Expected a form such as '246.57 billion yuan ($34.3 billion)'.")]
    public void ParseWithEquivalent_keeps_its_messages_and_TryParseWithEquivalent_refuses_the_same_text(string text, string message)
    {
        Assert.Equal(message, Assert.Throws<FormatException>(() => MoneyText.ParseWithEquivalent(text, null)).Message);
        Assert.False(MoneyText.TryParseWithEquivalent(text, out _));
    }

    [Fact]
    public void The_TryParse_twins_return_what_Parse_returns_on_the_documented_examples()
    {
        Assert.True(MoneyText.TryParse("US$1.77 billion", out var dollars));
        Assert.Equal(Money.Usd(1.77e9m), dollars);
        Assert.True(MoneyText.TryParseWithEquivalent("8.47 billion yuan ($1.21 billion)", out var pair));
        Assert.Equal(Money.Usd(1.21e9m), pair.Equivalent.Value);
        Assert.True(NumberText.TryParseFold("eightfold", out var fold));
        Assert.Equal(8m, fold.Value);
        Assert.True(NumberText.TryParseCount("12.938", CultureInfo.GetCultureInfo("de-DE"), out var count));
        Assert.Equal(PublishedNumber.Exact(12938m), count);
        Assert.False(NumberText.TryParseCount("-5", out _));
        Assert.False(NumberText.TryParsePercent("15.4", out _));
    }
}
