using System.Globalization;

namespace TradeStats.Tests.Core;

public partial class ExchangeRateTest
{
    private static readonly Period Y2024 = Period.Year(2024);

    /// <summary>USD/CNY 7.0467: the pair the text form examples use.</summary>
    private static ExchangeRate UsdCny => new(Currency.USD, Currency.CNY, 7.0467m, Y2024, ExchangeRateKind.PeriodAverage, "test");

    [Fact]
    public void A_rate_keeps_its_pair_value_period_kind_and_source()
    {
        var r = new ExchangeRate(Currency.USD, Currency.CNY, 7.1217m, Y2024, ExchangeRateKind.EndOfPeriod, "SAFE");
        Assert.Equal(Currency.USD, r.BaseCurrency);
        Assert.Equal(Currency.CNY, r.QuoteCurrency);
        Assert.Equal(7.1217m, r.Value);
        Assert.Equal(Y2024, r.Period);
        Assert.Equal(ExchangeRateKind.EndOfPeriod, r.Kind);
        Assert.Equal("SAFE", r.Source);
        Assert.Equal("USD/CNY", r.Pair);
        Assert.Equal(ExchangeRateKind.PeriodAverage, new ExchangeRate(Currency.USD, Currency.CNY, 7m, Y2024).Kind);
        Assert.Null(new ExchangeRate(Currency.USD, Currency.CNY, 7m, Y2024).Source);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-7.0467")]
    [InlineData("-0.0000000000000000000000000001")]
    public void Zero_and_negative_rates_are_refused_naming_the_value(string value)
    {
        var v = decimal.Parse(value, CultureInfo.InvariantCulture);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new ExchangeRate(Currency.USD, Currency.CNY, v, Y2024));
        Assert.Equal("value", e.ParamName);
        Assert.Contains(value, e.Message, StringComparison.Ordinal);
        Assert.Contains("USD/CNY", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_same_currency_pair_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => new ExchangeRate(Currency.CNY, Currency.CNY, 1m, Y2024));
        Assert.Contains("CNY/CNY", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_currencies_and_unknown_kinds_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => new ExchangeRate(null!, Currency.CNY, 1m, Y2024));
        Assert.Throws<ArgumentNullException>(() => new ExchangeRate(Currency.USD, null!, 1m, Y2024));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new ExchangeRate(Currency.USD, Currency.CNY, 1m, Y2024, (ExchangeRateKind)9));
        Assert.Equal("kind", e.ParamName);
    }

    [Fact]
    public void Rates_are_equal_by_value()
    {
        // Two separately built rates with the same fields.
        var rate = UsdCny;
        var same = new ExchangeRate(Currency.USD, Currency.CNY, 7.04670m, Period.Year(2024), ExchangeRateKind.PeriodAverage, "test");
        Assert.NotSame(rate, same);
        Assert.Equal(rate, same);
        Assert.Equal(rate.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(UsdCny, UsdCny.Invert());
        Assert.NotEqual(UsdCny, new ExchangeRate(Currency.USD, Currency.CNY, 7.0467m, Period.Year(2023), ExchangeRateKind.PeriodAverage, "test"));
    }
}
