using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TradeStats.Tests.Infrastructure;
using TradeStats.Verification;

namespace TradeStats.Tests.Verification;

public sealed partial class VerifierTest
{
    /// <summary>Exact, consistent trade of one reporter over two years, and the resolution it is published at.</summary>
    public sealed record ExactTrade(decimal Exports0, decimal Imports0, decimal Exports, decimal Imports, decimal Resolution, decimal Rate)
    {
        public override string ToString() => $"X0={Exports0} M0={Imports0} X={Exports} M={Imports} res={Resolution} rate={Rate}";
    }

    private static readonly Gen<decimal> Level = Gen.Choose(1_000_000, 2_000_000_000).Select(n => n * 1000m + 0.37m);

    private static readonly Arbitrary<ExactTrade> Trades = Arb.From(
        from x0 in Level
        from m0 in Level
        from x in Level
        from m in Level
        from res in Gen.Elements(1_000_000m, 10_000_000m, 100_000_000m)
        from rate in Gen.Choose(62_000, 73_000)
        select new ExactTrade(x0, m0, x, m, res, rate / 10_000m));

    private static PublishedNumber Round(decimal exact, decimal resolution) =>
        new(Math.Round(exact / resolution, MidpointRounding.AwayFromZero) * resolution, resolution);

    private static StatementSubject Subject(int year, TradeFlow flow) => new(SeedStatements.Xizang, Territory.World, Period.Year(year), flow);

    /// <summary>Every statement a press release could make about the trade, rounded as published.</summary>
    private static List<Statement> Publish(ExactTrade t)
    {
        var cny = Currency.CNY;
        var (t0, t1, b1) = (t.Exports0 + t.Imports0, t.Exports + t.Imports, t.Exports - t.Imports);
        PublishedNumber Growth(decimal now, decimal before) => Round((now / before) - 1m, 0.001m);
        PublishedMoney Money(decimal exact) => new(Round(exact, t.Resolution), cny);
        return
        [
            Statement.OfValue("X0", Subject(2023, TradeFlow.Exports), Money(t.Exports0)),
            Statement.OfValue("M0", Subject(2023, TradeFlow.Imports), Money(t.Imports0)),
            Statement.OfValue("T0", Subject(2023, TradeFlow.Total), Money(t0)),
            Statement.OfValue("T", Subject(2024, TradeFlow.Total), Money(t1)) with
            {
                Growth = Growth(t1, t0),
                Equivalent = new PublishedMoney(Round(t1 / t.Rate, t.Resolution), Currency.USD),
            },
            Statement.OfValue("X", Subject(2024, TradeFlow.Exports), Money(t.Exports)) with
            {
                Growth = Growth(t.Exports, t.Exports0),
                Share = Round(t.Exports / t1, 0.001m),
                ShareOf = Subject(2024, TradeFlow.Total),
            },
            Statement.OfValue("M", Subject(2024, TradeFlow.Imports), Money(t.Imports)) with { Growth = Growth(t.Imports, t.Imports0) },
            Statement.OfValue("B", Subject(2024, TradeFlow.Balance), Money(b1)),
        ];
    }

    [Property]
    public Property Rounded_consistent_figures_never_produce_a_contradiction()
    {
        return Prop.ForAll(Trades, trade =>
        {
            var report = new Verifier().Verify(Publish(trade));
            Assert.True(report.Findings.Count >= 9, $"only {report.Findings.Count} findings");
            Assert.All(report.Findings, f => Assert.True(f.Classification == FindingClassification.ConsistentWithinRounding, f.ToString()));
        });
    }

    public sealed record Perturbation(ExactTrade Trade, string Figure, int Steps, bool Up)
    {
        public override string ToString() => $"{Trade} move {Figure} by {Steps} {(Up ? "up" : "down")}";
    }

    private static readonly Arbitrary<Perturbation> Perturbations = Arb.From(
        from t in Trades.Generator
        from figure in Gen.Elements("T", "X", "M", "B")
        from steps in Gen.Choose(1, 5)
        from up in Gen.Elements(true, false)
        select new Perturbation(t, figure, steps, up));

    [Property]
    public Property Moving_a_level_outside_what_consistency_allows_is_a_contradiction()
    {
        return Prop.ForAll(Perturbations, p =>
        {
            var statements = Publish(p.Trade).Where(s => s.Subject.Period == Period.Year(2024)).Select(s => s with { Growth = null, Equivalent = null, Share = null, ShareOf = null }).ToList();
            DecimalInterval Of(string id) => statements.Single(s => s.Id == id).Value!.Value.Interval;
            var allowed = p.Figure switch
            {
                "T" => IntervalMath.Add(Of("X"), Of("M")),
                "B" => IntervalMath.Subtract(Of("X"), Of("M")),
                "X" => IntervalMath.Intersect(IntervalMath.Subtract(Of("T"), Of("M")), IntervalMath.Add(Of("B"), Of("M")))!.Value,
                _ => IntervalMath.Intersect(IntervalMath.Subtract(Of("T"), Of("X")), IntervalMath.Subtract(Of("X"), Of("B")))!.Value,
            };
            var res = p.Trade.Resolution;
            var margin = (p.Steps * res) + (res / 2m);
            var below = allowed.Lower - margin;
            var moved = p.Up || (below - res < 0m && p.Figure != "B") ? allowed.Upper + margin : below;
            var index = statements.FindIndex(s => s.Id == p.Figure);
            statements[index] = statements[index] with { Value = new PublishedMoney(new PublishedNumber(moved, res), Currency.CNY) };

            var report = new Verifier().Verify(statements);
            Assert.Contains(report.Contradictions, f => f.Involves(p.Figure));
        });
    }

    [Property]
    public Property Moving_a_growth_rate_outside_what_the_levels_allow_is_flagged()
    {
        return Prop.ForAll(Perturbations, p =>
        {
            var statements = Publish(p.Trade);
            var id = p.Figure == "B" ? "T" : p.Figure;
            var now = statements.Single(s => s.Id == id).Value!.Value.Interval;
            var before = statements.Single(s => s.Id == id + "0").Value!.Value.Interval;
            var allowed = IntervalMath.Subtract(IntervalMath.Divide(now, before)!.Value, DecimalInterval.Point(1m));
            var margin = (p.Steps * 0.001m) + 0.0005m;
            var moved = p.Up || allowed.Lower - margin <= -0.99m ? allowed.Upper + margin : allowed.Lower - margin;
            var index = statements.FindIndex(s => s.Id == id);
            statements[index] = statements[index] with { Growth = new PublishedNumber(moved, 0.001m) };

            var report = new Verifier().Verify(statements);
            Assert.Contains(report.Findings, f => f.Involves(id) && f.Kind is FindingKind.Growth or FindingKind.RoundingStyle && f.Classification != FindingClassification.ConsistentWithinRounding);
        });
    }
}
