using System.Globalization;

namespace TradeStats.Tests.Core;

public partial class MoneyTest
{
    [Theory]
    [MemberData(nameof(CultureScope.Names), MemberType = typeof(CultureScope))]
    public void ToString_is_invariant_under_any_current_culture(string culture)
    {
        using var scope = new CultureScope(culture);
        Assert.Equal("12670000000 CNY", Money.Cny(12_670_000_000m).ToString());
        Assert.Equal("-1234.5 USD", Money.Usd(-1234.5m).ToString());
        Assert.Equal("1.00 CNY", Money.Cny(1.00m).ToString());
        Assert.Equal("-1234.5 USD", $"{Money.Usd(-1234.5m)}");
        Assert.Equal("12,670,000,000.00 CNY", Money.Cny(12_670_000_000m).ToString("N2", null));
    }

    [Theory]
    [MemberData(nameof(CultureScope.Names), MemberType = typeof(CultureScope))]
    public void Parse_is_invariant_under_any_current_culture(string culture)
    {
        using var scope = new CultureScope(culture);
        Assert.Equal(Money.Cny(12.67m), Money.Parse("12.67 CNY"));
        Assert.Equal(Money.Usd(-1234.5m), Money.Parse("USD -1234.5"));
        Assert.Equal(Money.Cny(12.67m), Money.Parse("  12.67   cny "));
        var m = Money.Usd(-0.000001m);
        Assert.Equal(m, Money.Parse(m.ToString()));
        Assert.Throws<FormatException>(() => Money.Parse("12,67 CNY"));
    }

    [Fact]
    public void ToString_with_a_culture_uses_that_culture_only_when_asked()
    {
        var de = CultureInfo.GetCultureInfo("de-DE");
        Assert.Equal("12.670.000.000,00 CNY", Money.Cny(12_670_000_000m).ToString("N2", de));
        Assert.Equal("12670000000 CNY", Money.Cny(12_670_000_000m).ToString(null, null));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("12.67")]
    [InlineData("CNY")]
    [InlineData("12.67 CN")]
    [InlineData("12.67 CNY extra")]
    [InlineData("12,67 CNY")]
    [InlineData("1,000.00 CNY")]
    [InlineData("twelve CNY")]
    [InlineData("12.67 ¥")]
    [InlineData("12.67CNY")]
    [InlineData("CNY CNY")]
    public void Parse_refuses_malformed_text_quoting_it(string text)
    {
        var e = Assert.Throws<FormatException>(() => Money.Parse(text));
        Assert.Contains($"'{text}'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_refuses_unknown_currencies_naming_the_code()
    {
        var e = Assert.Throws<UnknownCurrencyException>(() => Money.Parse("12.67 QQQ"));
        Assert.Equal("QQQ", e.Code);
        Assert.Contains("'QQQ'", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => Money.Parse(null!));
    }

    [Fact]
    public void Parse_refuses_amounts_outside_decimal()
    {
        var e = Assert.Throws<FormatException>(() => Money.Parse("1e40 CNY"));
        Assert.Contains("'1e40 CNY'", e.Message, StringComparison.Ordinal);
    }
}
