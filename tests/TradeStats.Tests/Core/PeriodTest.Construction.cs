using TradeStats.Tests.Infrastructure;

namespace TradeStats.Tests.Core;

public partial class PeriodTest
{
    [Fact]
    public void Factories_build_each_kind()
    {
        Assert.Equal((2024, 1, 2024, 12, 12, PeriodKind.Year), Shape(Period.Year(2024)));
        Assert.Equal((2024, 7, 2024, 12, 6, PeriodKind.Half), Shape(Period.Half(2024, 2)));
        Assert.Equal((2024, 4, 2024, 6, 3, PeriodKind.Quarter), Shape(Period.Quarter(2024, 2)));
        Assert.Equal((2024, 2, 2024, 2, 1, PeriodKind.Month), Shape(Period.Month(2024, 2)));
        Assert.Equal((2025, 1, 2025, 10, 10, PeriodKind.Range), Shape(Period.YearToDate(2025, 10)));
        Assert.Equal((2024, 11, 2025, 2, 4, PeriodKind.Range), Shape(Period.FromMonths(2024, 11, 4)));
        Assert.Equal((2024, 3, 2025, 6, 16, PeriodKind.Range), Shape(Period.Range(Period.Month(2024, 3), Period.Quarter(2025, 2))));
    }

    [Fact]
    public void Kind_is_derived_from_the_span_however_it_was_made()
    {
        EqualityAssert.Equal(Period.Year(2024), Period.FromMonths(2024, 1, 12));
        EqualityAssert.Equal(Period.Year(2024), Period.YearToDate(2024, 12));
        EqualityAssert.Equal(Period.Month(2025, 1), Period.YearToDate(2025, 1));
        EqualityAssert.Equal(Period.Quarter(2024, 3), Period.FromMonths(2024, 7, 3));
        EqualityAssert.Equal(Period.Half(2024, 1), Period.Range(Period.Quarter(2024, 1), Period.Quarter(2024, 2)));
        Assert.Equal(PeriodKind.Range, Period.FromMonths(2024, 2, 3).Kind); // February-April is not a quarter
        Assert.Equal(PeriodKind.Range, Period.FromMonths(2024, 4, 6).Kind); // April-September is not a half
        Assert.Equal(PeriodKind.Range, Period.FromMonths(2024, 7, 12).Kind); // a fiscal year is not a calendar year
        Assert.Equal(PeriodKind.Range, Period.FromMonths(2024, 1, 24).Kind);
    }

    [Fact]
    public void Year_to_date_spans_start_in_january_and_stay_in_one_year()
    {
        Assert.True(Period.YearToDate(2025, 10).IsYearToDate);
        Assert.True(Period.Year(2025).IsYearToDate);
        Assert.True(Period.Month(2025, 1).IsYearToDate);
        Assert.False(Period.Month(2025, 2).IsYearToDate);
        Assert.False(Period.FromMonths(2025, 1, 13).IsYearToDate);
    }

    [Fact]
    public void First_and_last_days_cover_whole_months()
    {
        Assert.Equal(new DateOnly(2025, 1, 1), Period.YearToDate(2025, 10).FirstDay);
        Assert.Equal(new DateOnly(2025, 10, 31), Period.YearToDate(2025, 10).LastDay);
        Assert.Equal(new DateOnly(2024, 2, 29), Period.Month(2024, 2).LastDay);
        Assert.Equal(new DateOnly(2023, 2, 28), Period.Month(2023, 2).LastDay);
        Assert.Equal(new DateOnly(2024, 6, 30), Period.Quarter(2024, 2).LastDay);
        Assert.Equal(new DateOnly(9999, 12, 31), Period.Year(9999).LastDay);
        Assert.Equal(new DateOnly(1, 1, 1), Period.Year(1).FirstDay);
    }

    [Theory]
    [InlineData(0, 1, 1, "startYear")]
    [InlineData(10000, 1, 1, "startYear")]
    [InlineData(2024, 0, 1, "startMonth")]
    [InlineData(2024, 13, 1, "startMonth")]
    [InlineData(2024, 1, 0, "lengthInMonths")]
    [InlineData(9999, 12, 2, "lengthInMonths")]
    public void FromMonths_refuses_out_of_range_arguments_naming_them(int year, int month, int length, string parameter)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Period.FromMonths(year, month, length));
        Assert.Equal(parameter, e.ParamName);
    }

    [Fact]
    public void Other_factories_refuse_out_of_range_arguments()
    {
        Assert.Equal("half", Assert.Throws<ArgumentOutOfRangeException>(() => Period.Half(2024, 3)).ParamName);
        Assert.Equal("half", Assert.Throws<ArgumentOutOfRangeException>(() => Period.Half(2024, 0)).ParamName);
        Assert.Equal("quarter", Assert.Throws<ArgumentOutOfRangeException>(() => Period.Quarter(2024, 5)).ParamName);
        Assert.Equal("quarter", Assert.Throws<ArgumentOutOfRangeException>(() => Period.Quarter(2024, 0)).ParamName);
        Assert.Equal("month", Assert.Throws<ArgumentOutOfRangeException>(() => Period.Month(2024, 13)).ParamName);
        Assert.Equal("throughMonth", Assert.Throws<ArgumentOutOfRangeException>(() => Period.YearToDate(2024, 0)).ParamName);
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => Period.Year(0)).ParamName);
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => Period.Year(10000)).ParamName);
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => Period.Month(0, 1)).ParamName);
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => Period.Quarter(10000, 1)).ParamName);
        Assert.Contains("10000", Assert.Throws<ArgumentOutOfRangeException>(() => Period.Half(10000, 1)).Message, StringComparison.Ordinal);
        var range = Assert.Throws<ArgumentException>(() => Period.Range(Period.Year(2025), Period.Year(2024)));
        Assert.Contains("2024", range.Message, StringComparison.Ordinal);
        Assert.Contains("2025", range.Message, StringComparison.Ordinal);
    }

    private static (int, int, int, int, int, PeriodKind) Shape(Period p) =>
        (p.StartYear, p.StartMonth, p.EndYear, p.EndMonth, p.LengthInMonths, p.Kind);
}
