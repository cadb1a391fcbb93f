using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TradeStats.Verification;
using TradeStats.Verification.Network;

namespace TradeStats.Tests.Verification;

public sealed partial class NetworkTest
{
    private static readonly Territory[] Partners = [Territory.FromCode("NP"), Territory.FromCode("IN"), Territory.FromCode("DE")];
    private const int FirstYear = 2022;
    private const int Years = 3;

    /// <summary>
    /// Exact monthly exports and imports of one reporter with three partners over three years (the world is their sum),
    /// USD/CNY rates by year, the resolution levels are published at, and which published statements are kept.
    /// </summary>
    public sealed record World(decimal[,,,] Monthly, decimal[] Rates, decimal Resolution, bool[] Keep, int Perturbed, bool Up)
    {
        /// <summary>The exact level of a partner (or the world, -1), a flow and a span of months in a year.</summary>
        public decimal Level(int partner, TradeFlow flow, int year, int fromMonth, int months)
        {
            decimal Sum(int f)
            {
                var total = 0m;
                for (var p = 0; p < Partners.Length; p++)
                {
                    if (partner >= 0 && p != partner)
                    {
                        continue;
                    }

                    for (var m = fromMonth - 1; m < fromMonth - 1 + months; m++)
                    {
                        total += Monthly[p, year - FirstYear, f, m];
                    }
                }

                return total;
            }

            return flow switch
            {
                TradeFlow.Exports => Sum(0),
                TradeFlow.Imports => Sum(1),
                TradeFlow.Total => Sum(0) + Sum(1),
                _ => Sum(0) - Sum(1),
            };
        }

        public override string ToString() => $"res={Resolution} rates=[{string.Join(", ", Rates)}] keep={string.Concat(Keep.Select(k => k ? '1' : '0'))} perturbed={Perturbed} up={Up}";
    }

    private static StatementSubject WorldSubject(int partner, int year, TradeFlow flow, Period? period = null) =>
        new(Reporter(), partner < 0 ? Territory.World : Partners[partner], period ?? Period.Year(year), flow);

    private static Territory Reporter() => SeedStatements.Xizang;

    private static PublishedNumber Rounded(decimal exact, decimal resolution) =>
        new(Math.Round(exact / resolution, MidpointRounding.AwayFromZero) * resolution, resolution);

    /// <summary>Every statement a set of releases could make about the world, rounded as published, with the exact value of each subject.</summary>
    private static (List<Statement> Statements, Dictionary<(StatementSubject, string), decimal> Truth) Publish(World w)
    {
        var statements = new List<Statement>();
        var truth = new Dictionary<(StatementSubject, string), decimal>();
        void Truth(StatementSubject s, decimal cny, int year)
        {
            truth[(s, "CNY")] = cny;
            truth[(s, "USD")] = cny / w.Rates[year - FirstYear];
        }

        for (var year = FirstYear; year < FirstYear + Years; year++)
        {
            for (var p = -1; p < Partners.Length; p++)
            {
                foreach (var flow in new[] { TradeFlow.Exports, TradeFlow.Imports, TradeFlow.Total, TradeFlow.Balance })
                {
                    var subject = WorldSubject(p, year, flow);
                    var level = w.Level(p, flow, year, 1, 12);
                    Truth(subject, level, year);
                    Truth(subject.WithPeriod(Period.YearToDate(year, 11)), w.Level(p, flow, year, 1, 11), year);
                    Truth(subject.WithPeriod(Period.Month(year, 12)), w.Level(p, flow, year, 12, 1), year);
                    if (flow == TradeFlow.Balance)
                    {
                        continue;
                    }

                    var id = $"{(p < 0 ? "WLD" : Partners[p].Code)}-{flow}-{year}";
                    var statement = Statement.OfValue(id, subject, new PublishedMoney(Rounded(level, w.Resolution), Currency.CNY));
                    if (year > FirstYear)
                    {
                        statement = statement with { Growth = Rounded((level / w.Level(p, flow, year - 1, 1, 12)) - 1m, 0.001m) };
                    }

                    if (p < 0 && flow == TradeFlow.Total)
                    {
                        statement = statement with { Equivalent = new PublishedMoney(Rounded(level / w.Rates[year - FirstYear], w.Resolution / 10m), Currency.USD) };
                        statements.Add(Statement.OfValue($"WLD-ytd-{year}", subject.WithPeriod(Period.YearToDate(year, 11)), new PublishedMoney(Rounded(w.Level(p, flow, year, 1, 11), w.Resolution), Currency.CNY)));
                    }

                    if (p >= 0 && flow == TradeFlow.Total)
                    {
                        statement = statement with { Share = Rounded(level / w.Level(-1, flow, year, 1, 12), 0.001m), ShareOf = WorldSubject(-1, year, flow) };
                    }

                    statements.Add(statement);
                }
            }
        }

        return (statements, truth);
    }

    private static readonly Gen<decimal> MonthlyLevel = Gen.Choose(1_000, 400_000).Select(n => n * 1_000m + 0.5m);

    private static readonly Arbitrary<World> Worlds = Arb.From(
        from monthly in Gen.ArrayOf(MonthlyLevel, Partners.Length * Years * 2 * 12)
        from rates in Gen.ArrayOf(Gen.Choose(62_000, 73_000).Select(r => r / 10_000m), Years)
        from resolution in Gen.Elements(1_000_000m, 10_000_000m)
        from keep in Gen.ArrayOf(Gen.Elements(true, false), 64)
        from perturbed in Gen.Choose(0, 1_000)
        from up in Gen.Elements(true, false)
        select new World(ToCube(monthly), rates, resolution, keep, perturbed, up));

    private static decimal[,,,] ToCube(decimal[] values)
    {
        var cube = new decimal[Partners.Length, Years, 2, 12];
        var i = 0;
        for (var p = 0; p < Partners.Length; p++)
        {
            for (var y = 0; y < Years; y++)
            {
                for (var f = 0; f < 2; f++)
                {
                    for (var m = 0; m < 12; m++)
                    {
                        cube[p, y, f, m] = values[i++];
                    }
                }
            }
        }

        return cube;
    }

    private static VerifierOptions WorldOptions(World w) => new()
    {
        Rates = new ExchangeRateTable([.. w.Rates.Select((r, i) => new ExchangeRate(Currency.USD, Currency.CNY, r, Period.Year(FirstYear + i), ExchangeRateKind.PeriodAverage))]),
    };

    [Property(MaxTest = 60)]
    public Property Half_of_a_consistent_world_holds_and_every_implied_bound_contains_the_truth()
    {
        return Prop.ForAll(Worlds, w =>
        {
            var (all, truth) = Publish(w);
            var kept = all.Where((_, i) => w.Keep[i % w.Keep.Length]).ToList();
            var report = new Verifier(WorldOptions(w)).Verify(kept);

            Assert.Empty(report.Contradictions);
            Assert.DoesNotContain(report.Conflicts, c => c.IsContradiction);
            Assert.NotEmpty(report.ImpliedBounds);
            foreach (var bound in report.ImpliedBounds)
            {
                Assert.True(truth.TryGetValue((bound.Subject, bound.Unit), out var exact), $"no truth for {bound.Text}");
                Assert.True(bound.Interval.Contains(exact), $"{bound.Text} misses {exact}");
            }
        });
    }

    [Property(MaxTest = 40)]
    public Property A_total_moved_beyond_its_rounding_is_in_a_minimal_contradictory_set()
    {
        return Prop.ForAll(Worlds, w =>
        {
            var (all, _) = Publish(w);

            // Keep a total with its exports and imports, move the total by a fifth or more: far beyond rounding,
            // and beyond the revision and rate tolerances that could explain a gap.
            var totals = all.Where(s => s.Subject.Flow == TradeFlow.Total && s.Value is not null && s.Subject.Period.Kind == PeriodKind.Year).ToList();
            var target = totals[w.Perturbed % totals.Count];
            var parts = all.Where(s => s.Subject == target.Subject.WithFlow(TradeFlow.Exports) || s.Subject == target.Subject.WithFlow(TradeFlow.Imports)).Select(s => s.Id).ToHashSet();
            var kept = all.Where((s, i) => w.Keep[i % w.Keep.Length] || s.Id == target.Id || parts.Contains(s.Id)).ToList();
            var value = target.Value!.Value;
            var moved = new PublishedNumber(value.Number.Value * (w.Up ? 1.25m : 0.75m), value.Number.Resolution);
            kept[kept.FindIndex(s => s.Id == target.Id)] = target with { Value = new PublishedMoney(moved, Currency.CNY) };
            var set = new StatementSet(kept);
            var options = WorldOptions(w);

            var report = new Verifier(options).Verify(set);
            Assert.NotEmpty(report.Contradictions);
            Assert.Contains(report.Conflicts, c => c.IsContradiction && c.Involves(target.Id));

            // Minimal: remove any member and the rest hold.
            AssertMinimal(set, report, options);
        });
    }
}
