using System.Runtime.CompilerServices;
using Npgsql;
using TradeStats.Analysis;
using TradeStats.Sources;

namespace TradeStats.PostgreSql;

/// <summary>
/// Observations in a PostgreSQL table, summed where they are stored: on one server, or on the shards of a cluster.
/// <see cref="AggregateAsync"/> turns the filters and the grouping into SQL with bound parameters and brings back one
/// row per cell; the results equal <see cref="TradeSeries.GroupBy(GroupingOptions)"/> on the same observations,
/// guards included, so growth, shares and verification run on them unchanged.
/// </summary>
/// <remarks>
/// <para>
/// Values stay exact: the schema (<see cref="PostgreSqlObservationTable"/>) stores numeric, which keeps each value's
/// scale as <see cref="decimal"/> does; sums are exact in PostgreSQL (with the largest scale of their terms, as in
/// .NET) and cross into .NET as text, parsed exactly or refused with an <see cref="OverflowException"/> (a numeric
/// can hold more digits than a <see cref="decimal"/>); a floating-point value column is refused.
/// </para>
/// <para>
/// Sharded tables. When the table is partitioned (declarative partitioning, for instance by reporter, with
/// partitions that are postgres_fdw foreign tables on other servers), every statement groups by the partition key
/// as well, so that PostgreSQL's partition-wise aggregation sends each partition's GROUP BY to the server that holds
/// it (with <c>enable_partitionwise_aggregate</c> on, and <c>async_capable</c> servers for parallel scans); the
/// coordinator only appends the group rows and .NET adds up the cells across partitions. What crosses the network
/// grows with the number of groups, not of rows. A Citus distributed table needs nothing of this: Citus pushes
/// partial aggregates to its workers itself, and the same SQL runs unchanged.
/// </para>
/// <para>
/// What a pushed-down query costs, in scans of the filtered rows: one per filtered column (its distinct values,
/// judged by the library's own rules), four for the double-count guard's distinct values (partners, periods,
/// commodities, and the breakdowns with flows and currencies together), one GROUP BY over the varying key columns
/// for exact duplicates (or, when a dimension mixes levels, over every key, checked by <see cref="LevelCheck"/>),
/// and one for the sum. A failure of any server (the coordinator or a shard) fails the whole call with a
/// <see cref="PostgreSqlSourceException"/>: a partial total is never returned.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// using var source = PostgreSqlTradeSource.Create("Host=127.0.0.1;Database=trade;Username=analyst;Password=...");
/// var byPartnerAndYear = await TradeAggregation.AggregateAsync(source, TradeQuery.All,
///     new GroupingOptions(TradeDimension.Partner | TradeDimension.Period) { PeriodRollUp = PeriodKind.Year });
/// </code>
/// </example>
public sealed class PostgreSqlTradeSource : IAggregatingTradeDataSource, IDisposable, IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly bool _ownsDataSource;
    private readonly string _table;

    private PostgreSqlTradeSource(NpgsqlDataSource dataSource, bool owns, string table)
    {
        _dataSource = dataSource;
        _ownsDataSource = owns;
        _table = table;
        var b = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString);
        Name = $"postgresql://{b.Username}@{b.Host}:{b.Port}/{b.Database} table {table}";
    }

    /// <summary>Sees every statement with its parameters before it runs (for tests that explain the plans).</summary>
    internal Action<string, PgParameters>? Trace { get; set; }

    /// <summary>The server, database and table (never the password), as messages name them.</summary>
    public string Name { get; }

    /// <summary>A source over a table reached with a connection string; the source owns its connection pool.</summary>
    /// <param name="connectionString">An Npgsql connection string (<c>Host=...;Database=...;Username=...;Password=...</c>).</param>
    /// <param name="table">The table (letters, digits, underscores; optionally <c>schema.table</c>), by default <c>observations</c>.</param>
    /// <returns>The source; the table and its columns are checked at each call.</returns>
    /// <exception cref="ArgumentException">The connection string is blank or invalid, or the table is not a plain name.</exception>
    public static PostgreSqlTradeSource Create(string connectionString, string table = PostgreSqlObservationTable.DefaultTable)
    {
        Guard.Against.NullOrWhiteSpace(connectionString);
        PgTable.CheckName(table);
        return new PostgreSqlTradeSource(NpgsqlDataSource.Create(connectionString), owns: true, table);
    }

    /// <summary>A source over a table reached through a data source the caller keeps (and disposes).</summary>
    /// <param name="dataSource">The Npgsql data source.</param>
    /// <param name="table">The table, by default <c>observations</c>.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentException">The table is not a plain name.</exception>
    public static PostgreSqlTradeSource Create(NpgsqlDataSource dataSource, string table = PostgreSqlObservationTable.DefaultTable)
    {
        Guard.Against.Null(dataSource);
        PgTable.CheckName(table);
        return new PostgreSqlTradeSource(dataSource, owns: false, table);
    }

    /// <summary>How many observations match a query, counted by the server.</summary>
    /// <param name="query">The filters.</param>
    /// <param name="cancellationToken">Cancels the statement on the server.</param>
    /// <returns>The number of matching observations.</returns>
    /// <exception cref="PostgreSqlSourceException">A server is unreachable or failed, the credentials were refused, or the table is missing.</exception>
    /// <exception cref="TradeDataFormatException">A column is missing or of the wrong type, or a stored code is invalid.</exception>
    public async Task<long> CountAsync(TradeQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        await using var session = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var p = new PgParameters();
        var where = await session.WhereAsync(query, p, cancellationToken).ConfigureAwait(false);
        var counts = await session.ListAsync($"SELECT count(*) FROM {session.Table.From} WHERE {where}", p, r => r.GetInt64(0), cancellationToken).ConfigureAwait(false);
        return counts.Single();
    }

    /// <inheritdoc/>
    /// <remarks>Rows are streamed from the server as they are read; none is held back.</remarks>
    public async IAsyncEnumerable<TradeObservation> ReadAsync(TradeQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        await using var session = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var p = new PgParameters();
        var where = await session.WhereAsync(query, p, cancellationToken).ConfigureAwait(false);
        var rows = session.Rows();
        await foreach (var o in session.QueryAsync($"SELECT {PgSession.ObservationColumns} FROM {session.Table.From} WHERE {where}", p, rows.Read, cancellationToken).ConfigureAwait(false))
        {
            yield return o;
        }
    }

    /// <inheritdoc/>
    public async Task<TradeGrouping> AggregateAsync(TradeQuery filter, GroupingOptions grouping, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(filter);
        Guard.Against.Null(grouping);
        await using var session = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var p = new PgParameters();
        var where = await session.WhereAsync(filter, p, cancellationToken).ConfigureAwait(false);
        await new PgPushDownGuard(session, where, p.Clone()).CheckAsync(cancellationToken).ConfigureAwait(false);

        var cellDimensions = grouping.Dimensions;
        if (cellDimensions.HasFlag(TradeDimension.Partner) && grouping.PartnerGroups is { Count: > 0 })
        {
            cellDimensions |= TradeDimension.Period; // membership depends on the period
        }

        var columns = new List<(TradeDimension Dimension, string Column)>();
        foreach (var (dimension, names) in Dimensions)
        {
            if (cellDimensions.HasFlag(dimension))
            {
                columns.AddRange(names.Select(n => (dimension, n)));
            }
        }

        // Months, quarters and halves are rolled up to their year in SQL when the grouping asks for years (and no
        // partner group needs the month), so that one row per year rather than per month comes back; any other period
        // (a year, a year-to-date span) is left as it is, for the library's own rules in Combine.
        var yearInSql = cellDimensions.HasFlag(TradeDimension.Period) && grouping.PeriodRollUp == PeriodKind.Year && grouping.PartnerGroups is not { Count: > 0 };
        var keys = columns.Select(c => c.Column).ToList();
        var expressions = keys.Select(k => k == "period" && yearInSql ? $"{YearOfPeriodSql} AS period" : k).ToList();
        var grouped = keys.Select(k => k == "period" && yearInSql ? YearOfPeriodSql : k).Concat(["flow", "currency"]).ToList();
        var select = string.Join(string.Empty, expressions.Select(c => c + ", "));
        string sql;
        if (session.Table.PartitionKeys.Count == 0)
        {
            sql = $"SELECT {select}flow, currency, sum(value)::text, count(*) FROM {session.Table.From} WHERE {where}{session.GroupBy(grouped)}";
        }
        else
        {
            // Each partition sums its own rows where it lies (the GROUP BY carries the partition key); the coordinator
            // adds those partial sums up, so only the groups themselves reach the client.
            var outer = string.Join(string.Empty, keys.Select(c => c + ", "));
            sql = $"SELECT {outer}flow, currency, sum(s)::text, sum(n)::bigint FROM (SELECT {select}flow, currency, sum(value) AS s, count(*) AS n "
                + $"FROM {session.Table.From} WHERE {where}{session.GroupBy(grouped)}) partial GROUP BY {outer}flow, currency";
        }

        // A cell may still come more than once (a month and its year rolled up in SQL): added up here, exactly.
        var sums = new Dictionary<(GroupKey, TradeFlow, Currency), (Money Sum, long Count)>();
        var order = new List<(GroupKey, TradeFlow, Currency)>();
        await foreach (var (cell, flow, sum, count) in session.QueryAsync(sql, p, r => ReadCell(r, session, cellDimensions, columns), cancellationToken).ConfigureAwait(false))
        {
            var key = (cell, flow, sum.Currency);
            if (sums.TryGetValue(key, out var seen))
            {
                sums[key] = (seen.Sum + sum, seen.Count + count);
            }
            else
            {
                sums[key] = (sum, count);
                order.Add(key);
            }
        }

        return TradeAggregation.Combine(grouping, order.Select(k => new CellSum(k.Item1, k.Item2, sums[k].Sum, sums[k].Count)));
    }

    private const string YearOfPeriodSql = "CASE WHEN period ~ '^[0-9]{4}-(0[1-9]|1[0-2]|Q[1-4]|S[12])$' THEN substr(period, 1, 4) ELSE period END";

    private static readonly (TradeDimension, string[])[] Dimensions =
    [
        (TradeDimension.Reporter, ["reporter"]), (TradeDimension.Partner, ["partner"]), (TradeDimension.Period, ["period"]),
        (TradeDimension.Commodity, ["commodity", "classification"]), (TradeDimension.CustomsRegime, ["customs_regime"]),
        (TradeDimension.EnterpriseType, ["enterprise_type"]), (TradeDimension.TransportMode, ["transport_mode"]),
        (TradeDimension.Status, ["status"]), (TradeDimension.SecondPartner, ["second_partner"]),
    ];

    private static (GroupKey Cell, TradeFlow Flow, Money Sum, long Count) ReadCell(NpgsqlDataReader r, PgSession session, TradeDimension d, List<(TradeDimension Dimension, string Column)> columns)
    {
        var codes = session.Codes;
        string? Get(string column) => PgSession.Text(r, columns.FindIndex(c => c.Column == column));
        var reporter = d.HasFlag(TradeDimension.Reporter) ? codes.Territory("reporter", Get("reporter")) : null;
        var partner = d.HasFlag(TradeDimension.Partner) ? codes.Territory("partner", Get("partner")) : null;
        Period? period = d.HasFlag(TradeDimension.Period) ? codes.Period("period", Get("period")) : null;
        var commodity = d.HasFlag(TradeDimension.Commodity) ? codes.Commodity(Get("commodity"), Get("classification")) : null;
        var regime = d.HasFlag(TradeDimension.CustomsRegime) ? codes.Enum<CustomsRegime>("customs_regime", Get("customs_regime")) : null;
        var enterprise = d.HasFlag(TradeDimension.EnterpriseType) ? codes.Enum<EnterpriseType>("enterprise_type", Get("enterprise_type")) : null;
        var transport = d.HasFlag(TradeDimension.TransportMode) ? codes.Enum<TransportMode>("transport_mode", Get("transport_mode")) : null;
        ObservationStatus? status = d.HasFlag(TradeDimension.Status) ? codes.Enum<ObservationStatus>("status", Get("status")) ?? ObservationStatus.Final : null;
        var secondPartner = d.HasFlag(TradeDimension.SecondPartner) && Get("second_partner") is { } sp ? codes.Territory("second_partner", sp) : null;
        var i = columns.Count;
        var flow = codes.Flow("flow", PgSession.Text(r, i));
        var currency = codes.Currency("currency", PgSession.Text(r, i + 1));
        var sum = session.Decimal("value", PgSession.Text(r, i + 2));
        var count = r.GetInt64(i + 3);
        var cell = new GroupKey(d, reporter, partner, period, commodity, regime, enterprise, transport, status, secondPartner);
        return (cell, flow, new Money(sum, currency), count);
    }

    private async Task<PgSession> OpenAsync(CancellationToken cancellationToken)
    {
        NpgsqlConnection connection;
        try
        {
            connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is NpgsqlException)
        {
            throw PostgreSqlSourceException.Translate(e, Name);
        }

        try
        {
            var table = await PgTable.OpenAsync(connection, _table, Name, cancellationToken).ConfigureAwait(false);
            return new PgSession(_dataSource, connection, table, new Codes(Name), Name, Trace);
        }
        catch (Exception e)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw PostgreSqlSourceException.Translate(e, Name);
        }
    }

    /// <summary>Closes the connection pool when the source owns it (made from a connection string).</summary>
    public void Dispose()
    {
        if (_ownsDataSource)
        {
            _dataSource.Dispose();
        }
    }

    /// <summary>Closes the connection pool when the source owns it (made from a connection string).</summary>
    /// <returns>A task that completes when the pool is closed.</returns>
    public ValueTask DisposeAsync() => _ownsDataSource ? _dataSource.DisposeAsync() : ValueTask.CompletedTask;
}
