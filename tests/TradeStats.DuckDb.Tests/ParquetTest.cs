using DuckDB.NET.Data;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TradeStats.Analysis;
using TradeStats.Sources;

namespace TradeStats.DuckDb.Tests;

/// <summary>Parquet written by the library reads back equal; foreign and bad files are read through the mapping or refused by name.</summary>
public sealed class ParquetTest : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TradeObservation Full { get; } = new TradeObservation(Territory.FromCode("CN-XZ"), Territory.FromCode("NP"), Period.Month(2024, 3), TradeFlow.Exports, Money.Cny(1234567.891234567891m))
    {
        Commodity = Commodity.Create("8703", Sources_Classification("H6")),
        CustomsRegime = CustomsRegime.BorderSmallScaleTrade,
        EnterpriseType = EnterpriseType.Private,
        TransportMode = TransportMode.Road,
        SecondPartner = Territory.FromCode("IN"),
        Status = ObservationStatus.Preliminary,
        Quantity = new Quantity(12.5m, "u") { IsEstimated = true },
        NetWeight = new Quantity(1000m, "kg"),
        GrossWeight = new Quantity(1100.25m, "kg"),
        AlternativeQuantity = new Quantity(3m, "m3"),
        Source = new SourceReference("Lhasa Customs", new DateOnly(2024, 4, 20), "Xizang trade in March", "https://example.org/x", "up 15.4 percent"),
    };

    private static CommodityClassification Sources_Classification(string code) => CommodityClassification.FromCode(code);

    public static IReadOnlyList<TradeObservation> Samples { get; } =
    [
        Full,
        new TradeObservation(Territory.FromCode("CN"), Territory.World, Period.Year(2024), TradeFlow.Balance, Money.Usd(-12.01m)),
        new TradeObservation(Territory.FromCode("CN-XJ"), Territory.CentralAsia5, Period.Parse("2025-01/2025-10"), TradeFlow.Total, Money.Cny(0m)) { Commodity = Commodity.Named("New energy vehicles") },
        new TradeObservation(Territory.FromCode("CN-XJ"), Territory.FromCode("KZ"), Period.Quarter(2024, 2), TradeFlow.Imports, Money.Cny(0.000000000001m)) { Commodity = Commodity.Hs("870380") },
    ];

    [Fact]
    public async Task Every_field_reads_back_equal()
    {
        var path = _folder.File("all.parquet");
        Assert.Equal(Samples.Count, await ObservationParquetFile.WriteAsync(path, Samples));
        var back = await ReadAll(DuckDbTradeSource.FromParquet(path));
        Assert.Equal(Samples, back);
    }

    [Property(MaxTest = 10)]
    public Property Property_observations_round_trip_through_Parquet() =>
        Prop.ForAll(Generators.Cases, x =>
        {
            var path = _folder.File(Guid.NewGuid().ToString("N") + ".parquet");
            ObservationParquetFile.WriteAsync(path, x.Observations).GetAwaiter().GetResult();
            Assert.Equal(x.Observations, ReadAll(DuckDbTradeSource.FromParquet(path)).GetAwaiter().GetResult());
            var filter = x.Queries[0].Filter;
            Assert.Equal(x.Observations.Where(filter.Matches), ReadAll(DuckDbTradeSource.FromParquet(path), filter).GetAwaiter().GetResult());
            File.Delete(path);
        });

    [Fact]
    public async Task The_file_carries_the_schema_version_dictionary_encoded_codes_and_exact_decimals()
    {
        var path = _folder.File("v.parquet");
        await ObservationParquetFile.WriteAsync(path, Enumerable.Range(0, 1000).Select(i => Samples[i % Samples.Count]));
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        Assert.Equal("1", Scalar(connection, $"SELECT CAST(value AS VARCHAR) FROM parquet_kv_metadata('{path}') WHERE CAST(key AS VARCHAR) = 'tradestats_schema'"));
        Assert.Contains("DICTIONARY", Scalar(connection, $"SELECT encodings FROM parquet_metadata('{path}') WHERE path_in_schema = 'reporter' LIMIT 1"), StringComparison.Ordinal);
        Assert.Equal("DecimalType(scale=12, precision=38)", Scalar(connection, $"SELECT logical_type FROM parquet_schema('{path}') WHERE name = 'value'"));
    }

    [Fact]
    public async Task A_value_that_would_round_is_refused()
    {
        var o = Samples[1] with { Value = Money.Usd(-0.0000000000001m) };
        var e = await Assert.ThrowsAsync<ArgumentException>(() => ObservationParquetFile.WriteAsync(_folder.File("r.parquet"), [o]));
        Assert.Contains("0.0000000000001", e.Message, StringComparison.Ordinal);
        Assert.Contains("rounded", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_truncated_file_is_refused_naming_the_file()
    {
        var path = _folder.File("t.parquet");
        await ObservationParquetFile.WriteAsync(path, Samples);
        var bytes = await File.ReadAllBytesAsync(path);
        await File.WriteAllBytesAsync(path, bytes[..(bytes.Length / 2)]);
        var e = await Assert.ThrowsAsync<TradeDataFormatException>(() => Use.Count(DuckDbTradeSource.FromParquet(path)));
        Assert.Equal(path, e.SourceName);
        Assert.Contains("t.parquet", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_column_of_doubles_is_refused_naming_the_file_and_column()
    {
        var path = Foreign("d.parquet", "SELECT 'CN' AS reporter, 'NP' AS partner, '2024' AS period, 'X' AS flow, 1.5::DOUBLE AS value, 'CNY' AS currency");
        var e = await Assert.ThrowsAsync<TradeDataFormatException>(() => Use.Count(DuckDbTradeSource.FromParquet(path)));
        Assert.Equal(path, e.SourceName);
        Assert.Equal("value", e.Field);
        Assert.Contains("DOUBLE", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_required_column_is_refused_naming_the_file_and_column()
    {
        var good = _folder.File("a-good.parquet");
        await ObservationParquetFile.WriteAsync(good, Samples);
        var bad = Foreign("b-bad.parquet", "SELECT 'CN' AS reporter, 'NP' AS partner, '2024' AS period, 'X' AS flow, 1.5::DECIMAL(10,2) AS value");
        var e = await Assert.ThrowsAsync<TradeDataFormatException>(() => Use.Aggregate(DuckDbTradeSource.FromParquet(_folder.File("*.parquet")), TradeQuery.All, new GroupingOptions(TradeDimension.Partner)));
        Assert.Equal(bad, e.SourceName);
        Assert.Equal("currency", e.Field);
    }

    [Fact]
    public async Task A_foreign_file_is_read_through_a_column_mapping()
    {
        var path = Foreign("pandas.parquet", "SELECT * FROM (VALUES ('CN', 'NP', '2024', 'X', 10.25::DECIMAL(18,2), 'CNY'), ('CN', 'IN', '2024', 'X', 5::DECIMAL(18,2), 'CNY')) t(reporterISO, partnerISO, refPeriod, flowCode, primaryValue, currencyCode)");
        var mapping = ObservationColumnMapping.Default with
        {
            Columns = ObservationColumnMapping.Default.Columns
                .SetItem("reporter", "reporterISO").SetItem("partner", "partnerISO").SetItem("period", "refPeriod")
                .SetItem("flow", "flowCode").SetItem("value", "primaryValue").SetItem("currency", "currencyCode"),
        };
        var grouping = await Use.Aggregate(DuckDbTradeSource.FromParquet(path, new DuckDbOptions { Mapping = mapping }), TradeQuery.All, new GroupingOptions(TradeDimension.None));
        Assert.Equal(Money.Cny(15.25m), grouping.GrandTotal.Exports);
    }

    [Fact]
    public async Task An_unknown_code_is_refused_naming_the_column_and_value()
    {
        var path = Foreign("u.parquet", "SELECT 'CN' AS reporter, 'XX-NOWHERE' AS partner, '2024' AS period, 'X' AS flow, 1::DECIMAL(38,12) AS value, 'CNY' AS currency");
        var e = await Assert.ThrowsAsync<TradeDataFormatException>(() => Use.Aggregate(DuckDbTradeSource.FromParquet(path), TradeQuery.All, new GroupingOptions(TradeDimension.Partner)));
        Assert.Equal("partner", e.Field);
        Assert.Equal("XX-NOWHERE", e.Value);
    }

    [Fact]
    public async Task No_matching_file_is_a_FileNotFoundException()
    {
        await Assert.ThrowsAsync<FileNotFoundException>(() => Use.Count(DuckDbTradeSource.FromParquet(_folder.File("none-*.parquet"))));
    }

    [Fact]
    public async Task A_file_of_a_later_schema_version_is_refused()
    {
        var path = _folder.File("v9.parquet");
        using (var connection = new DuckDBConnection("Data Source=:memory:"))
        {
            connection.Open();
            Execute(connection, $"COPY (SELECT 'CN' AS reporter, 'NP' AS partner, '2024' AS period, 'X' AS flow, 1::DECIMAL(38,12) AS value, 'CNY' AS currency) TO '{path}' (FORMAT parquet, KV_METADATA {{tradestats_schema: '9'}})");
        }

        var e = await Assert.ThrowsAsync<TradeDataFormatException>(() => Use.Count(DuckDbTradeSource.FromParquet(path)));
        Assert.Contains("version 9", e.Message, StringComparison.Ordinal);
    }

    internal static async Task<List<TradeObservation>> ReadAll(ITradeDataSource source, TradeQuery? query = null)
    {
        using var disposable = source as IDisposable;
        var list = new List<TradeObservation>();
        await foreach (var o in source.ReadAsync(query ?? TradeQuery.All))
        {
            list.Add(o);
        }

        return list;
    }

    private string Foreign(string name, string select)
    {
        var path = _folder.File(name);
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        Execute(connection, $"COPY ({select}) TO '{path}' (FORMAT parquet)");
        return path;
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string Scalar(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = command.ExecuteScalar();
        return value is System.Collections.IEnumerable e and not string ? string.Join(",", e.Cast<object>()) : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
