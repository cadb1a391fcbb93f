using TradeStats.Verification;

namespace TradeStats.Tests.Verification;

/// <summary>The README's verification example, verbatim, so that it keeps compiling and saying the truth.</summary>
public class ReadmeExampleTest
{
    [Fact]
    public void The_verification_example_compiles_and_finds_one_contradiction()
    {
        var xizang = new StatementSubject(Territory.FromCode("CN-XZ"), Territory.World, Period.Year(2024), TradeFlow.Total);
        var xinhua = new SourceReference("Xinhua", new DateOnly(2025, 2, 17));
        var set = new StatementSet();
        set.Add(Statement.OfValue("total", xizang, "12.67 billion yuan", "+15.4%").From(xinhua) with
        {
            Equivalent = Figures.Money("1.77 billion U.S. dollars"),
        });
        set.Add(Statement.OfValue("exports", xizang.WithFlow(TradeFlow.Exports), "11.32 billion yuan", "15.3 percent").From(xinhua));
        set.Add(Statement.OfValue("imports", xizang.WithFlow(TradeFlow.Imports), Figures.Billion(1.35m, Currency.CNY)) with
        {
            Growth = Figures.Percent(16.9m),
            Source = xinhua,
        });
        set.Add(Statement.OfShare("export-share", xizang.WithFlow(TradeFlow.Exports), Figures.Percent("89%"), xizang));
        set.Add(Statement.OfValue("total-2025", xizang.WithPeriod(Period.Year(2025)), "8.47 billion yuan") with
        {
            Growth = Figures.Increase(),   // the headline says trade "surges"
            Source = new SourceReference("China Daily", new DateOnly(2026, 1, 30)),
        });

        VerificationReport report = new Verifier().Verify(set);
        Console.WriteLine(report.ToText());        // contradictions and explainable gaps, with their arithmetic
        int contradictions = report.Contradictions.Count; // 1: 8.47 billion in 2025 cannot be growth on 12.67 billion

        Assert.Equal(1, contradictions);
        Assert.Equal(FindingKind.ImpliedBase, report.Contradictions[0].Kind);
        Assert.Empty(report.ExplainableGaps);
        Assert.Contains(report.Consistent, f => f.Kind == FindingKind.Share);
    }

    [Fact]
    public void The_chain_example_finds_its_minimal_set_and_an_implied_bound()
    {
        var output = new StringWriter();
        var console = Console.Out;
        Console.SetOut(output);
        try
        {
            // Verbatim from the README's "Chains" example.
            var ca5 = new StatementSubject(Territory.FromCode("CN-XJ"), Territory.CentralAsia5, Period.Year(2023), TradeFlow.Exports);
            var set = new StatementSet();
            set.Add(Statement.OfValue("gt-exports-2023", ca5, "246.57 billion yuan", "+23.2%").From(new SourceReference("Global Times", new DateOnly(2024, 2, 7))));
            set.Add(Statement.OfValue("total-2022", ca5.WithPeriod(Period.Year(2022)).WithFlow(TradeFlow.Total), "190.5 billion yuan").From(new SourceReference("Customs yearbook", new DateOnly(2023, 3, 1))));
            set.Add(Statement.OfValue("gt-imports-2023", ca5.WithFlow(TradeFlow.Imports), "37.10 billion yuan", "surged"));

            VerificationReport report = new Verifier().Verify(set);
            Conflict conflict = report.Conflicts.Single(c => c.IsContradiction);
            Console.WriteLine(string.Join(", ", conflict.Statements.Select(s => s.Id))); // total-2022, gt-exports-2023
            foreach (var step in conflict.Chain)
            {
                Console.WriteLine("  " + step);
            }

            foreach (ImpliedBound bound in report.ImpliedBounds)
            {
                Console.WriteLine(bound.Text); // imports CN-XJ-CA5 2022 in CNY: ..., from gt-imports-2023 ...
            }

            Assert.Equal(FindingKind.Chain, Assert.Single(report.Contradictions).Kind);
            Assert.Equal(["gt-exports-2023", "total-2022"], conflict.Statements.Select(s => s.Id).Order());
            Assert.Contains(report.ImpliedBounds, b => b.Subject == ca5.WithPeriod(Period.Year(2022)));
        }
        finally
        {
            Console.SetOut(console);
        }

        File.WriteAllText(Path.Combine(Path.GetTempPath(), "tradestats-readme-chain.txt"), output.ToString());
    }
}
