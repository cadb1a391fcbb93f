// The README shows calls without a format provider (the invariant default), as users write them.
#pragma warning disable CA1305

using System.Globalization;
using TradeStats.Text;

namespace TradeStats.Tests.Text;

/// <summary>The README's text examples, compiled and checked against their comments.</summary>
public class ReadmeExamplesTest
{
    [Fact]
    public void Text_forms_example()
    {
        PublishedMoney total = MoneyText.ParsePublished("12.67 billion yuan");
        bool consistent = total.Admits(Money.Cny(11.32e9m) + Money.Cny(1.35e9m));          // true
        Money dollars = MoneyText.Parse("US$1.77 billion");                                 // 1,770,000,000 USD
        MoneyWithEquivalent pair = MoneyText.ParseWithEquivalent("10 billion yuan ($138.08 million)");
        DecimalInterval yuanPerDollar = pair.ImpliedRate;                                   // about [68.8, 76.0]: a real rate is near 7

        string press = MoneyText.FormatCompact(Money.Cny(12.67e9m));                        // "12.67 billion yuan"
        string usd = MoneyText.FormatCompact(Money.Usd(1.77e9m));                           // "US$1.77 billion"
        string chinese = MoneyText.FormatCompact(Money.Cny(1.267e9m), CompactMoneyStyle.Chinese); // "12.67亿元"
        string rounded = MoneyText.FormatCompact(Money.Cny(12_605_409_000m), decimals: 2);  // "12.61 billion yuan"
        string german = MoneyText.FormatCompact(Money.Cny(12.67e9m), provider: CultureInfo.GetCultureInfo("de-DE")); // "12,67 billion yuan"
        string again = MoneyText.FormatCompact(MoneyText.ParsePublished("surpassed 100 million yuan")); // "more than 100 million yuan"

        PublishedNumber growth = NumberText.ParsePercent("15.4 percent");                  // 0.154, resolution 0.001
        PublishedNumber fold = NumberText.ParseFold("65-fold");                             // 65
        PublishedNumber nevs = NumberText.ParseCount("more than 11,800");                   // AtLeast 11,800
        string percent = NumberText.FormatPercent(0.154m, signed: true);                    // "+15.4%"

        Assert.True(consistent);
        Assert.Equal(Money.Usd(1.77e9m), dollars);
        Assert.Equal(68.8m, Math.Round(yuanPerDollar.Lower, 1));
        Assert.Equal(76.0m, Math.Round(yuanPerDollar.Upper, 1));
        Assert.Equal("12.67 billion yuan", press);
        Assert.Equal("US$1.77 billion", usd);
        Assert.Equal("12.67亿元", chinese);
        Assert.Equal("12.61 billion yuan", rounded);
        Assert.Equal("12,67 billion yuan", german);
        Assert.Equal("more than 100 million yuan", again);
        Assert.Equal((0.154m, 0.001m), (growth.Value, growth.Resolution));
        Assert.Equal(65m, fold.Value);
        Assert.Equal((11800m, RoundingStyle.AtLeast), (nevs.Value, nevs.Style));
        Assert.Equal("+15.4%", percent);
    }

    [Theory]
    [InlineData("613mn yuan", 613e6)]
    [InlineData("613m RMB", 613e6)]
    [InlineData("about 1.77 billion US dollars", 1.77e9)]
    public void Table_rows(string text, double value) => Assert.Equal((decimal)value, MoneyText.Parse(text, CultureInfo.InvariantCulture).Amount);
}
