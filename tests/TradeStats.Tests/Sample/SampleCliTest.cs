using System.Text.Json;
using TradeStats.Sample;

namespace TradeStats.Tests.Sample;

public class SampleCliTest
{
    private static string F(string name) => SampleRunner.TestFile(name);

    [Fact]
    public void Summarize_describes_the_file()
    {
        var (code, output, _) = SampleRunner.Run("summarize", F("trade.csv"), "--format", "csv");

        Assert.Equal(0, code);
        Assert.Contains("observations,6,", output, StringComparison.Ordinal);
        Assert.Contains("partners,2,NP IN", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Aggregate_by_partner_year_and_flow_derives_total_and_balance()
    {
        var (code, output, _) = SampleRunner.Run("aggregate", F("trade.csv"), "--by", "partner,year,flow", "--format", "csv");

        Assert.Equal(0, code);
        Assert.Contains("NP,2024,Total (exports + imports),5120000000,CNY", output, StringComparison.Ordinal);
        Assert.Contains("NP,2024,Balance (exports - imports),4280000000,CNY", output, StringComparison.Ordinal);
        Assert.Contains("IN,2024,Exports,360000000,CNY", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Aggregate_converts_with_the_given_rates_only()
    {
        var (code, output, _) = SampleRunner.Run("aggregate", F("trade.csv"), "--by", "partner,year", "--to", "USD", "--rates", F("rates.csv"), "--format", "csv");
        Assert.Equal(0, code);
        Assert.Contains("NP,2024,659954786.08,", output, StringComparison.Ordinal); // 4.7e9 / 7.1217

        var (noRates, _, error) = SampleRunner.Run("aggregate", F("trade.csv"), "--by", "partner", "--to", "USD");
        Assert.Equal(2, noRates);
        Assert.Contains("--rates", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Growth_in_json()
    {
        var (code, output, _) = SampleRunner.Run("growth", F("trade.csv"), "--by", "partner", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var nepalExports = json.RootElement.EnumerateArray().Single(e => e.GetProperty("partner").GetString() == "NP" && e.GetProperty("flow").GetString() == "Exports");
        Assert.Equal(0.88m, nepalExports.GetProperty("growth").GetDecimal());
        Assert.Equal("2024", nepalExports.GetProperty("period").GetString());
    }

    [Theory]
    [InlineData("trade.json", "NP,2024,4700000000,,,,CNY")]
    [InlineData("sdmx.csv", "NP,2024,1800000000,,,,USD")]
    [InlineData("comtrade.json", "NP,2024,1800000000,,,,USD")]
    public void Every_format_is_detected(string file, string expected)
    {
        var (code, output, error) = SampleRunner.Run("aggregate", F(file), "--by", "partner,year", "--format", "csv");

        Assert.True(code == 0, error);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_output_is_plain_when_redirected()
    {
        var (code, output, _) = SampleRunner.Run("aggregate", F("trade.csv"), "--by", "partner");

        Assert.Equal(0, code);
        Assert.DoesNotContain('\u001b', output);
        Assert.Contains("NP", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_file_exits_2_naming_the_record()
    {
        var (code, output, error) = SampleRunner.Run("summarize", F("bad.csv"));

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("line 3", error, StringComparison.Ordinal);
        Assert.Contains("'Z'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_exits_0_when_consistent_and_1_on_contradictions()
    {
        var (ok, okOut, _) = SampleRunner.Run("verify", F("statements-consistent.csv"), "--format", "csv");
        Assert.Equal(0, ok);
        Assert.Contains("ConsistentWithinRounding,Identity", okOut, StringComparison.Ordinal);

        var (bad, badOut, _) = SampleRunner.Run("verify", F("statements-contradictory.csv"), "--format", "csv");
        Assert.Equal(1, bad);
        Assert.Contains("Contradiction,ImpliedBase,total-2025 total-2024", badOut, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_statements_file_exits_2_naming_line_and_column()
    {
        var (code, _, error) = SampleRunner.Run("verify", F("statements-bad.csv"));

        Assert.Equal(2, code);
        Assert.Contains("line 3, column 'value', value 'eleven billion yuan'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("aggregate")]
    [InlineData("summarize", "missing-file.csv")]
    public void Usage_errors_exit_2(params string[] args)
    {
        var (code, _, error) = SampleRunner.Run(args);

        Assert.Equal(2, code);
        Assert.StartsWith("error:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_in_euros_is_summarized_aggregated_and_converted()
    {
        var (summary, summaryOut, summaryErr) = SampleRunner.Run("summarize", F("trade-eur.csv"), "--format", "csv");
        Assert.True(summary == 0, summaryErr);
        Assert.Contains("currencies,1,EUR", summaryOut, StringComparison.Ordinal);

        var (code, output, error) = SampleRunner.Run("aggregate", F("trade-eur.csv"), "--by", "partner,year,flow", "--format", "csv");
        Assert.True(code == 0, error);
        Assert.Contains("CN,2024,Balance (exports - imports),-67200000000,EUR", output, StringComparison.Ordinal);
        Assert.Contains("JP,2024,Exports,20500000000.50,EUR", output, StringComparison.Ordinal);

        var (toYuan, yuanOut, yuanErr) = SampleRunner.Run("aggregate", F("trade-eur.csv"), "--by", "partner,year", "--to", "CNY", "--rates", F("rates-eur.csv"), "--format", "csv");
        Assert.True(toYuan == 0, yuanErr);
        Assert.Contains("CN,2024,720000000000,", yuanOut, StringComparison.Ordinal); // 90e9 EUR * 8 CNY/EUR

        var (toEuro, euroOut, euroErr) = SampleRunner.Run("aggregate", F("trade.csv"), "--by", "partner,year", "--to", "EUR", "--rates", F("rates-eur.csv"), "--format", "csv");
        Assert.True(toEuro == 0, euroErr);
        Assert.Contains("NP,2024,587500000,", euroOut, StringComparison.Ordinal); // 4.7e9 CNY / 8
    }

    [Fact]
    public void Statements_in_euros_are_verified()
    {
        var (code, output, error) = SampleRunner.Run("verify", F("statements-eur.csv"), "--format", "csv");
        Assert.True(code == 0, error + output);
        Assert.Contains("0 contradictions", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Eurostat_partner_aggregates_are_read_as_built_in_groups()
    {
        var (code, output, error) = SampleRunner.Run("aggregate", F("sdmx-eu.csv"), "--by", "partner", "--format", "csv");
        Assert.True(code == 0, error);
        Assert.Contains("EU27_2020,516000000000,", output, StringComparison.Ordinal);
        Assert.Contains("EXTRA_EU27_2020,1800000000000,", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Currencies_with_zero_and_three_minor_digits_are_read()
    {
        var (code, output, error) = SampleRunner.Run("aggregate", F("sdmx-jpy-kwd.csv"), "--by", "reporter,flow", "--format", "csv");
        Assert.True(code == 0, error);
        Assert.Contains("JP,Exports,17600000000000,JPY", output, StringComparison.Ordinal);
        Assert.Contains("KW,Imports,1234567.891,KWD", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Statement_csv_reads_the_press_forms()
    {
        var records = StatementCsv.Read(new StringReader("id,reporter,partner,period,flow,value,growth,share,share_of\nfie,CN-XZ,WLD,2025,T,613 million yuan,65-fold,7.2%,CN-XZ WLD 2025 T\n"), "inline");

        var s = Assert.Single(records).Statement;
        Assert.Equal(613e6m, s.Value!.Value.Value.Amount);
        Assert.Equal(64m, s.Growth!.Value.Value);
        Assert.Equal(0.072m, s.Share!.Value.Value);
        Assert.Equal(Period.Year(2025), s.ShareOf!.Period);
    }
}
