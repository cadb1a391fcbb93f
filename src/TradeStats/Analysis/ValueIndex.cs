using System.Collections.Immutable;
using System.Globalization;

namespace TradeStats.Analysis;

/// <summary>Value indices with a base period at 100.</summary>
public static class ValueIndex
{
    /// <summary>Rebases values to an index with the base period's value at 100.</summary>
    /// <param name="values">The periods and values, in one currency.</param>
    /// <param name="basePeriod">The period whose value becomes 100; it must be among the values.</param>
    /// <returns>One point per value, ordered by period, the base period's index being exactly 100.</returns>
    /// <exception cref="ArgumentException">The base period is missing, appears twice, or its value is zero.</exception>
    /// <exception cref="CurrencyMismatchException">The values are in different currencies.</exception>
    public static ImmutableArray<IndexPoint> Rebase(IEnumerable<(Period Period, Money Value)> values, Period basePeriod)
    {
        Guard.Against.Null(values);
        var list = values.OrderBy(v => v.Period).ToList();
        var bases = list.Where(v => v.Period == basePeriod).ToList();
        if (bases.Count != 1)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The base period {basePeriod} appears {bases.Count} times among the values; it must appear exactly once."), nameof(basePeriod));
        }

        var b = bases[0].Value;
        if (b.IsZero)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The base period {basePeriod} has a zero value; an index needs a non-zero base."), nameof(values));
        }

        return [.. list.Select(v => new IndexPoint(v.Period, v.Value, v.Value / b * 100m))];
    }
}

/// <summary>Exact decimal roots.</summary>
internal static class DecimalMath
{
    /// <summary>The positive n-th root of a positive number by Newton's method in decimal.</summary>
    public static decimal NthRoot(decimal x, int n)
    {
        if (n == 1 || x == 1m)
        {
            return x;
        }

        var y = (decimal)Math.Pow((double)x, 1.0 / n);
        if (y <= 0m)
        {
            y = 1m; // a start below decimal's resolution; Newton converges from 1 as well
        }
        for (var i = 0; i < 200; i++)
        {
            // y^(n-1) by squaring: O(log n) multiplications, so a root over int.MaxValue steps stays fast.
            var power = 1m;
            var b = y;
            for (var e = n - 1; e > 0; e >>= 1)
            {
                if ((e & 1) == 1)
                {
                    power *= b;
                }

                if (e > 1)
                {
                    b *= b;
                }
            }

            var next = (((n - 1) * y) + (x / power)) / n;
            if (next == y)
            {
                break;
            }

            y = next;
        }

        return y;
    }
}
