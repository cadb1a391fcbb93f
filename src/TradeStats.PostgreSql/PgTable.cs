using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;
using TradeStats.Sources;

namespace TradeStats.PostgreSql;

/// <summary>
/// A checked observations table: which schema columns it has and of what type, and the columns it is partitioned
/// by. Read from the catalog, so a missing table or a column of the wrong type is refused before any row is read.
/// </summary>
internal sealed partial class PgTable
{
    private static readonly string[] IntegerTypes = ["smallint", "integer", "bigint"];

    private readonly Dictionary<string, string> _expressions;

    private readonly HashSet<string> _fixedScale;

    private PgTable(string table, Dictionary<string, string> expressions, HashSet<string> fixedScale, IReadOnlyList<string> partitionKeys)
    {
        Table = table;
        _expressions = expressions;
        _fixedScale = fixedScale;
        PartitionKeys = partitionKeys;
    }

    /// <summary>
    /// Whether a decimal column has a declared scale (numeric(p,s)), so that every value comes back with s decimals and
    /// the trailing zeros say nothing; an unconstrained numeric keeps each value's own scale, as decimal does.
    /// </summary>
    public bool HasFixedScale(string column) => _fixedScale.Contains(column);

    /// <summary>The table as written in SQL (each part quoted).</summary>
    public string Table { get; }

    /// <summary>
    /// The schema columns the table is partitioned by (declarative partitioning), quoted. A GROUP BY that carries them
    /// lets PostgreSQL aggregate each partition by itself, on the server that holds it when the partition is a foreign
    /// table (partition-wise aggregation); without them only a partial aggregate could run there, which postgres_fdw
    /// does not push to the shards. Empty for a plain table, and for a Citus distributed table, which pushes partial
    /// aggregates to its workers by itself.
    /// </summary>
    public IReadOnlyList<string> PartitionKeys { get; }

    /// <summary>The SQL expression for a schema column: the column itself, a cast of an integer column, or NULL when the table lacks an optional column.</summary>
    public string this[string column] => _expressions[column];

    /// <summary>The relation that every statement reads: the table with the schema's column names, so that PostgreSQL flattens it into the query.</summary>
    public string From =>
        "(SELECT " + string.Join(", ", StorageColumns.All.Select(c => _expressions[c.Name] + " AS " + c.Name)) + $" FROM {Table}) obs";

    public static async Task<PgTable> OpenAsync(NpgsqlConnection connection, string table, string sourceName, CancellationToken cancellationToken)
    {
        var quoted = Quote(table);
        var columns = new Dictionary<string, string>(StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand(
            "SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a "
            + "WHERE a.attrelid = to_regclass($1) AND a.attnum > 0 AND NOT a.attisdropped",
            connection))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = quoted });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                columns[reader.GetString(0)] = reader.GetString(1);
            }
        }

        if (columns.Count == 0)
        {
            await using var exists = new NpgsqlCommand("SELECT to_regclass($1) IS NOT NULL", connection);
            exists.Parameters.Add(new NpgsqlParameter { Value = quoted });
            var found = (bool)(await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            throw new PostgreSqlSourceException(
                sourceName,
                found ? $"the table {table} has no column; it must have the observation schema's columns (PostgreSqlObservationTable.CreateAsync creates them)."
                    : $"there is no table {table} in the database (or the user may not see it); PostgreSqlObservationTable.CreateAsync creates one.",
                "42P01",
                null);
        }

        var expressions = new Dictionary<string, string>(StringComparer.Ordinal);
        var fixedScale = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, kind) in StorageColumns.All)
        {
            if (!columns.TryGetValue(name, out var type))
            {
                if (StorageColumns.Required.Contains(name))
                {
                    throw new TradeDataFormatException(sourceName, 0, RecordUnit.Line, name, null, $"the required column '{name}' is missing from {table}.");
                }

                expressions[name] = "NULL::" + TypeOf(kind);
                continue;
            }

            expressions[name] = Check(sourceName, table, name, kind, type);
            if (kind == ColumnKind.Decimal && type != "numeric")
            {
                fixedScale.Add(name);
            }
        }

        var keys = new List<string>();
        await using (var command = new NpgsqlCommand(
            "SELECT a.attname FROM pg_partitioned_table p CROSS JOIN LATERAL unnest(p.partattrs::int2[]) k(attnum) "
            + "JOIN pg_attribute a ON a.attrelid = p.partrelid AND a.attnum = k.attnum WHERE p.partrelid = to_regclass($1)",
            connection))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = quoted });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                // Only a key that is one of the schema's columns, taken as it is stored, can be grouped by.
                var key = reader.GetString(0);
                if (expressions.TryGetValue(key, out var e) && e == Identifier(key))
                {
                    keys.Add(key);
                }
            }
        }

        return new PgTable(quoted, expressions, fixedScale, keys);
    }

    internal static string TypeOf(ColumnKind kind) => kind switch
    {
        ColumnKind.Decimal => "numeric",
        ColumnKind.Boolean => "boolean",
        ColumnKind.Date => "date",
        _ => "text",
    };

    private static string Check(string sourceName, string table, string name, ColumnKind kind, string type)
    {
        var q = Identifier(name);
        var ok = kind switch
        {
            ColumnKind.Text => type is "text" || type.StartsWith("character varying", StringComparison.Ordinal) || type.StartsWith("character(", StringComparison.Ordinal),
            ColumnKind.Boolean => type == "boolean",
            ColumnKind.Date => type == "date",
            _ => IntegerTypes.Contains(type) || type == "numeric" || NumericType().IsMatch(type),
        };
        if (ok)
        {
            return kind == ColumnKind.Decimal && IntegerTypes.Contains(type) ? $"{q}::numeric" : q;
        }

        var reason = kind switch
        {
            ColumnKind.Text => $"the column '{name}' of {table} is {type}; it must hold text codes.",
            ColumnKind.Boolean or ColumnKind.Date => $"the column '{name}' of {table} is {type}; it must be {TypeOf(kind)}.",
            _ => $"the column '{name}' of {table} is {type}; exact amounts need numeric or an integer type. Floating-point numbers cannot carry exact amounts.",
        };
        throw new TradeDataFormatException(sourceName, 0, RecordUnit.Line, name, type, reason);
    }

    /// <summary>A quoted identifier: double quotes doubled.</summary>
    public static string Identifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>A table name, optionally schema-qualified, quoted part by part after checking it is a plain name.</summary>
    public static string Quote(string table) => string.Join('.', CheckName(table).Split('.').Select(Identifier));

    /// <summary>A table name of letters, digits and underscores only, optionally <c>schema.table</c>.</summary>
    public static string CheckName(string table) =>
        TableName().IsMatch(table) ? table : throw new ArgumentException($"'{table}' is not a table name (letters, digits and underscores, optionally schema.table).", nameof(table));

    [GeneratedRegex(@"^numeric\(([0-9]+),([0-9]+)\)$")]
    private static partial Regex NumericType();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]{0,62}(\.[A-Za-z_][A-Za-z0-9_]{0,62})?$")]
    private static partial Regex TableName();
}
