namespace TradeStats.Tests.Core;

public partial class MoneyTest
{
    [Fact]
    public void Adding_exports_and_imports_gives_the_total()
    {
        Assert.Equal(Money.Cny(12.67e9m), Money.Cny(11.32e9m) + Money.Cny(1.35e9m));
        Assert.Equal(Money.Cny(12.67e9m), Money.Cny(11.32e9m).Add(Money.Cny(1.35e9m)));
    }

    [Fact]
    public void Subtracting_imports_from_exports_gives_the_balance()
    {
        Assert.Equal(Money.Cny(9.97e9m), Money.Cny(11.32e9m) - Money.Cny(1.35e9m));
        Assert.Equal(Money.Cny(-9.97e9m), Money.Cny(1.35e9m).Subtract(Money.Cny(11.32e9m)));
    }

    [Fact]
    public void Negation_and_unary_plus()
    {
        var m = Money.Usd(1.21e9m);
        Assert.Equal(Money.Usd(-1.21e9m), -m);
        Assert.Equal(Money.Usd(-1.21e9m), m.Negate());
        Assert.Equal(m, +m);
        Assert.Equal(m, -(-m));
        Assert.Equal(Money.Usd(1.21e9m), (-m).Abs());
        Assert.True((-m).IsNegative);
        Assert.False(m.IsNegative);
    }

    [Fact]
    public void Multiplying_and_dividing_by_a_number_is_exact()
    {
        Assert.Equal(Money.Cny(25.34e9m), Money.Cny(12.67e9m) * 2m);
        Assert.Equal(Money.Cny(25.34e9m), 2m * Money.Cny(12.67e9m));
        Assert.Equal(Money.Cny(25.34e9m), Money.Cny(12.67e9m).Multiply(2m));
        Assert.Equal(Money.Cny(6.335e9m), Money.Cny(12.67e9m) / 2m);
        Assert.Equal(Money.Cny(6.335e9m), Money.Cny(12.67e9m).Divide(2m));

        // Not rounded to the minor unit: 100 / 3 keeps decimal's precision.
        Assert.Equal(33.333333333333333333333333333m, (Money.Cny(100m) / 3m).Amount);
    }

    [Fact]
    public void Dividing_by_zero_names_the_amount()
    {
        var e = Assert.Throws<DivideByZeroException>(() => Money.Cny(12.67m) / 0m);
        Assert.Contains("12.67 CNY", e.Message, StringComparison.Ordinal);
        var r = Assert.Throws<DivideByZeroException>(() => Money.Cny(12.67m) / Money.Cny(0m));
        Assert.Contains("12.67 CNY", r.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_ratio_of_two_amounts_is_a_pure_number()
    {
        // Private enterprises' 7.26 of 8.47 billion yuan: the published 85.7 percent.
        var share = Money.Cny(7.26e9m) / Money.Cny(8.47e9m);
        Assert.Equal(0.857m, Math.Round(share, 3));
        Assert.Equal(share, Money.Cny(7.26e9m).Divide(Money.Cny(8.47e9m)));
    }

    [Fact]
    public void Mixing_currencies_throws_naming_both_in_operand_order()
    {
        var cny = Money.Cny(12.67e9m);
        var usd = Money.Usd(1.77e9m);
        AssertMismatch(() => _ = cny + usd, "add", Currency.CNY, Currency.USD);
        AssertMismatch(() => _ = cny - usd, "subtract", Currency.CNY, Currency.USD);
        AssertMismatch(() => _ = cny / usd, "divide", Currency.CNY, Currency.USD);
        AssertMismatch(() => _ = usd.CompareTo(cny), "compare", Currency.USD, Currency.CNY);
        AssertMismatch(() => _ = cny < usd, "compare", Currency.CNY, Currency.USD);
        AssertMismatch(() => _ = cny >= usd, "compare", Currency.CNY, Currency.USD);
    }

    [Fact]
    public void Zeros_of_different_currencies_do_not_combine()
    {
        // NodaMoney lets a zero of one currency combine with any other; a zero yuan is not a zero dollar.
        AssertMismatch(() => _ = Money.Zero(Currency.CNY) + Money.Usd(5m), "add", Currency.CNY, Currency.USD);
        AssertMismatch(() => _ = Money.Cny(5m) + Money.Zero(Currency.USD), "add", Currency.CNY, Currency.USD);
        AssertMismatch(() => _ = Money.Zero(Currency.CNY) - Money.Zero(Currency.USD), "subtract", Currency.CNY, Currency.USD);
        AssertMismatch(() => _ = Money.Zero(Currency.CNY) < Money.Zero(Currency.USD), "compare", Currency.CNY, Currency.USD);
        Assert.NotEqual(Money.Zero(Currency.CNY), Money.Zero(Currency.USD));
    }

    [Fact]
    public void Overflow_is_reported_with_the_operands()
    {
        var max = new Money(decimal.MaxValue, Currency.CNY);
        var e = Assert.Throws<OverflowException>(() => max + Money.Cny(decimal.MaxValue));
        Assert.Contains("79228162514264337593543950335 CNY", e.Message, StringComparison.Ordinal);
        Assert.Contains("adding", e.Message, StringComparison.Ordinal);

        var s = Assert.Throws<OverflowException>(() => -max - max);
        Assert.Contains("-79228162514264337593543950335 CNY", s.Message, StringComparison.Ordinal);

        var m = Assert.Throws<OverflowException>(() => max * 2m);
        Assert.Contains("79228162514264337593543950335 CNY", m.Message, StringComparison.Ordinal);
        Assert.Contains(" 2 ", m.Message, StringComparison.Ordinal);

        var d = Assert.Throws<OverflowException>(() => max / 0.5m);
        Assert.Contains("0.5", d.Message, StringComparison.Ordinal);

        var r = Assert.Throws<OverflowException>(() => max / Money.Cny(0.01m));
        Assert.Contains("0.01 CNY", r.Message, StringComparison.Ordinal);

        var sum = Assert.Throws<OverflowException>(() => Money.Sum([max, max]));
        Assert.Contains("CNY", sum.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sum_adds_exactly_and_refuses_mixed_or_empty_sequences()
    {
        Assert.Equal(Money.Cny(12.67e9m), Money.Sum([Money.Cny(11.32e9m), Money.Cny(1.35e9m)]));
        Assert.Equal(Money.Zero(Currency.USD), Money.Sum([], Currency.USD));
        Assert.Equal(Money.Usd(3m), Money.Sum([Money.Usd(1m), Money.Usd(2m)], Currency.USD));
        var empty = Assert.Throws<ArgumentException>(() => Money.Sum([]));
        Assert.Contains("empty", empty.Message, StringComparison.Ordinal);
        AssertMismatch(() => Money.Sum([Money.Cny(1m), Money.Usd(1m)]), "add", Currency.CNY, Currency.USD);
        AssertMismatch(() => Money.Sum([Money.Cny(1m)], Currency.USD), "add", Currency.USD, Currency.CNY);
        Assert.Throws<ArgumentNullException>(() => Money.Sum(null!));
    }

    [Fact]
    public void Constructor_refuses_a_null_currency() =>
        Assert.Throws<ArgumentNullException>(() => new Money(1m, null!));

    [Fact]
    public void Default_money_has_no_currency_and_refuses_arithmetic()
    {
        var d = default(Money);
        Assert.Equal(0m, d.Amount);
        Assert.True(d.IsZero);
        var e = Assert.Throws<InvalidOperationException>(() => d.Currency);
        Assert.Contains("default(Money)", e.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => d + Money.Cny(1m));
        Assert.Throws<InvalidOperationException>(() => Money.Cny(1m) + d);
        Assert.Throws<InvalidOperationException>(() => -d);
        Assert.Throws<InvalidOperationException>(() => d * 2m);
        Assert.Throws<InvalidOperationException>(() => d.Round());
        Assert.Throws<InvalidOperationException>(() => d.Split(2));
        Assert.Equal("0 (no currency)", d.ToString());
        Assert.Equal(default, d);
        Assert.NotEqual(Money.Zero(Currency.CNY), d);
    }

    private static void AssertMismatch(Action action, string operation, Currency first, Currency second)
    {
        var e = Assert.Throws<CurrencyMismatchException>(action);
        Assert.Equal(first, e.Expected);
        Assert.Equal(second, e.Actual);
        Assert.Contains($"{operation} {first.Code} and {second.Code}", e.Message, StringComparison.Ordinal);
    }
}
