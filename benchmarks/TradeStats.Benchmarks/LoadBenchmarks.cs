using System.Globalization;
using BenchmarkDotNet.Attributes;
using CsvHelper;
using System.Text;
using TradeStats.Columnar;

namespace TradeStats.Benchmarks;

/// <summary>
/// Loading the benchmark file: a naive line-splitting reader that makes observation records, CsvHelper's parser
/// feeding the columnar store, and the hand-written <see cref="TradeCsvLoader"/> on one thread and on all cores. The
/// CsvHelper variant is the measurement behind the decision to hand-write the loader; a Sep 0.18 variant with parallel
/// parsing was measured against it and removed (the figures are in <see cref="TradeCsvLoader"/>'s remarks).
/// </summary>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    private string _path = string.Empty;

    /// <summary>Rows.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Rows { get; set; }

    /// <summary>The sizes, from <see cref="BenchmarkData.Sizes"/>.</summary>
    public static IEnumerable<int> Sizes => BenchmarkData.Sizes();

    /// <summary>Writes the file once per size.</summary>
    [GlobalSetup]
    public void Setup() => _path = TradeDataGenerator.CachedCsv(Rows);

    /// <summary>Baseline: File.ReadLines, string.Split and a TradeObservation per row.</summary>
    /// <returns>Rows read.</returns>
    [Benchmark(Baseline = true)]
    public int NaiveRecords()
    {
        var list = new List<TradeObservation>();
        foreach (var line in File.ReadLines(_path).Skip(1))
        {
            var f = line.Split(',');
            list.Add(new TradeObservation(Territory.FromCode(f[0]), Territory.FromCode(f[1]), Period.Parse(f[2]), f[3] == "X" ? TradeFlow.Exports : TradeFlow.Imports, new Money(decimal.Parse(f[5], CultureInfo.InvariantCulture), Currency.FromCode(f[6])))
            {
                Commodity = Commodity.Hs(f[4]),
            });
        }

        return list.Count;
    }

    /// <summary>
    /// CsvHelper 34's SIMD reader, fields as UTF-8 spans, feeding the columnar store through the same packed-byte code
    /// caches the hand-written loader uses: the fairest CsvHelper-based loader for this shape.
    /// </summary>
    /// <returns>Rows read.</returns>
    [Benchmark]
    public int CsvHelperToColumns()
    {
        var builder = new TradeColumnsBuilder();
        var maps = new[] { new PackedKeyMap(), new PackedKeyMap(), new PackedKeyMap(), new PackedKeyMap(), new PackedKeyMap() };
        using var reader = CsvReader.FromFile(_path);
        while (reader.Read())
        {
            var reporter = Code(maps[0], reader.GetSpan(0), s => builder.ReporterCode(Territory.FromCode(s)));
            var partner = Code(maps[1], reader.GetSpan(1), s => builder.PartnerCode(Territory.FromCode(s)));
            var period = Code(maps[2], reader.GetSpan(2), s => builder.PeriodCode(Period.Parse(s)));
            var flow = reader.GetSpan(3)[0] == (byte)'X' ? TradeFlow.Exports : TradeFlow.Imports;
            var commodity = Code(maps[3], reader.GetSpan(4), s => builder.CommodityCode(Commodity.Hs(s)));
            var value = long.Parse(reader.GetSpan(5), NumberStyles.None, CultureInfo.InvariantCulture);
            var currency = Code(maps[4], reader.GetSpan(6), s => builder.CurrencyCode(Currency.FromCode(s)));
            builder.Add(reporter, partner, period, flow, commodity, value, 0, currency, 0);
        }

        return builder.Build().Count;
    }

    /// <summary>The hand-written loader on one thread (one pass, streaming).</summary>
    /// <returns>Rows read.</returns>
    [Benchmark]
    public int TradeCsvLoaderToColumns() => TradeCsvLoader.Load(_path, 1).Count;

    /// <summary>The hand-written loader on all cores: parts of the file parsed in parallel, dictionaries merged.</summary>
    /// <returns>Rows read.</returns>
    [Benchmark]
    public int TradeCsvLoaderParallelToColumns() => TradeCsvLoader.Load(_path, Environment.ProcessorCount).Count;

    private static int Code(PackedKeyMap map, ReadOnlySpan<byte> bytes, Func<string, int> create)
    {
        var key = PackedKeyMap.Pack(bytes);
        if (!map.TryGet(key, out var code))
        {
            code = create(Encoding.UTF8.GetString(bytes));
            map.Add(key, code);
        }

        return code;
    }
}
