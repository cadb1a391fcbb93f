using System.Globalization;
using System.Runtime.CompilerServices;
using DuckDB.NET.Data;
using TradeStats.Analysis;
using TradeStats.Sources;

namespace TradeStats.DuckDb;

/// <summary>
/// Observations in Parquet files, CSV files of the library's format, or a DuckDB database table, read and summed by
/// the embedded DuckDB engine. <see cref="AggregateAsync"/> pushes filters and the grouping down as SQL with bound
/// parameters, so only one row per cell crosses into .NET; the results equal
/// <see cref="TradeSeries.GroupBy(GroupingOptions)"/> on the same observations, guards included.
/// </summary>
/// <remarks>
/// <para>
/// Values stay exact: the schema stores DECIMAL(38,12), sums are exact in DuckDB and cross into .NET as text parsed
/// to <see cref="decimal"/>; a column of floating-point numbers is refused, never rounded.
/// </para>
/// <para>
/// What a pushed-down query costs, in scans of the (filtered) data: with filters on reporters, partners, periods,
/// flows or breakdowns, one scan of the filtered columns for their distinct values (the library's own rules decide
/// which match, so a period filter keeps the months of a year exactly as <see cref="TradeQuery.Matches"/> does).
/// Then the double-count guard: one scan for the distinct values of each key column and the currencies of each flow.
/// When no dimension mixes levels (World with countries, a year with its months, HS 87 with 8703, "all" with one
/// breakdown, a country with its own province), only an exact duplicate can count twice, found by one GROUP BY over
/// a 64-bit hash of the key columns (its hash table holds one entry per distinct key, about 16 bytes, spilled to disk
/// beyond the memory limit; rows sharing a hash are then compared on their keys, so a collision is never a false
/// alarm). This is the costliest step: on the benchmark's data it takes longer than the sum itself.
/// When a dimension mixes levels, the distinct key combinations are fetched and checked by
/// <see cref="LevelCheck.Check"/>, exactly as in process: that moves one small row per distinct key into .NET.
/// Finally the sum itself: one GROUP BY over the raw values of the grouped dimensions; roll-ups (months to years,
/// HS6 to HS2, partners to groups) are applied in .NET to those cells by <see cref="TradeAggregation.Combine"/>.
/// </para>
/// <para>
/// The source starts one in-memory DuckDB instance on first use (a database file is attached to it read-only, and
/// other processes cannot write to it until <see cref="Dispose"/>) and gives each call a connection of its own,
/// so a source may be shared between threads. A group's currency, when its flows come in different currencies, is that of its
/// first cell rather than of its first observation.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var source = DuckDbTradeSource.FromParquet("trade/*.parquet", new DuckDbOptions { MemoryLimit = "2GB", TempDirectory = "/tmp/duck" });
/// var byPartnerAndYear = await TradeAggregation.AggregateAsync(source, TradeQuery.All,
///     new GroupingOptions(TradeDimension.Partner | TradeDimension.Period) { PeriodRollUp = PeriodKind.Year });
/// </code>
/// </example>
public sealed class DuckDbTradeSource : IAggregatingTradeDataSource, IDisposable
{
    private readonly RelationKind _kind;
    private readonly string _location;
    private readonly string? _table;
    private readonly DuckDbOptions _options;
    private readonly Lock _gate = new();
    private DuckDBConnection? _root;

    private DuckDbTradeSource(RelationKind kind, string location, string? table, DuckDbOptions? options, string name)
    {
        _kind = kind;
        _location = location;
        _table = table;
        _options = options ?? DuckDbOptions.Default;
        Name = name;
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <summary>Observations in Parquet files: the library's schema (<see cref="ObservationSchema"/>) or another tool's through <see cref="DuckDbOptions.Mapping"/>.</summary>
    /// <param name="pathOrGlob">A file, or a glob such as <c>trade/*.parquet</c> or <c>trade/**/*.parquet</c>.</param>
    /// <param name="options">Memory, threads and the column mapping; null for the defaults.</param>
    /// <returns>The source; the files are checked (readable, columns and types) at each read.</returns>
    /// <exception cref="ArgumentException"><paramref name="pathOrGlob"/> is blank.</exception>
    public static DuckDbTradeSource FromParquet(string pathOrGlob, DuckDbOptions? options = null)
    {
        Guard.Against.NullOrWhiteSpace(pathOrGlob);
        return new DuckDbTradeSource(RelationKind.Parquet, pathOrGlob, null, options, pathOrGlob);
    }

    /// <summary>Observations in CSV files of the library's format (<see cref="ObservationCsvFile"/>), gzip recognised.</summary>
    /// <param name="pathOrGlob">A file, or a glob such as <c>trade/*.csv</c>.</param>
    /// <param name="options">Memory and threads; null for the defaults.</param>
    /// <returns>The source; every value is checked to be an exact decimal at each read.</returns>
    /// <exception cref="ArgumentException"><paramref name="pathOrGlob"/> is blank.</exception>
    public static DuckDbTradeSource FromCsv(string pathOrGlob, DuckDbOptions? options = null)
    {
        Guard.Against.NullOrWhiteSpace(pathOrGlob);
        return new DuckDbTradeSource(RelationKind.Csv, pathOrGlob, null, options, pathOrGlob);
    }

    /// <summary>Observations in a table of a DuckDB database file, opened read-only.</summary>
    /// <param name="databasePath">The database file.</param>
    /// <param name="table">The table (letters, digits, underscores; optionally <c>schema.table</c>), by default <c>observations</c>.</param>
    /// <param name="options">Memory, threads and the column mapping; null for the defaults.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentException"><paramref name="databasePath"/> is blank or <paramref name="table"/> is not a plain name.</exception>
    public static DuckDbTradeSource FromDatabase(string databasePath, string table = DuckDbObservationTable.DefaultTable, DuckDbOptions? options = null)
    {
        Guard.Against.NullOrWhiteSpace(databasePath);
        Relation.CheckTableName(table);
        return new DuckDbTradeSource(RelationKind.Database, databasePath, table, options, databasePath + ":" + table);
    }

    /// <summary>How many observations match a query, counted by the engine.</summary>
    /// <param name="query">The filters.</param>
    /// <param name="cancellationToken">Stops the count between statements.</param>
    /// <returns>The number of matching observations.</returns>
    /// <exception cref="TradeDataFormatException">A file or column is unreadable or of the wrong type.</exception>
    public Task<long> CountAsync(TradeQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        return Task.Run(
            () =>
            {
                using var session = Open();
                var p = new Parameters();
                var where = session.Where(query, p, cancellationToken);
                using var command = p.Command(session.Connection, $"SELECT count(*) FROM {session.Relation.From(p)} WHERE {where}");
                using var reader = Relation.Execute(command, Name);
                reader.Read();
                return reader.GetInt64(0);
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<TradeObservation> ReadAsync(TradeQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        using var session = await Task.Run(Open, cancellationToken).ConfigureAwait(false);
        var p = new Parameters();
        var where = session.Where(query, p, cancellationToken);
        using var command = p.Command(session.Connection, $"SELECT {string.Join(", ", ObservationSchema.Columns)}, _file FROM {session.Relation.From(p)} WHERE {where}");
        using var reader = await Task.Run(() => Relation.Execute(command, Name), cancellationToken).ConfigureAwait(false);
        var rows = new RowReader(session.Codes, Session.DuckDbDecimal, hasFile: true);
        while (true)
        {
            bool more;
            try
            {
                more = reader.Read();
            }
            catch (DuckDBException e)
            {
                throw Relation.Translate(e, Name);
            }

            if (!more)
            {
                break;
            }

            cancellationToken.ThrowIfCancellationRequested();
            yield return rows.Read(reader);
        }
    }

    /// <inheritdoc/>
    public Task<TradeGrouping> AggregateAsync(TradeQuery filter, GroupingOptions grouping, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(filter);
        Guard.Against.Null(grouping);
        return Task.Run(() => Aggregate(filter, grouping, cancellationToken), cancellationToken);
    }

    private TradeGrouping Aggregate(TradeQuery filter, GroupingOptions grouping, CancellationToken cancellationToken)
    {
        using var session = Open();
        using var poll = _options.Progress is { } progress ? new Timer(_ => Report(session.Connection, progress), null, 200, 200) : null;
        var p = new Parameters();
        var where = session.Where(filter, p, cancellationToken);
        new PushDownGuard(session, where, p.Clone(), Name).Check(cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();

        var d = grouping.Dimensions;
        var cellDimensions = d;
        if (d.HasFlag(TradeDimension.Partner) && grouping.PartnerGroups is { Count: > 0 })
        {
            cellDimensions |= TradeDimension.Period; // membership depends on the period
        }

        var columns = new List<string>();
        void Use(TradeDimension dimension, params string[] names)
        {
            if (cellDimensions.HasFlag(dimension))
            {
                columns.AddRange(names);
            }
        }

        Use(TradeDimension.Reporter, "reporter");
        Use(TradeDimension.Partner, "partner");
        Use(TradeDimension.Period, "period");
        Use(TradeDimension.Commodity, "commodity", "classification");
        Use(TradeDimension.CustomsRegime, "customs_regime");
        Use(TradeDimension.EnterpriseType, "enterprise_type");
        Use(TradeDimension.TransportMode, "transport_mode");
        Use(TradeDimension.Status, "status");
        Use(TradeDimension.SecondPartner, "second_partner");
        var keys = string.Join(string.Empty, columns.Select(c => c + ", "));
        var sql = $"SELECT {keys}flow, currency, CAST(sum(value) AS VARCHAR), count(*) FROM {session.Relation.From(p)} WHERE {where} GROUP BY {keys}flow, currency";
        using var command = p.Command(session.Connection, sql);
        var cells = new List<CellSum>();
        using (var reader = Relation.Execute(command, Name))
        {
            var codes = session.Codes;
            while (Next(reader))
            {
                var i = 0;
                string? Text() => reader.IsDBNull(i) ? null : reader.GetValue(i).ToString();
                string? Get(TradeDimension dimension)
                {
                    if (!cellDimensions.HasFlag(dimension))
                    {
                        return null;
                    }

                    var t = Text();
                    i++;
                    return t;
                }

                var reporter = cellDimensions.HasFlag(TradeDimension.Reporter) ? codes.Territory("reporter", Get(TradeDimension.Reporter)) : null;
                var partner = cellDimensions.HasFlag(TradeDimension.Partner) ? codes.Territory("partner", Get(TradeDimension.Partner)) : null;
                Period? period = cellDimensions.HasFlag(TradeDimension.Period) ? codes.Period("period", Get(TradeDimension.Period)) : null;
                Commodity? commodity = null;
                if (cellDimensions.HasFlag(TradeDimension.Commodity))
                {
                    var code = Text();
                    i++;
                    var classification = Text();
                    i++;
                    commodity = codes.Commodity(code, classification);
                }

                var regime = codes.Enum<CustomsRegime>("customs_regime", Get(TradeDimension.CustomsRegime));
                var enterprise = codes.Enum<EnterpriseType>("enterprise_type", Get(TradeDimension.EnterpriseType));
                var transport = codes.Enum<TransportMode>("transport_mode", Get(TradeDimension.TransportMode));
                ObservationStatus? status = cellDimensions.HasFlag(TradeDimension.Status) ? codes.Enum<ObservationStatus>("status", Get(TradeDimension.Status)) ?? ObservationStatus.Final : null;
                var secondPartner = cellDimensions.HasFlag(TradeDimension.SecondPartner) && Get(TradeDimension.SecondPartner) is { } sp ? codes.Territory("second_partner", sp) : null;
                var flow = codes.Flow("flow", Text());
                i++;
                var currency = codes.Currency("currency", Text());
                i++;
                var sum = codes.Exact("sum(value)", Text());
                var count = reader.GetInt64(i + 1);
                var cell = new GroupKey(cellDimensions, reporter, partner, period, commodity, regime, enterprise, transport, status, secondPartner);
                cells.Add(new CellSum(cell, flow, new Money(sum, currency), count));
            }
        }

        return TradeAggregation.Combine(grouping, cells);

        bool Next(DuckDBDataReader reader)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                return reader.Read();
            }
            catch (DuckDBException e)
            {
                throw Relation.Translate(e, Name);
            }
        }
    }

    private static void Report(DuckDBConnection connection, IProgress<double> progress)
    {
        try
        {
            var percentage = connection.GetQueryProgress().Percentage;
            if (percentage >= 0)
            {
                progress.Report(Math.Min(1d, percentage / 100d));
            }
        }
        catch (Exception e) when (e is DuckDBException or InvalidOperationException or ObjectDisposedException)
        {
            // Between statements, or after the last one: nothing to report.
        }
    }

    /// <summary>Closes the engine instance the source keeps (and with it a database file); later calls open it again.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _root?.Dispose();
            _root = null;
        }
    }

    // One engine instance per source, created on first use with the options' settings; each operation works on a
    // connection of its own to it, which costs far less than starting an instance.
    private Session Open()
    {
        DuckDBConnection connection;
        lock (_gate)
        {
            if (_root is null)
            {
                if (_kind == RelationKind.Database && !File.Exists(_location))
                {
                    throw new FileNotFoundException($"No DuckDB database at '{_location}'.", _location);
                }

                var root = new DuckDBConnection("Data Source=:memory:");
                try
                {
                    root.Open();
                    var statements = _options.SettingStatements().ToList();
                    if (_kind == RelationKind.Database)
                    {
                        // Attached read-only to an in-memory instance, so that each call gets a cheap connection of its own.
                        statements.Add($"ATTACH {Sql.Literal(Path.GetFullPath(_location))} AS {Relation.AttachedDatabase} (READ_ONLY)");
                    }

                    foreach (var statement in statements)
                    {
                        using var command = root.CreateCommand();
                        command.CommandText = statement;
                        try
                        {
                            command.ExecuteNonQuery();
                        }
                        catch (DuckDBException e)
                        {
                            throw new TradeDataFormatException(Name, 0, RecordUnit.Line, null, null, "cannot be opened: " + e.Message.Split('\n', 2)[0], e);
                        }
                    }
                }
                catch
                {
                    root.Dispose();
                    throw;
                }

                _root = root;
            }

            connection = _root.Duplicate();
        }

        try
        {
            if (connection.State != System.Data.ConnectionState.Open)
            {
                connection.Open();
            }

            foreach (var statement in _options.ConnectionStatements())
            {
                using var command = connection.CreateCommand();
                command.CommandText = statement;
                command.ExecuteNonQuery();
            }

            var relation = Relation.Open(connection, _kind, _location, _table, _options.Mapping);
            return new Session(connection, relation, new Codes(Name));
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
