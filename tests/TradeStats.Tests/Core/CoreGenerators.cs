using FsCheck;
using FsCheck.Fluent;

namespace TradeStats.Tests.Core;

/// <summary>Generators for the core tests beyond the shared ones.</summary>
public static class CoreGenerators
{
    /// <summary>Allocation ratios: one to eight non-negative weights with at least one positive, some fractional.</summary>
    public static Gen<decimal[]> Ratios { get; } =
        from n in Gen.Choose(1, 8)
        from weights in Gen.ArrayOf(Gen.Choose(0, 1000).Select(w => (decimal)w / Gen10(w)), n)
        select weights.Any(w => w > 0m) ? weights : [.. weights.Skip(1).Prepend(1m)];

    /// <summary>Positive exchange rates from 0.00000001 to 10000 with four to eight decimals.</summary>
    public static Gen<decimal> Rate { get; } =
        from mantissa in Gen.Choose(1, 100_000_000)
        from scale in Gen.Choose(4, 8)
        select (decimal)mantissa / Pow10(scale);

    /// <summary>Periods whose Comtrade form exists: years and months.</summary>
    public static Gen<Period> YearOrMonth { get; } = Gen.OneOf(
        Gen.Choose(1, 9999).Select(Period.Year),
        from y in Gen.Choose(1, 9999) from m in Gen.Choose(1, 12) select Period.Month(y, m));

    /// <summary>Periods anywhere in years 1 to 9998 (so one year later is still valid), every kind; ranges of up to 40 months start by 9994 so that they too end, a year later, by 9999.</summary>
    public static Gen<Period> WidePeriod { get; } = Gen.OneOf(
        Gen.Choose(1, 9998).Select(Period.Year),
        from y in Gen.Choose(1, 9998) from q in Gen.Choose(1, 4) select Period.Quarter(y, q),
        from y in Gen.Choose(1, 9994) from m in Gen.Choose(1, 12) from n in Gen.Choose(1, 40) select Period.FromMonths(y, m, n));

    /// <summary>Pairs of periods, to test ordering and equality together (some equal on purpose).</summary>
    public static Arbitrary<(Period, Period)> PeriodPair { get; } = Arb.From(
        from a in Infrastructure.Generators.Period
        from same in Gen.Choose(0, 3)
        from b in same == 0 ? Gen.Constant(a) : Infrastructure.Generators.Period
        select (a, b));

    /// <summary>Money in one currency, three at a time.</summary>
    public static Arbitrary<(Money, Money, Money)> SameCurrencyTriple { get; } = Arb.From(
        from c in Infrastructure.Generators.Currency
        from a in Infrastructure.Generators.MoneyIn(c)
        from b in Infrastructure.Generators.MoneyIn(c)
        from d in Infrastructure.Generators.MoneyIn(c)
        select (a, b, d));

    private static decimal Gen10(int w) => w % 3 == 0 ? 10m : 1m;

    private static decimal Pow10(int n)
    {
        var r = 1m;
        for (var i = 0; i < n; i++)
        {
            r *= 10m;
        }

        return r;
    }
}
