using TradeStats.Verification;
using TradeStats.Verification.Network;
using Xunit.Abstractions;
using static TradeStats.Tests.Verification.SeedStatements;

namespace TradeStats.Tests.Verification;

/// <summary>The constraint network: contradictions through chains, minimal sets, explainable gaps and implied bounds.</summary>
public sealed partial class NetworkTest(ITestOutputHelper output)
{
    private static readonly SourceReference CustomsA = new("Customs A", new DateOnly(2024, 1, 20));
    private static readonly SourceReference CustomsB = new("Customs B", new DateOnly(2023, 1, 18));

    private static StatementSubject Ca5(int year, TradeFlow flow) => new(Xinjiang, Territory.CentralAsia5, Period.Year(year), flow);

    private VerificationReport Verify(IEnumerable<Statement> statements, VerifierOptions? options = null)
    {
        var report = new Verifier(options).Verify(statements);
        output.WriteLine(report.ToText());
        return report;
    }

    /// <summary>The other engineers' minimality promise, checked on the network itself.</summary>
    private static void AssertMinimal(StatementSet set, VerificationReport report, VerifierOptions? options = null)
    {
        var network = NetworkBuilder.Build(set, options ?? VerifierOptions.Default).Network;
        var index = set.Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i);
        foreach (var conflict in report.Conflicts)
        {
            var members = conflict.Statements.Select(s => index[s.Id]).ToHashSet();
            Assert.False(Propagation.Run(network, members).Consistent, conflict.ToString());
            foreach (var m in members)
            {
                Assert.True(Propagation.Run(network, members.Where(x => x != m).ToHashSet()).Consistent, $"without {set[m].Id}: {conflict}");
            }
        }
    }

    [Fact]
    public void Exports_with_growth_imply_a_base_above_the_total_published_elsewhere()
    {
        // 246.57 / 1.232 = 200.1 billion of exports in 2022, above the 2022 total trade another release gives.
        StatementSet set =
        [
            Statement.OfValue("x-2023", Ca5(2023, TradeFlow.Exports), Cny(246.57m)).From(CustomsA) with { Growth = Pct(23.2m) },
            Statement.OfValue("t-2022", Ca5(2022, TradeFlow.Total), Cny(190.5m)).From(CustomsB),
        ];

        // Each figure agrees with everything it is compared with directly.
        Assert.Empty(new Verifier(new VerifierOptions { UseNetwork = false }).Verify(set).Contradictions);

        var report = Verify(set);
        var finding = Assert.Single(report.Contradictions);
        Assert.Equal(FindingKind.Chain, finding.Kind);
        Assert.True(finding.Involves("x-2023") && finding.Involves("t-2022"));
        Assert.InRange(finding.Gap, 9.5e9m, 9.8e9m);
        var conflict = Assert.Single(report.Conflicts);
        Assert.Equal(["t-2022", "x-2023"], conflict.Statements.Select(s => s.Id).Order());
        Assert.Contains(conflict.Chain, step => step.Contains("gives exports CN-XJ-CA5 2022 in CNY in [200.05", StringComparison.Ordinal));
        Assert.Contains(report.ImpliedBounds, b => b.Subject == Ca5(2022, TradeFlow.Imports) || b.Subject == Ca5(2022, TradeFlow.Exports));
        AssertMinimal(set, report);
        var json = System.Text.Json.JsonSerializer.Serialize(report.Conflicts);
        Assert.Contains("\"Classification\":\"Contradiction\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Kind\":\"Chain\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_growth_rates_and_a_total_of_the_year_before_make_a_three_step_chain()
    {
        // Exports and imports of 2024 with their growth imply 2023 exports of about 9.82 and imports of about 1.155
        // billion: 10.98 billion of total trade, not the 11.5 billion another release printed for 2023.
        StatementSet set =
        [
            Statement.OfValue("x-2024", Xz(2024, TradeFlow.Exports), Cny(11.32m)).From(Xinhua) with { Growth = Pct(15.3m) },
            Statement.OfValue("m-2024", Xz(2024, TradeFlow.Imports), Cny(1.35m)).From(Xinhua) with { Growth = Pct(16.9m) },
            Statement.OfValue("t-2023", Xz(2023), Cny(11.5m)).From(CustomsB),
            Statement.OfValue("nepal-2024", Xz(2024) with { Partner = Nepal }, Cny(5.12m)).From(Xinhua),
        ];

        var report = Verify(set);
        var conflict = Assert.Single(report.Conflicts);
        Assert.Equal(["m-2024", "t-2023", "x-2024"], conflict.Statements.Select(s => s.Id).Order());
        Assert.True(conflict.IsContradiction);
        Assert.Contains(report.Contradictions, f => f.Kind == FindingKind.Chain && f.Involves("t-2023"));
        Assert.Equal(3, report.Suspects.Count);
        Assert.All(report.Suspects, s => Assert.Equal(1, s.MinimalSets));
        AssertMinimal(set, report);
    }

    [Fact]
    public void A_share_of_a_whole_implied_by_growth_chains_three_relations()
    {
        // 2025 total 8.47 billion after a fall of 33.1% implies 12.66 billion in 2024; 5.12 billion of it is 40.4%,
        // not the 60% stated.
        StatementSet set =
        [
            Statement.OfValue("t-2025", Xz(2025), Cny(8.47m)) with { Growth = Pct(-33.1m) },
            Statement.OfValue("np-2024", Xz(2024) with { Partner = Nepal }, Cny(5.12m)),
            Statement.OfShare("np-share-2024", Xz(2024) with { Partner = Nepal }, Pct(60m), Xz(2024)),
        ];

        var report = Verify(set);
        var conflict = Assert.Single(report.Conflicts, c => c.IsContradiction);
        Assert.Equal(3, conflict.Statements.Count);
        AssertMinimal(set, report);
    }

    [Fact]
    public void Year_to_date_and_full_year_imply_December()
    {
        var ytd = new StatementSubject(Xizang, Territory.World, Period.YearToDate(2024, 11), TradeFlow.Total);
        var december = ytd.WithPeriod(Period.Month(2024, 12));
        List<Statement> statements =
        [
            Statement.OfValue("jan-nov", ytd, Cny(11.50m)),
            Statement.OfValue("year", Xz(2024), Cny(12.67m)),
        ];

        var consistent = Verify(statements);
        Assert.Empty(consistent.Contradictions);
        var bound = Assert.Single(consistent.ImpliedBounds, b => b.Subject == december);
        Assert.Equal(new DecimalInterval(1.16e9m, 1.18e9m, false, false), bound.Interval);
        Assert.Equal(["jan-nov", "year"], bound.From.Order());

        var report = Verify([.. statements, Statement.OfValue("december", december, Cny(2.0m))]);
        var conflict = Assert.Single(report.Conflicts, c => c.IsContradiction);
        Assert.Equal(3, conflict.Statements.Count);
    }

    [Fact]
    public void Xinhua_figures_pin_down_2023_imports()
    {
        var report = Verify(Xinhua2024());

        Assert.DoesNotContain(report.Conflicts, c => c.IsContradiction);
        var imports = Assert.Single(report.ImpliedBounds, b => b.Subject == Xz(2023, TradeFlow.Imports) && b.Unit == "CNY");
        Assert.Equal(["xinhua-imports-2024"], imports.From);
        Assert.InRange(imports.Interval.Lower, 1.150e9m, 1.1502e9m);
        Assert.InRange(imports.Interval.Upper, 1.1595e9m, 1.1597e9m);
        Assert.StartsWith("imports CN-XZ-WLD 2023 in CNY: [1.1501, 1.1596] billion, from xinhua-imports-2024", imports.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chain_that_truncation_closes_is_an_explainable_gap()
    {
        // 11.32 / 1.153 gives at least 9.8093 billion of 2023 exports, against a 2023 total printed "9.80": rounded it
        // stands for [9.795, 9.805), truncated for [9.80, 9.81), which is the only reading that holds.
        StatementSet set =
        [
            Statement.OfValue("x-2024", Xz(2024, TradeFlow.Exports), Cny(11.32m)) with { Growth = Pct(15.3m) },
            Statement.OfValue("t-2023", Xz(2023), Cny(9.80m)),
        ];

        var report = Verify(set);
        Assert.Empty(report.Contradictions);
        var gap = Assert.Single(report.ExplainableGaps);
        Assert.Equal(FindingKind.RoundingStyle, gap.Kind);
        Assert.Contains("truncated", gap.Message, StringComparison.Ordinal);
        Assert.Equal(FindingClassification.ExplainableGap, Assert.Single(report.Conflicts).Classification);
    }

    [Fact]
    public void An_approximate_equivalent_off_by_a_percent_is_an_explainable_gap()
    {
        var rates = new ExchangeRateTable([new ExchangeRate(Currency.USD, Currency.CNY, 7.1217m, Period.Year(2024), ExchangeRateKind.PeriodAverage)]);
        var options = new VerifierOptions { Rates = rates, RateTolerance = 0m };

        // 12.67 billion yuan is 1.779 billion dollars at 7.1217; "about 1.8" is 1.2% off, beyond its rounding.
        var statement = Statement.OfValue("total", Xz(2024), Cny(12.67m)) with { Equivalent = Usd(1.80m) };
        Assert.Single(Verify([statement], options).Contradictions);

        var about = statement with { Equivalent = Figures.Money("about 1.80 billion U.S. dollars"), Approximate = StatementFigures.Equivalent };
        Assert.True(Figures.IsApproximate("about 1.80 billion U.S. dollars"));
        var report = Verify([about], options);
        Assert.Empty(report.Contradictions);
        Assert.Equal(FindingKind.Approximation, Assert.Single(report.ExplainableGaps).Kind);
    }

    [Fact]
    public void Seeds_rank_the_travel_series_as_the_likeliest_wrong_figures()
    {
        var report = Verify(All());

        // The network adds no finding of its own on the seeds: every set it finds shares a statement with a
        // contradiction a direct relation already shows.
        Assert.Equal(new Verifier(new VerifierOptions { UseNetwork = false }).Verify(All()).Contradictions.Count, report.Contradictions.Count);
        Assert.Contains(report.Conflicts, c => c.IsContradiction && c.Involves("gt-exports-ca5-2023") && c.Involves("gt-total-ca5-2023"));
        Assert.Contains(report.Conflicts, c => c.IsContradiction && c.Statements.Count == 3);
        Assert.StartsWith("travel-", report.Suspects[0].Id, StringComparison.Ordinal);
        Assert.Contains(report.ImpliedBounds, b => b.Subject == Xz(2023, TradeFlow.Imports) && b.Unit == "CNY");
        Assert.Contains(report.ImpliedBounds, b => b.Subject == Xz(2024) with { EnterpriseType = EnterpriseType.Private });
        AssertMinimal(All(), report);
    }

    [Fact]
    public void Figures_near_the_decimal_limits_widen_instead_of_throwing()
    {
        var huge = new PublishedMoney(new PublishedNumber(7.9e27m, 1e26m), Currency.CNY);
        StatementSet set =
        [
            Statement.OfValue("x", Xz(2024, TradeFlow.Exports), huge) with { Growth = new PublishedNumber(0m, 1e-20m) },
            Statement.OfValue("m", Xz(2024, TradeFlow.Imports), huge) with { Growth = Figures.Decrease() },
            Statement.OfValue("t", Xz(2024), huge) with { Growth = new PublishedNumber(64m, 1m), Equivalent = new PublishedMoney(new PublishedNumber(1e-20m, 1e-22m), Currency.USD) },
        ];

        var report = Verify(set);
        Assert.NotEmpty(report.Contradictions);
    }

    [Theory]
    [InlineData("rose", 1)]
    [InlineData("Climbed", 1)]
    [InlineData("surged", 1)]
    [InlineData("soared", 1)]
    [InlineData("grew", 1)]
    [InlineData("increased", 1)]
    [InlineData("increase", 1)]
    [InlineData("fell", -1)]
    [InlineData("dropped", -1)]
    [InlineData("declined", -1)]
    [InlineData("decreased", -1)]
    [InlineData(" slid ", -1)]
    [InlineData("decrease", -1)]
    [InlineData("stable", 0)]
    public void Direction_words_are_bounds_on_growth(string word, int sign)
    {
        var growth = Figures.Growth(word);
        Assert.Equal(Figures.Direction(word), growth);
        var interval = growth.Interval;
        switch (sign)
        {
            case > 0:
                Assert.Equal(new DecimalInterval(0m, decimal.MaxValue), interval);
                break;
            case < 0:
                Assert.Equal(new DecimalInterval(decimal.MinValue, 0m), interval);
                break;
            default:
                Assert.Equal(new DecimalInterval(-0.05m, 0.05m, false, false), interval);
                break;
        }
    }

    [Fact]
    public void Unknown_direction_words_and_qualifiers_are_named_in_the_error()
    {
        var e = Assert.Throws<FormatException>(() => Figures.Direction("skyrocketed"));
        Assert.Contains("'skyrocketed'", e.Message, StringComparison.Ordinal);
        var g = Assert.Throws<FormatException>(() => Figures.Growth("boomed"));
        Assert.Contains("'boomed'", g.Message, StringComparison.Ordinal);
        Assert.Contains("direction word", g.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nearly 20 percent", RoundingStyle.AtMost, true)]
    [InlineData("some 15 percent", RoundingStyle.Nearest, true)]
    [InlineData("about 15 percent", RoundingStyle.Nearest, true)]
    [InlineData("approximately 15 percent", RoundingStyle.Nearest, true)]
    [InlineData("over 15 percent", RoundingStyle.AtLeast, false)]
    [InlineData("more than 15 percent", RoundingStyle.AtLeast, false)]
    [InlineData("less than 15 percent", RoundingStyle.AtMost, false)]
    [InlineData("15 percent", RoundingStyle.Nearest, false)]
    public void Qualifiers_set_the_rounding_and_mark_approximate_figures(string text, RoundingStyle style, bool approximate)
    {
        Assert.Equal(style, Figures.Growth(text).Style);
        Assert.Equal(approximate, Figures.IsApproximate(text));
    }

    [Fact]
    public void Direction_words_in_statements_take_part_in_the_network()
    {
        // "Trade fell to 13.10 billion" after 12.67 billion the year before cannot hold.
        StatementSet set =
        [
            Statement.OfValue("t-2024", Xz(2024), "12.67 billion yuan"),
            Statement.OfValue("t-2025", Xz(2025), "13.10 billion yuan", "fell"),
        ];

        var report = Verify(set);
        Assert.Contains(report.Conflicts, c => c.IsContradiction && c.Involves("t-2025") && c.Involves("t-2024"));
    }
}
