using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TradeStats.Analysis;
using TradeStats.Tests.Infrastructure;

namespace TradeStats.Tests.Analysis;

public class GrowthTest
{
    private static readonly Territory Xizang = Territory.FromCode("CN-XZ");

    private static Gen<decimal> Rate { get; } = from n in Gen.Choose(-900, 5000) from scale in Gen.Choose(1, 4) select n / (scale == 1 ? 10m : scale == 2 ? 100m : scale == 3 ? 1000m : 10000m) / 100m;

    [Theory]
    [InlineData(0.154, "+15.4%")]
    [InlineData(-0.331, "-33.1%")]
    [InlineData(0.15349, "+15.3%")]
    [InlineData(0.15350, "+15.4%")]
    [InlineData(0, "0.0%")]
    [InlineData(-0.00001, "0.0%")]
    public void Formats_like_the_press(double rate, string expected) =>
        Assert.Equal(expected, Growth.FromRate((decimal)rate).ToString());

    [Fact]
    public void Folds_are_new_over_old()
    {
        Assert.Equal("65-fold", Growth.FromFold(65m).ToFoldString());
        Assert.Equal("65-fold", Growth.Between(Money.Cny(613e6m), Money.Cny(613e6m / 65m)).ToPressString());
        Assert.Equal("+144.8%", Growth.FromRate(1.4482m).ToPressString());
        Assert.Equal("+144.82%", Growth.FromRate(1.4482m).ToString(2));
    }

    [Fact]
    public void Undefined_cases_say_why_and_never_throw()
    {
        var zero = Growth.Between(Money.Cny(5m), Money.Cny(0m));
        Assert.Equal(GrowthUndefinedReason.ZeroBase, zero.Reason);
        Assert.Null(zero.Rate);
        Assert.StartsWith("undefined (the base is zero", zero.ToString(), StringComparison.Ordinal);

        var sign = Growth.Between(Money.Cny(-3m), Money.Cny(9.97m));
        Assert.Equal(GrowthUndefinedReason.SignChange, sign.Reason);
        Assert.Contains("changes sign", sign.Explanation, StringComparison.Ordinal);

        Assert.Equal(GrowthUndefinedReason.NegativeBase, Growth.Between(Money.Cny(-5m), Money.Cny(-3m)).Reason);
        Assert.Equal(GrowthUndefinedReason.MissingPeriod, Growth.Between(Money.Cny(1m), (Money?)null).Reason);
        Assert.Equal(GrowthUndefinedReason.ZeroBase, zero.Then(Growth.FromRate(0.1m)).Reason);
        Assert.Equal(GrowthUndefinedReason.ZeroBase, Growth.FromRate(0.1m).Then(zero).Reason);
        Assert.Equal(GrowthUndefinedReason.ZeroBase, zero.Annualize(3).Reason);
        Assert.Equal(GrowthUndefinedReason.UndefinedInput, Growth.FromRate(-1m).Annualize(3).Reason);
        Assert.Equal("undefined (the base is zero (0 CNY), so the change to 5 CNY has no rate)", zero.ToFoldString());
    }

    [Fact]
    public void A_balance_changing_sign_has_no_growth_in_a_series()
    {
        var series = TradeSeries.From([
            new TradeObservation(Xizang, Territory.World, Period.Year(2023), TradeFlow.Exports, Money.Cny(1m)),
            new TradeObservation(Xizang, Territory.World, Period.Year(2023), TradeFlow.Imports, Money.Cny(2m)),
            new TradeObservation(Xizang, Territory.World, Period.Year(2024), TradeFlow.Exports, Money.Cny(3m)),
            new TradeObservation(Xizang, Territory.World, Period.Year(2024), TradeFlow.Imports, Money.Cny(2m)),
        ]);

        Assert.Equal(GrowthUndefinedReason.SignChange, series.YearOnYear(Period.Year(2024), TradeFlow.Balance).Reason);
        Assert.Equal("+200.0%", series.YearOnYear(Period.Year(2024), TradeFlow.Exports).ToString());
        Assert.Equal("+66.7%", series.YearOnYear(Period.Year(2024), TradeFlow.Total).ToString());
        Assert.Equal("+66.7%", series.PeriodOnPeriod(Period.Year(2024), TradeFlow.Total).ToString());
    }

    [Fact]
    public void A_missing_month_makes_the_growth_undefined_rather_than_wrong()
    {
        var months = Enumerable.Range(1, 24).Where(i => i != 17)
            .Select(i => new TradeObservation(Xizang, Territory.World, Period.Month(2023 + ((i - 1) / 12), ((i - 1) % 12) + 1), TradeFlow.Exports, Money.Cny(100m)));

        var g = TradeSeries.From(months).YearOnYear(Period.Year(2024), TradeFlow.Exports);

        Assert.Equal(GrowthUndefinedReason.MissingPeriod, g.Reason);
        Assert.Contains("2024-05", g.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Stated_and_computed_growth_are_kept_side_by_side()
    {
        // Xizang 2024: 12.67 billion "up 15.4 percent"; 2023 was first published as "10 billion".
        var c = GrowthComparison.Of(Money.Cny(12.67e9m), Money.Cny(10e9m), PublishedNumber.FromDigits(15.4m, 0.01m));

        Assert.Equal("+26.7%", c.Computed.ToString());
        Assert.Equal(0.154m, c.Stated.Value);
        Assert.False(c.AgreesWithinRounding);
        Assert.Equal(10.98m, Math.Round(c.ImpliedPrevious.Amount / 1e9m, 2));
        Assert.Equal(11.3m, Math.Round(c.DifferenceInPoints!.Value, 1));
    }

    [Fact]
    public void Absolute_change_percentage_points_and_index()
    {
        Assert.Equal(Money.Cny(1.69e9m), Growth.AbsoluteChange(Money.Cny(12.67e9m), Money.Cny(10.98e9m)));
        Assert.Equal(3m, Ratio.FromValue(0.43m).PercentagePointsSince(Ratio.FromValue(0.40m)));

        var index = ValueIndex.Rebase([(Period.Year(2023), Money.Cny(10.98e9m)), (Period.Year(2022), Money.Cny(5.49e9m)), (Period.Year(2024), Money.Cny(12.078e9m))], Period.Year(2023));
        Assert.Equal([50m, 100m, 110m], index.Select(p => p.Index));
        Assert.Throws<ArgumentException>(() => ValueIndex.Rebase([(Period.Year(2023), Money.Cny(1m))], Period.Year(2020)));
    }

    [Fact]
    public void Compound_annual_growth()
    {
        Assert.Equal(0.1m, Math.Round(Growth.Compound(Money.Cny(100m), Money.Cny(121m), 2).Rate!.Value, 24));
        Assert.Equal(GrowthUndefinedReason.ZeroBase, Growth.Compound(Money.Cny(0m), Money.Cny(121m), 2).Reason);
    }

    [Fact]
    public void Contributions_of_enterprise_types()
    {
        var d = Growth.Contributions<string>([("Private", Money.Cny(90m), Money.Cny(80m)), ("State", Money.Cny(10m), Money.Cny(20m))]);

        Assert.Equal(0m, d.Whole.Rate);
        Assert.Equal([10m, -10m], d.Parts.Select(p => p.PercentagePoints!.Value));
    }

    [Property]
    public Property Property_chained_growth_multiplies() =>
        Prop.ForAll(Arb.From(from a in Generators.NonNegativeAmount.Where(a => a > 0m) from g1 in Rate from g2 in Rate select (a, g1, g2)), x =>
        {
            var v0 = Money.Cny(x.a);
            var v1 = v0 * (1m + x.g1);
            var v2 = v1 * (1m + x.g2);
            var chained = Growth.Between(v1, v0).Then(Growth.Between(v2, v1)).Rate!.Value;
            var direct = Growth.Between(v2, v0).Rate!.Value;
            Assert.InRange(chained - direct, -1e-18m, 1e-18m);
        });

    [Property]
    public Property Property_the_compound_rate_of_a_constant_growth_is_that_rate() =>
        // Rates from -30% to +100% over up to 30 years keep every level of the constant series between about 20 and
        // 1e15, where decimal still holds 28 significant digits; a series that decays towards decimal's smallest
        // scale would lose its own precision before the root is taken.
        Prop.ForAll(Arb.From(from r in Gen.Choose(-3000, 10000) from n in Gen.Choose(1, 30) select (r: r / 10000m, n)), x =>
        {
            var first = Money.Cny(1_000_000m);
            var last = first;
            for (var i = 0; i < x.n; i++)
            {
                last *= 1m + x.r;
            }

            // Documented precision: 1e-24 relative to 1 + rate; the constant series itself carries decimal rounding.
            var cagr = Growth.Compound(first, last, x.n).Rate!.Value;
            Assert.InRange(cagr - x.r, -1e-20m, 1e-20m);
        });

    [Property]
    public Property Property_contributions_add_up_to_the_growth_of_the_whole() =>
        Prop.ForAll(Arb.From(Gen.NonEmptyListOf(from c in AnalysisGenerators.PositiveAmount from p in AnalysisGenerators.PositiveAmount select (c, p))), parts =>
        {
            var d = Growth.Contributions(parts.Select((x, i) => (i, Money.Cny(x.c), Money.Cny(x.p))));
            Assert.InRange(d.Parts.Sum(p => p.PercentagePoints!.Value) - d.Whole.Percent!.Value, -1e-18m, 1e-18m);
        });

    [Property(MaxTest = 100)]
    public Property Property_year_on_year_of_a_year_is_the_ratio_of_the_sums_of_its_months() =>
        Prop.ForAll(Arb.From(Gen.ArrayOf(AnalysisGenerators.PositiveAmount, 24)), amounts =>
        {
            var months = amounts.Select((a, i) => new TradeObservation(Xizang, Territory.World, Period.Month(2023 + (i / 12), (i % 12) + 1), TradeFlow.Exports, Money.Cny(a))).ToList();
            var g = TradeSeries.From(months).YearOnYear(Period.Year(2024), TradeFlow.Exports);
            var expected = (amounts.Skip(12).Sum() / amounts.Take(12).Sum()) - 1m;
            Assert.InRange(g.Rate!.Value - expected, -1e-20m, 1e-20m);
        });
}
