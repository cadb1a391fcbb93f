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
internal sealed class PgSession(NpgsqlConnection connection, PgTable table, Codes codes, string sourceName) : IAsyncDisposable
{
    public NpgsqlConnection Connection { get; } = connection;

    public PgTable Table { get; } = table;

    public Codes Codes { get; } = codes;

    public string SourceName { get; } = sourceName;

    /// <summary>The select list of a whole observation (decimals as text, so that they reach .NET exactly or not at all).</summary>
    public static string ObservationColumns { get; } =
        string.Join(", ", StorageColumns.All.Select(c => c.Kind == ColumnKind.Decimal ? $"{c.Name}::text" : c.Name));

    public RowReader Rows() => new(Codes, (r, i, column, file) => Codes.Exact(column, r.IsDBNull(i) ? null : r.GetString(i), file), hasFile: false);

    public ValueTask DisposeAsync() => Connection.DisposeAsync();

    /// <summary>
    /// "GROUP BY" with the table's partition keys first: each partition is then aggregated by itself, on its shard when
    /// it is a foreign table, and the coordinator only appends the groups (or, for keys the caller did not ask for,
    /// .NET adds them up).
    /// </summary>
    public string GroupBy(IEnumerable<string> columns) =>
        " GROUP BY " + string.Join(", ", Table.PartitionKeys.Concat(columns).Distinct(StringComparer.Ordinal));

    /// <summary>The distinct values of one expression among the rows a condition selects, summed per partition where the partitions lie.</summary>
    public async Task<List<string?>> DistinctAsync(string expression, string where, PgParameters p, CancellationToken cancellationToken)
    {
        var values = new List<string?>();
        await foreach (var r in QueryAsync($"SELECT DISTINCT v FROM (SELECT {expression} AS v FROM {Table.From} WHERE {where}{GroupBy([expression])}) d", p, r => r.IsDBNull(0) ? null : r.GetString(0), cancellationToken).ConfigureAwait(false))
        {
            values.Add(r);
        }

        return values;
    }

    public async IAsyncEnumerable<T> QueryAsync<T>(string sql, PgParameters p, Func<NpgsqlDataReader, T> read, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = p.Command(Connection, sql);
        NpgsqlDataReader reader;
        try
        {
            reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is NpgsqlException)
        {
            throw PostgreSqlSourceException.Translate(e, SourceName);
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
                    throw PostgreSqlSourceException.Translate(e, SourceName);
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
    /// The WHERE clause of a query. Each filtered column's distinct values are read once and judged by the library's
    /// own rules (a period within another, a commodity within a chapter, codes in any accepted spelling); the values
    /// that pass are bound as one array parameter.
    /// </summary>
    public async Task<string> WhereAsync(TradeQuery query, PgParameters p, CancellationToken cancellationToken)
    {
        var conditions = new List<string>();
        var wanted = new List<(string Column, Func<string, bool> Keep)>();
        if (!query.Reporters.IsDefaultOrEmpty)
        {
            wanted.Add(("reporter", v => query.Reporters.Contains(Codes.Territory("reporter", v))));
        }

        if (!query.Partners.IsDefaultOrEmpty)
        {
            wanted.Add(("partner", v => query.Partners.Contains(Codes.Territory("partner", v))));
        }

        if (query.Period is { } period)
        {
            wanted.Add(("period", v => Codes.Period("period", v).IsWithin(period)));
        }

        if (!query.Flows.IsDefaultOrEmpty)
        {
            wanted.Add(("flow", v => query.Flows.Contains(Codes.Flow("flow", v))));
        }

        switch (query.Commodity.Kind)
        {
            case BreakdownFilterKind.TotalOnly:
                conditions.Add("commodity IS NULL");
                break;
            case BreakdownFilterKind.Only:
                var within = query.Commodity.Value!;
                wanted.Add((Codes.CommodityKeySql, v => CommodityOf(v) is { } c && c.IsWithin(within)));
                break;
        }

        AddEnum(query.CustomsRegime, "customs_regime");
        AddEnum(query.EnterpriseType, "enterprise_type");
        AddEnum(query.TransportMode, "transport_mode");
        switch (query.SecondPartner.Kind)
        {
            case BreakdownFilterKind.TotalOnly:
                conditions.Add("second_partner IS NULL");
                break;
            case BreakdownFilterKind.Only:
                var partner = query.SecondPartner.Value!;
                wanted.Add(("second_partner", v => Codes.Territory("second_partner", v) == partner));
                break;
        }

        foreach (var (column, keep) in wanted)
        {
            var values = await DistinctAsync(column, "true", new PgParameters(), cancellationToken).ConfigureAwait(false);
            var kept = values.Where(v => v is not null && keep(v)).Select(v => v!).ToList();
            conditions.Add(kept.Count == 0 ? "false" : $"{column} = ANY({p.AddList(kept)})");
        }

        return conditions.Count == 0 ? "true" : string.Join(" AND ", conditions);

        void AddEnum<T>(BreakdownFilter<T> filter, string column)
            where T : struct, Enum
        {
            switch (filter.Kind)
            {
                case BreakdownFilterKind.TotalOnly:
                    conditions.Add(column + " IS NULL");
                    break;
                case BreakdownFilterKind.Only:
                    var value = filter.Value;
                    wanted.Add((column, v => EqualityComparer<T?>.Default.Equals(Codes.Enum<T>(column, v), value)));
                    break;
            }
        }
    }

    /// <summary>The commodity of a <see cref="Codes.CommodityKey"/>.</summary>
    public Commodity? CommodityOf(string? key) => Codes.CommodityOfKey(key);

    internal static string? Text(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
