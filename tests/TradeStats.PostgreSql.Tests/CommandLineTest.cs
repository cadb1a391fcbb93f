using Npgsql;
using TradeStats.Sample;
using TradeStats.Sources;

namespace TradeStats.PostgreSql.Tests;

/// <summary>The sample's commands with <c>--postgres</c>: the same tables as on a CSV file of the same rows, summed on the shards.</summary>
[Collection(ClusterTests.Name)]
public sealed class CommandLineTest(Cluster cluster) : IDisposable
{
    private readonly string _csv = Path.Combine(Path.GetTempPath(), $"tradestats-pg-{Guid.NewGuid():N}.csv");

    public void Dispose() => File.Delete(_csv);

    [Theory]
    [InlineData("aggregate", "--by", "partner,year")]
    [InlineData("aggregate", "--by", "reporter,flow")]
    [InlineData("growth", "--by", "partner,year")]
    [InlineData("summarize", "--input-format", "auto")]
    public async Task A_sharded_table_gives_the_tables_of_the_same_rows_in_CSV(string command, string option, string value)
    {
        var rows = Enumerable.Range(0, 96).Select(i => new TradeObservation(
            Territory.FromCode(i % 2 == 0 ? "CN-XZ" : "CN-HI"),
            Territory.FromCode(new[] { "NP", "IN", "KZ" }[i % 3]),
            Period.Month(2023 + (i / 48), 1 + (i / 4 % 12)),
            i % 4 < 2 ? TradeFlow.Exports : TradeFlow.Imports,
            Money.Cny(1000m + (i * 17.5m)))).DistinctBy(o => (o.Reporter, o.Partner, o.Period, o.Flow)).ToList();
        await ObservationCsvFile.WriteAsync(_csv, rows);
        var table = await cluster.ShardedTableAsync(rows);

        var expected = Run(command, _csv, option, value, "--format", "csv");
        Assert.Equal(0, expected.Code);
        var actual = Run(command, "--postgres", cluster.Coordinator, "--table", table, option, value, "--format", "csv");
        if (command == "summarize")
        {
            // A table has no row order: the summary's lists of values come in the order the rows arrive (and a long
            // list shows its first values only), so items and counts are compared, and the values of complete lists.
            Assert.Equal(Unordered(expected.Output), Unordered(actual.Output));
            return;
        }

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Wrong_credentials_exit_2_with_one_line_and_no_password()
    {
        var b = new NpgsqlConnectionStringBuilder(cluster.Coordinator) { Password = "wrong-secret" };
        var (code, output, error) = Run("aggregate", "--postgres", b.ConnectionString, "--by", "partner");
        Assert.Equal(SampleApp.BadInput, code);
        Assert.Empty(output);
        Assert.StartsWith("error: postgresql://", error, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-secret", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_and_postgres_together_are_refused()
    {
        var (code, _, error) = Run("aggregate", _csv, "--postgres", cluster.Coordinator, "--by", "partner");
        Assert.Equal(SampleApp.BadInput, code);
        Assert.Contains("not both", error, StringComparison.Ordinal);
    }

    private static string[] Unordered(string csv) =>
    [
        .. csv.Split('\n').Select(line => line.Split(',', 3)).Select(f => f.Length < 3 || f[2].Contains("...", StringComparison.Ordinal)
            ? string.Join(',', f.Take(2))
            : f[0] + "," + f[1] + "," + string.Join(' ', f[2].Split(' ', ',').Order(StringComparer.Ordinal))),
    ];

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = SampleApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
