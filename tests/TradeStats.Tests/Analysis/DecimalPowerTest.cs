using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TradeStats.Analysis;

namespace TradeStats.Tests.Analysis;

/// <summary>The fractional roots behind compound growth over fractional years, against independent computations.</summary>
public class DecimalPowerTest
{
    // Ratios from 0.1 to 1e9 with nine significant digits: their roots over a year or more keep 0.1 or more, where
    // the documented precision is relative.
    private static readonly Gen<decimal> Ratio =
        from mantissa in Gen.Choose(100_000_000, 999_999_999)
        from exponent in Gen.Choose(0, 9)
        select mantissa / 1_000_000_000m * (decimal)Math.Pow(10, exponent);

    [Theory]
    [InlineData("2", "0.5", "4")]
    [InlineData("2", "2", "1.4142135623730950488016887242")]
    [InlineData("10", "3", "2.1544346900318837217592935665")]
    [InlineData("2.1206627264705882352941176471", "7.75", "1.1018573377024803802110090436")]
    [InlineData("0.5", "0.25", "0.0625")]
    [InlineData("1e-20", "1", "0.00000000000000000001")]
    public void Roots_match_values_computed_with_60_digits(string x, string years, string expected)
    {
        var root = DecimalPower.Root(decimal.Parse(x, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(years, System.Globalization.CultureInfo.InvariantCulture));
        var e = decimal.Parse(expected, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
        var tolerance = e >= 0.1m ? e * 1e-27m : 5e-29m; // the documented precision: relative from 0.1, absolute below
        Assert.InRange(root - e, -tolerance, tolerance);
    }

    [Fact]
    public void Results_outside_decimal_are_overflows_not_zeros_or_infinities()
    {
        Assert.Throws<OverflowException>(() => DecimalPower.Root(7.9e28m, 0.5m));
        Assert.Throws<OverflowException>(() => DecimalPower.Root(1e-28m, 0.5m));
        Assert.InRange(DecimalPower.Root(1e-28m, 2m) - 1e-14m, -5e-29m, 5e-29m);
    }

    [Property(MaxTest = 300)]
    public Property Property_a_root_over_whole_years_equals_the_Newton_root() =>
        Prop.ForAll(Arb.From(from x in Ratio from n in Gen.Choose(1, 40) select (x, n)), t =>
        {
            var root = DecimalPower.Root(t.x, t.n);
            var newton = DecimalMath.NthRoot(t.x, t.n);
            Assert.InRange((root - newton) / newton, -1e-26m, 1e-26m);
        });

    [Property(MaxTest = 300)]
    public Property Property_a_root_over_a_year_and_a_half_cubed_is_the_square() =>
        // x^(1/1.5) = x^(2/3), so its cube is x squared: checked with decimal multiplication only.
        Prop.ForAll(Arb.From(Ratio), x =>
        {
            var root = DecimalPower.Root(x, 1.5m);
            var cube = root * root * root;
            var square = x * x;
            Assert.InRange((cube - square) / square, -1e-25m, 1e-25m);
        });

    [Property(MaxTest = 300)]
    public Property Property_a_fractional_root_agrees_with_double_and_compounds_back() =>
        Prop.ForAll(Arb.From(from x in Ratio from days in Gen.Choose(366, 20_000) select (x, years: days / 365.25m)), t =>
        {
            var root = DecimalPower.Root(t.x, t.years);
            var viaDouble = Math.Pow((double)t.x, 1.0 / (double)t.years);
            Assert.InRange(((double)root - viaDouble) / viaDouble, -1e-13, 1e-13);
            var back = DecimalPower.Power(root, t.years);
            Assert.InRange((back - t.x) / t.x, -1e-24m, 1e-24m);
        });
}
