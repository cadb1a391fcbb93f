using System.Text;
using Npgsql;
using TradeStats.Analysis;
using TradeStats.Sources;
using Xunit.Abstractions;

namespace TradeStats.PostgreSql.Tests;

/// <summary>The source against the real sharded cluster: where the sums run, failures of a shard, credentials, missing tables, hostile text, exactness.</summary>
[Collection(ClusterTests.Name)]
public sealed class ClusterTest(Cluster cluster, ITestOutputHelper output)
{
    private static readonly GroupingOptions ByPartnerAndYear = new(TradeDimension.Partner | TradeDimension.Period) { PeriodRollUp = PeriodKind.Year };

    /// <summary>Six provinces (three on each shard by the hash of the reporter), five partners, 24 months, both flows.</summary>
    private static List<TradeObservation> Clean()
    {
        var list = new List<TradeObservation>();
        var value = 1m;
        foreach (var reporter in new[] { "CN-XZ", "CN-XJ", "CN-BJ", "CN-HI", "CN-GX", "CN-HB" })
        {
            foreach (var partner in new[] { "NP", "IN", "KZ", "DE", "US" })
            {
                for (var month = 0; month < 24; month++)
                {
                    foreach (var flow in new[] { TradeFlow.Exports, TradeFlow.Imports })
                    {
                        value += 1.25m;
                        list.Add(new TradeObservation(Territory.FromCode(reporter), Territory.FromCode(partner), Period.Month(2023 + (month / 12), 1 + (month % 12)), flow, Money.Cny(value)));
                    }
                }
            }
        }

        return list;
    }

    [Fact]
    public async Task Every_grouping_statement_of_a_pushed_down_query_runs_its_aggregate_on_the_shards()
    {
        var observations = Clean();
        var table = await cluster.ShardedTableAsync(observations);
        using var source = PostgreSqlTradeSource.Create(cluster.Database, table);
        var statements = new List<(string Sql, PgParameters Parameters)>();
        source.Trace = (sql, p) => statements.Add((sql, p.Clone()));

        var result = await TradeAggregation.AggregateAsync(source, TradeQuery.All, ByPartnerAndYear);

        var expected = TradeSeries.From(observations).GroupBy(ByPartnerAndYear);
        Assert.Equal(expected.Groups.Length, result.Groups.Length);
        for (var i = 0; i < expected.Groups.Length; i++)
        {
            Assert.Equal(expected.Groups[i], result.Groups[i]);
        }
        var grouping = statements.Where(s => s.Sql.Contains("GROUP BY", StringComparison.Ordinal)).ToList();
        Assert.True(grouping.Count >= 5, $"{grouping.Count} grouping statements");
        await using var connection = await cluster.Database.OpenConnectionAsync();
        foreach (var (sql, p) in grouping)
        {
            await using var explain = p.Command(connection, "EXPLAIN (VERBOSE, COSTS OFF) " + sql);
            var plan = new StringBuilder();
            await using (var reader = await explain.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    plan.AppendLine(reader.GetString(0));
                }
            }

            var remote = plan.ToString().Split('\n').Where(l => l.Contains("Remote SQL:", StringComparison.Ordinal)).ToList();
            Assert.True(remote.Count == 2 && remote.All(l => l.Contains("GROUP BY", StringComparison.Ordinal)), $"Each shard should aggregate:\n{sql}\n{plan}");
            if (sql.Contains("sum(value)", StringComparison.Ordinal))
            {
                Assert.All(remote, l => Assert.Contains("sum(value)", l, StringComparison.Ordinal));
                output.WriteLine(plan.ToString());
            }
        }
    }

    [Fact]
    public async Task A_shard_stopped_in_the_middle_of_a_query_fails_the_whole_query_and_names_the_server()
    {
        var table = await cluster.ShardedTableAsync(Clean());
        using var source = PostgreSqlTradeSource.Create(cluster.Database, table);

        // The shard's table is locked, so the coordinator's remote scan waits on the shard: the query is certainly
        // running on it when the shard goes down.
        await using var shard = NpgsqlDataSource.Create(cluster.Shards[1]);
        var locker = await shard.OpenConnectionAsync();
        var transaction = await locker.BeginTransactionAsync();
        await using (var lockTable = new NpgsqlCommand($"LOCK TABLE {table} IN ACCESS EXCLUSIVE MODE", locker, transaction))
        {
            await lockTable.ExecuteNonQueryAsync();
        }

        var query = TradeAggregation.AggregateAsync(source, TradeQuery.All, ByPartnerAndYear);
        try
        {
            await WaitForLockWaiter(shard);
            Cluster.Script("stop-shard", cluster.Folder, "2");
            var error = await Assert.ThrowsAsync<PostgreSqlSourceException>(() => query);
            output.WriteLine(error.Message);
            Assert.Contains("a server of the cluster failed during the query", error.Message, StringComparison.Ordinal);
            Assert.Contains("shard2 (127.0.0.1:" + new NpgsqlConnectionStringBuilder(cluster.Shards[1]).Port.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Cluster.Script("start-shard", cluster.Folder, "2");
            try
            {
                await locker.DisposeAsync();
            }
            catch (NpgsqlException)
            {
                // Its server was stopped under it.
            }
        }

        // Back up: the same query answers in full.
        var again = await TradeAggregation.AggregateAsync(source, TradeQuery.All, ByPartnerAndYear);
        Assert.Equal(Clean().Count, again.GrandTotal.ObservationCount);
    }

    private static async Task WaitForLockWaiter(NpgsqlDataSource shard)
    {
        for (var i = 0; i < 200; i++)
        {
            await using var connection = await shard.OpenConnectionAsync();
            await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'", connection);
            if ((long)(await command.ExecuteScalarAsync())! > 0)
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The coordinator's scan never reached the locked shard.");
    }

    [Fact]
    public async Task A_shard_that_is_down_before_the_query_fails_it_with_the_server_named()
    {
        var table = await cluster.ShardedTableAsync(Clean());
        using var source = PostgreSqlTradeSource.Create(cluster.Database, table);
        Cluster.Script("stop-shard", cluster.Folder, "1");
        try
        {
            var error = await Assert.ThrowsAsync<PostgreSqlSourceException>(() => TradeAggregation.AggregateAsync(source, TradeQuery.All, ByPartnerAndYear));
            output.WriteLine(error.Message);
            Assert.Contains("shard1", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Cluster.Script("start-shard", cluster.Folder, "1");
        }
    }

    [Fact]
    public async Task Wrong_credentials_give_a_clear_exception_without_the_password()
    {
        var b = new NpgsqlConnectionStringBuilder(cluster.Coordinator) { Password = "not-the-password" };
        using var source = PostgreSqlTradeSource.Create(b.ConnectionString);
        var error = await Assert.ThrowsAsync<PostgreSqlSourceException>(() => source.CountAsync(TradeQuery.All));
        output.WriteLine(error.Message);
        Assert.Equal(PostgresErrorCodes.InvalidPassword, error.SqlState);
        Assert.Contains("refused the credentials", error.Message, StringComparison.Ordinal);
        Assert.Contains(b.Host!, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-password", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_table_gives_a_clear_exception_naming_it()
    {
        using var source = PostgreSqlTradeSource.Create(cluster.Database, "no_such_table");
        var error = await Assert.ThrowsAsync<PostgreSqlSourceException>(() => source.AggregateAsync(TradeQuery.All, ByPartnerAndYear));
        output.WriteLine(error.Message);
        Assert.Contains("no_such_table", error.Message, StringComparison.Ordinal);
        Assert.Contains("CreateAsync", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_floating_point_value_column_is_refused_naming_the_column_and_type()
    {
        var table = Cluster.NewTable("float");
        await Cluster.Execute(cluster.Database, $"CREATE TABLE {table} (reporter text, partner text, period text, flow text, value double precision, currency text)");
        using var source = PostgreSqlTradeSource.Create(cluster.Database, table);
        var error = await Assert.ThrowsAsync<TradeDataFormatException>(() => source.CountAsync(TradeQuery.All));
        Assert.Equal("value", error.Field);
        Assert.Contains("double precision", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile_text_in_commodity_names_and_sources_is_stored_and_filtered_as_data_never_run()
    {
        var table = await cluster.PlainTableAsync([]);
        var hostile = Commodity.Named($"x'); DROP TABLE {table}; --");
        var observations = Clean().Take(40).Select((o, i) => o with
        {
            Commodity = i % 2 == 0 ? hostile : Commodity.Named("$1 OR 1=1"),
            Source = new SourceReference("Robert'); DROP TABLE students;--", null, "\"; SELECT pg_sleep(10); --", null, "' OR ''='"),
        }).ToList();
        await PostgreSqlObservationTable.WriteAsync(cluster.Database, observations, table);
        using var source = PostgreSqlTradeSource.Create(cluster.Database, table);

        var read = await source.ReadAsync(TradeQuery.All).ToListAsync();
        Assert.Equal(observations.Order(ObservationOrder.Instance), read.Order(ObservationOrder.Instance));
        var only = await source.AggregateAsync(TradeQuery.All with { Commodity = BreakdownFilter.Only(hostile) }, new GroupingOptions(TradeDimension.Commodity));
        Assert.Equal(20, only.GrandTotal.ObservationCount);
        Assert.Equal(hostile, Assert.Single(only.Groups).Key.Commodity);
        Assert.Equal(40, await source.CountAsync(TradeQuery.All)); // the table is still there
        Assert.Throws<ArgumentException>(() => PostgreSqlTradeSource.Create(cluster.Database, $"{table}; DROP TABLE {table}"));
    }

    [Fact]
    public async Task A_sum_that_a_decimal_cannot_hold_exactly_is_refused_not_rounded()
    {
        var a = new TradeObservation(Territory.FromCode("CN-XZ"), Territory.FromCode("NP"), Period.Year(2024), TradeFlow.Exports, Money.Cny(100_000_000_000_000_000m));
        var b = a with { Partner = Territory.FromCode("IN"), Value = Money.Cny(0.000000000001m) };
        var table = await cluster.ShardedTableAsync([a, b]);
        using var source = PostgreSqlTradeSource.Create(cluster.Database, table);

        Assert.Throws<OverflowException>(() => TradeSeries.From([a, b]).GroupBy(new GroupingOptions(TradeDimension.Reporter)));
        var error = await Assert.ThrowsAsync<OverflowException>(() => source.AggregateAsync(TradeQuery.All, new GroupingOptions(TradeDimension.Reporter)));
        Assert.Contains("100000000000000000.000000000001", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Values_keep_their_scale_and_sums_have_the_scale_of_decimal_arithmetic()
    {
        var fine = Clean()[0];
        List<TradeObservation> rows = [fine with { Value = Money.Cny(1.50m) }, fine with { Partner = Territory.FromCode("IN"), Value = Money.Cny(2.0000000000000000001m) }, fine with { Partner = Territory.FromCode("KZ"), Value = Money.Cny(7m) }];
        var table = await cluster.ShardedTableAsync(rows);
        using var source = PostgreSqlTradeSource.Create(cluster.Database, table);

        var read = await source.ReadAsync(TradeQuery.All).ToListAsync();
        Assert.Equal(["1.50", "2.0000000000000000001", "7"], read.Select(o => o.Value.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal));
        var total = (await source.AggregateAsync(TradeQuery.All, new GroupingOptions(TradeDimension.Reporter))).GrandTotal.Exports!.Value.Amount;
        Assert.Equal("10.5000000000000000001", total.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Cancellation_stops_the_query_on_the_server()
    {
        var table = await cluster.ShardedTableAsync(Clean());
        using var source = PostgreSqlTradeSource.Create(cluster.Database, table);
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => source.AggregateAsync(TradeQuery.All, ByPartnerAndYear, cancel.Token));
    }
}
