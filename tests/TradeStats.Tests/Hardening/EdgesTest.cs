namespace TradeStats.Tests.Hardening;

/// <summary>Rates and splits at the edges of decimal: refused at construction with a message, never a misleading one later.</summary>
public class EdgesTest
{
    [Theory]
    [InlineData("79228162514264337593543950335")]
    [InlineData("100000000000001")]
    [InlineData("0.000000000000009")]
    public void A_rate_whose_inverse_decimal_cannot_hold_well_is_refused_with_its_range(string text)
    {
        var value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new ExchangeRate(Currency.USD, Currency.CNY, value, Period.Year(2024)));
        Assert.Contains("between 0.00000000000001 and 100000000000000", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("got 0 ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rates_at_the_ends_of_the_range_invert_and_cross()
    {
        var high = new ExchangeRate(Currency.USD, Currency.CNY, ExchangeRate.MaxValue, Period.Year(2024));
        Assert.Equal(ExchangeRate.MinValue, high.Invert().Value);
        var other = new ExchangeRate(Currency.USD, Currency.FromCode("EUR"), ExchangeRate.MaxValue, Period.Year(2024));
        Assert.Equal(1m, high.Cross(other).Value);
        var low = new ExchangeRate(Currency.USD, Currency.FromCode("EUR"), ExchangeRate.MinValue, Period.Year(2024));
        Assert.Throws<ArgumentException>(() => high.Cross(low)); // 1e-28: outside the range, said so
    }

    [Fact]
    public void Splitting_into_more_parts_than_makes_sense_is_refused_with_a_message()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Money.Cny(100m).Split(int.MaxValue));
        Assert.Contains("more than 1000000 parts", e.Message, StringComparison.Ordinal);
        Assert.Equal(Money.MaxSplitParts, Money.Cny(1_000_000m).Split(Money.MaxSplitParts).Length);
    }
}
