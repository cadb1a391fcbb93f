// These tests call the text API without a format provider on purpose: the default is the invariant notation,
// which the culture analyzer cannot know.
#pragma warning disable CA1305

using System.Globalization;
using TradeStats.Text;

namespace TradeStats.Tests.Text;

public partial class MoneyTextTest
{
    [Theory]
    [MemberData(nameof(SeedForms.Money), MemberType = typeof(SeedForms))]
    public void Seed_money_forms_parse_with_their_rounding(string text, decimal value, string code, decimal resolution, RoundingStyle style)
    {
        var parsed = MoneyText.ParsePublished(text);

        Assert.Equal(value, parsed.Number.Value);
        Assert.Equal(code, parsed.Currency.Code);
        Assert.Equal(resolution, parsed.Number.Resolution);
        Assert.Equal(style, parsed.Number.Style);
        Assert.Equal(new Money(value, Currency.FromCode(code)), MoneyText.Parse(text));
    }

    [Fact]
    public void A_rounded_figure_stands_for_its_half_unit_interval()
    {
        var total = MoneyText.ParsePublished("12.67 billion yuan");

        Assert.Equal(new DecimalInterval(12.665e9m, 12.675e9m, lowerInclusive: true, upperInclusive: false), total.Interval);
        Assert.True(total.Admits(Money.Cny(12_668_000_000m)));
        Assert.False(total.Admits(Money.Cny(12_675_000_000m)));
    }

    [Fact]
    public void Trailing_zeros_are_published_digits()
    {
        Assert.Equal(0.001e9m, MoneyText.ParsePublished("12.670 billion yuan").Number.Resolution);
    }

    [Theory]
    [InlineData("more than 11.8 billion yuan", RoundingStyle.AtLeast)]
    [InlineData("over $1 billion", RoundingStyle.AtLeast)]
    [InlineData("exceeded 5 million yuan", RoundingStyle.AtLeast)]
    [InlineData("less than 5 million yuan", RoundingStyle.AtMost)]
    [InlineData("under US$2 billion", RoundingStyle.AtMost)]
    [InlineData("about 5 million yuan", RoundingStyle.Nearest)]
    [InlineData("Approximately 5 million yuan", RoundingStyle.Nearest)]
    public void Qualifiers_set_the_rounding_style(string text, RoundingStyle style)
    {
        Assert.Equal(style, MoneyText.ParsePublished(text).Number.Style);
    }

    [Fact]
    public void A_lower_bound_has_no_upper_end()
    {
        var exports = MoneyText.ParsePublished("surpassed 100 million yuan");

        Assert.Equal(100e6m, exports.Interval.Lower);
        Assert.True(exports.Interval.IsUpperUnbounded);
    }

    [Theory]
    [InlineData("12.67 billion RMB", "CNY")]
    [InlineData("RMB 12.67 billion", "CNY")]
    [InlineData("RMB12.67 billion", "CNY")]
    [InlineData("¥12.67 billion", "CNY")]
    [InlineData("12.67 billion CNY", "CNY")]
    [InlineData("CNY 12.67 billion", "CNY")]
    [InlineData("12.67 billion 元", "CNY")]
    [InlineData("12.67 billion US dollars", "USD")]
    [InlineData("12.67 billion dollars", "USD")]
    [InlineData("12.67 billion usd", "USD")]
    [InlineData("USD 12.67 billion", "USD")]
    [InlineData("$12.67 billion", "USD")]
    public void Currency_words_symbols_and_codes(string text, string code)
    {
        Assert.Equal(new Money(12.67e9m, Currency.FromCode(code)), MoneyText.Parse(text));
    }

    [Theory]
    [InlineData("1.5 thousand yuan", 1.5e3)]
    [InlineData("1.5 million yuan", 1.5e6)]
    [InlineData("1.5mn yuan", 1.5e6)]
    [InlineData("1.5m yuan", 1.5e6)]
    [InlineData("1.5 billion yuan", 1.5e9)]
    [InlineData("1.5bn yuan", 1.5e9)]
    [InlineData("1.5b yuan", 1.5e9)]
    [InlineData("1.5 trillion yuan", 1.5e12)]
    [InlineData("1.5tn yuan", 1.5e12)]
    [InlineData("1.5万元", 1.5e4)]
    [InlineData("1.5亿元", 1.5e8)]
    [InlineData("1.5 亿元", 1.5e8)]
    [InlineData("1.5万亿元", 1.5e12)]
    [InlineData("1,500 yuan", 1500)]
    [InlineData("1,234,567.5 yuan", 1234567.5)]
    public void Scale_words_and_units(string text, double expected)
    {
        Assert.Equal((decimal)expected, MoneyText.Parse(text).Amount);
    }

    [Fact]
    public void Registered_currencies_are_read_by_code_before_or_after()
    {
        Currency.Register("NPR", 524, 2, "Nepalese Rupee", "Rs");

        Assert.Equal(new Money(5e9m, Currency.FromCode("NPR")), MoneyText.Parse("NPR 5 billion"));
        Assert.Equal(new Money(5e9m, Currency.FromCode("NPR")), MoneyText.Parse("5 billion NPR"));
    }

    [Theory]
    [InlineData("-1.2 billion yuan", -1.2e9)]
    [InlineData("-$1.2 billion", -1.2e9)]
    [InlineData("$-1.2 billion", -1.2e9)]
    [InlineData("\u22121.2 billion yuan", -1.2e9)]
    public void Negative_amounts_are_balances(string text, double expected)
    {
        Assert.Equal((decimal)expected, MoneyText.Parse(text).Amount);
    }

    [Fact]
    public void White_space_is_folded()
    {
        Assert.Equal(Money.Cny(12.67e9m), MoneyText.Parse("  12.67\u00A0billion   yuan "));
    }

    [Theory]
    [InlineData("de-DE", "12,67 Milliarden", false)]
    [InlineData("de-DE", "12,67 billion yuan", true)]
    [InlineData("de-DE", "1.234.567,5 yuan", true)]
    [InlineData("fr-FR", "1 234 567,5 yuan", true)]
    [InlineData("fr-FR", "1\u202F234\u202F567,5 yuan", true)]
    public void A_culture_sets_the_separators(string culture, string text, bool valid)
    {
        var provider = CultureInfo.GetCultureInfo(culture);
        Assert.Equal(valid, MoneyText.TryParsePublished(text, provider, out var parsed));
        if (valid)
        {
            Assert.Equal(text.Contains("billion", StringComparison.Ordinal) ? 12.67e9m : 1234567.5m, parsed.Number.Value);
        }
    }

    [Fact]
    public void An_equivalent_in_parentheses_is_checked_and_set_aside()
    {
        Assert.Equal(Money.Cny(246.57e9m), MoneyText.Parse("246.57 billion yuan ($34.3 billion)"));
        Assert.Throws<FormatException>(() => MoneyText.Parse("246.57 billion yuan (a lot)"));
    }

    [Theory]
    [MemberData(nameof(SeedForms.MoneyWithEquivalent), MemberType = typeof(SeedForms))]
    public void Seed_conversions_parse_into_both_amounts(string text, decimal amount, string code, decimal equivalent, string equivalentCode)
    {
        var pair = MoneyText.ParseWithEquivalent(text);

        Assert.Equal(new Money(amount, Currency.FromCode(code)), pair.Amount.Value);
        Assert.Equal(new Money(equivalent, Currency.FromCode(equivalentCode)), pair.Equivalent.Value);
    }

    [Fact]
    public void The_implied_rate_exposes_a_conversion_off_by_a_factor_of_ten()
    {
        var plausible = MoneyText.ParseWithEquivalent("12.67 billion yuan (about 1.77 billion U.S. dollars)").ImpliedRate;
        var wrong = MoneyText.ParseWithEquivalent("10 billion yuan ($138.08 million)").ImpliedRate;

        Assert.True(plausible.Contains(7.16m));
        Assert.True(wrong.Lower > 60m);
        Assert.Equal(9.5e9m / 138.085e6m, wrong.Lower);
    }

    [Fact]
    public void Parse_with_equivalent_requires_the_equivalent()
    {
        var e = Assert.Throws<FormatException>(() => MoneyText.ParseWithEquivalent("12.67 billion yuan"));
        Assert.Contains("'12.67 billion yuan'", e.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => MoneyText.ParseWithEquivalent("12.67 billion yuan (5 billion yuan)"));
    }
}
