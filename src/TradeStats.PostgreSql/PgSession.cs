using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using TradeStats.Sources;

namespace TradeStats.PostgreSql;

/// <summary>Collects positional parameters ($1, $2 ...) while a statement is written: values are bound, never spliced into the text.</summary>
internal sealed class PgParameters
{
    private readonly List<NpgsqlParameter> _values = [];

    public PgParameters Clone()
    {
        var copy = new PgParameters();
        copy._values.AddRange(_values.Select(v => v.Clone()));
        return copy;
    }

    public string Add(string? value)
    {
        _values.Add(new NpgsqlParameter { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        return "$" + _values.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public string AddList(IReadOnlyCollection<string> values)
    {
        _values.Add(new NpgsqlParameter { Value = values.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        return "$" + _values.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public NpgsqlCommand Command(NpgsqlConnection connection, string text)
    {
        var command = new NpgsqlCommand(text, connection);
        foreach (var v in _values)
        {
            command.Parameters.Add(v.Clone());
        }
        return command;
    }
}

/// <summary>One connection with the checked table and a code cache, for one read or one aggregation.</summary>
internal sealed class PgSession(NpgsqlDataSource dataSource, NpgsqlConnection connection, PgTable table, Codes codes, string sourceName, Action<string, PgParameters>? trace) : IAsyncDisposable
{
    public NpgsqlConnection Connection { get; } = connection;

    public PgTable Table { get; } = table;

    public Codes Codes { get; } = codes;

    public string SourceName { get; } = sourceName;

    /// <summary>The select list of a whole observation (decimals as text, so that they reach .NET exactly or not at all).</summary>
    public static string ObservationColumns { get; } =
        string.Join(", ", StorageColumns.All.Select(c => c.Kind == ColumnKind.Decimal ? $"{c.Name}::text" : c.Name));

    public RowReader Rows() => new(Codes, (r, i, column, file) => Decimal(column, r.IsDBNull(i) ? null : r.GetString(i), file), hasFile: false);

    /// <summary>
    /// An exact decimal from PostgreSQL's text of a numeric: refused when <see cref="decimal"/> cannot hold it; its own
    /// scale kept for an unconstrained numeric column (and for sums over one: PostgreSQL, like decimal, gives a sum the
    /// largest scale of its terms), trailing zeros dropped for a column of fixed scale.
    /// </summary>
    public decimal Decimal(string column, string? text, string? file = null) =>
        Table.HasFixedScale(column) || text is null || ExactDecimal.TryParse(text, allowExponent: false, 0, out var value) != ExactDecimal.Outcome.Exact
            ? Codes.Exact(column, text, file)
            : value;

    public ValueTask DisposeAsync() => Connection.DisposeAsync();

    /// <summary>
    /// "GROUP BY" with the table's partition keys first: each partition is then aggregated by itself, on its shard when
    /// it is a foreign table, and the coordinator only appends the groups (or, for keys the caller did not ask for,
    /// .NET adds them up).
    /// </summary>
    public string GroupBy(IEnumerable<string> columns) =>
        " GROUP BY " + string.Join(", ", Table.PartitionKeys.Concat(columns).Distinct(StringComparer.Ordinal));

    /// <summary>The distinct combinations of some columns among the rows a condition selects, found per partition where the partitions lie.</summary>
    public async Task<List<string?[]>> DistinctAsync(IReadOnlyList<string> columns, string where, PgParameters p, CancellationToken cancellationToken)
    {
        var list = string.Join(", ", columns);
        return await ListAsync(
            $"SELECT DISTINCT {list} FROM (SELECT {list} FROM {Table.From} WHERE {where}{GroupBy(columns)}) d",
            p,
            r => columns.Select((_, i) => Text(r, i)).ToArray(),
            cancellationToken).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<T> QueryAsync<T>(string sql, PgParameters p, Func<NpgsqlDataReader, T> read, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        trace?.Invoke(sql, p);
        await using var command = p.Command(Connection, sql);
        NpgsqlDataReader reader;
        try
        {
            reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is NpgsqlException)
        {
            throw await FailureAsync(e).ConfigureAwait(false);
        }

        await using (reader.ConfigureAwait(false))
        {
            while (true)
            {
                bool more;
                try
                {
                    more = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is NpgsqlException)
                {
                    throw await FailureAsync(e).ConfigureAwait(false);
                }

                if (!more)
                {
                    break;
                }

                yield return read(reader);
            }
        }
    }

    public async Task<List<T>> ListAsync<T>(string sql, PgParameters p, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        var list = new List<T>();
        await foreach (var item in QueryAsync(sql, p, read, cancellationToken).ConfigureAwait(false))
        {
            list.Add(item);
        }

        return list;
    }

    /// <summary>
    /// The library's exception for a failed statement. When a server behind the coordinator failed (a connection
    /// error relayed by postgres_fdw, which often does not say which server), the foreign servers that hold the
    /// table's partitions are listed from the catalog and each is tried: the message names those that do not answer.
    /// </summary>
    private async Task<Exception> FailureAsync(Exception e)
    {
        var translated = PostgreSqlSourceException.Translate(e, SourceName);
        if (translated is not PostgreSqlSourceException { SqlState: { } state } failure || !(state.StartsWith("08", StringComparison.Ordinal) || state.StartsWith("HV", StringComparison.Ordinal)))
        {
            return translated;
        }

        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            // On a connection of its own: the failed statement's reader may still hold this session's.
            var servers = new List<(string Name, string[] Options)>();
            await using (var probe = await dataSource.OpenConnectionAsync(timeout.Token).ConfigureAwait(false))
            {
                await using var command = Parameters(Table.Table).Command(
                    probe,
                    "SELECT DISTINCT s.srvname, coalesce(s.srvoptions, '{}') FROM pg_inherits i JOIN pg_foreign_table f ON f.ftrelid = i.inhrelid "
                    + "JOIN pg_foreign_server s ON s.oid = f.ftserver WHERE i.inhparent = to_regclass($1) ORDER BY s.srvname");
                await using var reader = await command.ExecuteReaderAsync(timeout.Token).ConfigureAwait(false);
                while (await reader.ReadAsync(timeout.Token).ConfigureAwait(false))
                {
                    servers.Add((reader.GetString(0), reader.GetFieldValue<string[]>(1)));
                }
            }

            var down = new List<string>();
            foreach (var (name, options) in servers)
            {
                string? Option(string key) => options.FirstOrDefault(o => o.StartsWith(key + "=", StringComparison.Ordinal))?[(key.Length + 1)..];
                var host = Option("host") ?? "localhost";
                var port = int.TryParse(Option("port"), System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 5432;

                // A server that has just failed may still accept connections for a moment while it shuts down:
                // it counts as up only if it answers for a second.
                for (var attempt = 0; attempt < 5; attempt++)
                {
                    using var client = new System.Net.Sockets.TcpClient();
                    try
                    {
                        await client.ConnectAsync(host, port, timeout.Token).ConfigureAwait(false);
                    }
                    catch (Exception refused) when (refused is System.Net.Sockets.SocketException or OperationCanceledException)
                    {
                        down.Add($"{name} ({host}:{port})");
                        break;
                    }

                    await Task.Delay(200, timeout.Token).ConfigureAwait(false);
                }
            }

            if (down.Count == 0)
            {
                return translated;
            }

            var which = down.Count == 1 ? $"the shard server {down[0]} does not answer" : $"the shard servers {string.Join(", ", down)} do not answer";
            return new PostgreSqlSourceException(SourceName, which + "; " + failure.Message[(SourceName.Length + 2)..], state, e);
        }
        catch (Exception probe) when (probe is NpgsqlException or OperationCanceledException or InvalidOperationException)
        {
            return translated; // the coordinator's own connection is gone too: its message says so
        }
    }

    private static PgParameters Parameters(string value)
    {
        var p = new PgParameters();
        p.Add(value);
        return p;
    }

    /// <summary>
    /// The WHERE clause of a query. Each filtered column's distinct values are read once and judged by the library's
    /// own rules (a period within another, a commodity within a chapter, codes in any accepted spelling); the values
    /// that pass are bound as one array parameter.
    /// </summary>
    public async Task<string> WhereAsync(TradeQuery query, PgParameters p, CancellationToken cancellationToken)
    {
        var plan = FilterPlan.Of(query, Codes);
        var conditions = plan.Conditions;
        var commodityWanted = plan.Commodity;
        foreach (var (column, keep) in plan.Wanted)
        {
            var values = await DistinctAsync([column], "true", new PgParameters(), cancellationToken).ConfigureAwait(false);
            var kept = values.Select(v => v[0]).Where(v => v is not null && keep(v)).Select(v => v!).ToList();
            conditions.Add(kept.Count == 0 ? "false" : $"{column} = ANY({p.AddList(kept)})");
        }

        if (commodityWanted is not null)
        {
            // Codes and classifications as plain columns (not one key expression), so that postgres_fdw can send the
            // condition to the shards: one ANY list per classification.
            var pairs = await DistinctAsync(["commodity", "classification"], "commodity IS NOT NULL", new PgParameters(), cancellationToken).ConfigureAwait(false);
            var kept = pairs.Where(v => Codes.Commodity(v[0], v[1]) is { } c && commodityWanted(c)).GroupBy(v => v[1]).ToList();
            conditions.Add(kept.Count == 0
                ? "false"
                : "(" + string.Join(" OR ", kept.Select(k => (k.Key is null ? "classification IS NULL" : $"classification = {p.Add(k.Key)}") + $" AND commodity = ANY({p.AddList([.. k.Select(v => v[0]!)])})")) + ")");
        }

        return conditions.Count == 0 ? "true" : string.Join(" AND ", conditions);
    }

    internal static string? Text(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
