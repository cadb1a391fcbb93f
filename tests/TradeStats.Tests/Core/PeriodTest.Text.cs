namespace TradeStats.Tests.Core;

public partial class PeriodTest
{
    public static TheoryData<string, int, int, int> SdmxForms { get; } = new()
    {
        { "2024", 2024, 1, 12 },
        { "2024-S1", 2024, 1, 6 },
        { "2024-S2", 2024, 7, 6 },
        { "2024-H2", 2024, 7, 6 },
        { "2024-Q1", 2024, 1, 3 },
        { "2024-q4", 2024, 10, 3 },
        { "2024-01", 2024, 1, 1 },
        { "2024-M01", 2024, 1, 1 },
        { "2024-m12", 2024, 12, 1 },
        { "2024-A1", 2024, 1, 12 },
        { "2025-01/2025-10", 2025, 1, 10 },
        { "2024-11/2025-02", 2024, 11, 4 },
        { "2024-Q1/2024-Q2", 2024, 1, 6 },
        { "2024/2025", 2024, 1, 24 },
        { " 2024-Q1 ", 2024, 1, 3 },
        { "2024-M01/2024-M03", 2024, 1, 3 },
        { "0001", 1, 1, 12 },
        { "9999-12", 9999, 12, 1 },
    };

    [Theory]
    [MemberData(nameof(SdmxForms))]
    public void Parse_reads_sdmx_forms(string text, int year, int month, int length) =>
        Assert.Equal(Period.FromMonths(year, month, length), Period.Parse(text));

    [Theory]
    [InlineData("2024", 2024, 1, 12)]
    [InlineData("202401", 2024, 1, 1)]
    [InlineData("202512", 2025, 12, 1)]
    public void Parse_reads_comtrade_forms(string text, int year, int month, int length) =>
        Assert.Equal(Period.FromMonths(year, month, length), Period.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("2024-13")]
    [InlineData("2024-00")]
    [InlineData("2024-Q5")]
    [InlineData("2024-Q0")]
    [InlineData("2024-S3")]
    [InlineData("2024-M13")]
    [InlineData("2024-M1")]
    [InlineData("2024-M001")]
    [InlineData("2024-Q01")]
    [InlineData("2024-1")]
    [InlineData("2024-")]
    [InlineData("2024-X1")]
    [InlineData("2024-A2")]
    [InlineData("24")]
    [InlineData("abcd")]
    [InlineData("0000")]
    [InlineData("202413")]
    [InlineData("202400")]
    [InlineData("20241")]
    [InlineData("2024011")]
    [InlineData("2025-10/2025-01")]
    [InlineData("2025/2024")]
    [InlineData("2024-01/")]
    [InlineData("/2024-01")]
    [InlineData("2024-01/2024-02/2024-03")]
    [InlineData("２０２４")]
    [InlineData("+2024")]
    [InlineData("2024 Q1")]
    [InlineData("Q1 2024")]
    public void Parse_refuses_bad_strings_quoting_them(string text)
    {
        var e = Assert.Throws<FormatException>(() => Period.Parse(text));
        Assert.Contains($"'{text}'", e.Message, StringComparison.Ordinal);
        Assert.False(Period.TryParse(text, out _));
    }

    [Fact]
    public void Parse_refuses_null()
    {
        Assert.Throws<ArgumentNullException>(() => Period.Parse(null!));
        Assert.False(Period.TryParse(null, out _));
    }

    [Theory]
    [MemberData(nameof(CultureScope.Names), MemberType = typeof(CultureScope))]
    public void Formatting_is_invariant_under_any_current_culture(string culture)
    {
        using var scope = new CultureScope(culture);
        Assert.Equal("2024", Period.Year(2024).ToString());
        Assert.Equal("2024-S2", Period.Half(2024, 2).ToString());
        Assert.Equal("2024-Q1", Period.Quarter(2024, 1).ToString());
        Assert.Equal("2024-01", Period.Month(2024, 1).ToString());
        Assert.Equal("2025-01/2025-10", Period.YearToDate(2025, 10).ToString());
        Assert.Equal("0001", Period.Year(1).ToString());
        Assert.Equal("2024-M01", Period.Month(2024, 1).ToString("M", null));
        Assert.Equal("2025-M01/2025-M10", Period.YearToDate(2025, 10).ToString("M", null));
        Assert.Equal("2024-Q1", Period.Quarter(2024, 1).ToString("S", null));
        Assert.Equal("2024", Period.Year(2024).ToString("C", null));
        Assert.Equal("202401", Period.Month(2024, 1).ToString("C", null));
        Assert.Equal("2024-Q1", $"{Period.Quarter(2024, 1)}");
        Assert.Equal("202401", $"{Period.Month(2024, 1):C}");
        Assert.Equal(Period.YearToDate(2025, 10), Period.Parse("2025-01/2025-10"));
    }

    [Fact]
    public void Comtrade_has_no_form_for_quarters_halves_or_ranges()
    {
        var e = Assert.Throws<FormatException>(() => Period.Quarter(2024, 1).ToString("C", null));
        Assert.Contains("2024-Q1", e.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => Period.Half(2024, 1).ToString("C", null));
        Assert.Throws<FormatException>(() => Period.YearToDate(2025, 10).ToString("C", null));
        var unknown = Assert.Throws<FormatException>(() => Period.Year(2024).ToString("X", null));
        Assert.Contains("'X'", unknown.Message, StringComparison.Ordinal);
    }
}
