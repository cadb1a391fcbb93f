using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using TradeStats.Analysis;
using TradeStats.PostgreSql;
using TradeStats.Sources;

namespace TradeStats.Benchmarks;

/// <summary>
/// The commands behind benchmarks/peers/postgres.sh, on the cluster of eng/pg-cluster.sh (a coordinator and two
/// shards; the coordinator's <c>observations</c> is partitioned by HASH (reporter) over the shards), with the rows of
/// <see cref="ParquetCommands"/> (every key once, 31 reporters, 249 partners, 120 months, 1,152 HS4 headings).
/// <list type="bullet">
/// <item><c>postgres-load CLUSTER_DIR ROWS</c>: generates the rows by SQL on each shard (only its own reporters), so
/// loading does not go through the coordinator.</item>
/// <item><c>postgres-time CLUSTER_DIR [REPEATS] [PULL]</c>: the reference query (sum by partner, year and flow) through the
/// source's push-down, and (unless PULL is 0) by pulling every row into the columnar store and grouping there; each
/// through a counting proxy, so the bytes the server sent to the client are measured, not estimated.</item>
/// </list>
/// </summary>
internal static class PostgresCommands
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static readonly GroupingOptions Reference = new(TradeDimension.Partner | TradeDimension.Period) { PeriodRollUp = PeriodKind.Year };

    public static int Run(string[] args)
    {
        switch (args)
        {
            case ["postgres-load", var dir, var rows]:
                Load(Env(dir), long.Parse(rows, Inv));
                return 0;
            case ["postgres-time", var dir, ..]:
                Time(Env(dir), args.Length > 2 ? int.Parse(args[2], Inv) : 3, args.Length <= 3 || args[3] != "0");
                return 0;
            default:
                Console.Error.WriteLine("Usage: postgres-load CLUSTER_DIR ROWS | postgres-time CLUSTER_DIR [REPEATS] [PULL: 1 or 0]");
                return 2;
        }
    }

    private static Dictionary<string, string> Env(string dir) =>
        File.ReadAllLines(Path.Combine(dir, "cluster.env")).Select(l => l.Split('=', 2)).ToDictionary(a => a[0], a => a[1]);

    private static void Load(Dictionary<string, string> env, long rows)
    {
        var sw = Stopwatch.StartNew();
        using var coordinator = NpgsqlDataSource.Create(env["TRADESTATS_POSTGRES"]);

        // Which reporters each shard holds, as the coordinator's hash partitioning decides.
        var shardOf = new Dictionary<string, int>();
        foreach (var reporter in ParquetCommands.Reporters)
        {
            using var command = coordinator.CreateCommand("SELECT satisfies_hash_partition('observations'::regclass, 2, 0, $1::text)");
            command.Parameters.Add(new NpgsqlParameter { Value = reporter });
            shardOf[reporter] = (bool)command.ExecuteScalar()! ? 0 : 1;
        }

        var cellsPerReporter = 249L * 120 * 2 * 1152;
        Parallel.For(0, 2, shard =>
        {
            using var db = NpgsqlDataSource.Create(env[$"TRADESTATS_POSTGRES_SHARD{shard + 1}"] + ";Command Timeout=0");
            Execute(db, "TRUNCATE observations");
            using var connection = db.OpenConnection();
            void Run(string sql)
            {
                using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
                command.ExecuteNonQuery();
            }

            foreach (var (table, codes) in new[] { ("r", ParquetCommands.Reporters), ("p", ParquetCommands.Partners), ("m", ParquetCommands.Months), ("h", ParquetCommands.Headings) })
            {
                Run($"CREATE TEMP TABLE {table} (i bigint PRIMARY KEY, code text)");
                Run($"INSERT INTO {table} SELECT i - 1, c FROM unnest(ARRAY[{string.Join(", ", codes.Select(c => "'" + c + "'"))}]) WITH ORDINALITY AS t(c, i)");
            }

            var mine = string.Join(", ", ParquetCommands.Reporters.Select((c, i) => (c, i)).Where(x => shardOf[x.c] == shard).Select(x => x.i.ToString(Inv)));
            Run("SET work_mem = '256MB'");
            Run(string.Create(Inv, $"""
                INSERT INTO observations (reporter, partner, period, flow, commodity, value, currency, status)
                SELECT r.code, p.code, m.code, CASE WHEN (x.c / 1152) % 2 = 0 THEN 'X' ELSE 'M' END, h.code,
                       (1 + (x.i * 2654435761) % 9999999)::numeric, 'USD', 'Final'
                FROM (SELECT i, (i * {ParquetCommands.Stride}) % {ParquetCommands.Cells} AS c FROM generate_series(0::bigint, {rows - 1}) i) x
                JOIN r ON r.i = x.c / {cellsPerReporter} JOIN p ON p.i = (x.c / {120 * 2 * 1152}) % 249
                JOIN m ON m.i = (x.c / {2 * 1152}) % 120 JOIN h ON h.i = x.c % 1152
                WHERE x.c / {cellsPerReporter} IN ({mine})
                """));
            Run("VACUUM ANALYZE observations");
        });

        long total = 0;
        for (var shard = 1; shard <= 2; shard++)
        {
            using var db = NpgsqlDataSource.Create(env[$"TRADESTATS_POSTGRES_SHARD{shard}"]);
            using var count = db.CreateCommand("SELECT count(*) FROM observations");
            count.CommandTimeout = 0;
            total += (long)count.ExecuteScalar()!;
        }

        Console.WriteLine(string.Create(Inv, $"rows={total} load_s={sw.Elapsed.TotalSeconds:F1}"));
    }

    private static void Execute(NpgsqlDataSource db, string sql)
    {
        using var command = db.CreateCommand(sql);
        command.CommandTimeout = 0;
        command.ExecuteNonQuery();
    }

    private static void Time(Dictionary<string, string> env, int repeats, bool pull)
    {
        var target = new NpgsqlConnectionStringBuilder(env["TRADESTATS_POSTGRES"]);
        using var proxy = new CountingProxy(target.Host!, target.Port);
        var viaProxy = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Port = proxy.Port, CommandTimeout = 0, Pooling = false };
        using var source = PostgreSqlTradeSource.Create(viaProxy.ConnectionString);

        var times = new List<double>();
        TradeGrouping result = null!;
        long bytes = 0;
        for (var i = 0; i < repeats; i++)
        {
            proxy.Reset();
            var sw = Stopwatch.StartNew();
            result = TradeAggregation.AggregateAsync(source, TradeQuery.All, Reference).GetAwaiter().GetResult();
            times.Add(sw.Elapsed.TotalSeconds);
            bytes = proxy.ToClient;
            Console.Error.WriteLine(string.Create(Inv, $"push-down run {i + 1}: {times[^1]:F2} s, {bytes:N0} bytes to the client"));
        }

        Console.WriteLine(string.Create(Inv, $"rows={result.GrandTotal.ObservationCount} groups={result.Groups.Length * 2}"));
        Console.WriteLine(string.Create(Inv, $"pushdown_s={times.Order().ElementAt(times.Count / 2):F3} pushdown_bytes={bytes} checksum={Checksum(result)}"));
        if (!pull)
        {
            return;
        }

        proxy.Reset();
        var watch = Stopwatch.StartNew();
        var columns = TradeStats.Columnar.TradeColumns.FromObservations(source.ReadAsync(TradeQuery.All).ToBlockingEnumerable());
        var loaded = watch.Elapsed.TotalSeconds;
        var grouped = columns.GroupBy(Reference);
        Console.WriteLine(string.Create(Inv, $"pull_load_s={loaded:F3} pull_total_s={watch.Elapsed.TotalSeconds:F3} pull_bytes={proxy.ToClient} checksum={Checksum(grouped)} peak_rss_mb={ParquetCommands.PeakRssMb()}"));
    }

    private static decimal Checksum(TradeGrouping g) => g.GrandTotal.Exports!.Value.Amount + g.GrandTotal.Imports!.Value.Amount;

    /// <summary>A TCP relay on loopback that counts the bytes in each direction.</summary>
    private sealed class CountingProxy : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly string _host;
        private readonly int _port;
        private readonly CancellationTokenSource _stop = new();
        private long _toClient;

        public CountingProxy(string host, int port)
        {
            _host = host;
            _port = port;
            _listener.Start();
            _ = Task.Run(AcceptAsync);
        }

        public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

        public long ToClient => Interlocked.Read(ref _toClient);

        public void Reset() => Interlocked.Exchange(ref _toClient, 0);

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Stop();
        }

        private async Task AcceptAsync()
        {
            while (!_stop.IsCancellationRequested)
            {
                TcpClient client;
                try
                {
                    client = await _listener.AcceptTcpClientAsync(_stop.Token);
                }
                catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
                {
                    return;
                }

                _ = Task.Run(async () =>
                {
                    using var c = client;
                    using var server = new TcpClient();
                    await server.ConnectAsync(_host, _port);
                    var up = Pump(c.GetStream(), server.GetStream(), count: false);
                    var down = Pump(server.GetStream(), c.GetStream(), count: true);
                    await Task.WhenAny(up, down);
                });
            }
        }

        private async Task Pump(Stream from, Stream to, bool count)
        {
            var buffer = new byte[1 << 16];
            try
            {
                int n;
                while ((n = await from.ReadAsync(buffer, _stop.Token)) > 0)
                {
                    await to.WriteAsync(buffer.AsMemory(0, n), _stop.Token);
                    if (count)
                    {
                        Interlocked.Add(ref _toClient, n);
                    }
                }
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
            {
                // The other side closed.
            }
        }
    }
}
