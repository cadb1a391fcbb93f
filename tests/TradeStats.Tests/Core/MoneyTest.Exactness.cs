using System.Globalization;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace TradeStats.Tests.Core;

/// <summary>Addition and subtraction of money are exact or throw: decimal's own operators round silently at full precision.</summary>
public partial class MoneyTest
{
    /// <summary>Decimals near zero, near decimal.MaxValue, and with 28 or 29 significant digits.</summary>
    private static readonly Gen<decimal> EdgeDecimal = Gen.OneOf(
        Gen.Elements(0m, 1m, 0.01m, 3m, decimal.MaxValue, decimal.MinValue, 7922816251426433759354395033.5m, 1e-28m, 0.0000000000000000000000000001m, 9.999999999999999999999999999m, 1234567890123456789012345678.9m),
        ArbMap.Default.GeneratorFor<decimal>(),
        from mantissa in Gen.Choose(1, int.MaxValue)
        from scale in Gen.Choose(0, 28)
        from negative in ArbMap.Default.GeneratorFor<bool>()
        select new decimal(mantissa, mantissa ^ 0x5A5A5A5A, mantissa & 0x7FFFFFFF, negative, (byte)scale));

    [Fact]
    public void Adding_at_full_precision_throws_instead_of_rounding()
    {
        var e = Assert.Throws<OverflowException>(() => Money.Cny(7922816251426433759354395033.5m) + Money.Cny(3m));
        Assert.Contains("7922816251426433759354395033.5 CNY", e.Message, StringComparison.Ordinal);
        Assert.Contains("3 CNY", e.Message, StringComparison.Ordinal);
        Assert.Throws<OverflowException>(() => Money.Cny(0.01m) + Money.Cny(decimal.MaxValue));
        Assert.Throws<OverflowException>(() => Money.Cny(decimal.MaxValue) - Money.Cny(0.5m));
        Assert.Throws<OverflowException>(() => Money.Cny(decimal.MaxValue) + Money.Cny(1m));
    }

    [Fact]
    public void Adding_at_the_edges_that_decimal_holds_is_exact()
    {
        Assert.Equal(Money.Cny(decimal.MaxValue), Money.Cny(decimal.MaxValue - 1m) + Money.Cny(1m));
        Assert.Equal(Money.Cny(7922816251426433759354395036m), Money.Cny(7922816251426433759354395033m) + Money.Cny(3m));
        Assert.Equal(Money.Cny(0.0000000000000000000000000002m), Money.Cny(1e-28m) + Money.Cny(1e-28m));
        Assert.Equal(Money.Cny(0m), Money.Cny(decimal.MaxValue) - Money.Cny(decimal.MaxValue));
    }

    [Property(MaxTest = 1000)]
    public Property Sums_and_differences_are_the_exact_result_or_an_overflow()
    {
        var pairs = Arb.From(from a in EdgeDecimal from b in EdgeDecimal select (a, b));
        return Prop.ForAll(pairs, ((decimal a, decimal b) p) =>
        {
            foreach (var (op, expected) in new[] { ("+", Exact(p.a) + Exact(p.b)), ("-", Exact(p.a) - Exact(p.b)) })
            {
                Money result;
                try
                {
                    result = op == "+" ? Money.Usd(p.a) + Money.Usd(p.b) : Money.Usd(p.a) - Money.Usd(p.b);
                }
                catch (OverflowException)
                {
                    Assert.False(Representable(expected), $"{p.a} {op} {p.b} is representable, yet threw");
                    continue;
                }

                Assert.Equal(expected, Exact(result.Amount));
            }
        });
    }

    /// <summary>A decimal as an exact rational n / 10^28 (every decimal has at most 28 decimals).</summary>
    private static BigInteger Exact(decimal d)
    {
        var text = d.ToString(CultureInfo.InvariantCulture);
        var point = text.IndexOf('.', StringComparison.Ordinal);
        var decimals = point < 0 ? 0 : text.Length - point - 1;
        var digits = text.Replace(".", string.Empty, StringComparison.Ordinal);
        return BigInteger.Parse(digits, CultureInfo.InvariantCulture) * BigInteger.Pow(10, 28 - decimals);
    }

    private static bool Representable(BigInteger scaled)
    {
        // n / 10^28 is a decimal when, with trailing zeros removed down to at most 28 decimals, the coefficient fits 96 bits.
        var coefficient = BigInteger.Abs(scaled);
        var scale = 28;
        while (scale > 0 && coefficient % 10 == 0)
        {
            coefficient /= 10;
            scale--;
        }

        return coefficient < (BigInteger.One << 96);
    }
}
