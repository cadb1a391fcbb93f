using System.Text.Json;
using TradeStats.Verification;
using static TradeStats.Tests.Verification.SeedStatements;

namespace TradeStats.Tests.Verification;

public sealed partial class VerifierTest
{
    [Fact]
    public void Declared_partition_is_checked_within_rounding()
    {
        var set = new StatementSet();
        set.Add(Statement.OfValue("total", Xz(2025), Cny(8.47m)));
        set.Add(Statement.OfValue("general", Xz(2025) with { CustomsRegime = CustomsRegime.GeneralTrade }, Cny(4.47m)));
        set.Add(Statement.OfValue("border", Xz(2025) with { CustomsRegime = CustomsRegime.BorderSmallScaleTrade }, Cny(2.82m)));
        set.Add(Statement.OfValue("other", Xz(2025) with { CustomsRegime = CustomsRegime.Other }, Cny(1.18m)));
        set.AddPartition("total", "general", "border", "other");
        var ok = new Verifier().Verify(set);
        Assert.Contains(ok.Consistent, f => f.Kind == FindingKind.Partition);

        var broken = new StatementSet(set.Where(s => s.Id != "other").Append(Statement.OfValue("other", Xz(2025) with { CustomsRegime = CustomsRegime.Other }, Cny(1.10m))));
        broken.AddPartition("total", "general", "border", "other");
        Assert.Contains(new Verifier().Verify(broken).Contradictions, f => f.Kind == FindingKind.Partition);
    }

    [Fact]
    public void Growth_chain_checks_rates_across_a_missing_year()
    {
        Statement[] statements =
        [
            Statement.OfValue("t2022", Xz(2022), Cny(10m)),
            Statement.OfGrowth("g2023", Xz(2023), Pct(10m)),
            Statement.OfValue("t2024", Xz(2024), Cny(12.1m)) with { Growth = Pct(10m) },
        ];
        var first = new Verifier().Verify(statements);
        output.WriteLine(first.ToText(includeConsistent: true));
        Assert.Contains(first.Consistent, f => f.Kind == FindingKind.GrowthChain);

        statements[2] = statements[2] with { Value = Cny(14.1m) };
        Assert.Contains(new Verifier().Verify(statements).Contradictions, f => f.Kind == FindingKind.GrowthChain);
    }

    [Fact]
    public void A_slightly_different_base_from_another_source_is_explained_by_revision()
    {
        Statement[] statements =
        [
            Statement.OfValue("old", Xz(2023), Cny(11.10m)).From(new SourceReference("Customs", new DateOnly(2024, 1, 20))),
            Statement.OfValue("new", Xz(2024), Cny(12.67m)).From(Xinhua) with { Growth = Pct(15.4m) },
        ];
        var finding = Assert.Single(new Verifier().Verify(statements).Findings);
        Assert.Equal(FindingKind.ImpliedBase, finding.Kind);
        Assert.Equal(FindingClassification.ExplainableGap, finding.Classification);
        Assert.Contains("revision", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_serialize_to_json_with_enum_names()
    {
        var report = new Verifier().Verify(Milestone2023());
        var json = JsonSerializer.Serialize(report);
        Assert.Contains("\"Kind\":\"PowerOfTenSlip\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Classification\":\"Contradiction\"", json, StringComparison.Ordinal);

        var back = JsonSerializer.Deserialize<Finding>(JsonSerializer.Serialize(report.Findings[0]))!;
        Assert.Equal(report.Findings[0].Message, back.Message);
        Assert.Equal(report.Findings[0].Gap, back.Gap);
        Assert.Equal(report.Findings[0].Statements[0], back.Statements[0]);
    }

    [Fact]
    public void Findings_carry_both_sides_as_intervals()
    {
        Statement[] statements =
        [
            Statement.OfValue("x", Xz(2024, TradeFlow.Exports), Cny(11.32m)),
            Statement.OfValue("m", Xz(2024, TradeFlow.Imports), Cny(1.35m)),
            Statement.OfValue("t", Xz(2024), Cny(13.67m)),
        ];
        var finding = Assert.Single(new Verifier().Verify(statements).Contradictions, f => f.Kind == FindingKind.Identity && f.Relation.StartsWith("total =", StringComparison.Ordinal));

        Assert.Equal(new DecimalInterval(12.66e9m, 12.68e9m, true, false), finding.Computed);
        Assert.Equal(new DecimalInterval(13.665e9m, 13.675e9m, true, false), finding.Stated);
        Assert.Equal(finding.Stated!.Value.Lower - finding.Computed!.Value.Upper, finding.Gap);
        Assert.False(string.IsNullOrEmpty(finding.ComputedLabel));
        Assert.Contains("(t)", finding.StatedLabel, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_statements_are_refused_with_their_id()
    {
        var set = new StatementSet();
        var e = Assert.Throws<ArgumentException>(() => set.Add(new Statement("empty", Xz(2024))));
        Assert.Contains("'empty'", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => set.Add(Statement.OfShare("share", Xz(2024), Pct(89m), Xz(2024)) with { ShareOf = null }));
        set.Add(Statement.OfValue("a", Xz(2024), Cny(1m)));
        Assert.Throws<ArgumentException>(() => set.Add(Statement.OfValue("a", Xz(2024), Cny(2m))));
        Assert.Throws<ArgumentException>(() => set.AddPartOf("a", "missing"));
    }
}

public sealed class FiguresTest
{
    [Fact]
    public void Text_factories_read_press_forms_with_their_rounding()
    {
        Assert.Equal(Figures.Billion(12.67m, Currency.CNY), Figures.Money("12.67 billion yuan"));
        Assert.Equal(Figures.Billion(1.21m, Currency.USD), Figures.Money("$1.21 billion"));
        Assert.Equal(Figures.Percent(15.4m), Figures.Percent("+15.4%"));
        Assert.Equal(Figures.Percent(98.6m).Interval, Figures.Percent("98.6 percent").Interval);
        Assert.Equal(new DecimalInterval(63.5m, 64.5m, true, false), Figures.Growth("65-fold").Interval);
        Assert.Throws<FormatException>(() => Figures.Growth("a lot"));
    }

    [Fact]
    public void Statements_entered_as_text_verify_like_typed_ones()
    {
        var subject = SeedStatements.Xz(2024);
        var report = new Verifier().Verify(
        [
            Statement.OfValue("total", subject, "12.67 billion yuan", "+15.4%"),
            Statement.OfValue("exports", subject.WithFlow(TradeFlow.Exports), "11.32 billion yuan", "15.3 percent"),
            Statement.OfValue("imports", subject.WithFlow(TradeFlow.Imports), "1.35 billion yuan", "+16.9%"),
        ]);
        Assert.Empty(report.Contradictions);
        Assert.Equal(2, report.Findings.Count(f => f.Kind == FindingKind.Identity));
    }
}
