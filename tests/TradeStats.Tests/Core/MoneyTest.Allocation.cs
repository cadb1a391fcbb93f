namespace TradeStats.Tests.Core;

public partial class MoneyTest
{
    [Fact]
    public void Split_gives_the_leftover_minor_units_to_the_earlier_parts()
    {
        Assert.Equal([Money.Cny(33.34m), Money.Cny(33.33m), Money.Cny(33.33m)], Money.Cny(100m).Split(3));
        Assert.Equal([Money.Cny(0.34m), Money.Cny(0.33m), Money.Cny(0.33m)], Money.Cny(1m).Split(3));
        Assert.Equal([Money.Cny(0.01m), Money.Cny(0m), Money.Cny(0m)], Money.Cny(0.01m).Split(3));
        Assert.Equal([Money.Cny(-33.34m), Money.Cny(-33.33m), Money.Cny(-33.33m)], Money.Cny(-100m).Split(3));
        Assert.Equal([Money.Cny(5m)], Money.Cny(5m).Split(1));
    }

    [Fact]
    public void Split_keeps_a_finer_scale_than_the_minor_unit()
    {
        // An amount with more decimals than the currency's minor unit is split in its own finest unit.
        var parts = Money.Cny(1.001m).Split(2);
        Assert.Equal([Money.Cny(0.501m), Money.Cny(0.500m)], parts);
    }

    [Fact]
    public void Allocate_follows_the_ratios_and_loses_nothing()
    {
        // Xizang 2024: 11.32 and 1.35 billion yuan of 12.67.
        var parts = Money.Cny(12.67e9m).Allocate(11.32m, 1.35m);
        Assert.Equal([Money.Cny(11.32e9m), Money.Cny(1.35e9m)], parts);

        Assert.Equal([Money.Cny(0.04m), Money.Cny(0.01m)], Money.Cny(0.05m).Allocate(70m, 30m));
        Assert.Equal([Money.Cny(0m), Money.Cny(10m)], Money.Cny(10m).Allocate(0m, 1m));
        Assert.Equal([Money.Cny(0.67m), Money.Cny(0.33m)], Money.Cny(1m).Allocate(2m, 1m));
        Assert.Equal([Money.Cny(0m), Money.Cny(0m)], Money.Cny(0m).Allocate(1m, 1m));
    }

    [Fact]
    public void Allocate_gives_leftover_units_by_largest_remainder()
    {
        // 0.10 over 1:1:1:7 = 0.01, 0.01, 0.01, 0.07 exactly.
        Assert.Equal([Money.Cny(0.01m), Money.Cny(0.01m), Money.Cny(0.01m), Money.Cny(0.07m)], Money.Cny(0.10m).Allocate(1m, 1m, 1m, 7m));

        // 0.10 over 1:2 = 3.33 and 6.67 fen: the second has the larger remainder (0.67 > 0.33).
        Assert.Equal([Money.Cny(0.03m), Money.Cny(0.07m)], Money.Cny(0.10m).Allocate(1m, 2m));
    }

    [Fact]
    public void Allocate_stays_exact_for_huge_amounts_and_ratios()
    {
        var huge = new Money(79_228_162_514_264_337_593_543_950.33m, Currency.CNY);
        var parts = huge.Allocate(1m, 1m, 1m);
        Assert.Equal(huge, Money.Sum(parts));
        Assert.All(parts, p => Assert.InRange(p.Amount, (huge.Amount / 3m) - 0.02m, (huge.Amount / 3m) + 0.02m));

        var weird = Money.Cny(1_000_000m).Allocate(decimal.MaxValue / 4m, 1m, decimal.MaxValue / 4m);
        Assert.Equal(Money.Cny(1_000_000m), Money.Sum(weird));

        var thirds = Money.Cny(12_345_678.91m).Allocate(1m / 3m, 1m / 3m, 1m / 3m);
        Assert.Equal(Money.Cny(12_345_678.91m), Money.Sum(thirds));
    }

    [Fact]
    public void Allocate_refuses_bad_ratios_naming_them()
    {
        var empty = Assert.Throws<ArgumentException>(() => Money.Cny(1m).Allocate());
        Assert.Equal("ratios", empty.ParamName);
        var negative = Assert.Throws<ArgumentException>(() => Money.Cny(1m).Allocate(1m, -0.5m));
        Assert.Contains("-0.5", negative.Message, StringComparison.Ordinal);
        Assert.Contains("ratio 1", negative.Message, StringComparison.Ordinal);
        var zeros = Assert.Throws<ArgumentException>(() => Money.Cny(1m).Allocate(0m, 0m));
        Assert.Contains("zero", zeros.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => Money.Cny(1m).Allocate(null!));
        var parts = Assert.Throws<ArgumentOutOfRangeException>(() => Money.Cny(1m).Split(0));
        Assert.Equal("parts", parts.ParamName);
    }

    [Fact]
    public void Allocating_more_units_than_decimal_holds_is_reported()
    {
        var e = Assert.Throws<OverflowException>(() => new Money(decimal.MaxValue, Currency.CNY).Split(2));
        Assert.Contains("79228162514264337593543950335 CNY", e.Message, StringComparison.Ordinal);
    }
}
