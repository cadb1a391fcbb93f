using System.Diagnostics;
using Npgsql;

namespace TradeStats.PostgreSql.Tests;

/// <summary>
/// The sharded cluster the tests run against: a coordinator and two shards on loopback, started by
/// <c>eng/pg-cluster.sh</c>. When TRADESTATS_POSTGRES_CLUSTER names the folder of a running cluster (as CI starts
/// it), that one is used; otherwise the fixture starts its own in a temporary folder and stops it at the end.
/// </summary>
public sealed class Cluster : IAsyncLifetime
{
    private static int _tables;
    private string? _ownFolder;

    public string Folder { get; private set; } = string.Empty;

    public string Coordinator { get; private set; } = string.Empty;

    public string[] Shards { get; private set; } = [];

    public NpgsqlDataSource Database { get; private set; } = null!;

    public static string Root { get; } = FindRoot();

    public async Task InitializeAsync()
    {
        var given = Environment.GetEnvironmentVariable("TRADESTATS_POSTGRES_CLUSTER");
        if (string.IsNullOrEmpty(given))
        {
            _ownFolder = Path.Combine(Path.GetTempPath(), "tradestats-pg-" + Guid.NewGuid().ToString("N")[..12]);
            Folder = _ownFolder;
            Script("start", Folder);
        }
        else
        {
            Folder = given;
        }

        var env = File.ReadAllLines(Path.Combine(Folder, "cluster.env")).Select(l => l.Split('=', 2)).ToDictionary(a => a[0], a => a[1]);
        Coordinator = env["TRADESTATS_POSTGRES"];
        Shards = [env["TRADESTATS_POSTGRES_SHARD1"], env["TRADESTATS_POSTGRES_SHARD2"]];
        Database = NpgsqlDataSource.Create(Coordinator);
        await Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Database.DisposeAsync();
        if (_ownFolder is not null)
        {
            Script("stop", _ownFolder);
            try
            {
                Directory.Delete(_ownFolder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left for the system to clean.
            }
        }
    }

    /// <summary>A new table name, unique in this run.</summary>
    public static string NewTable(string prefix) => $"{prefix}_{Environment.ProcessId}_{Interlocked.Increment(ref _tables)}";

    /// <summary>A plain table of the schema on the coordinator.</summary>
    public async Task<string> PlainTableAsync(IEnumerable<TradeObservation> observations)
    {
        var table = NewTable("plain");
        await PostgreSqlObservationTable.CreateAsync(Database, table);
        await PostgreSqlObservationTable.WriteAsync(Database, observations, table);
        return table;
    }

    /// <summary>
    /// A table partitioned by HASH (reporter) on the coordinator, with each partition a postgres_fdw foreign table on a
    /// shard, as eng/pg-cluster.sh lays out <c>observations</c>; the rows are written through the coordinator.
    /// </summary>
    public async Task<string> ShardedTableAsync(IEnumerable<TradeObservation> observations)
    {
        var table = NewTable("sharded");
        foreach (var shard in Shards)
        {
            await using var db = NpgsqlDataSource.Create(shard);
            await Execute(db, PostgreSqlObservationTable.CreateTableSql(table));
        }

        await Execute(Database, PostgreSqlObservationTable.CreateTableSql(table) + " PARTITION BY HASH (reporter)");
        for (var i = 0; i < 2; i++)
        {
            await Execute(Database, $"CREATE FOREIGN TABLE {table}_shard{i + 1} PARTITION OF {table} FOR VALUES WITH (MODULUS 2, REMAINDER {i}) SERVER shard{i + 1} OPTIONS (table_name '{table}')");
        }

        await PostgreSqlObservationTable.WriteAsync(Database, observations, table);
        foreach (var shard in Shards)
        {
            await using var db = NpgsqlDataSource.Create(shard);
            await Execute(db, $"ANALYZE {table}");
        }

        return table;
    }

    public static async Task Execute(NpgsqlDataSource db, string sql)
    {
        await using var command = db.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Runs the cluster script (stop-shard, start-shard ...).</summary>
    public static void Script(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(Root, "eng", "pg-cluster.sh"));
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"eng/pg-cluster.sh {string.Join(' ', arguments)} failed ({process.ExitCode}): {error}{output.Result}");
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TradeStats.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("TradeStats.sln not found above " + AppContext.BaseDirectory);
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterTests : ICollectionFixture<Cluster>
{
    public const string Name = "PostgreSQL cluster";
}
