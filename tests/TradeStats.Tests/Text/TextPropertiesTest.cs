// These tests call the text API without a format provider on purpose: the default is the invariant notation,
// which the culture analyzer cannot know.
#pragma warning disable CA1305

using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TradeStats.Tests.Infrastructure;
using TradeStats.Text;

namespace TradeStats.Tests.Text;

public class TextPropertiesTest
{
    private static readonly Gen<CompactMoneyStyle> Styles = Gen.Elements(CompactMoneyStyle.Press, CompactMoneyStyle.Code, CompactMoneyStyle.Chinese);

    [Property]
    public Property Formatting_then_parsing_a_published_amount_gives_the_same_figure_and_precision()
    {
        var cases = from money in TextGenerators.PublishedMoney
                    from style in Styles
                    from provider in TextGenerators.Provider
                    select (money, style, provider);
        return Prop.ForAll(Arb.From(cases), c =>
        {
            var text = MoneyText.FormatCompact(c.money, c.style, c.provider);
            var back = MoneyText.ParsePublished(text, c.provider);
            Assert.True(c.money == back, $"{c.money} -> '{text}' -> {back}");
        });
    }

    [Property]
    public Property Formatting_then_parsing_an_exact_amount_gives_it_back()
    {
        var cases = from money in Generators.Money
                    from style in Styles
                    from provider in TextGenerators.Provider
                    select (money, style, provider);
        return Prop.ForAll(Arb.From(cases), c =>
        {
            var compact = MoneyText.FormatCompact(c.money, c.style, provider: c.provider);
            var full = MoneyText.Format(c.money, c.style, provider: c.provider);
            Assert.Equal(c.money, MoneyText.Parse(compact, c.provider));
            Assert.Equal(c.money, MoneyText.Parse(full, c.provider));
        });
    }

    [Property]
    public Property Formatting_then_parsing_a_percentage_gives_the_same_fraction_and_precision()
    {
        var cases = from fraction in TextGenerators.PublishedFraction
                    from signed in Gen.Elements(true, false)
                    from provider in TextGenerators.Provider
                    select (fraction, signed, provider);
        return Prop.ForAll(Arb.From(cases), c =>
        {
            var text = NumberText.FormatPercent(c.fraction, c.signed, c.provider);
            Assert.Equal(c.fraction, NumberText.ParsePercent(text, c.provider));
        });
    }

    [Property]
    public Property Formatting_then_parsing_a_count_gives_it_back()
    {
        var cases = from count in TextGenerators.PublishedCount
                    from provider in TextGenerators.Provider
                    select (count, provider);
        return Prop.ForAll(Arb.From(cases), c => Assert.Equal(c.count, NumberText.ParseCount(NumberText.FormatCount(c.count, c.provider), c.provider)));
    }

    [Property]
    public Property Rounding_to_decimals_gives_a_figure_that_admits_the_exact_amount()
    {
        var cases = from money in Generators.Money
                    from decimals in Gen.Choose(0, 3)
                    select (money, decimals);
        return Prop.ForAll(Arb.From(cases), c =>
        {
            var published = MoneyText.ParsePublished(MoneyText.FormatCompact(c.money, decimals: c.decimals));
            Assert.True(published.Admits(c.money) || published.Interval.Upper == c.money.Amount, $"{c.money} not in {published}");
        });
    }
}
