using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TradeStats.Tests.Infrastructure;

namespace TradeStats.Tests.Core;

public partial class PeriodTest
{
    private static readonly Arbitrary<Period> Wide = Arb.From(CoreGenerators.WidePeriod, Generators.ShrinkPeriod);

    [Property]
    public Property Sdmx_text_round_trips() =>
        Prop.ForAll(Wide, p => Period.Parse(p.ToString()) == p && Period.Parse(p.ToString("M", null)) == p);

    [Property]
    public Property Comtrade_text_round_trips_for_years_and_months() =>
        Prop.ForAll(Arb.From(CoreGenerators.YearOrMonth), p => Period.Parse(p.ToString("C", null)) == p);

    [Property]
    public Property The_year_on_year_base_has_the_same_length_and_starts_twelve_months_earlier() =>
        Prop.ForAll(Arb.From(CoreGenerators.WidePeriod.Where(p => p.StartYear > 1), Generators.ShrinkPeriod), p =>
        {
            var b = p.YearEarlier();
            return b.LengthInMonths == p.LengthInMonths
                && b.FirstDay == p.FirstDay.AddMonths(-12)
                && b.Kind == p.Kind
                && b.YearLater() == p;
        });

    [Property]
    public Property The_quarters_of_a_year_cover_exactly_its_months() =>
        Prop.ForAll(Arb.From(Gen.Choose(1, 9999)), y =>
        {
            var year = Period.Year(y);
            var quarters = year.Subdivide(PeriodKind.Quarter);
            return quarters.Count == 4
                && quarters.All(q => q.Kind == PeriodKind.Quarter && q.IsWithin(year))
                && quarters.SelectMany(q => q.Months()).SequenceEqual(year.Months())
                && quarters.Zip(quarters.Skip(1)).All(pair => pair.First.Next() == pair.Second);
        });

    [Property]
    public Property Every_month_of_a_year_rolls_up_to_the_year() =>
        Prop.ForAll(Arb.From(Gen.Choose(1, 9999)), y =>
            Period.Year(y).Months().All(m => m.RollUp(PeriodKind.Year) == Period.Year(y)
                && m.RollUp(PeriodKind.Quarter).Contains(m)
                && m.RollUp(PeriodKind.Half).Contains(m.RollUp(PeriodKind.Quarter))));

    [Property]
    public Property Comparison_is_a_total_order_consistent_with_equality() =>
        Prop.ForAll(CoreGenerators.PeriodPair, t =>
        {
            var (a, b) = t;
            Assert.Equal(Math.Sign(a.CompareTo(b)), -Math.Sign(b.CompareTo(a)));
            Assert.Equal(a.CompareTo(b) == 0, a == b);
            Assert.Equal(a == b, a.Equals(b));
            Assert.Equal(a != b, !a.Equals(b));
            if (a == b)
            {
                Assert.Equal(a.GetHashCode(), b.GetHashCode());
            }

            Assert.Equal(a < b, a.CompareTo(b) < 0);
            Assert.Equal(a >= b, !(a < b));
        });

    [Property]
    public Property Comparison_is_transitive() =>
        Prop.ForAll(
            Arb.From(from a in Generators.Period from b in Generators.Period from c in Generators.Period select new[] { a, b, c }),
            ps =>
            {
                var sorted = ps.Order().ToArray();
                return sorted[0] <= sorted[1] && sorted[1] <= sorted[2] && sorted[0] <= sorted[2];
            });
}
