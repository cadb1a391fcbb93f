using BenchmarkDotNet.Attributes;

namespace TradeStats.Benchmarks;

/// <summary>Summing a series of Money against summing the raw decimals: the cost of the currency check.</summary>
[MemoryDiagnoser]
public class MoneyBenchmarks
{
    private Money[] _amounts = [];
    private decimal[] _raw = [];

    /// <summary>Number of amounts.</summary>
    [Params(100_000)]
    public int Count { get; set; }

    /// <summary>Builds a seeded series.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _raw = [.. Enumerable.Range(0, Count).Select(_ => (decimal)random.Next(1, 1_000_000))];
        _amounts = [.. _raw.Select(Money.Cny)];
    }

    /// <summary>Baseline: decimal addition.</summary>
    /// <returns>The sum.</returns>
    [Benchmark(Baseline = true)]
    public decimal SumDecimals()
    {
        var total = 0m;
        foreach (var d in _raw)
        {
            total += d;
        }

        return total;
    }

    /// <summary>Money addition with its currency check.</summary>
    /// <returns>The sum.</returns>
    [Benchmark]
    public Money SumMoney() => Money.Sum(_amounts, Currency.CNY);
}
