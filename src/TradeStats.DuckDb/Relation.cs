using System.Globalization;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using TradeStats.Sources;

namespace TradeStats.DuckDb;

/// <summary>What a source reads: Parquet files, CSV files in the library's format, or a table of a database file.</summary>
internal enum RelationKind
{
    Parquet,
    Csv,
    Database,
}

/// <summary>
/// The observations of a source as one SQL relation in the schema's column names and types, after the files (or
/// the table) have been checked column by column: <c>(SELECT ... ) obs</c> with a <c>_file</c> column for messages.
/// </summary>
internal sealed partial class Relation
{
    private static readonly string[] IntegerTypes = ["TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT", "UHUGEINT"];

    private readonly Dictionary<string, string> _expressions;

    private Relation(RelationKind kind, string location, string? table, Dictionary<string, string> expressions)
    {
        Kind = kind;
        Location = location;
        Table = table;
        _expressions = expressions;
    }

    /// <summary>The name under which a database file is attached.</summary>
    public const string AttachedDatabase = "tradestats_source";

    public RelationKind Kind { get; }

    /// <summary>The path or glob (files) or the database file.</summary>
    public string Location { get; }

    /// <summary>The table of a database.</summary>
    public string? Table { get; }

    /// <summary>The relation, binding the location as a parameter.</summary>
    public string From(Parameters p)
    {
        var source = Kind switch
        {
            RelationKind.Parquet => $"read_parquet({p.Add(Location)}, union_by_name = true, filename = true)",
            RelationKind.Csv => $"read_csv({p.Add(Location)}, {CsvOptions}, union_by_name = true, filename = true)",
            _ => QualifiedTable(AttachedDatabase + "." + Table!),
        };
        var file = Kind == RelationKind.Database ? "NULL::VARCHAR" : "filename";
        return "(SELECT " + string.Join(", ", ObservationSchema.Columns.Select(c => _expressions[c] + " AS " + c)) + $", {file} AS _file FROM {source}) obs";
    }

    private const string CsvOptions = "header = true, all_varchar = true, delim = ',', quote = '\"', escape = '\"'";

    /// <summary>Checks the files (or table) and builds the relation; throws naming the file and column on any mismatch.</summary>
    public static Relation Open(DuckDBConnection connection, RelationKind kind, string location, string? table, ObservationColumnMapping mapping)
    {
        var files = new List<(string File, Dictionary<string, string> Types)>();
        if (kind == RelationKind.Database)
        {
            files.Add((location + ":" + table, Describe(connection, "SELECT * FROM " + QualifiedTable(AttachedDatabase + "." + table!), null, location + ":" + table)));
        }
        else
        {
            foreach (var file in Glob(connection, location))
            {
                var p = new Parameters();
                var from = kind == RelationKind.Parquet ? $"read_parquet({p.Add(file)})" : $"read_csv({p.Add(file)}, {CsvOptions})";
                files.Add((file, Describe(connection, "SELECT * FROM " + from, p, file)));
                if (kind == RelationKind.Parquet)
                {
                    CheckVersion(connection, file);
                }
            }
        }

        var expressions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (field, type) in ObservationSchema.Definitions)
        {
            var column = mapping.ColumnFor(field);
            var required = ObservationSchema.RequiredColumns.Contains(field);
            var present = 0;
            foreach (var (file, types) in files)
            {
                if (!types.TryGetValue(column, out var actual))
                {
                    if (required)
                    {
                        throw new TradeDataFormatException(file, 0, RecordUnit.Line, column, null, $"the required column '{column}' (field {field}) is missing.");
                    }

                    continue;
                }

                present++;
                CheckType(kind, file, field, column, type, actual);
            }

            var q = Sql.Identifier(column);
            expressions[field] = present == 0
                ? $"NULL::{type}"
                : kind == RelationKind.Csv
                    ? CsvExpression(q, type)
                    : type == "VARCHAR" ? $"CAST({q} AS VARCHAR)" : $"CAST({q} AS {type})";
        }

        if (kind == RelationKind.Csv)
        {
            var known = ObservationSchema.Columns.Select(mapping.ColumnFor).ToHashSet(StringComparer.Ordinal);
            foreach (var (file, types) in files)
            {
                if (types.Keys.FirstOrDefault(c => !known.Contains(c)) is { } unknown)
                {
                    throw new TradeDataFormatException(file, 1, RecordUnit.Line, unknown, unknown, "an unknown column; the columns are those of the library's CSV format.");
                }
            }
        }

        var relation = new Relation(kind, location, table, expressions);
        if (kind == RelationKind.Csv)
        {
            relation.CheckCsvValues(connection, mapping);
        }

        return relation;
    }

    private static string CsvExpression(string q, string type)
    {
        var text = $"NULLIF({q}, '')";
        return type switch
        {
            "VARCHAR" => text,
            "BOOLEAN" => $"coalesce({text} = 'true', false)",
            _ => $"CAST({text} AS {type})",
        };
    }

    /// <summary>CSV holds text: values must be plain decimals that DECIMAL(38,12) holds exactly, flags true or false, dates ISO.</summary>
    private void CheckCsvValues(DuckDBConnection connection, ObservationColumnMapping mapping)
    {
        foreach (var (field, type) in ObservationSchema.Definitions)
        {
            if (type == "VARCHAR")
            {
                continue;
            }

            var q = Sql.Identifier(mapping.ColumnFor(field));
            var (bad, reason) = type switch
            {
                "BOOLEAN" => ($"NOT ({q} IS NULL OR {q} IN ('', 'true', 'false'))", "expected true, false or an empty field."),
                "DATE" => ($"NULLIF({q}, '') IS NOT NULL AND NOT regexp_full_match({q}, '[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}') OR TRY_CAST(NULLIF({q}, '') AS DATE) IS NULL AND NULLIF({q}, '') IS NOT NULL", "not a date in yyyy-MM-dd form."),
                _ => ($"NULLIF({q}, '') IS NOT NULL AND NOT regexp_full_match({q}, '-?[0-9]{{1,26}}(\\.[0-9]{{1,12}})?')",
                    "not a decimal that the schema holds exactly (no exponent, no thousands separator, at most 26 integer digits and 12 decimals)."),
            };
            if (_expressions[field].StartsWith("NULL::", StringComparison.Ordinal))
            {
                continue;
            }

            var p = new Parameters();
            using var command = p.Command(connection, $"SELECT filename, {q} FROM read_csv({p.Add(Location)}, {CsvOptions}, union_by_name = true, filename = true) WHERE {bad} LIMIT 1");
            using var reader = Execute(command, Location);
            if (reader.Read())
            {
                throw new TradeDataFormatException(reader.GetString(0), 0, RecordUnit.Line, mapping.ColumnFor(field), reader.IsDBNull(1) ? null : reader.GetString(1), reason);
            }
        }
    }

    private static void CheckType(RelationKind kind, string file, string field, string column, string wanted, string actual)
    {
        if (kind == RelationKind.Csv)
        {
            return; // every CSV column is text, checked value by value
        }

        var integer = IntegerTypes.Contains(actual);
        var ok = wanted switch
        {
            "VARCHAR" => actual == "VARCHAR" || integer || actual.StartsWith("ENUM", StringComparison.Ordinal),
            "BOOLEAN" => actual == "BOOLEAN",
            "DATE" => actual == "DATE",
            _ => integer || (DecimalType().Match(actual) is { Success: true } m && int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) <= ObservationSchema.Scale),
        };
        if (ok)
        {
            return;
        }

        var reason = wanted switch
        {
            "VARCHAR" => $"the column '{column}' (field {field}) is {actual}; it must hold text codes.",
            "BOOLEAN" or "DATE" => $"the column '{column}' (field {field}) is {actual}; it must be {wanted}.",
            _ when actual is "DOUBLE" or "FLOAT" || actual.StartsWith("DECIMAL", StringComparison.Ordinal) == false && !integer
                => $"the column '{column}' (field {field}) is {actual}; exact amounts need DECIMAL (at most {ObservationSchema.Scale} decimals) or an integer type. Floating-point numbers cannot carry exact amounts: write the column as DECIMAL.",
            _ => $"the column '{column}' (field {field}) is {actual}, with more than {ObservationSchema.Scale} decimals, which the library's values would round; cast it to DECIMAL(38,{ObservationSchema.Scale}) if that is intended.",
        };
        throw new TradeDataFormatException(file, 0, RecordUnit.Line, column, actual, reason);
    }

    private static List<string> Glob(DuckDBConnection connection, string location)
    {
        var p = new Parameters();
        using var command = p.Command(connection, $"SELECT file FROM glob({p.Add(location)}) ORDER BY file");
        var files = new List<string>();
        using (var reader = Execute(command, location))
        {
            while (reader.Read())
            {
                files.Add(reader.GetString(0));
            }
        }

        return files.Count > 0 ? files : throw new FileNotFoundException($"No file matches '{location}'.", location);
    }

    private static Dictionary<string, string> Describe(DuckDBConnection connection, string select, Parameters? p, string file)
    {
        p ??= new Parameters();
        using var command = p.Command(connection, "DESCRIBE " + select);
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                types[reader.GetString(0)] = reader.GetString(1);
            }
        }
        catch (DuckDBException e)
        {
            throw new TradeDataFormatException(file, 0, RecordUnit.Line, null, null, "cannot be read (truncated, damaged, or not of the expected format): " + FirstLine(e.Message), e);
        }

        return types;
    }

    private static void CheckVersion(DuckDBConnection connection, string file)
    {
        var p = new Parameters();
        using var command = p.Command(connection, $"SELECT CAST(value AS VARCHAR) FROM parquet_kv_metadata({p.Add(file)}) WHERE CAST(key AS VARCHAR) = {p.Add(ObservationSchema.VersionKey)}");
        using var reader = Execute(command, file);
        if (reader.Read() && !reader.IsDBNull(0))
        {
            var text = reader.GetString(0);
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var version) || version > ObservationSchema.Version)
            {
                throw new TradeDataFormatException(file, 0, RecordUnit.Line, ObservationSchema.VersionKey, text, $"written with observation schema version {text}; this library reads versions up to {ObservationSchema.Version}.");
            }
        }
    }

    internal static DuckDBDataReader Execute(DuckDBCommand command, string sourceName)
    {
        try
        {
            return command.ExecuteReader();
        }
        catch (DuckDBException e)
        {
            throw Translate(e, sourceName);
        }
    }

    internal static Exception Translate(DuckDBException e, string sourceName) =>
        e.Message.Contains("Overflow", StringComparison.OrdinalIgnoreCase)
            ? new OverflowException($"{sourceName}: a sum exceeds the schema's DECIMAL(38,{ObservationSchema.Scale}): {FirstLine(e.Message)}", e)
            : new TradeDataFormatException(sourceName, 0, RecordUnit.Line, null, null, "the query failed: " + FirstLine(e.Message), e);

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();

    internal static string QualifiedTable(string table) => string.Join('.', table.Split('.').Select(Sql.Identifier));

    /// <summary>A table name, optionally schema-qualified, of letters, digits and underscores only.</summary>
    internal static string CheckTableName(string table) =>
        TableName().IsMatch(table) ? table : throw new ArgumentException($"'{table}' is not a table name (letters, digits and underscores, optionally schema.table).", nameof(table));

    [GeneratedRegex(@"^DECIMAL\(([0-9]+),([0-9]+)\)$")]
    private static partial Regex DecimalType();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]{0,62}(\.[A-Za-z_][A-Za-z0-9_]{0,62})?$")]
    private static partial Regex TableName();
}
