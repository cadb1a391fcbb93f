using TradeStats.Sample;
using TradeStats.Verification;

namespace TradeStats.Tests.Sample;

public class SeedReportTest
{
    private static readonly Lazy<(SeedDataSet Data, VerificationReport Findings)> Seed = new(() =>
    {
        var data = SeedDataSet.Load();
        return (data, new SeedReport(data).Verification);
    });

    private static VerificationReport Findings => Seed.Value.Findings;

    private static Finding Single(FindingKind kind, FindingClassification classification, params string[] ids) =>
        Assert.Single(Findings.Findings, f => f.Kind == kind && f.Classification == classification && ids.All(f.Involves));

    [Fact]
    public void Report_runs_in_plain_text_without_escape_codes()
    {
        var (code, output, error) = SampleRunner.Run();

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.DoesNotContain('\u001b', output);
        foreach (var expected in new[]
                 {
                     "12.67 billion yuan", "89.3%", "40.4%", "-33.1%", "+26.7%", "85.7%", "357.27 billion yuan", "37.10 billion yuan",
                     "200.14 billion yuan", "189.11 billion yuan", "7.0467", "7.1217", "12,114 vehicles", "Xizang total trade by year",
                     "Contradiction", "PowerOfTenSlip", "Figures shown for context",
                 })
        {
            Assert.Contains(expected, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_README_quotes_the_counts_the_report_prints()
    {
        var (_, output, _) = SampleRunner.Run();
        var printed = System.Text.RegularExpressions.Regex.Match(output, @"\d+ relations checked: \d+ contradictions, \d+ explainable gaps, \d+ consistent within rounding");
        Assert.True(printed.Success, "the report no longer prints its counts");
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        Assert.Contains(printed.Value, readme, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TradeStats.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("TradeStats.sln not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public void Data_set_holds_every_statement_with_its_article_and_sentence()
    {
        var data = Seed.Value.Data;

        Assert.Equal(43, data.Statements.Count);
        Assert.All(data.Statements, s => Assert.False(string.IsNullOrWhiteSpace(s.Source?.Excerpt), s.Id));
        Assert.Equal(5, data.Statements.Select(s => s.Source!.Title).Distinct().Count());
        Assert.All(data.Observations, o => Assert.NotNull(o.Source));
        Assert.Equal([6.4515m, 6.7261m, 7.0467m, 7.1217m], data.Rates.Rates.Select(r => r.Value).Order());
        Assert.All(data.Rates.Rates, r => Assert.Contains("NBS", r.Source, StringComparison.Ordinal));
        Assert.Equal(TradeFlow.Total, data["chinadaily-2025-total"].Subject.Flow);
        Assert.Contains(data.Records, r => r.Statement.Id == "chinadaily-2025-total" && r.Status == ObservationStatus.Estimated);
    }

    [Fact]
    public void Xinhua_identity_is_consistent()
    {
        // 11.32 + 1.35 = 12.67 in 2024, and the same identity on the 2023 bases implied by the three growth rates.
        var identities = Findings.Findings.Where(f => f.Kind == FindingKind.Identity && new[] { "xinhua-2024-total", "xinhua-2024-exports", "xinhua-2024-imports" }.All(f.Involves)).ToList();
        Assert.Equal(2, identities.Count);
        Assert.All(identities, f => Assert.Equal(FindingClassification.ConsistentWithinRounding, f.Classification));
        Assert.Contains(identities, f => f.Arithmetic.Contains("= [12.66, 12.68) billion; total 2024 12.67 billion CNY", StringComparison.Ordinal));
    }

    [Fact]
    public void Ten_billion_yuan_for_138_million_dollars_is_a_power_of_ten_slip()
    {
        var f = Single(FindingKind.PowerOfTenSlip, FindingClassification.Contradiction, "web-2023-total");
        Assert.Contains("7.0467", f.Arithmetic, StringComparison.Ordinal);
    }

    [Fact]
    public void The_2025_estimate_contradicts_the_claim_of_growth()
    {
        var f = Single(FindingKind.ImpliedBase, FindingClassification.Contradiction, "chinadaily-2025-total", "xinhua-2024-total");
        Assert.Equal(4.19e9m, f.Gap);
    }

    [Fact]
    public void Travel_agency_dollar_series_contradicts_Xinhua()
    {
        Single(FindingKind.CurrencyEquivalent, FindingClassification.Contradiction, "xinhua-2024-total", "travel-2024-total-usd");
        Single(FindingKind.Agreement, FindingClassification.Contradiction, "xinhua-2024-total", "travel-2024-total-usd");
        Single(FindingKind.Share, FindingClassification.Contradiction, "travel-2024-export-share", "travel-2024-total-usd");
    }

    [Fact]
    public void Xinjiang_implied_2022_exports_exceed_the_implied_2022_total()
    {
        var f = Single(FindingKind.PartExceedsWhole, FindingClassification.Contradiction, "globaltimes-2023-c5-exports", "globaltimes-2023-c5-total");
        Assert.Contains("[200.0527, 200.2233]", f.Arithmetic, StringComparison.Ordinal);
    }

    [Fact]
    public void Rate_gaps_with_a_named_cause_are_explainable()
    {
        Single(FindingKind.RoundingStyle, FindingClassification.ExplainableGap, "xinhua-2024-total", "travel-2024-total");
        Single(FindingKind.CurrencyEquivalent, FindingClassification.ExplainableGap, "globaltimes-2023-c5-exports");
        Single(FindingKind.Share, FindingClassification.ConsistentWithinRounding, "chinadaily-2025-private", "chinadaily-2025-total");
    }
}
