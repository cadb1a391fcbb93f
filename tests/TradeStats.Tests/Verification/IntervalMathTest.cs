using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TradeStats.Tests.Infrastructure;
using TradeStats.Verification;

namespace TradeStats.Tests.Verification;

public sealed class IntervalMathTest
{
    private static DecimalInterval I(decimal lo, decimal hi, bool li = true, bool ui = true) => new(lo, hi, li, ui);

    [Fact]
    public void Add_and_subtract_keep_open_ends()
    {
        Assert.Equal(I(4m, 7m, true, false), IntervalMath.Add(I(1m, 2m), I(3m, 5m, true, false)));
        Assert.Equal(I(-4m, -1m, false, true), IntervalMath.Subtract(I(1m, 2m), I(3m, 5m, true, false)));
    }

    [Fact]
    public void Multiply_handles_signs_and_zero()
    {
        Assert.Equal(I(-10m, 15m), IntervalMath.Multiply(I(-2m, 3m), I(4m, 5m)));
        Assert.Equal(I(-15m, -8m), IntervalMath.Multiply(I(-3m, -2m), I(4m, 5m)));

        // 0 times anything in (2, 3) is 0, so 0 is attained although 2 is excluded.
        Assert.Equal(I(0m, 3m, true, false), IntervalMath.Multiply(I(0m, 1m), I(2m, 3m, false, false)));
        Assert.Equal(I(0m, 3m, false, true), IntervalMath.Multiply(I(0m, 1m, false, true), I(2m, 3m)));
    }

    [Fact]
    public void Divide_by_an_interval_containing_zero_is_undefined()
    {
        Assert.Null(IntervalMath.Divide(I(1m, 2m), I(-1m, 1m)));
        Assert.Null(IntervalMath.Divide(I(1m, 2m), I(0m, 1m)));
        Assert.Equal(I(1m, 4m), IntervalMath.Divide(I(2m, 4m), I(1m, 2m)));
        Assert.Equal(I(-4m, -1m), IntervalMath.Divide(I(2m, 4m), I(-2m, -1m)));
    }

    [Fact]
    public void Divide_by_an_interval_open_at_zero_is_unbounded()
    {
        var q = IntervalMath.Divide(I(1m, 2m), I(0m, 1m, false, true))!.Value;
        Assert.Equal(1m, q.Lower);
        Assert.True(q.IsUpperUnbounded);
    }

    [Fact]
    public void Inexact_quotients_are_rounded_outward()
    {
        var third = IntervalMath.Divide(DecimalInterval.Point(1m), DecimalInterval.Point(3m))!.Value;
        Assert.True(third.Lower * 3m < 1m && third.Upper * 3m > 1m, third.ToString());
    }

    [Fact]
    public void Gap_is_zero_on_overlap_and_the_distance_otherwise()
    {
        Assert.Equal(0m, IntervalMath.Gap(I(1m, 3m), I(2m, 5m)));
        Assert.Equal(2m, IntervalMath.Gap(I(1m, 3m), I(5m, 6m)));
        Assert.Equal(2m, IntervalMath.Gap(I(5m, 6m), I(1m, 3m)));
        Assert.Equal(0m, IntervalMath.Gap(I(1m, 3m), I(3m, 4m)));
        Assert.True(IntervalMath.Gap(I(1m, 3m, true, false), I(3m, 4m)) == 0m && !I(1m, 3m, true, false).Overlaps(I(3m, 4m)));
    }

    private static readonly Gen<(DecimalInterval Interval, decimal Member)> Member =
        from a in Gen.Choose(-100_000, 100_000)
        from w in Gen.Choose(0, 50_000)
        from t in Gen.Choose(0, 1000)
        let lo = a / 100m
        let hi = (a + w) / 100m
        select (I(lo, hi), lo + ((hi - lo) * t / 1000m));

    [Property]
    public Property Results_contain_every_result_of_members()
    {
        var pairs = Arb.From(from x in Member from y in Member select (x, y));
        return Prop.ForAll(pairs, p =>
        {
            var ((a, x), (b, y)) = p;
            Assert.True(IntervalMath.Add(a, b).Contains(x + y));
            Assert.True(IntervalMath.Subtract(a, b).Contains(x - y));
            Assert.True(IntervalMath.Multiply(a, b).Contains(x * y), $"{a} * {b} lacks {x * y}");
            if (IntervalMath.Divide(a, b) is { } q)
            {
                Assert.True(q.Contains(x / y), $"{a} / {b} lacks {x / y}");
            }
            else
            {
                Assert.True(b.Contains(0m));
            }
        });
    }
}
