using BenchmarkDotNet.Attributes;
using TradeStats.Verification;

namespace TradeStats.Benchmarks;

/// <summary>
/// Verifying 1,000 published statements about one reporter's trade with 50 partners over five years: totals,
/// exports and imports with their growth rates and shares of the world, January-November totals, and the world's
/// figures with dollar equivalents at a rate table. Consistent as generated, and with one total moved by a fifth.
/// </summary>
[MemoryDiagnoser]
public class VerificationBenchmarks
{
    private const int Years = 5;
    private const int FirstYear = 2020;
    private StatementSet _consistent = [];
    private StatementSet _oneWrong = [];
    private Verifier _verifier = new();

    /// <summary>Builds the statements from seeded exact levels, rounded as published.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var reporter = Territory.FromCode("CN");
        var partners = Territory.Countries.Where(t => t.Code != "CN").Take(50).ToArray();
        var monthly = new decimal[partners.Length, Years, 2, 12];
        foreach (var p in Enumerable.Range(0, partners.Length))
        {
            foreach (var y in Enumerable.Range(0, Years))
            {
                foreach (var f in Enumerable.Range(0, 2))
                {
                    foreach (var m in Enumerable.Range(0, 12))
                    {
                        monthly[p, y, f, m] = random.Next(1_000, 900_000) * 1_000m;
                    }
                }
            }
        }

        decimal Level(int p, int y, int flow, int months)
        {
            var total = 0m;
            foreach (var partner in p < 0 ? Enumerable.Range(0, partners.Length) : [p])
            {
                foreach (var f in flow < 0 ? [0, 1] : new[] { flow })
                {
                    for (var m = 0; m < months; m++)
                    {
                        total += monthly[partner, y, f, m];
                    }
                }
            }

            return total;
        }

        static PublishedNumber Rounded(decimal exact, decimal resolution) => new(Math.Round(exact / resolution, MidpointRounding.AwayFromZero) * resolution, resolution);
        var rates = new ExchangeRateTable([.. Enumerable.Range(0, Years).Select(y => new ExchangeRate(Currency.USD, Currency.CNY, 6.5m + (0.1m * y), Period.Year(FirstYear + y), ExchangeRateKind.PeriodAverage))]);
        _verifier = new Verifier(new VerifierOptions { Rates = rates });
        var statements = new List<Statement>();
        var ytdLeft = (partners.Length * Years) - 15;
        for (var y = 0; y < Years; y++)
        {
            for (var p = -1; p < partners.Length; p++)
            {
                var partner = p < 0 ? Territory.World : partners[p];
                foreach (var (flow, code) in new[] { (TradeFlow.Total, -1), (TradeFlow.Exports, 0), (TradeFlow.Imports, 1) })
                {
                    var subject = new StatementSubject(reporter, partner, Period.Year(FirstYear + y), flow);
                    var level = Level(p, y, code, 12);
                    var s = Statement.OfValue($"{partner.Code}-{flow}-{FirstYear + y}", subject, new PublishedMoney(Rounded(level, 1_000_000m), Currency.CNY));
                    if (y > 0)
                    {
                        s = s with { Growth = Rounded((level / Level(p, y - 1, code, 12)) - 1m, 0.001m) };
                    }

                    if (flow == TradeFlow.Total && p >= 0)
                    {
                        s = s with { Share = Rounded(level / Level(-1, y, -1, 12), 0.001m), ShareOf = subject with { Partner = Territory.World } };
                    }

                    if (flow == TradeFlow.Total && p < 0)
                    {
                        s = s with { Equivalent = new PublishedMoney(Rounded(level / (6.5m + (0.1m * y)), 1_000_000m), Currency.USD) };
                    }

                    statements.Add(s);
                }

                if (p >= 0 && ytdLeft-- > 0)
                {
                    var ytd = new StatementSubject(reporter, partner, Period.YearToDate(FirstYear + y, 11), TradeFlow.Total);
                    statements.Add(Statement.OfValue($"{partner.Code}-ytd-{FirstYear + y}", ytd, new PublishedMoney(Rounded(Level(p, y, -1, 11), 1_000_000m), Currency.CNY)));
                }
            }
        }

        _consistent = new StatementSet(statements);
        var wrong = statements.FindIndex(s => s.Subject.Partner == partners[7] && s.Subject.Flow == TradeFlow.Total && s.Subject.Period == Period.Year(FirstYear + 3));
        var moved = statements[wrong].Value!.Value;
        statements[wrong] = statements[wrong] with { Value = new PublishedMoney(new PublishedNumber(moved.Number.Value * 1.2m, moved.Number.Resolution), Currency.CNY) };
        _oneWrong = new StatementSet(statements);
        if (_consistent.Count != 1_000)
        {
            throw new InvalidOperationException($"Expected 1,000 statements, built {_consistent.Count}.");
        }
    }

    /// <summary>All relations, the constraint network, and the implied bounds of consistent statements.</summary>
    /// <returns>The report.</returns>
    [Benchmark(Baseline = true)]
    public VerificationReport Consistent() => _verifier.Verify(_consistent);

    /// <summary>The same with one total moved by a fifth: minimal contradictory sets are searched for and minimised.</summary>
    /// <returns>The report.</returns>
    [Benchmark]
    public VerificationReport OneWrongFigure() => _verifier.Verify(_oneWrong);

    /// <summary>The relations checked one by one, without the network.</summary>
    /// <returns>The report.</returns>
    [Benchmark]
    public VerificationReport DirectRelationsOnly() => new Verifier(_verifier.Options with { UseNetwork = false }).Verify(_consistent);
}
