using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace TradeStats.PostgreSql;

/// <summary>
/// The table in which observations are stored in PostgreSQL, and bulk writing into it with binary COPY.
/// </summary>
/// <remarks>
/// <para>The schema (version 1) has the columns of the library's CSV format (<see cref="Sources.ObservationCsvFile"/>):</para>
/// <list type="table">
/// <listheader><term>Column</term><description>Type and content</description></listheader>
/// <item><term>reporter, partner, period, flow, currency (not null)</term><description>text: a territory code, an SDMX period (<c>2024</c>, <c>2024-Q1</c>, <c>2024-01</c>, <c>2025-01/2025-10</c>), a flow code (<c>X</c>, <c>M</c>, <c>T</c>, <c>B</c>, <c>RX</c>, <c>RM</c>), an ISO 4217 code.</description></item>
/// <item><term>value (not null)</term><description>numeric: exact, with the amount's own scale (1.50 stays 1.50); any <see cref="decimal"/> is stored as it is.</description></item>
/// <item><term>commodity, classification</term><description>text; null for all goods; a null classification with 2, 4 or 6 digits is an HS code, otherwise a named product group.</description></item>
/// <item><term>customs_regime, enterprise_type, transport_mode, second_partner, status</term><description>text enum member names or a territory code; null for "all" (status: Final).</description></item>
/// <item><term>quantity, net_weight, gross_weight, alt_quantity</term><description>numeric, each with a text <c>_unit</c> and a boolean <c>_estimated</c> column.</description></item>
/// <item><term>source_publisher, source_date, source_title, source_address, source_excerpt</term><description>The <see cref="SourceReference"/>; the date is a date.</description></item>
/// </list>
/// <para>A source may lack the optional columns, and may declare a value column of an integer type or numeric of any
/// precision and scale (a value that a <see cref="decimal"/> cannot hold exactly is refused when read); it may be partitioned (see <see cref="PostgreSqlTradeSource"/>). To shard it, create the
/// same columns with <see cref="CreateTableSql"/> on each shard and a partitioned table on the coordinator.</para>
/// </remarks>
/// <example>
/// <code>
/// await using var db = NpgsqlDataSource.Create(connectionString);
/// await PostgreSqlObservationTable.CreateAsync(db);
/// await PostgreSqlObservationTable.WriteAsync(db, observations);
/// </code>
/// </example>
public static class PostgreSqlObservationTable
{
    /// <summary>The table that the source and the writer use unless told otherwise.</summary>
    public const string DefaultTable = "observations";

    /// <summary>The statement that creates the table (plain, not partitioned), for administrators laying out shards.</summary>
    /// <param name="table">The table (letters, digits, underscores; optionally <c>schema.table</c>).</param>
    /// <param name="ifNotExists">Whether to add IF NOT EXISTS.</param>
    /// <returns>The CREATE TABLE statement.</returns>
    /// <exception cref="ArgumentException">The table is not a plain name.</exception>
    public static string CreateTableSql(string table = DefaultTable, bool ifNotExists = false) =>
        $"CREATE TABLE {(ifNotExists ? "IF NOT EXISTS " : string.Empty)}{PgTable.Quote(table)} ("
        + string.Join(", ", StorageColumns.All.Select(c => $"{c.Name} {PgTable.TypeOf(c.Kind)}{(StorageColumns.Required.Contains(c.Name) ? " NOT NULL" : string.Empty)}"))
        + ")";

    /// <summary>Creates the table when it does not exist.</summary>
    /// <param name="dataSource">The database.</param>
    /// <param name="table">The table, by default <c>observations</c>.</param>
    /// <param name="cancellationToken">Cancels the statement.</param>
    /// <returns>A task that completes when the table exists.</returns>
    /// <exception cref="PostgreSqlSourceException">The server is unreachable, refused the credentials, or refused the statement.</exception>
    public static async Task CreateAsync(NpgsqlDataSource dataSource, string table = DefaultTable, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(dataSource);
        var sql = CreateTableSql(table, ifNotExists: true);
        try
        {
            await using var command = dataSource.CreateCommand(sql);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (NpgsqlException e)
        {
            throw PostgreSqlSourceException.Translate(e, Describe(dataSource, table));
        }
    }

    /// <summary>Writes observations into the table with binary COPY, in one transaction: all of them or none.</summary>
    /// <param name="dataSource">The database.</param>
    /// <param name="observations">The observations.</param>
    /// <param name="table">The table, by default <c>observations</c>; it must exist (<see cref="CreateAsync"/>).</param>
    /// <param name="cancellationToken">Stops the write; nothing is kept then.</param>
    /// <returns>How many observations were written.</returns>
    /// <exception cref="ArgumentException">An observation would read back differently (a named group whose name is an HS code); nothing is written then.</exception>
    /// <exception cref="PostgreSqlSourceException">A server failed; nothing is written then.</exception>
    public static Task<long> WriteAsync(NpgsqlDataSource dataSource, IEnumerable<TradeObservation> observations, string table = DefaultTable, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(observations);
        return WriteAsync(dataSource, ToAsync(observations), table, cancellationToken);
    }

    /// <summary>Writes a stream of observations into the table with binary COPY, in one transaction: all of them or none.</summary>
    /// <param name="dataSource">The database.</param>
    /// <param name="observations">The observations, written as they arrive.</param>
    /// <param name="table">The table, by default <c>observations</c>; it must exist (<see cref="CreateAsync"/>).</param>
    /// <param name="cancellationToken">Stops the write; nothing is kept then.</param>
    /// <returns>How many observations were written.</returns>
    /// <exception cref="ArgumentException">An observation would read back differently; nothing is written then.</exception>
    /// <exception cref="PostgreSqlSourceException">A server failed; nothing is written then.</exception>
    public static async Task<long> WriteAsync(NpgsqlDataSource dataSource, IAsyncEnumerable<TradeObservation> observations, string table = DefaultTable, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(dataSource);
        Guard.Against.Null(observations);
        var quoted = PgTable.Quote(table);
        var name = Describe(dataSource, table);
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            long index = 0;
            var copy = $"COPY {quoted} ({string.Join(", ", StorageColumns.All.Select(c => c.Name))}) FROM STDIN (FORMAT BINARY)";
            await using (var writer = await connection.BeginBinaryImportAsync(copy, cancellationToken).ConfigureAwait(false))
            {
                await foreach (var o in observations.WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    await WriteRowAsync(writer, o, index++, cancellationToken).ConfigureAwait(false);
                }

                await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return index;
        }
        catch (NpgsqlException e)
        {
            throw PostgreSqlSourceException.Translate(e, name);
        }
    }

    private static async Task WriteRowAsync(NpgsqlBinaryImporter w, TradeObservation o, long index, CancellationToken ct)
    {
        Guard.Against.Null(o, nameof(o));
        if (o.Commodity is { IsCode: false } named && named.Code.Length is 2 or 4 or 6 && named.Code.All(char.IsAsciiDigit))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Observation {index} ({o}): the named product group '{named.Code}' would read back as an HS code."), nameof(o));
        }

        await w.StartRowAsync(ct).ConfigureAwait(false);
        await Text(o.Reporter.Code).ConfigureAwait(false);
        await Text(o.Partner.Code).ConfigureAwait(false);
        await Text(o.Period.ToString()).ConfigureAwait(false);
        await Text(Sources.ObservationCsvFile.FlowCode(o.Flow)).ConfigureAwait(false);
        await Text(o.Commodity?.Code).ConfigureAwait(false);
        await Text(Codes.ClassificationOf(o.Commodity)).ConfigureAwait(false);
        await Number(o.Value.Amount).ConfigureAwait(false);
        await Text(o.Value.Currency.Code).ConfigureAwait(false);
        await Text(o.CustomsRegime?.ToString()).ConfigureAwait(false);
        await Text(o.EnterpriseType?.ToString()).ConfigureAwait(false);
        await Text(o.TransportMode?.ToString()).ConfigureAwait(false);
        await Text(o.SecondPartner?.Code).ConfigureAwait(false);
        await Text(o.Status.ToString()).ConfigureAwait(false);
        await QuantityAsync(o.Quantity).ConfigureAwait(false);
        await QuantityAsync(o.NetWeight).ConfigureAwait(false);
        await QuantityAsync(o.GrossWeight).ConfigureAwait(false);
        await QuantityAsync(o.AlternativeQuantity).ConfigureAwait(false);
        await Text(o.Source?.Publisher).ConfigureAwait(false);
        if (o.Source?.Date is { } date)
        {
            await w.WriteAsync(date, NpgsqlDbType.Date, ct).ConfigureAwait(false);
        }
        else
        {
            await w.WriteNullAsync(ct).ConfigureAwait(false);
        }

        await Text(o.Source?.Title).ConfigureAwait(false);
        await Text(o.Source?.Address).ConfigureAwait(false);
        await Text(o.Source?.Excerpt).ConfigureAwait(false);

        Task Text(string? value) => value is null ? w.WriteNullAsync(ct) : w.WriteAsync(value, NpgsqlDbType.Text, ct);

        // numeric holds every decimal exactly, with its scale.
        Task Number(decimal value) => w.WriteAsync(value, NpgsqlDbType.Numeric, ct);

        async Task QuantityAsync(Quantity? q)
        {
            if (q is { } quantity)
            {
                await Number(quantity.Value).ConfigureAwait(false);
                await Text(quantity.Unit).ConfigureAwait(false);
                await w.WriteAsync(quantity.IsEstimated, NpgsqlDbType.Boolean, ct).ConfigureAwait(false);
            }
            else
            {
                await w.WriteNullAsync(ct).ConfigureAwait(false);
                await w.WriteNullAsync(ct).ConfigureAwait(false);
                await w.WriteNullAsync(ct).ConfigureAwait(false);
            }
        }
    }

    private static string Describe(NpgsqlDataSource dataSource, string table)
    {
        var b = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString);
        return $"postgresql://{b.Username}@{b.Host}:{b.Port}/{b.Database} table {table}";
    }

    private static async IAsyncEnumerable<TradeObservation> ToAsync(IEnumerable<TradeObservation> items)
    {
        foreach (var i in items)
        {
            yield return i;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
