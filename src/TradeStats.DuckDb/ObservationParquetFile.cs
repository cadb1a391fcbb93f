using System.Globalization;

namespace TradeStats.DuckDb;

/// <summary>
/// Writes observations to a Parquet file of the library's schema (<see cref="ObservationSchema"/>, version
/// <see cref="ObservationSchema.Version"/>), which <see cref="DuckDbTradeSource.FromParquet"/> reads back equal.
/// </summary>
/// <remarks>
/// The rows go through DuckDB's appender into an in-memory table (spilled to <see cref="DuckDbOptions.TempDirectory"/>
/// beyond <see cref="DuckDbOptions.MemoryLimit"/>) and are then copied to the file with zstd compression, row groups
/// of about a million rows, and dictionary encoding for the codes. Values are Parquet DECIMAL(38,12): a value with
/// more decimals is refused, never rounded. Values read back equal (as decimals) but without trailing zeros. For
/// billions of rows, write several files (parts) and read them back with a glob.
/// </remarks>
/// <example>
/// <code>
/// await ObservationParquetFile.WriteAsync("trade/part-0001.parquet", observations);
/// var source = DuckDbTradeSource.FromParquet("trade/*.parquet");
/// </code>
/// </example>
public static class ObservationParquetFile
{
    /// <summary>Writes observations to a Parquet file, replacing it if it exists.</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="observations">The observations, in order; their order is kept in the file.</param>
    /// <param name="options">Memory, temporary directory and threads of the engine that writes; null for the defaults.</param>
    /// <param name="cancellationToken">Stops the write; the file is then not written.</param>
    /// <returns>How many observations were written.</returns>
    /// <exception cref="ArgumentException">The path is blank, or an observation cannot be stored exactly (see the remarks).</exception>
    public static Task<long> WriteAsync(string path, IEnumerable<TradeObservation> observations, DuckDbOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(observations);
        return WriteAsync(path, ObservationWriter.ToAsync(observations), options, cancellationToken);
    }

    /// <summary>Writes a stream of observations to a Parquet file, replacing it if it exists.</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="observations">The observations, in the order they arrive; the order is kept in the file.</param>
    /// <param name="options">Memory, temporary directory and threads of the engine that writes; null for the defaults.</param>
    /// <param name="cancellationToken">Stops the write; the file is then not written.</param>
    /// <returns>How many observations were written.</returns>
    /// <exception cref="ArgumentException">The path is blank, or an observation cannot be stored exactly.</exception>
    public static async Task<long> WriteAsync(string path, IAsyncEnumerable<TradeObservation> observations, DuckDbOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.NullOrWhiteSpace(path);
        Guard.Against.Null(observations);
        using var connection = ObservationWriter.OpenMemory(options ?? DuckDbOptions.Default);
        ObservationWriter.Execute(connection, "SET preserve_insertion_order = true");
        ObservationWriter.Execute(connection, ObservationSchema.CreateTableSql("observations", ifNotExists: false));
        var count = await ObservationWriter.AppendAsync(connection, "observations", observations, cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        var full = Path.GetFullPath(path);
        ObservationWriter.Execute(
            connection,
            string.Create(
                CultureInfo.InvariantCulture,
                $"COPY observations TO {Sql.Literal(full)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 1048576, KV_METADATA {{{ObservationSchema.VersionKey}: '{ObservationSchema.Version}'}})"));
        return count;
    }
}
