namespace TradeStats.Tests.Core;

public partial class ExchangeRateTest
{
    [Fact]
    public void Converting_the_base_currency_multiplies_exactly()
    {
        var r = new ExchangeRate(Currency.USD, Currency.CNY, 7.1217m, Y2024);
        Assert.Equal(Money.Cny(12_605_409_000m), r.Convert(Money.Usd(1.77e9m)));
    }

    [Fact]
    public void Converting_the_quote_currency_divides()
    {
        var r = new ExchangeRate(Currency.USD, Currency.CNY, 7m, Y2024);
        Assert.Equal(Money.Usd(1.81e9m), r.Convert(Money.Cny(12.67e9m)));

        // 8.47 billion yuan at 7.0 is $1.21 billion, as published.
        Assert.Equal(Money.Usd(1.21e9m), r.Convert(Money.Cny(8.47e9m), MidpointRounding.ToEven));
        Assert.Equal(Money.Usd(0.14m), r.Convert(Money.Cny(1m), MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void The_published_dollar_figure_for_2023_is_off_by_ten()
    {
        // One seed says 10 billion yuan is $138.08 million; at any 2023 rate near 7.08 it is about $1.41 billion.
        var r = new ExchangeRate(Currency.USD, Currency.CNY, 7.0467m, Period.Year(2023));
        var dollars = r.Convert(Money.Cny(10e9m)).Round();
        Assert.InRange(dollars.Amount / 138.08e6m, 10m, 10.3m);
    }

    [Fact]
    public void Converting_a_third_currency_throws_naming_the_pair_and_the_currency()
    {
        var e = Assert.Throws<CurrencyMismatchException>(() => UsdCny.Convert(new Money(100m, CurrencyTest.Npr)));
        Assert.Equal(CurrencyTest.Npr, e.Actual);
        Assert.Contains("USD/CNY", e.Message, StringComparison.Ordinal);
        Assert.Contains("NPR", e.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => UsdCny.Convert(default));
    }

    [Fact]
    public void Conversion_overflow_names_the_amount_and_the_rate()
    {
        var e = Assert.Throws<OverflowException>(() => UsdCny.Convert(new Money(decimal.MaxValue, Currency.USD)));
        Assert.Contains("79228162514264337593543950335 USD", e.Message, StringComparison.Ordinal);
        Assert.Contains("USD/CNY 7.0467", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invert_quotes_the_pair_the_other_way()
    {
        var inverted = new ExchangeRate(Currency.USD, Currency.CNY, 8m, Y2024, ExchangeRateKind.EndOfPeriod, "PBOC").Invert();
        Assert.Equal("CNY/USD", inverted.Pair);
        Assert.Equal(0.125m, inverted.Value);
        Assert.Equal(Y2024, inverted.Period);
        Assert.Equal(ExchangeRateKind.EndOfPeriod, inverted.Kind);
        Assert.Equal("PBOC", inverted.Source);
        Assert.Equal(Money.Usd(1m), inverted.Convert(Money.Cny(8m)));
        Assert.Equal(Money.Cny(8m), inverted.Convert(Money.Usd(1m)));
    }

    [Fact]
    public void Cross_goes_through_the_shared_currency()
    {
        var usdCny = new ExchangeRate(Currency.USD, Currency.CNY, 7m, Y2024, source: "A");
        var usdNpr = new ExchangeRate(Currency.USD, CurrencyTest.Npr, 133m, Y2024, source: "B");
        var cnyNpr = usdCny.Cross(usdNpr);
        Assert.Equal("CNY/NPR", cnyNpr.Pair);
        Assert.Equal(19m, cnyNpr.Value);
        Assert.Equal("cross of A and B", cnyNpr.Source);

        // Shared currency on the quote side of one and the base side of the other: CNY/USD with USD/NPR.
        var viaQuote = usdCny.Invert().Cross(usdNpr);
        Assert.Equal("CNY/NPR", viaQuote.Pair);
        Assert.Equal(19m, Math.Round(viaQuote.Value, 20));

        // The other way round: NPR/CNY.
        var reverse = usdNpr.Cross(usdCny);
        Assert.Equal("NPR/CNY", reverse.Pair);
        Assert.Equal(Money.Cny(1m), reverse.Convert(new Money(19m, CurrencyTest.Npr)).Round());
        Assert.Null(new ExchangeRate(Currency.USD, Currency.CNY, 7m, Y2024).Cross(new ExchangeRate(Currency.USD, CurrencyTest.Npr, 133m, Y2024)).Source);
    }

    [Fact]
    public void Cross_refuses_rates_without_one_shared_currency_or_of_different_periods()
    {
        var usdCny = new ExchangeRate(Currency.USD, Currency.CNY, 7m, Y2024);
        var eurNpr = new ExchangeRate(CurrencyTest.Eur, CurrencyTest.Npr, 150m, Y2024);
        var none = Assert.Throws<ArgumentException>(() => usdCny.Cross(eurNpr));
        Assert.Contains("EUR/NPR", none.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => usdCny.Cross(usdCny.Invert()));
        Assert.Throws<ArgumentException>(() => usdCny.Cross(usdCny));
        var period = Assert.Throws<ArgumentException>(() => usdCny.Cross(new ExchangeRate(Currency.USD, CurrencyTest.Npr, 133m, Period.Year(2023))));
        Assert.Contains("periods or kinds", period.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => usdCny.Cross(new ExchangeRate(Currency.USD, CurrencyTest.Npr, 133m, Y2024, ExchangeRateKind.EndOfPeriod)));
        Assert.Throws<ArgumentNullException>(() => usdCny.Cross(null!));
    }
}
