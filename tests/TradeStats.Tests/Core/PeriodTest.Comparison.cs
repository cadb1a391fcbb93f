using TradeStats.Tests.Infrastructure;

namespace TradeStats.Tests.Core;

public partial class PeriodTest
{
    [Fact]
    public void Ordering_is_by_start_then_length()
    {
        Assert.True(Period.Month(2024, 1) < Period.Quarter(2024, 1));
        Assert.True(Period.Quarter(2024, 1) < Period.Year(2024));
        Assert.True(Period.Year(2024) < Period.Month(2024, 2));
        Assert.True(Period.Year(2023) <= Period.Year(2024));
        Assert.True(Period.Year(2024) >= Period.FromMonths(2024, 1, 12));
        Assert.True(Period.Year(2025) > Period.YearToDate(2025, 10));
        Assert.Equal(0, Period.Year(2024).CompareTo(Period.FromMonths(2024, 1, 12)));
        IComparable c = Period.Year(2024);
        Assert.True(c.CompareTo(null) > 0);
        Assert.True(c.CompareTo(Period.Year(2025)) < 0);
        Assert.Throws<ArgumentException>(() => c.CompareTo("2024"));
    }

    [Fact]
    public void Equality_by_span()
    {
        EqualityAssert.Equal(Period.Parse("2024-M01"), Period.Month(2024, 1));
        EqualityAssert.Equal(Period.Parse("2024-01/2024-12"), Period.Year(2024));
        EqualityAssert.NotEqual(Period.Year(2024), Period.Year(2023));
        EqualityAssert.NotEqual(Period.Year(2024), Period.YearToDate(2024, 11));
        EqualityAssert.NotEqual(Period.Month(2024, 1), Period.Quarter(2024, 1));
        Assert.False(Period.Year(2024).Equals("2024"));
    }

    [Fact]
    public void Default_is_outside_the_supported_years()
    {
        var d = default(Period);
        Assert.Equal(0, d.StartYear);
        Assert.Equal(1, d.LengthInMonths);
        Assert.False(Period.TryParse(d.ToString(), out _));
        Assert.ThrowsAny<ArgumentOutOfRangeException>(() => d.FirstDay);
    }
}
