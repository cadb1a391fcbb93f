using TradeStats.Tests.Infrastructure;

namespace TradeStats.Tests.Core;

public partial class MoneyTest
{
    [Fact]
    public void Equal_values_with_different_scales_are_equal_with_one_hash()
    {
        EqualityAssert.Equal(Money.Cny(1.0m), Money.Cny(1.00m));
        EqualityAssert.Equal(Money.Cny(12.67e9m), Money.Cny(12_670_000_000.000m));
        EqualityAssert.Equal(Money.Cny(0m), Money.Cny(0.00m));
        EqualityAssert.Equal(Money.Cny(-0.0m), Money.Zero(Currency.CNY));
    }

    [Fact]
    public void Different_amounts_or_currencies_are_not_equal()
    {
        EqualityAssert.NotEqual(Money.Cny(1m), Money.Cny(1.01m));
        EqualityAssert.NotEqual(Money.Cny(1m), Money.Usd(1m));
        EqualityAssert.NotEqual(Money.Zero(Currency.CNY), Money.Zero(Currency.USD));
        EqualityAssert.NotEqual(Money.Zero(Currency.CNY), default);
        Assert.False(Money.Cny(1m).Equals("1 CNY"));
        Assert.False(Money.Cny(1m).Equals(null));
    }

    [Fact]
    public void Comparison_orders_amounts_of_one_currency()
    {
        var small = Money.Cny(1.35e9m);
        var large = Money.Cny(11.32e9m);
        Assert.True(small < large);
        Assert.True(small <= large);
        Assert.True(large > small);
        Assert.True(large >= small);
        Assert.True(small <= Money.Cny(1.350e9m));
        Assert.True(small >= Money.Cny(1.350e9m));
        Assert.Equal(0, small.CompareTo(Money.Cny(1.350e9m)));
        Assert.True(small.CompareTo(large) < 0);
        Assert.True(large.CompareTo(small) > 0);
        Assert.True(Money.Cny(-1m) < Money.Cny(0m));
    }

    [Fact]
    public void Non_generic_comparison_handles_null_and_other_types()
    {
        IComparable c = Money.Cny(1m);
        Assert.True(c.CompareTo(null) > 0);
        Assert.True(c.CompareTo(Money.Cny(2m)) < 0);
        var e = Assert.Throws<ArgumentException>(() => c.CompareTo(1m));
        Assert.Contains("Decimal", e.Message, StringComparison.Ordinal);
        Assert.Throws<CurrencyMismatchException>(() => c.CompareTo(Money.Usd(1m)));
    }

    [Fact]
    public void Sorting_a_list_of_one_currency_works()
    {
        var list = new List<Money> { Money.Cny(3m), Money.Cny(-1m), Money.Cny(2.5m) };
        list.Sort();
        Assert.Equal([Money.Cny(-1m), Money.Cny(2.5m), Money.Cny(3m)], list);
    }
}
