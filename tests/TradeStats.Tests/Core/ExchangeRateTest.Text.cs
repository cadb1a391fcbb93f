namespace TradeStats.Tests.Core;

public partial class ExchangeRateTest
{
    [Theory]
    [MemberData(nameof(CultureScope.Names), MemberType = typeof(CultureScope))]
    public void ToString_and_Parse_are_invariant_under_any_current_culture(string culture)
    {
        using var scope = new CultureScope(culture);
        Assert.Equal("USD/CNY 7.0467", UsdCny.ToString());
        var parsed = ExchangeRate.Parse("USD/CNY 7.0467", Y2024, ExchangeRateKind.PeriodAverage, "test");
        Assert.Equal(UsdCny, parsed);
        Assert.Equal(UsdCny, ExchangeRate.Parse(UsdCny.ToString(), Y2024, source: "test"));
        Assert.Equal(UsdCny.Invert(), ExchangeRate.Parse(UsdCny.Invert().ToString(), Y2024, source: "test"));
    }

    [Fact]
    public void Parse_reads_case_insensitive_codes_and_surrounding_spaces()
    {
        var r = ExchangeRate.Parse("  usd/cny   7.0467 ", Y2024, ExchangeRateKind.CentralParity);
        Assert.Equal("USD/CNY", r.Pair);
        Assert.Equal(ExchangeRateKind.CentralParity, r.Kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("USD/CNY")]
    [InlineData("7.0467")]
    [InlineData("USD CNY 7.0467")]
    [InlineData("USDCNY 7.0467")]
    [InlineData("USD/CNY/NPR 7.0467")]
    [InlineData("USD/CNY 7,0467")]
    [InlineData("USD/CNY seven")]
    [InlineData("USD/CNY -7.0467")]
    [InlineData("USD/CNY 0")]
    [InlineData("USD/CNY 0.0000")]
    [InlineData("USD/USD 1")]
    [InlineData("USD/CNY 7.0467 extra")]
    public void Parse_refuses_malformed_text_quoting_it(string text)
    {
        var e = Assert.Throws<FormatException>(() => ExchangeRate.Parse(text, Y2024));
        Assert.Contains($"'{text}'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_refuses_unknown_currencies_naming_the_code()
    {
        var e = Assert.Throws<UnknownCurrencyException>(() => ExchangeRate.Parse("USD/QQQ 7", Y2024));
        Assert.Equal("QQQ", e.Code);
        Assert.Throws<ArgumentNullException>(() => ExchangeRate.Parse(null!, Y2024));
    }
}
