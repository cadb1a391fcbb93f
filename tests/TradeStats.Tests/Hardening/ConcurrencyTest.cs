using System.Collections.Concurrent;
using System.Globalization;
using TradeStats.Analysis;

namespace TradeStats.Tests.Hardening;

/// <summary>
/// The currency and territory registries accept registration while other threads read them, and the immutable
/// collections give every reader the same answer. Bounded: a fixed number of operations, a few seconds at most.
/// </summary>
public class ConcurrencyTest
{
    [Fact]
    public async Task Registries_serve_parallel_readers_and_writers()
    {
        const int Writers = 4;
        const int Readers = 4;
        const int PerWriter = 50;
        var errors = new ConcurrentQueue<Exception>();
        var registeredGroups = new ConcurrentBag<Territory>();
        var countries = Territory.Countries.Select(t => t.Code).ToArray();

        var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(() =>
        {
            for (var i = 0; i < PerWriter; i++)
            {
                try
                {
                    var code = string.Create(CultureInfo.InvariantCulture, $"STRESS-{w}-{i}");
                    var members = new[] { countries[(w * 31 + i) % countries.Length], countries[(w * 17 + i * 3 + 1) % countries.Length] }.Distinct();
                    registeredGroups.Add(Territory.RegisterGroup(code, "Stress group " + code, members));

                    // Writers of the same currency race each other; all must get the one definition.
                    var c = Currency.Register("XSR", 902, 2, "Stress rupee", "XSR");
                    Assert.Equal("XSR", c.Code);
                }
                catch (Exception e)
                {
                    errors.Enqueue(e);
                }
            }
        }));

        var readers = Enumerable.Range(0, Readers).Select(r => Task.Run(() =>
        {
            for (var i = 0; i < PerWriter * 4; i++)
            {
                try
                {
                    Assert.Equal("Xizang", Territory.FromCode("CN-XZ").Name);
                    Assert.Equal(Currency.CNY, Currency.FromCode("cny"));
                    Assert.True(Territory.CentralAsia5.IsMember(Territory.FromCode("KZ"), Period.Year(2023)));
                    _ = Territory.Groups.Count;
                    _ = Currency.All.Count;
                }
                catch (Exception e)
                {
                    errors.Enqueue(e);
                }
            }
        }));

        await Task.WhenAll([.. writers, .. readers]);

        Assert.Empty(errors);
        Assert.Equal(Writers * PerWriter, registeredGroups.Count);
        foreach (var g in registeredGroups)
        {
            Assert.Same(g, Territory.FromCode(g.Code));
        }
    }

    [Fact]
    public void A_series_gives_parallel_readers_the_same_totals()
    {
        var china = Territory.FromCode("CN");
        var partners = Territory.Countries.Take(40).ToArray();
        var series = TradeSeries.From(
            from p in partners
            from m in Enumerable.Range(1, 12)
            from f in new[] { TradeFlow.Exports, TradeFlow.Imports }
            select new TradeObservation(china, p, Period.Month(2024, m), f, Money.Usd(p.NumericCode!.Value * 1000m + m)));
        var expected = series.GroupBy(TradeDimension.Partner);

        var results = new ConcurrentBag<TradeGrouping>();
        Parallel.For(0, 16, new ParallelOptions { MaxDegreeOfParallelism = 4 }, _ => results.Add(series.GroupBy(TradeDimension.Partner)));

        Assert.All(results, r => Assert.Equal(expected.Groups.Select(g => (g.Key, g.Totals)), r.Groups.Select(g => (g.Key, g.Totals))));
    }
}
