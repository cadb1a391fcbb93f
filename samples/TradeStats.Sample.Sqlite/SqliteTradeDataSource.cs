using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Data.Sqlite;
using TradeStats.Sources;

namespace TradeStats.Sample.Sqlite;

/// <summary>
/// A custom <see cref="ITradeDataSource"/> over a SQLite database file: it turns the query's filters into a SQL
/// WHERE clause, so only matching rows leave the database.
/// </summary>
/// <remarks>
/// Amounts are stored as text so that decimals come back exactly; periods as their SDMX text plus first and last
/// month indices (year * 12 + month - 1) so that "within this period" is a range comparison in SQL.
/// </remarks>
public sealed class SqliteTradeDataSource : ITradeDataSource
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS observations (
            id INTEGER PRIMARY KEY,
            reporter TEXT NOT NULL,
            partner TEXT NOT NULL,
            period TEXT NOT NULL,
            first_month INTEGER NOT NULL,
            last_month INTEGER NOT NULL,
            flow TEXT NOT NULL,
            amount TEXT NOT NULL,
            currency TEXT NOT NULL,
            commodity TEXT NULL,
            commodity_classification TEXT NULL,
            customs_regime TEXT NULL,
            enterprise_type TEXT NULL,
            transport_mode TEXT NULL,
            status TEXT NOT NULL,
            second_partner TEXT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_observations_key ON observations (reporter, partner, flow, first_month);
        """;

    private readonly string _connectionString;

    /// <summary>Opens an existing database file created by <see cref="CreateAsync"/>.</summary>
    /// <param name="path">Path of the SQLite file; opened read-only, and named by its file name in messages.</param>
    public SqliteTradeDataSource(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Name = Path.GetFileName(path);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <summary>The SQL of the last read, so that one can see what was pushed down.</summary>
    public string? LastCommandText { get; private set; }

    /// <summary>Creates (or extends) a database file and fills it with observations, in one transaction.</summary>
    /// <param name="path">Path of the SQLite file; created when missing, otherwise its table is added to.</param>
    /// <param name="observations">The observations to insert, all in one transaction.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>A read-only source over the same file.</returns>
    public static async Task<SqliteTradeDataSource> CreateAsync(string path, IEnumerable<TradeObservation> observations, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(observations);
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false };
        var connection = new SqliteConnection(builder.ToString());
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            using (var create = connection.CreateCommand())
            {
                create.CommandText = Schema;
                await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                using var insert = connection.CreateCommand();
                insert.Transaction = transaction;
                insert.CommandText = """
                    INSERT INTO observations (reporter, partner, period, first_month, last_month, flow, amount, currency,
                        commodity, commodity_classification, customs_regime, enterprise_type, transport_mode, status, second_partner)
                    VALUES ($reporter, $partner, $period, $first, $last, $flow, $amount, $currency,
                        $commodity, $classification, $regime, $enterprise, $transport, $status, $secondPartner)
                    """;
                string[] names = ["$reporter", "$partner", "$period", "$first", "$last", "$flow", "$amount", "$currency", "$commodity", "$classification", "$regime", "$enterprise", "$transport", "$status", "$secondPartner"];
                var p = names.Select(n => insert.Parameters.Add(new SqliteParameter { ParameterName = n })).ToArray();
                foreach (var o in observations)
                {
                    p[0].Value = o.Reporter.Code;
                    p[1].Value = o.Partner.Code;
                    p[2].Value = o.Period.ToString();
                    p[3].Value = FirstMonth(o.Period);
                    p[4].Value = LastMonth(o.Period);
                    p[5].Value = o.Flow.ToString();
                    p[6].Value = o.Value.Amount.ToString(CultureInfo.InvariantCulture);
                    p[7].Value = o.Value.Currency.Code;
                    p[8].Value = (object?)o.Commodity?.Code ?? DBNull.Value;
                    p[9].Value = (object?)o.Commodity?.Classification?.Code ?? DBNull.Value;
                    p[10].Value = (object?)o.CustomsRegime?.ToString() ?? DBNull.Value;
                    p[11].Value = (object?)o.EnterpriseType?.ToString() ?? DBNull.Value;
                    p[12].Value = (object?)o.TransportMode?.ToString() ?? DBNull.Value;
                    p[13].Value = o.Status.ToString();
                    p[14].Value = (object?)o.SecondPartner?.Code ?? DBNull.Value;
                    await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        return new SqliteTradeDataSource(path);
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<TradeObservation> ReadAsync(TradeQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var connection = new SqliteConnection(_connectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            using var command = connection.CreateCommand();
            command.CommandText = BuildSql(query, command.Parameters);
            LastCommandText = command.CommandText;
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    yield return Map(reader);
                }
            }
        }
    }

    private static string BuildSql(TradeQuery query, SqliteParameterCollection parameters)
    {
        var where = new List<string>();
        string Add(object value)
        {
            var name = "$p" + parameters.Count.ToString(CultureInfo.InvariantCulture);
            parameters.AddWithValue(name, value);
            return name;
        }

        void In(string column, IEnumerable<string> values)
        {
            var names = values.Select(v => Add(v)).ToArray();
            if (names.Length > 0)
            {
                where.Add($"{column} IN ({string.Join(", ", names)})");
            }
        }

        if (!query.Reporters.IsDefaultOrEmpty)
        {
            In("reporter", query.Reporters.Select(t => t.Code));
        }

        if (!query.Partners.IsDefaultOrEmpty)
        {
            In("partner", query.Partners.Select(t => t.Code));
        }

        if (!query.Flows.IsDefaultOrEmpty)
        {
            In("flow", query.Flows.Select(f => f.ToString()));
        }

        if (query.Period is { } period)
        {
            where.Add($"first_month >= {Add(FirstMonth(period))} AND last_month <= {Add(LastMonth(period))}");
        }

        switch (query.Commodity.Kind)
        {
            case BreakdownFilterKind.TotalOnly:
                where.Add("commodity IS NULL");
                break;
            case BreakdownFilterKind.Only when query.Commodity.Value!.Classification is { } classification:
                // Codes are digits only, so the prefix needs no LIKE escaping; only codes of the same classification match.
                where.Add($"commodity_classification = {Add(classification.Code)} AND commodity LIKE {Add(query.Commodity.Value.Code + "%")}");
                break;
            case BreakdownFilterKind.Only:
                where.Add($"commodity_classification IS NULL AND commodity = {Add(query.Commodity.Value!.Code)}");
                break;
        }

        Breakdown("customs_regime", query.CustomsRegime);
        Breakdown("enterprise_type", query.EnterpriseType);
        Breakdown("transport_mode", query.TransportMode);
        switch (query.SecondPartner.Kind)
        {
            case BreakdownFilterKind.TotalOnly:
                where.Add("second_partner IS NULL");
                break;
            case BreakdownFilterKind.Only:
                where.Add($"second_partner = {Add(query.SecondPartner.Value!.Code)}");
                break;
        }

        void Breakdown<T>(string column, BreakdownFilter<T> filter)
            where T : struct, Enum
        {
            if (filter.Kind == BreakdownFilterKind.TotalOnly)
            {
                where.Add(column + " IS NULL");
            }
            else if (filter.Kind == BreakdownFilterKind.Only)
            {
                where.Add($"{column} = {Add(filter.Value.ToString())}");
            }
        }

        var sql = new StringBuilder("SELECT reporter, partner, period, flow, amount, currency, commodity, commodity_classification, customs_regime, enterprise_type, transport_mode, status, second_partner FROM observations");
        if (where.Count > 0)
        {
            sql.Append(" WHERE ").AppendJoin(" AND ", where);
        }

        return sql.Append(" ORDER BY id").ToString();
    }

    private static TradeObservation Map(SqliteDataReader r)
    {
        var o = new TradeObservation(
            Territory.FromCode(r.GetString(0)),
            Territory.FromCode(r.GetString(1)),
            Period.Parse(r.GetString(2)),
            Enum.Parse<TradeFlow>(r.GetString(3)),
            new Money(decimal.Parse(r.GetString(4), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture), Currency.FromCode(r.GetString(5))));
        Commodity? commodity = r.IsDBNull(6) ? null
            : r.IsDBNull(7) ? Commodity.Named(r.GetString(6))
            : Commodity.Create(r.GetString(6), CommodityClassification.FromCode(r.GetString(7)));
        return o with
        {
            Commodity = commodity,
            CustomsRegime = r.IsDBNull(8) ? null : Enum.Parse<CustomsRegime>(r.GetString(8)),
            EnterpriseType = r.IsDBNull(9) ? null : Enum.Parse<EnterpriseType>(r.GetString(9)),
            TransportMode = r.IsDBNull(10) ? null : Enum.Parse<TransportMode>(r.GetString(10)),
            Status = Enum.Parse<ObservationStatus>(r.GetString(11)),
            SecondPartner = r.IsDBNull(12) ? null : Territory.FromCode(r.GetString(12)),
        };
    }

    private static int FirstMonth(Period p) => (p.StartYear * 12) + p.StartMonth - 1;

    private static int LastMonth(Period p) => (p.EndYear * 12) + p.EndMonth - 1;
}
