using FsCheck;
using FsCheck.Fluent;
using TradeStats.Analysis;

namespace TradeStats.Tests.Analysis;

/// <summary>Growth's promise at decimal's edges: an exact rate or an undefined reason, never a raw OverflowException.</summary>
public class GrowthEdgesTest
{
    public static TheoryData<string, Func<Growth>> OutOfRangeCases => new()
    {
        { "between 1e-28 and 1e28", () => Growth.Between(Money.Cny(1e28m), Money.Cny(1e-28m)) },
        { "compound from 1e-28 to 7.9e28", () => Growth.Compound(Money.Cny(1e-28m), Money.Cny(7.9e28m), 1000) },
        { "chained 1e28", () => Growth.FromRate(1e28m).Then(Growth.FromRate(1e28m)) },
        { "annualized MaxValue", () => Growth.FromRate(decimal.MaxValue).Annualize(2) },
    };

    [Theory]
    [MemberData(nameof(OutOfRangeCases))]
    public void A_result_decimal_cannot_hold_is_undefined_as_out_of_range(string name, Func<Growth> compute)
    {
        var g = compute();
        Assert.True(g.Rate is null, name);
        Assert.Equal(GrowthUndefinedReason.OutOfRange, g.Reason);
        Assert.Contains("outside what decimal holds", g.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_but_defined_rate_still_prints()
    {
        var g = Growth.FromRate(decimal.MaxValue);
        Assert.Equal("+" + decimal.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture) + "00.0%", g.ToString());
        Assert.Equal("79228162514264337593543950336-fold", g.ToFoldString());
        Assert.Null(g.Fold);
    }

    [Fact]
    public void The_implied_base_outside_decimal_is_an_OverflowException_naming_the_figures()
    {
        var e = Assert.Throws<OverflowException>(() => Growth.ImpliedBase(Money.Cny(1m), decimal.MaxValue));
        Assert.Contains("1 CNY", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_compound_rate_over_int_MaxValue_years_is_the_tiny_rate_it_should_be()
    {
        // The root takes O(log n) multiplications per Newton step (it took seconds with one per year).
        var g = Growth.Compound(Money.Cny(100m), Money.Cny(121m), int.MaxValue);
        Assert.InRange(g.Rate!.Value, 8.8e-11m, 8.9e-11m); // ln(1.21) / (2^31 - 1) = 8.876e-11
    }
}

/// <summary>Growth at decimal's edges, generated: every operation gives a rate or an undefined reason and prints, never throws.</summary>
public class GrowthEdgesPropertyTest
{
    private static readonly Gen<decimal> Edge = Gen.OneOf(
        Gen.Elements(0m, 1e-28m, -1e-28m, 1m, -1m, -0.5m, 0.999999999999999999999999999m, 1e28m, -1e28m, decimal.MaxValue, decimal.MinValue, 7.9e28m, 12345678901234567890123456789m),
        ArbMap.Default.GeneratorFor<decimal>());

    [FsCheck.Xunit.Property(MaxTest = 500)]
    public Property Growth_never_throws_at_the_edges() =>
        Prop.ForAll(
            Arb.From(from c in Edge from p in Edge from n in Gen.Choose(1, int.MaxValue) select (Current: c, Previous: p, Steps: n)),
            ((decimal Current, decimal Previous, int Steps) x) =>
            {
                var between = Growth.Between(Money.Cny(x.Current), Money.Cny(x.Previous));
                var rate = Growth.FromRate(x.Current);
                foreach (var g in new[] { between, between.Annualize(x.Steps), rate.Then(Growth.FromRate(x.Previous)), rate.Annualize(x.Steps) })
                {
                    Assert.True(g.Rate is not null || g.Reason != GrowthUndefinedReason.None);
                    Assert.NotEmpty(g.ToString());
                    Assert.NotEmpty(g.ToFoldString());
                    Assert.NotEmpty(g.ToPressString());
                }
            });
}
