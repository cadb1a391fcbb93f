namespace TradeStats.Tests.Core;

public partial class MoneyTest
{
    [Theory]
    [InlineData("0.125", "0.12")]
    [InlineData("0.135", "0.14")]
    [InlineData("-0.125", "-0.12")]
    [InlineData("2.345", "2.34")]
    [InlineData("2.3451", "2.35")]
    [InlineData("7.26", "7.26")]
    public void Round_defaults_to_bankers_rounding_at_the_minor_unit(string amount, string expected) =>
        Assert.Equal(Money.Cny(Dec(expected)), Money.Cny(Dec(amount)).Round());

    [Theory]
    [InlineData(MidpointRounding.AwayFromZero, "0.125", "0.13")]
    [InlineData(MidpointRounding.AwayFromZero, "-0.125", "-0.13")]
    [InlineData(MidpointRounding.ToZero, "0.129", "0.12")]
    [InlineData(MidpointRounding.ToNegativeInfinity, "0.121", "0.12")]
    [InlineData(MidpointRounding.ToNegativeInfinity, "-0.121", "-0.13")]
    [InlineData(MidpointRounding.ToPositiveInfinity, "0.121", "0.13")]
    [InlineData(MidpointRounding.ToEven, "0.125", "0.12")]
    public void Round_takes_other_modes(MidpointRounding mode, string amount, string expected) =>
        Assert.Equal(Money.Cny(Dec(expected)), Money.Cny(Dec(amount)).Round(mode));

    [Fact]
    public void Round_to_decimals_rounds_to_that_many_places()
    {
        Assert.Equal(Money.Cny(13m), Money.Cny(12.67m).Round(0));
        Assert.Equal(Money.Cny(1.2m), Money.Cny(1.25m).Round(1));
        Assert.Equal(Money.Cny(1.3m), Money.Cny(1.25m).Round(1, MidpointRounding.AwayFromZero));
        Assert.Equal(Money.Cny(1.2345m), Money.Cny(1.23454m).Round(4));
    }

    [Fact]
    public void Round_to_decimals_refuses_out_of_range_places()
    {
        var low = Assert.Throws<ArgumentOutOfRangeException>(() => Money.Cny(1m).Round(-1));
        Assert.Equal("decimals", low.ParamName);
        Assert.Contains("-1", low.Message, StringComparison.Ordinal);
        var high = Assert.Throws<ArgumentOutOfRangeException>(() => Money.Cny(1m).Round(29));
        Assert.Contains("29", high.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rounding_uses_the_currency_minor_digits()
    {
        var kzt = CurrencyTest.Kzt;
        var jpyLike = CurrencyTest.Xts;
        Assert.Equal(new Money(3m, jpyLike), new Money(2.5m, jpyLike).Round(MidpointRounding.AwayFromZero));
        Assert.Equal(new Money(2m, jpyLike), new Money(2.5m, jpyLike).Round());
        Assert.Equal(new Money(1.23m, kzt), new Money(1.2345m, kzt).Round());
    }

    [Fact]
    public void Arithmetic_never_rounds_implicitly()
    {
        // NodaMoney's oldest complaint: rounding after each step loses cents over a chain. An eighth of a yuan is
        // 0.125: rounded at each step, eight of them would make 0.96.
        var total = Money.Zero(Currency.CNY);
        for (var i = 0; i < 8; i++)
        {
            total += Money.Cny(1m) / 8m;
        }

        Assert.Equal(1.000m, total.Amount);

        // Thirds at decimal's full precision add up to 99.999999999999999999999999999, which decimal cannot hold:
        // that is an exception, not a silent 100.
        var third = Money.Cny(100m) / 3m;
        Assert.Throws<OverflowException>(() => third + third + third);
    }

    internal static decimal Dec(string s) => decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
}
