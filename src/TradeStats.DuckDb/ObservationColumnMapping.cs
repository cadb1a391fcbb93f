using System.Collections.Immutable;

namespace TradeStats.DuckDb;

/// <summary>
/// Which column of a foreign file (written by pandas, Spark, DuckDB or another tool) holds each field of the
/// library's schema (<see cref="ObservationSchema"/>). Unmapped optional fields are read as absent (null); a
/// required field whose column is missing, and a column of a type that cannot hold the field exactly (a value in
/// DOUBLE), are refused with an exception naming the file and the column.
/// </summary>
/// <example>
/// <code>
/// var mapping = ObservationColumnMapping.Default with
/// {
///     Columns = ObservationColumnMapping.Default.Columns
///         .SetItem("reporter", "reporterISO")
///         .SetItem("partner", "partnerISO")
///         .SetItem("value", "primaryValue"),
/// };
/// var source = DuckDbTradeSource.FromParquet("comtrade/*.parquet", new DuckDbOptions { Mapping = mapping });
/// </code>
/// </example>
public sealed record ObservationColumnMapping
{
    /// <summary>Every field read from the column of the same name.</summary>
    public static ObservationColumnMapping Default { get; } = new();

    /// <summary>
    /// Field name (one of <see cref="ObservationSchema.Columns"/>) to column name in the file. A field missing from
    /// the map is read from the column of its own name.
    /// </summary>
    public ImmutableDictionary<string, string> Columns { get; init; } =
        ObservationSchema.Columns.ToImmutableDictionary(c => c, c => c, StringComparer.Ordinal);

    /// <summary>The file's column for a field.</summary>
    /// <param name="field">One of <see cref="ObservationSchema.Columns"/>.</param>
    /// <returns>The column name in the file.</returns>
    /// <exception cref="ArgumentException"><paramref name="field"/> is not a field of the schema.</exception>
    public string ColumnFor(string field) =>
        !ObservationSchema.Columns.Contains(field)
            ? throw new ArgumentException($"'{field}' is not a field of the observation schema; the fields are {string.Join(", ", ObservationSchema.Columns)}.", nameof(field))
            : Columns.TryGetValue(field, out var column) ? column : field;
}
