using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TradeStats.Tests.Infrastructure;

namespace TradeStats.Tests.Core;

public partial class MoneyTest
{
    [Property]
    public Property Addition_is_associative_and_commutative_within_a_currency() =>
        Prop.ForAll(CoreGenerators.SameCurrencyTriple, t =>
        {
            var (a, b, c) = t;
            return (a + b) + c == a + (b + c) && a + b == b + a;
        });

    [Property]
    public Property Addition_across_currencies_always_throws() =>
        Prop.ForAll(
            Arb.From(from a in Generators.MoneyIn(Currency.CNY) from b in Generators.MoneyIn(Currency.USD) select (a, b)),
            t =>
            {
                var (a, b) = t;
                var e = Assert.Throws<CurrencyMismatchException>(() => a + b);
                Assert.Equal((Currency.CNY, Currency.USD), (e.Expected, e.Actual));
                Assert.Throws<CurrencyMismatchException>(() => b + a);
                Assert.Throws<CurrencyMismatchException>(() => a - b);
            });

    [Property]
    public bool An_amount_plus_its_negation_is_zero_of_its_currency(Money a) =>
        a + (-a) == Money.Zero(a.Currency) && (a + (-a)).IsZero && a - a == Money.Zero(a.Currency);

    [Property]
    public Property Allocation_sums_exactly_and_each_part_is_within_one_unit_of_its_share() =>
        Prop.ForAll(
            Arb.From(from m in Generators.Money from r in CoreGenerators.Ratios select (m, r)),
            t =>
            {
                var (money, ratios) = t;
                var parts = money.Allocate(ratios);
                Assert.Equal(ratios.Length, parts.Length);
                Assert.Equal(money, Money.Sum(parts));

                var unit = AllocationUnit(money);
                var total = ratios.Sum();
                for (var i = 0; i < parts.Length; i++)
                {
                    var exactShare = money.Amount * ratios[i] / total;
                    Assert.Equal(money.Currency, parts[i].Currency);
                    Assert.True(Math.Abs(parts[i].Amount - exactShare) < unit, $"part {i} = {parts[i]}, exact share {exactShare}, unit {unit}");
                    Assert.True(parts[i].Amount % unit == 0m, $"part {i} = {parts[i]} is not a whole number of {unit}");
                }
            });

    [Property]
    public Property Split_parts_differ_by_at_most_one_unit_and_earlier_parts_are_larger() =>
        Prop.ForAll(
            Arb.From(from m in Generators.Money from n in Gen.Choose(1, 12) select (m, n)),
            t =>
            {
                var (money, n) = t;
                var parts = money.Split(n);
                Assert.Equal(money, Money.Sum(parts));
                var amounts = parts.Select(p => Math.Abs(p.Amount)).ToArray();
                Assert.True(amounts.Max() - amounts.Min() <= AllocationUnit(money));
                Assert.Equal(amounts.OrderByDescending(a => a), amounts);
            });

    [Property]
    public Property Comparison_is_a_total_order_consistent_with_equality() =>
        Prop.ForAll(CoreGenerators.SameCurrencyTriple, t =>
        {
            var (a, b, c) = t;
            Assert.Equal(Math.Sign(a.CompareTo(b)), -Math.Sign(b.CompareTo(a)));
            Assert.Equal(a.CompareTo(b) == 0, a == b);
            if (a <= b && b <= c)
            {
                Assert.True(a <= c);
            }

            if (a == b)
            {
                Assert.Equal(a.GetHashCode(), b.GetHashCode());
            }
        });

    [Property]
    public bool Text_round_trips(Money m) => Money.Parse(m.ToString()) == m && Money.Parse(m.ToString()).ToString() == m.ToString();

    private static decimal AllocationUnit(Money money)
    {
        var scale = Math.Max(money.Currency.MinorUnitDigits, (int)money.Amount.Scale);
        var unit = 1m;
        for (var i = 0; i < scale; i++)
        {
            unit /= 10m;
        }

        return unit;
    }
}
