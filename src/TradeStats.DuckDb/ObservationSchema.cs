using System.Collections.Immutable;

namespace TradeStats.DuckDb;

/// <summary>
/// The columns in which this package stores observations, in a DuckDB table and in Parquet files: schema version 1.
/// The names are those of the library's CSV format (<see cref="Sources.ObservationCsvFile"/>); the types are exact.
/// </summary>
/// <remarks>
/// <list type="table">
/// <listheader><term>Column</term><description>Type and content</description></listheader>
/// <item><term>reporter, partner (required)</term><description>VARCHAR, a <see cref="Territory.Code"/>.</description></item>
/// <item><term>period (required)</term><description>VARCHAR, SDMX form: <c>2024</c>, <c>2024-Q1</c>, <c>2024-01</c>, <c>2025-01/2025-10</c>.</description></item>
/// <item><term>flow (required)</term><description>VARCHAR: <c>X</c>, <c>M</c>, <c>T</c>, <c>B</c>, <c>RX</c>, <c>RM</c>.</description></item>
/// <item><term>value (required)</term><description>DECIMAL(38,12): exact; a value with more than 12 decimals or 26 integer digits is refused, never rounded.</description></item>
/// <item><term>currency (required)</term><description>VARCHAR, an ISO 4217 code.</description></item>
/// <item><term>commodity, classification</term><description>VARCHAR; as in the CSV format: null for all goods; a null classification with 2, 4 or 6 digits is an HS code, otherwise a named product group.</description></item>
/// <item><term>customs_regime, enterprise_type, transport_mode</term><description>VARCHAR enum member names; null for "all".</description></item>
/// <item><term>second_partner</term><description>VARCHAR territory code; null for all second partners.</description></item>
/// <item><term>status</term><description>VARCHAR <see cref="ObservationStatus"/> name; null reads as Final.</description></item>
/// <item><term>quantity, net_weight, gross_weight, alt_quantity</term><description>DECIMAL(38,12), each with a VARCHAR <c>_unit</c> and a BOOLEAN <c>_estimated</c> column.</description></item>
/// <item><term>source_publisher, source_date, source_title, source_address, source_excerpt</term><description>The <see cref="SourceReference"/>; the date is a DATE.</description></item>
/// </list>
/// <para>Parquet files written by <see cref="ObservationParquetFile"/> carry the key-value metadata
/// <c>tradestats_schema = 1</c>; a file of a later version is refused rather than misread. Codes are
/// dictionary-encoded (DuckDB's Parquet writer encodes repeated strings as a dictionary), values are Parquet
/// DECIMAL(38,12), and the optional columns are nullable.</para>
/// </remarks>
public static class ObservationSchema
{
    /// <summary>The schema version written into Parquet metadata under <see cref="VersionKey"/>.</summary>
    public const int Version = 1;

    /// <summary>The Parquet key-value metadata key that holds <see cref="Version"/>.</summary>
    public const string VersionKey = "tradestats_schema";

    /// <summary>The number of decimals stored for values and quantities.</summary>
    public const int Scale = Storage.Codes.Scale;

    /// <summary>The column names, in the order the writers write them.</summary>
    public static ImmutableArray<string> Columns { get; } = [.. Definitions.Select(d => d.Name)];

    /// <summary>The columns that a source must have.</summary>
    public static ImmutableArray<string> RequiredColumns { get; } = [.. StorageColumns.Required];

    internal static IReadOnlyList<(string Name, string Type)> Definitions =>
    [
        .. StorageColumns.All.Select(c => (c.Name, c.Kind switch
        {
            ColumnKind.Decimal => Decimal,
            ColumnKind.Boolean => "BOOLEAN",
            ColumnKind.Date => "DATE",
            _ => "VARCHAR",
        })),
    ];

    internal const string Decimal = "DECIMAL(38,12)";

    internal static string CreateTableSql(string quotedTable, bool ifNotExists) =>
        $"CREATE TABLE {(ifNotExists ? "IF NOT EXISTS " : string.Empty)}{quotedTable} ("
        + string.Join(", ", Definitions.Select(d => $"{d.Name} {d.Type}{(RequiredColumns.Contains(d.Name) ? " NOT NULL" : string.Empty)}"))
        + ")";
}
