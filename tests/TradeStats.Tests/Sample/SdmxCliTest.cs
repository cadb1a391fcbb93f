namespace TradeStats.Tests.Sample;

public sealed class SdmxCliTest : IDisposable
{
    private const string Header = "DATAFLOW,FREQ,REF_AREA,COUNTERPART_AREA,TRADE_FLOW,CURRENCY,TIME_PERIOD,OBS_VALUE,OBS_STATUS\n";

    private readonly string _dir = Directory.CreateTempSubdirectory("tradestats-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private string TwoBadRows() => Write(
        "bad.csv",
        Header + "T:X(1.0),A,DE,FR,X,EUR,2024,100,\nT:X(1.0),A,DE,FR,X,EUR,2024-13,5,\nT:X(1.0),A,DE,US,X,EUR,2024,7,K\nT:X(1.0),A,DE,US,M,GBP,2024,9,P\n");

    [Fact]
    public void Errors_stop_reports_the_first_bad_record_in_one_line()
    {
        var (code, output, error) = SampleRunner.Run("summarize", TwoBadRows(), "--format", "csv");
        Assert.Equal(2, code);
        Assert.Empty(output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("bad.csv, line 3, field 'TIME_PERIOD', value '2024-13'", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_collect_reports_every_bad_record_and_uses_nothing()
    {
        var (code, output, error) = SampleRunner.Run("summarize", TwoBadRows(), "--format", "csv", "--errors", "collect");
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("line 3, field 'TIME_PERIOD'", error, StringComparison.Ordinal);
        Assert.Contains("line 4, field 'OBS_STATUS', value 'K'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_skip_uses_the_rest_and_fails_unless_skipping_is_allowed()
    {
        var (code, output, error) = SampleRunner.Run("summarize", TwoBadRows(), "--format", "csv", "--errors", "skip");
        Assert.Equal(2, code);
        Assert.Contains("observations,2,", output, StringComparison.Ordinal);
        Assert.Contains("skipped: ", error, StringComparison.Ordinal);
        Assert.Contains("2 records skipped, 2 observations used", error, StringComparison.Ordinal);

        var (allowed, output2, _) = SampleRunner.Run("summarize", TwoBadRows(), "--format", "csv", "--errors", "skip", "--allow-skipped");
        Assert.Equal(0, allowed);
        Assert.Contains("currencies,2,EUR GBP", output2, StringComparison.Ordinal);
    }

    [Fact]
    public void Comext_is_recognised_from_its_header_and_read_in_euros()
    {
        var comext = Path.Combine(AppContext.BaseDirectory, "TestData", "real", "eurostat-comext-ds045409-annual.csv");
        var (code, output, error) = SampleRunner.Run("aggregate", comext, "--by", "reporter,year,flow", "--format", "csv");
        Assert.True(code == 0, error);
        Assert.Contains("AT,2017,Imports,127727396", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mapping_file_is_used_and_a_bad_one_is_reported()
    {
        var data = Write("d.csv", "DATAFLOW,RPT,PRT,DIR,TIME_PERIOD,OBS_VALUE\nT:X(1.0),DE,FR,out,2024,100\n");
        var mapping = Write("m.json", "{ \"reporter\": \"RPT\", \"partner\": \"PRT\", \"flow\": \"DIR\", \"flowCodes\": { \"out\": \"Exports\" }, \"currency\": \"CHF\" }");
        var (code, output, error) = SampleRunner.Run("aggregate", data, "--by", "reporter,partner,flow", "--format", "csv", "--mapping", mapping);
        Assert.True(code == 0, error);
        Assert.Contains("DE,FR,Exports,100,CHF", output, StringComparison.Ordinal);

        var bad = Write("bad.json", "{ \"reporter\": \"RPT\",\n \"flow\": \"DIR\",\n \"flowCodes\": { \"out\": \"Outwards\" } }");
        var (badCode, _, badError) = SampleRunner.Run("summarize", data, "--mapping", bad);
        Assert.Equal(2, badCode);
        Assert.Contains("bad.json, line 3, field 'flowCodes.out', value 'Outwards'", badError, StringComparison.Ordinal);
    }

    [Fact]
    public void Latin1_input_is_read_with_the_encoding_option()
    {
        var path = Path.Combine(_dir, "latin1.csv");
        File.WriteAllBytes(path, System.Text.Encoding.Latin1.GetBytes("DATAFLOW,REF_AREA,COUNTERPART_AREA,TRADE_FLOW,CURRENCY,TIME_PERIOD,OBS_VALUE\nT:Exportés(1.0),DE,FR,X,EUR,2024,100\n"));
        var (strict, _, strictError) = SampleRunner.Run("summarize", path);
        Assert.Equal(2, strict);
        Assert.Contains("UTF-8", strictError, StringComparison.Ordinal);
        var (code, _, error) = SampleRunner.Run("summarize", path, "--encoding", "latin1");
        Assert.True(code == 0, error);
    }
}
