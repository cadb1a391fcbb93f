// These tests call the text API without a format provider on purpose: the default is the invariant notation,
// which the culture analyzer cannot know.
#pragma warning disable CA1305

using System.Globalization;
using TradeStats.Text;

namespace TradeStats.Tests.Text;

public class NumberTextTest
{
    [Theory]
    [MemberData(nameof(SeedForms.Percent), MemberType = typeof(SeedForms))]
    public void Seed_percentages_parse_as_fractions(string text, decimal value, decimal resolution, RoundingStyle style)
    {
        var parsed = NumberText.ParsePercent(text);

        Assert.Equal(value, parsed.Value);
        Assert.Equal(resolution, parsed.Resolution);
        Assert.Equal(style, parsed.Style);
    }

    [Theory]
    [InlineData("15.4%")]
    [InlineData("15.4 %")]
    [InlineData("15.4 per cent")]
    [InlineData("15.4 pct")]
    [InlineData("15.4 Percent")]
    public void Percent_spellings(string text) => Assert.Equal(0.154m, NumberText.ParsePercent(text).Value);

    [Fact]
    public void A_percentage_stands_for_its_half_unit_interval()
    {
        Assert.Equal(new DecimalInterval(0.1535m, 0.1545m, true, false), NumberText.ParsePercent("15.4 percent").Interval);
    }

    [Theory]
    [MemberData(nameof(SeedForms.Fold), MemberType = typeof(SeedForms))]
    [InlineData("8-fold", 8)]
    [InlineData("eight-fold", 8)]
    [InlineData("tenfold", 10)]
    [InlineData("65 fold", 65)]
    [InlineData("1.5 times", 1.5)]
    [InlineData("more than 65-fold", 65)]
    public void Growth_factors(string text, decimal expected)
    {
        var parsed = NumberText.ParseFold(text);
        Assert.Equal(expected, parsed.Value);
        Assert.True(parsed.Resolution is 1m or 0.1m);
    }

    [Theory]
    [MemberData(nameof(SeedForms.Count), MemberType = typeof(SeedForms))]
    [InlineData("about 12,000", 12000, 1000, RoundingStyle.Nearest)]
    [InlineData("some 150", 150, 10, RoundingStyle.Nearest)]
    [InlineData("1.2 million", 1.2e6, 0.1e6, RoundingStyle.Nearest)]
    [InlineData("fewer than 500", 500, 1, RoundingStyle.AtMost)]
    public void Counts(string text, decimal value, decimal resolution, RoundingStyle style)
    {
        var parsed = NumberText.ParseCount(text);

        Assert.Equal(value, parsed.Value);
        Assert.Equal(resolution, parsed.Resolution);
        Assert.Equal(style, parsed.Style);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("15.4", "percent sign or word is missing")]
    [InlineData("15.4 percentage points", "expected '%' or 'percent'")]
    [InlineData("abc%", "expected a number")]
    [InlineData("1e5%", "exponent")]
    [InlineData("15..4%", "'..4%'")]
    public void Bad_percentages(string text, string reason) => AssertBad(() => NumberText.ParsePercent(text), text, reason);

    [Theory]
    [InlineData("", "empty")]
    [InlineData("65", "'fold' is missing")]
    [InlineData("zillionfold", "expected a number")]
    [InlineData("65-folds", "expected '-fold'")]
    public void Bad_factors(string text, string reason) => AssertBad(() => NumberText.ParseFold(text), text, reason);

    [Theory]
    [InlineData("", "empty")]
    [InlineData("-5", "not negative")]
    [InlineData("12.5", "whole number")]
    [InlineData("12,938 NEVs", "'NEVs'")]
    [InlineData("12,9380", "")]
    public void Bad_counts(string text, string reason) => AssertBad(() => NumberText.ParseCount(text), text, reason);

    [Theory]
    [InlineData(0.154, 1, false, "15.4%")]
    [InlineData(0.154, 1, true, "+15.4%")]
    [InlineData(-0.331, 1, true, "-33.1%")]
    [InlineData(0.0, 1, true, "0.0%")]
    [InlineData(0.98649, 1, false, "98.6%")]
    [InlineData(0.98650, 1, false, "98.7%")]
    [InlineData(12.5, 0, false, "1,250%")]
    public void Format_percent(double fraction, int decimals, bool withSign, string expected)
    {
        Assert.Equal(expected, NumberText.FormatPercent((decimal)fraction, decimals, withSign));
    }

    [Fact]
    public void Format_with_a_culture()
    {
        var de = CultureInfo.GetCultureInfo("de-DE");
        Assert.Equal("15,4%", NumberText.FormatPercent(0.154m, provider: de));
        Assert.Equal("12.938", NumberText.FormatCount(12938m, de));
        Assert.Equal(0.154m, NumberText.ParsePercent("15,4 %", de).Value);
        Assert.Equal(12938m, NumberText.ParseCount("12.938", de).Value);
    }

    [Fact]
    public void Format_fold_and_count()
    {
        Assert.Equal("65-fold", NumberText.FormatFold(65m));
        Assert.Equal("1.5-fold", NumberText.FormatFold(1.5m, 1));
        Assert.Equal("12,938", NumberText.FormatCount(12938m));
        Assert.Equal("more than 11,800", NumberText.FormatCount(NumberText.ParseCount("more than 11,800")));
        Assert.Equal("about 12,000", NumberText.FormatCount(NumberText.ParseCount("about 12,000")));
        Assert.Equal("more than 20%", NumberText.FormatPercent(NumberText.ParsePercent("more than 20 percent")));
        Assert.Throws<ArgumentOutOfRangeException>(() => NumberText.FormatCount(1.5m));
        Assert.Throws<ArgumentOutOfRangeException>(() => NumberText.FormatFold(-1m));
    }

    private static void AssertBad(Func<PublishedNumber> parse, string text, string reason)
    {
        var e = Assert.Throws<FormatException>(() => parse());
        Assert.Contains($"'{text}'", e.Message, StringComparison.Ordinal);
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }
}
