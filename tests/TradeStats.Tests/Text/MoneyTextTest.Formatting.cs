// These tests call the text API without a format provider on purpose: the default is the invariant notation,
// which the culture analyzer cannot know.
#pragma warning disable CA1305

using System.Globalization;
using TradeStats.Text;

namespace TradeStats.Tests.Text;

public partial class MoneyTextTest
{
    [Theory]
    [InlineData(12.67e9, "CNY", CompactMoneyStyle.Press, "12.67 billion yuan")]
    [InlineData(1.77e9, "USD", CompactMoneyStyle.Press, "US$1.77 billion")]
    [InlineData(613e6, "CNY", CompactMoneyStyle.Press, "613 million yuan")]
    [InlineData(1.5e12, "CNY", CompactMoneyStyle.Press, "1.5 trillion yuan")]
    [InlineData(440e3, "CNY", CompactMoneyStyle.Press, "440,000 yuan")]
    [InlineData(-1.2e9, "CNY", CompactMoneyStyle.Press, "-1.2 billion yuan")]
    [InlineData(-1.2e9, "USD", CompactMoneyStyle.Press, "-US$1.2 billion")]
    [InlineData(12.67e9, "CNY", CompactMoneyStyle.Code, "12.67 billion CNY")]
    [InlineData(12.67e9, "CNY", CompactMoneyStyle.Chinese, "126.7亿元")]
    [InlineData(1.267e9, "CNY", CompactMoneyStyle.Chinese, "12.67亿元")]
    [InlineData(5e7, "CNY", CompactMoneyStyle.Chinese, "5000万元")]
    [InlineData(1.77e9, "USD", CompactMoneyStyle.Chinese, "17.7亿美元")]
    public void Format_compact_writes_press_forms(double amount, string code, CompactMoneyStyle style, string expected)
    {
        Assert.Equal(expected, MoneyText.FormatCompact(new Money((decimal)amount, Currency.FromCode(code)), style));
    }

    [Fact]
    public void Format_compact_rounds_half_away_from_zero_when_asked_for_decimals()
    {
        Assert.Equal("12.61 billion yuan", MoneyText.FormatCompact(Money.Cny(12_605_409_000m), decimals: 2));
        Assert.Equal("12.605409 billion yuan", MoneyText.FormatCompact(Money.Cny(12_605_409_000m)));
        Assert.Equal("12.67 billion yuan", MoneyText.FormatCompact(Money.Cny(12_665_000_000m), decimals: 2));
    }

    [Fact]
    public void Format_compact_uses_the_culture_only_when_given()
    {
        Assert.Equal("12,67 billion yuan", MoneyText.FormatCompact(Money.Cny(12.67e9m), provider: CultureInfo.GetCultureInfo("de-DE")));
        Assert.Equal("440.000 yuan", MoneyText.FormatCompact(Money.Cny(440e3m), provider: CultureInfo.GetCultureInfo("de-DE")));
    }

    [Fact]
    public void Published_figures_keep_their_resolution_and_bounds()
    {
        Assert.Equal("12.670 billion yuan", MoneyText.FormatCompact(MoneyText.ParsePublished("12.670 billion yuan")));
        Assert.Equal("more than 100 million yuan", MoneyText.FormatCompact(MoneyText.ParsePublished("surpassed 100 million yuan")));
        Assert.Equal("less than US$2 billion", MoneyText.FormatCompact(MoneyText.ParsePublished("under $2 billion")));
        var coarse = new PublishedMoney(new PublishedNumber(10e9m, 10e9m), Currency.CNY);
        Assert.Equal("0.01 trillion yuan", MoneyText.FormatCompact(coarse));
    }

    [Fact]
    public void Figures_without_a_press_form_are_refused()
    {
        Assert.Throws<ArgumentException>(() => MoneyText.FormatCompact(new PublishedMoney(PublishedNumber.Exact(5m), Currency.CNY)));
        Assert.Throws<ArgumentException>(() => MoneyText.FormatCompact(new PublishedMoney(new PublishedNumber(5e9m, 0.5e9m), Currency.CNY)));
        Assert.Throws<ArgumentException>(() => MoneyText.FormatCompact(new PublishedMoney(new PublishedNumber(5.5e9m, 1e9m), Currency.CNY)));
        Assert.Throws<ArgumentOutOfRangeException>(() => MoneyText.FormatCompact(Money.Cny(1m), decimals: -1));
    }

    [Theory]
    [InlineData(12.67e9, "CNY", CompactMoneyStyle.Press, "12,670,000,000 yuan")]
    [InlineData(1.77e9, "USD", CompactMoneyStyle.Press, "US$1,770,000,000")]
    [InlineData(2.5, "USD", CompactMoneyStyle.Code, "2.5 USD")]
    [InlineData(12.67e9, "CNY", CompactMoneyStyle.Chinese, "12670000000元")]
    public void Format_writes_the_full_amount(double amount, string code, CompactMoneyStyle style, string expected)
    {
        var money = new Money((decimal)amount, Currency.FromCode(code));
        var text = MoneyText.Format(money, style);

        Assert.Equal(expected, text);
        Assert.Equal(money, MoneyText.Parse(text));
    }
}
