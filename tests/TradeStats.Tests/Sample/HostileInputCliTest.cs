namespace TradeStats.Tests.Sample;

/// <summary>
/// Every command on hostile files: a bad value ends in exit code 2 (or 1 for contradictions) with one line naming
/// the problem, never a crash, a stack trace or exit code 134.
/// </summary>
public sealed class HostileInputCliTest : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("tradestats-hostile-");

    public static TheoryData<string, string, string[]> Cases => new()
    {
        // Two rows whose sum overflows decimal.
        { "overflow.csv", "reporter,partner,period,flow,value,currency\nCN-XZ,NP,2024,X,79228162514264337593543950335,CNY\nCN-XZ,NP,2024,X,79228162514264337593543950335,CNY\n", ["aggregate", "{0}", "--by", "partner"] },
        { "overflow.csv", "reporter,partner,period,flow,value,currency\nCN-XZ,NP,2024,X,79228162514264337593543950335,CNY\nCN-XZ,NP,2024,X,79228162514264337593543950335,CNY\n", ["growth", "{0}", "--by", "partner"] },
        // A value with more digits than decimal holds.
        { "precise.csv", "reporter,partner,period,flow,value,currency\nCN-XZ,NP,2024,X,9.0000000000000000000000000001,CNY\n", ["summarize", "{0}"] },
        { "tiny.csv", "reporter,partner,period,flow,value,currency\nCN-XZ,NP,2024,X,1e-30,CNY\n", ["aggregate", "{0}", "--by", "partner"] },
        // Conversions at rates decimal cannot invert well.
        { "trade.csv", "reporter,partner,period,flow,value,currency\nCN-XZ,NP,2024,X,100,CNY\n", ["aggregate", "{0}", "--by", "partner", "--to", "USD", "--rates", "{1}"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hostile_input_exits_2_with_one_line_and_no_stack_trace(string name, string content, string[] args)
    {
        var file = Path.Combine(_folder.FullName, name);
        File.WriteAllText(file, content);
        var rates = Path.Combine(_folder.FullName, "rates.csv");
        File.WriteAllText(rates, "base,quote,value,period,kind,source\nUSD,CNY,79228162514264337593543950335,2024,PeriodAverage,hostile\nUSD,CNY,0.0000000000000000000000000001,2023,PeriodAverage,hostile\n");

        var (code, output, error) = SampleRunner.Run([.. args.Select(a => a.Replace("{0}", file, StringComparison.Ordinal).Replace("{1}", rates, StringComparison.Ordinal))]);

        Assert.True(code == 2, $"exit {code}; stdout: {output}; stderr: {error}");
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
        Assert.DoesNotContain("got 0", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_total_decimal_cannot_hold_exactly_is_bad_input_not_a_rounded_number()
    {
        // 1e-28 + 7.9e28 has more digits than decimal holds: the grand total is refused rather than rounded.
        var file = Path.Combine(_folder.FullName, "extreme.csv");
        File.WriteAllText(file, "reporter,partner,period,flow,value,currency\nCN-XZ,NP,2023,X,0.0000000000000000000000000001,CNY\nCN-XZ,NP,2024,X,79000000000000000000000000000,CNY\n");
        var (code, _, error) = SampleRunner.Run("growth", file, "--by", "partner", "--format", "csv");
        Assert.Equal(2, code);
        Assert.Contains("never rounded silently", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bug_is_exit_3_with_where_to_report_it_and_the_trace_only_with_verbose()
    {
        // An exception no command documents, provoked through an output that fails as no real terminal would.
        var file = SampleRunner.TestFile("trade.csv");
        using var broken = new FailingWriter();
        using var stderr = new StringWriter();
        Assert.Equal(3, TradeStats.Sample.SampleApp.Run(["summarize", file], broken, stderr));
        Assert.Contains("internal error: NotImplementedException", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains(TradeStats.Sample.SampleApp.IssuesAddress, stderr.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr.ToString(), StringComparison.Ordinal);

        using var verboseErr = new StringWriter();
        Assert.Equal(3, TradeStats.Sample.SampleApp.Run(["summarize", file, "--verbose"], broken, verboseErr));
        Assert.Contains("   at ", verboseErr.ToString(), StringComparison.Ordinal);
    }

    private sealed class FailingWriter : StringWriter
    {
        public override void Write(char value) => throw new NotImplementedException("the output failed");

        public override void Write(string? value) => throw new NotImplementedException("the output failed");

        public override void WriteLine(string? value) => throw new NotImplementedException("the output failed");
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
