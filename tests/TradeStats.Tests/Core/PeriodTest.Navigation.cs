namespace TradeStats.Tests.Core;

public partial class PeriodTest
{
    [Fact]
    public void Containment_and_overlap()
    {
        var q1 = Period.Quarter(2024, 1);
        Assert.True(Period.Month(2024, 2).IsWithin(q1));
        Assert.True(q1.Contains(Period.Month(2024, 3)));
        Assert.True(q1.IsWithin(q1));
        Assert.False(Period.Month(2024, 4).IsWithin(q1));
        Assert.False(q1.IsWithin(Period.Month(2024, 2)));
        Assert.True(Period.YearToDate(2025, 10).Overlaps(Period.Quarter(2025, 4)));
        Assert.False(Period.YearToDate(2025, 9).Overlaps(Period.Quarter(2025, 4)));
        Assert.True(Period.FromMonths(2024, 12, 2).Overlaps(Period.Year(2025)));
        Assert.False(Period.Year(2024).Overlaps(Period.Year(2025)));
    }

    [Fact]
    public void Year_earlier_is_the_year_on_year_base()
    {
        Assert.Equal(Period.YearToDate(2024, 10), Period.YearToDate(2025, 10).YearEarlier());
        Assert.Equal(Period.Year(2023), Period.Year(2024).YearEarlier());
        Assert.Equal(Period.Year(2025), Period.Year(2024).YearLater());
        Assert.Equal(Period.FromMonths(2023, 11, 4), Period.FromMonths(2024, 11, 4).YearEarlier());
    }

    [Fact]
    public void Previous_and_next_are_adjacent_spans_of_the_same_length()
    {
        Assert.Equal(Period.Quarter(2024, 4), Period.Quarter(2025, 1).Previous());
        Assert.Equal(Period.Month(2025, 1), Period.Month(2024, 12).Next());
        Assert.Equal(Period.Half(2025, 1), Period.Half(2024, 2).Next());
        Assert.Equal(Period.FromMonths(2024, 3, 10), Period.YearToDate(2025, 10).Previous());
        Assert.Equal(Period.Month(2024, 5), Period.Month(2024, 2).Shift(3));
        Assert.Equal(Period.Month(2023, 11), Period.Month(2024, 2).Shift(-3));
        Assert.Equal(Period.Year(2024), Period.Year(2024).Shift(0));
    }

    [Fact]
    public void Moving_outside_years_1_to_9999_is_refused_naming_the_period()
    {
        var back = Assert.Throws<InvalidOperationException>(() => Period.Year(1).YearEarlier());
        Assert.Contains("0001", back.Message, StringComparison.Ordinal);
        Assert.Contains("-12", back.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => Period.Year(9999).YearLater());
        Assert.Throws<InvalidOperationException>(() => Period.Month(1, 1).Previous());
        Assert.Throws<InvalidOperationException>(() => Period.Month(9999, 12).Next());
        Assert.Throws<InvalidOperationException>(() => Period.Month(2024, 1).Shift(int.MinValue));
        Assert.Throws<InvalidOperationException>(() => Period.Month(2024, 1).Shift(int.MaxValue));
    }

    [Theory]
    [MemberData(nameof(CultureScope.Names), MemberType = typeof(CultureScope))]
    public void Shift_messages_are_invariant(string culture)
    {
        using var scope = new CultureScope(culture);
        var e = Assert.Throws<InvalidOperationException>(() => Period.Year(1).Shift(-1000));
        Assert.Contains("by -1000 months", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Months_lists_every_month_in_order()
    {
        Assert.Equal(
            [Period.Month(2024, 11), Period.Month(2024, 12), Period.Month(2025, 1)],
            Period.FromMonths(2024, 11, 3).Months());
        Assert.Single(Period.Month(2024, 5).Months());
        Assert.Equal(12, Period.Year(2024).Months().Count());
    }

    [Fact]
    public void RollUp_finds_the_enclosing_period()
    {
        Assert.Equal(Period.Quarter(2024, 2), Period.Month(2024, 5).RollUp(PeriodKind.Quarter));
        Assert.Equal(Period.Half(2024, 1), Period.Month(2024, 5).RollUp(PeriodKind.Half));
        Assert.Equal(Period.Year(2024), Period.Quarter(2024, 3).RollUp(PeriodKind.Year));
        Assert.Equal(Period.Month(2024, 5), Period.Month(2024, 5).RollUp(PeriodKind.Month));
        Assert.Equal(Period.Year(2025), Period.YearToDate(2025, 10).RollUp(PeriodKind.Year));
    }

    [Fact]
    public void RollUp_refuses_spans_across_boundaries_and_bad_kinds()
    {
        var across = Assert.Throws<InvalidOperationException>(() => Period.FromMonths(2024, 3, 2).RollUp(PeriodKind.Quarter));
        Assert.Contains("2024-03/2024-04", across.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => Period.Year(2024).RollUp(PeriodKind.Month));
        Assert.Equal("kind", Assert.Throws<ArgumentException>(() => Period.Year(2024).RollUp(PeriodKind.Range)).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => Period.Year(2024).RollUp((PeriodKind)5)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Period.Year(2024).RollUp((PeriodKind)(-3)));
    }

    [Fact]
    public void Subdivide_covers_a_period_with_smaller_ones()
    {
        Assert.Equal([Period.Quarter(2024, 1), Period.Quarter(2024, 2), Period.Quarter(2024, 3), Period.Quarter(2024, 4)], Period.Year(2024).Subdivide(PeriodKind.Quarter));
        Assert.Equal([Period.Half(2024, 1), Period.Half(2024, 2)], Period.Year(2024).Subdivide(PeriodKind.Half));
        Assert.Equal([Period.Year(2024), Period.Year(2025)], Period.FromMonths(2024, 1, 24).Subdivide(PeriodKind.Year));
        Assert.Equal(Period.YearToDate(2025, 10).Months(), Period.YearToDate(2025, 10).Subdivide(PeriodKind.Month));
        var bad = Assert.Throws<InvalidOperationException>(() => Period.YearToDate(2025, 10).Subdivide(PeriodKind.Quarter));
        Assert.Contains("2025-01/2025-10", bad.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => Period.FromMonths(2024, 2, 3).Subdivide(PeriodKind.Quarter));
        Assert.Throws<ArgumentException>(() => Period.Year(2024).Subdivide(PeriodKind.Range));
        Assert.Throws<ArgumentOutOfRangeException>(() => Period.Year(2024).Subdivide((PeriodKind)4));
    }
}
