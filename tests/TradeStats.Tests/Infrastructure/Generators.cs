using FsCheck;
using FsCheck.Fluent;

namespace TradeStats.Tests.Infrastructure;

/// <summary>Shared FsCheck generators and arbitraries (with shrinkers) for the core value types.</summary>
public static class Generators
{
    /// <summary>CNY or USD.</summary>
    public static Gen<Currency> Currency { get; } = Gen.Elements(TradeStats.Currency.CNY, TradeStats.Currency.USD);

    /// <summary>Decimals with 0 to 6 decimal places and magnitudes up to 1e15: trade values in yuan or dollars.</summary>
    public static Gen<decimal> Amount { get; } =
        from units in Gen.Choose(-1_000_000_000, 1_000_000_000)
        from thousands in Gen.Choose(0, 999_999)
        from scale in Gen.Choose(0, 6)
        select ((decimal)units * 1_000_000m + thousands) / Pow10(scale);

    /// <summary>Non-negative amounts.</summary>
    public static Gen<decimal> NonNegativeAmount { get; } = Amount.Select(Math.Abs);

    /// <summary>Money in CNY or USD.</summary>
    public static Gen<Money> Money { get; } = from c in Currency from a in Amount select new Money(a, c);

    /// <summary>Money in one given currency.</summary>
    public static Gen<Money> MoneyIn(Currency currency) => Amount.Select(a => new Money(a, currency));

    /// <summary>Periods of every kind between 1990 and 2040, ranges up to 36 months.</summary>
    public static Gen<Period> Period { get; } = Gen.OneOf(
        Gen.Choose(1990, 2040).Select(TradeStats.Period.Year),
        from y in Gen.Choose(1990, 2040) from h in Gen.Choose(1, 2) select TradeStats.Period.Half(y, h),
        from y in Gen.Choose(1990, 2040) from q in Gen.Choose(1, 4) select TradeStats.Period.Quarter(y, q),
        from y in Gen.Choose(1990, 2040) from m in Gen.Choose(1, 12) select TradeStats.Period.Month(y, m),
        from y in Gen.Choose(1990, 2040) from m in Gen.Choose(1, 12) from n in Gen.Choose(1, 36) select TradeStats.Period.FromMonths(y, m, n));

    /// <summary>Countries from the built-in catalogue, China's subdivisions and the world.</summary>
    public static Gen<Territory> Territory { get; } = Gen.Elements(
        TradeStats.Territory.Countries.Concat(TradeStats.Territory.Subdivisions).Append(TradeStats.Territory.World).ToArray());

    /// <summary>Arbitrary money, shrinking the amount towards zero in the same currency.</summary>
    public static Arbitrary<Money> MoneyArbitrary { get; } = Arb.From(Money, ShrinkMoney);

    /// <summary>Arbitrary periods, shrinking towards shorter spans.</summary>
    public static Arbitrary<Period> PeriodArbitrary { get; } = Arb.From(Period, ShrinkPeriod);

    /// <summary>Shrinks an amount towards zero, keeping its currency.</summary>
    public static IEnumerable<Money> ShrinkMoney(Money m)
    {
        if (m.Amount == 0m)
        {
            yield break;
        }

        yield return TradeStats.Money.Zero(m.Currency);
        var truncated = decimal.Truncate(m.Amount);
        if (truncated != m.Amount)
        {
            yield return new Money(truncated, m.Currency);
        }

        if (Math.Abs(m.Amount) >= 2m)
        {
            yield return new Money(decimal.Truncate(m.Amount / 2m), m.Currency);
        }
    }

    /// <summary>Shrinks a period towards a single month at the same start.</summary>
    public static IEnumerable<Period> ShrinkPeriod(Period p)
    {
        if (p.LengthInMonths > 1)
        {
            yield return TradeStats.Period.Month(p.StartYear, p.StartMonth);
            yield return TradeStats.Period.FromMonths(p.StartYear, p.StartMonth, p.LengthInMonths / 2);
        }
    }

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
