using TradeStats.Verification;
using Xunit.Abstractions;
using static TradeStats.Tests.Verification.SeedStatements;

namespace TradeStats.Tests.Verification;

public sealed partial class VerifierTest(ITestOutputHelper output)
{
    private static readonly ExchangeRateTable Rates2024 = new(
    [
        new ExchangeRate(Currency.USD, Currency.CNY, 7.1217m, Period.Year(2024), ExchangeRateKind.PeriodAverage, "user-supplied annual average"),
    ]);

    [Fact]
    public void All_seed_statements_print_their_findings()
    {
        var report = new Verifier().Verify(All());
        output.WriteLine(report.ToText(includeConsistent: true));

        Assert.NotEmpty(report.Contradictions);
        Assert.NotEmpty(report.Consistent);
    }

    [Fact]
    public void Xinhua_2024_set_is_consistent_and_has_no_contradiction()
    {
        var report = new Verifier().Verify(Xinhua2024());
        output.WriteLine(report.ToText(includeConsistent: true));

        Assert.Empty(report.Contradictions);
        Assert.Empty(report.ExplainableGaps);
        Assert.Contains(report.Findings, f => f.Kind == FindingKind.Identity && f.Relation.StartsWith("total = exports + imports, CN-XZ-WLD 2024 in CNY", StringComparison.Ordinal));

        // The three growth rates agree with each other: the implied 2023 bases add up.
        Assert.Contains(report.Findings, f => f.Kind == FindingKind.Identity && f.Relation.Contains("implied", StringComparison.Ordinal));
        Assert.Contains(report.Findings, f => f.Kind == FindingKind.CurrencyEquivalent && f.Involves("xinhua-total-2024"));
        Assert.Contains(report.Findings, f => f.Kind == FindingKind.PartOfWhole && f.Involves("xinhua-nepal-2024"));
    }

    [Fact]
    public void Xinhua_balance_and_share_from_the_travel_article_hold_in_yuan()
    {
        var report = new Verifier().Verify([.. Xinhua2024(), .. TravelAgency2021To2025().Where(s => s.Id.EndsWith("cny", StringComparison.Ordinal) || s.Id == "travel-exports-share-2024")]);
        output.WriteLine(report.ToText(includeConsistent: true));

        Assert.Contains(report.Findings, f => f.Kind == FindingKind.Identity && f.Relation.StartsWith("balance = exports - imports", StringComparison.Ordinal) && f.Classification == FindingClassification.ConsistentWithinRounding);
        var shares = report.Findings.Where(f => f.Kind == FindingKind.Share).ToList();
        Assert.NotEmpty(shares);
        Assert.All(shares, f => Assert.Equal(FindingClassification.ConsistentWithinRounding, f.Classification));
        Assert.Empty(report.Contradictions);
    }

    [Fact]
    public void Ten_billion_yuan_as_138_million_dollars_is_a_power_of_ten_slip()
    {
        var report = new Verifier().Verify(Milestone2023());
        output.WriteLine(report.ToText());

        var slip = Assert.Single(report.Findings);
        Assert.Equal(FindingKind.PowerOfTenSlip, slip.Kind);
        Assert.Equal(FindingClassification.Contradiction, slip.Classification);
        Assert.Contains("factor of 10", slip.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Travel_dollar_series_holds_on_its_own_terms()
    {
        var dollars = TravelAgency2021To2025().Where(s => s.Value?.Currency == Currency.USD).ToList();
        var report = new Verifier().Verify(dollars);
        output.WriteLine(report.ToText(includeConsistent: true));

        // 2.5 = 1.5 + 1 and 2.8 = 1.8 + 1 hold within rounding, and +15% from 1.5 can reach [1.75, 1.85):
        // 1.55 x 1.155 = 1.79. The series is wrong against other sources, not against itself.
        Assert.Empty(report.Contradictions);
        Assert.Equal(2, report.Findings.Count(f => f.Kind == FindingKind.Identity && f.Relation.StartsWith("total = exports + imports", StringComparison.Ordinal) && !f.Relation.Contains("implied", StringComparison.Ordinal)));
        Assert.Contains(report.Findings, f => f.Kind == FindingKind.Growth && f.Involves("travel-exports-2024") && f.Involves("travel-exports-2023"));
    }

    [Fact]
    public void Travel_dollar_series_disagrees_with_Xinhua_yuan_figures()
    {
        var report = new Verifier().Verify([.. Xinhua2024(), .. TravelAgency2021To2025()]);
        output.WriteLine(report.ToText());

        // 12.67 billion yuan is about 1.77 billion dollars, not 2.8: the implied rate 4.5 is outside 6.0-7.5.
        Assert.Contains(report.Contradictions, f => f.Kind == FindingKind.CurrencyEquivalent && f.Involves("travel-total-2024") && f.Involves("xinhua-total-2024"));
        Assert.Contains(report.Contradictions, f => f.Kind == FindingKind.Agreement && f.Involves("travel-total-2024") && f.Involves("xinhua-total-2024"));

        // Imports of 1.35 billion yuan are not "1 billion USD".
        Assert.Contains(report.Contradictions, f => f.Kind == FindingKind.CurrencyEquivalent && f.Involves("travel-imports-2024") && f.Involves("xinhua-imports-2024"));

        // The article's own "89%" export share contradicts its dollar levels (1.8 / 2.8 = 64%) but not the yuan ones.
        Assert.Contains(report.Contradictions, f => f.Kind == FindingKind.Share && f.Involves("travel-exports-2024") && f.Involves("travel-total-2024"));
        Assert.DoesNotContain(report.Contradictions, f => f.Kind == FindingKind.Share && f.Involves("xinhua-exports-2024"));

        // Exports of 1.8 billion dollars against 11.32 billion yuan imply 6.1-6.5 yuan per dollar: inside the plausible
        // band, so only a rate table exposes them.
        Assert.DoesNotContain(report.Contradictions, f => f.Involves("travel-exports-2024") && f.Involves("xinhua-exports-2024"));
        var withRates = new Verifier(new VerifierOptions { Rates = Rates2024 }).Verify([.. Xinhua2024(), .. TravelAgency2021To2025()]);
        Assert.Contains(withRates.Contradictions, f => f.Kind == FindingKind.CurrencyEquivalent && f.Involves("travel-exports-2024") && f.Involves("xinhua-exports-2024"));
    }

    [Fact]
    public void Total_of_2025_contradicts_any_claim_of_growth_on_2024()
    {
        var report = new Verifier().Verify([.. Xinhua2024(), .. ChinaDaily2025()]);
        output.WriteLine(report.ToText());

        var finding = Assert.Single(report.Contradictions);
        Assert.Equal(FindingKind.ImpliedBase, finding.Kind);
        Assert.True(finding.Involves("cd-total-2025") && finding.Involves("xinhua-total-2024"));
        Assert.InRange(finding.Gap, 4.18e9m, 4.20e9m);
    }

    [Fact]
    public void China_Daily_2025_figures_agree_with_each_other()
    {
        var report = new Verifier().Verify(ChinaDaily2025());
        output.WriteLine(report.ToText(includeConsistent: true));

        Assert.Empty(report.Contradictions);
        Assert.Contains(report.Consistent, f => f.Kind == FindingKind.Share && f.Involves("cd-private-2025"));
        Assert.Contains(report.Consistent, f => f.Kind == FindingKind.CurrencyEquivalent && f.Involves("cd-total-2025"));
        Assert.Equal(6, report.Findings.Count(f => f.Kind == FindingKind.PartOfWhole));
    }

    [Fact]
    public void NEV_count_growth_of_2025_fits_more_than_11800_in_2024()
    {
        var report = new Verifier().Verify([.. Xinhua2024(), .. ChinaDaily2025()]);

        var nev = Assert.Single(report.Findings, f => f.Involves("cd-nev-count-2025") && f.Involves("xinhua-nev-count-2024"));
        Assert.Equal(FindingKind.ImpliedBase, nev.Kind);
        Assert.Equal(FindingClassification.ConsistentWithinRounding, nev.Classification);
    }

    [Fact]
    public void Xinjiang_growth_rates_imply_exports_above_the_total_a_year_earlier()
    {
        var report = new Verifier().Verify(GlobalTimes2023());
        output.WriteLine(report.ToText());

        // 246.57 / 1.232 = 200.1 billion of exports in 2022, but 283.67 / 1.50 = 189.1 billion of total trade.
        var finding = Assert.Single(report.Contradictions);
        Assert.Equal(FindingKind.PartExceedsWhole, finding.Kind);
        Assert.Contains("2022", finding.Relation, StringComparison.Ordinal);
        Assert.Contains(report.Consistent, f => f.Kind == FindingKind.CurrencyEquivalent && f.Involves("gt-exports-ca5-2023"));
    }

    [Fact]
    public void About_1_77_billion_dollars_matches_a_7_1217_rate_only_when_truncated()
    {
        var report = new Verifier(new VerifierOptions { Rates = Rates2024 }).Verify(Xinhua2024());
        output.WriteLine(report.ToText());

        // 12.67 / 7.1217 = 1.779 billion: printed "1.77" is cut off, not rounded.
        var finding = Assert.Single(report.Findings, f => f.Involves("xinhua-total-2024") && f.Relation.Contains("USD/CNY", StringComparison.Ordinal));
        Assert.Equal(FindingKind.RoundingStyle, finding.Kind);
        Assert.Equal(FindingClassification.ExplainableGap, finding.Classification);
        Assert.Contains("equivalent", finding.Message, StringComparison.Ordinal);
        Assert.Empty(report.Contradictions);
    }
}
