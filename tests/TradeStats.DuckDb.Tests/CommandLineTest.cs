using TradeStats.Sample;

namespace TradeStats.DuckDb.Tests;

/// <summary>The sample's commands on Parquet files and DuckDB databases: the same tables as on CSV, summed by the engine.</summary>
public sealed class CommandLineTest : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("aggregate", "--by", "partner,year")]
    [InlineData("aggregate", "--by", "partner,flow")]
    [InlineData("growth", "--by", "partner,year")]
    [InlineData("summarize", "--input-format", "auto")]
    public async Task Parquet_and_DuckDB_inputs_give_the_tables_of_the_same_rows_in_CSV(string command, string option, string value)
    {
        var csv = _folder.File("trade.csv");
        await Sources.ObservationCsvFile.WriteAsync(csv, ParquetTest.Samples.Where(o => o.Value.Currency == Currency.CNY && o.Partner.Kind == TerritoryKind.Country));
        var rows = await ParquetTest.ReadAll(new Sources.ObservationCsvFile(csv));
        await ObservationParquetFile.WriteAsync(_folder.File("part-1.parquet"), rows.Take(1));
        await ObservationParquetFile.WriteAsync(_folder.File("part-2.parquet"), rows.Skip(1));
        await DuckDbObservationTable.AppendAsync(_folder.File("trade.duckdb"), rows);

        var expected = Run(command, csv, option, value, "--format", "csv");
        Assert.Equal(0, expected.Code);
        Assert.Equal(expected, Run(command, _folder.File("part-*.parquet"), option, value, "--format", "csv"));
        Assert.Equal(expected, Run(command, _folder.File("trade.duckdb"), option, value, "--format", "csv"));
    }

    [Fact]
    public async Task A_bad_Parquet_file_exits_2_with_one_line_naming_it()
    {
        var path = _folder.File("broken.parquet");
        await File.WriteAllTextAsync(path, "not parquet");
        var (code, output, error) = Run("aggregate", path, "--by", "partner");
        Assert.Equal(SampleApp.BadInput, code);
        Assert.Empty(output);
        Assert.StartsWith("error: " + path, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Engine_options_on_a_text_input_are_refused()
    {
        var (code, _, error) = Run("aggregate", _folder.File("x.csv"), "--by", "partner", "--memory-limit", "1GB");
        Assert.Equal(SampleApp.BadInput, code);
        Assert.Contains("--memory-limit", error, StringComparison.Ordinal);
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = SampleApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
