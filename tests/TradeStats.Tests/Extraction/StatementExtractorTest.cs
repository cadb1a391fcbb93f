using TradeStats.Extraction;
using TradeStats.Verification;

namespace TradeStats.Tests.Extraction;

public class StatementExtractorTest
{
    private static readonly Territory Xizang = Territory.FromCode("CN-XZ");

    private static ExtractionResult Read(string text, int year = 2025, int month = 2, int day = 17) =>
        StatementExtractor.Extract(text, new ExtractionOptions { Date = new DateOnly(year, month, day), Publisher = "Test" });

    [Fact]
    public void Growth_and_level_of_one_flow_form_one_statement_and_the_span_points_at_the_figure()
    {
        const string text = "Exports of Xizang rose 15.3 percent year on year to 11.32 billion yuan in 2024.";
        var s = Assert.Single(Read(text).Statements);

        Assert.Equal(new StatementSubject(Xizang, Territory.World, Period.Year(2024), TradeFlow.Exports), s.Statement.Subject);
        Assert.Equal(11_320_000_000m, s.Statement.Value!.Value.Number.Value);
        Assert.Equal(0.153m, s.Statement.Growth!.Value.Value);
        Assert.Equal("15.3 percent", s.Span.Of(text));
        Assert.Equal(text, s.Statement.Source!.Excerpt);
    }

    [Fact]
    public void Last_year_resolves_against_the_date_and_the_region_against_the_earlier_sentence()
    {
        var result = Read("Xizang's foreign trade grew in 2024. The region's trade with Nepal soared 84.8 percent to 5.12 billion yuan last year.");
        var s = Assert.Single(result.Statements).Statement;

        Assert.Equal(new StatementSubject(Xizang, Territory.FromCode("NP"), Period.Year(2024), TradeFlow.Total), s.Subject);
    }

    [Fact]
    public void Respectively_pairs_rates_with_the_levels_in_order()
    {
        var result = Read("Xizang exported more than 11,800 NEVs worth 1.55 billion yuan in 2024, up 144.82 percent and 126.79 percent year on year respectively.");

        Assert.Equal(2, result.Statements.Count);
        var count = Assert.Single(result.Statements, s => s.Statement.Count is not null).Statement;
        var value = Assert.Single(result.Statements, s => s.Statement.Value is not null).Statement;
        Assert.Equal(1.4482m, count.Growth!.Value.Value);
        Assert.Equal(1.2679m, value.Growth!.Value.Value);
        Assert.Equal("New energy vehicles", value.Subject.Commodity!.Code);
    }

    [Fact]
    public void Figures_without_a_period_or_about_something_else_are_unresolved_not_guessed()
    {
        var result = StatementExtractor.Extract("Xizang achieved 10 billion yuan in foreign trade. Its gross domestic product expanded by 6.3 percent in 2024.");

        Assert.Empty(result.Statements);
        Assert.Contains(result.Unresolved, u => u.Figure == "10 billion yuan" && u.Reason.Contains("no period", StringComparison.Ordinal));
        Assert.Contains(result.Unresolved, u => u.Figure == "6.3 percent" && u.Reason.Contains("gross domestic product", StringComparison.Ordinal));
    }

    [Fact]
    public void A_share_names_its_whole_and_a_year_to_date_span_is_kept()
    {
        var result = Read("Private enterprises contributed 85.7 percent of Xizang's total trade value in the first 11 months of this year, or 7.26 billion yuan.", 2025, 12, 18);
        var s = Assert.Single(result.Statements).Statement;

        Assert.Equal(Period.YearToDate(2025, 11), s.Subject.Period);
        Assert.Equal(EnterpriseType.Private, s.Subject.EnterpriseType);
        Assert.Equal(0.857m, s.Share!.Value.Value);
        Assert.Equal(new StatementSubject(Xizang, Territory.World, Period.YearToDate(2025, 11), TradeFlow.Total), s.ShareOf);
        Assert.Equal(7_260_000_000m, s.Value!.Value.Number.Value);
    }

    [Fact]
    public void Chinese_release_gives_totals_exports_and_imports_with_growth()
    {
        var result = StatementExtractor.Extract("今年前11个月，西藏外贸进出口总值112.2亿元，同比增长9.4%。其中，出口100亿元，进口12.2亿元，下降3.1%。", new ExtractionOptions { Date = new DateOnly(2025, 12, 18) });

        Assert.Equal(3, result.Statements.Count);
        var total = result.Statements[0].Statement;
        Assert.Equal(new StatementSubject(Xizang, Territory.World, Period.YearToDate(2025, 11), TradeFlow.Total), total.Subject);
        Assert.Equal(11_220_000_000m, total.Value!.Value.Number.Value);
        Assert.Equal(0.094m, total.Growth!.Value.Value);
        Assert.Equal(TradeFlow.Exports, result.Statements[1].Statement.Subject.Flow);
        var imports = result.Statements[2].Statement;
        Assert.Equal(TradeFlow.Imports, imports.Subject.Flow);
        Assert.Equal(-0.031m, imports.Growth!.Value.Value);
    }

    [Fact]
    public void A_city_is_not_guessed_to_be_its_province()
    {
        var result = Read("Xigaze's trade volume reached 5.85 billion yuan in 2024, marking a 12-percent increase.");

        Assert.Empty(result.Statements);
        Assert.All(result.Unresolved, u => Assert.Contains("prefecture-level city", u.Reason, StringComparison.Ordinal));
    }
}
