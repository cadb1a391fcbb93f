namespace TradeStats.DuckDb;

/// <summary>Writes observations into a table of a DuckDB database file, in bulk, with DuckDB's appender.</summary>
/// <example>
/// <code>
/// await DuckDbObservationTable.AppendAsync("trade.duckdb", observations);
/// var source = DuckDbTradeSource.FromDatabase("trade.duckdb");
/// </code>
/// </example>
public static class DuckDbObservationTable
{
    /// <summary>The table that <see cref="AppendAsync(string, IEnumerable{TradeObservation}, string, DuckDbOptions?, CancellationToken)"/> and <see cref="DuckDbTradeSource.FromDatabase"/> use unless told otherwise.</summary>
    public const string DefaultTable = "observations";

    /// <summary>Appends observations to a table of the schema (<see cref="ObservationSchema"/>), creating the database file and the table when missing.</summary>
    /// <param name="databasePath">The DuckDB database file.</param>
    /// <param name="observations">The observations, in order.</param>
    /// <param name="table">The table (letters, digits, underscores; optionally <c>schema.table</c>).</param>
    /// <param name="options">Memory and threads; null for the defaults.</param>
    /// <param name="cancellationToken">Stops the write; rows appended before are rolled back.</param>
    /// <returns>How many observations were appended.</returns>
    /// <exception cref="ArgumentException">A path or table name is invalid, or an observation cannot be stored exactly (a value with more than 12 decimals, a named group that reads back as an HS code); nothing is appended then.</exception>
    public static Task<long> AppendAsync(string databasePath, IEnumerable<TradeObservation> observations, string table = DefaultTable, DuckDbOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(observations);
        return AppendAsync(databasePath, ObservationWriter.ToAsync(observations), table, options, cancellationToken);
    }

    /// <summary>Appends a stream of observations to a table of the schema, creating the database file and the table when missing.</summary>
    /// <param name="databasePath">The DuckDB database file.</param>
    /// <param name="observations">The observations, in the order they arrive.</param>
    /// <param name="table">The table (letters, digits, underscores; optionally <c>schema.table</c>).</param>
    /// <param name="options">Memory and threads; null for the defaults.</param>
    /// <param name="cancellationToken">Stops the write; rows appended before are rolled back.</param>
    /// <returns>How many observations were appended.</returns>
    /// <exception cref="ArgumentException">A path or table name is invalid, or an observation cannot be stored exactly; nothing is appended then.</exception>
    public static async Task<long> AppendAsync(string databasePath, IAsyncEnumerable<TradeObservation> observations, string table = DefaultTable, DuckDbOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.NullOrWhiteSpace(databasePath);
        Guard.Against.Null(observations);
        Relation.CheckTableName(table);
        using var connection = new DuckDB.NET.Data.DuckDBConnection("Data Source=" + databasePath);
        connection.Open();
        foreach (var s in (options ?? DuckDbOptions.Default).SettingStatements())
        {
            ObservationWriter.Execute(connection, s);
        }

        ObservationWriter.Execute(connection, ObservationSchema.CreateTableSql(Relation.QualifiedTable(table), ifNotExists: true));
        ObservationWriter.Execute(connection, "BEGIN TRANSACTION");
        try
        {
            var count = await ObservationWriter.AppendAsync(connection, table, observations, cancellationToken).ConfigureAwait(false);
            ObservationWriter.Execute(connection, "COMMIT");
            return count;
        }
        catch
        {
            ObservationWriter.Execute(connection, "ROLLBACK");
            throw;
        }
    }
}
