using System.Globalization;
using DuckDB.NET.Data;

namespace TradeStats.DuckDb;

/// <summary>Appends observations to a table of the schema through DuckDB's appender, refusing what the schema would not hold exactly.</summary>
internal static class ObservationWriter
{
    public static async Task<long> AppendAsync(DuckDBConnection connection, string table, IAsyncEnumerable<TradeObservation> observations, CancellationToken cancellationToken)
    {
        long index = 0;
        var parts = table.Split('.');
        using var appender = parts.Length == 2 ? connection.CreateAppender(parts[0], parts[1]) : connection.CreateAppender(table);
        await foreach (var o in observations.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            Append(appender, o, index++);
        }

        appender.Close();
        return index;
    }

    public static void Append(DuckDBAppender appender, TradeObservation o, long index)
    {
        Guard.Against.Null(o);
        if (o.Commodity is { IsCode: false } named && named.Code.Length is 2 or 4 or 6 && named.Code.All(char.IsAsciiDigit))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Observation {index} ({o}): the named product group '{named.Code}' would read back as an HS code."), nameof(o));
        }

        var row = appender.CreateRow();
        row.AppendValue(o.Reporter.Code)
            .AppendValue(o.Partner.Code)
            .AppendValue(o.Period.ToString())
            .AppendValue(Codes.FlowCode(o.Flow))
            .AppendValue(o.Commodity?.Code)
            .AppendValue(Codes.ClassificationOf(o.Commodity))
            .AppendValue((decimal?)Exact(o.Value.Amount, "value", o, index))
            .AppendValue(o.Value.Currency.Code)
            .AppendValue(o.CustomsRegime?.ToString())
            .AppendValue(o.EnterpriseType?.ToString())
            .AppendValue(o.TransportMode?.ToString())
            .AppendValue(o.SecondPartner?.Code)
            .AppendValue(o.Status.ToString());
        AppendQuantity(row, o.Quantity, "quantity", o, index);
        AppendQuantity(row, o.NetWeight, "net_weight", o, index);
        AppendQuantity(row, o.GrossWeight, "gross_weight", o, index);
        AppendQuantity(row, o.AlternativeQuantity, "alt_quantity", o, index);
        row.AppendValue(o.Source?.Publisher);
        if (o.Source?.Date is { } date)
        {
            row.AppendValue((DateOnly?)date);
        }
        else
        {
            row.AppendNullValue();
        }

        row.AppendValue(o.Source?.Title)
            .AppendValue(o.Source?.Address)
            .AppendValue(o.Source?.Excerpt)
            .EndRow();
    }

    private static void AppendQuantity(IDuckDBAppenderRow row, Quantity? q, string field, TradeObservation o, long index)
    {
        if (q is { } quantity)
        {
            row.AppendValue((decimal?)Exact(quantity.Value, field, o, index)).AppendValue(quantity.Unit).AppendValue((bool?)quantity.IsEstimated);
        }
        else
        {
            row.AppendNullValue().AppendNullValue().AppendNullValue();
        }
    }

    private static decimal Exact(decimal value, string field, TradeObservation o, long index) =>
        Codes.FitsSchema(value)
            ? Codes.Normalize(value)
            : throw new ArgumentException(string.Create(
                CultureInfo.InvariantCulture,
                $"Observation {index} ({o}): {field} {value} does not fit DECIMAL(38,{ObservationSchema.Scale}) exactly (at most {ObservationSchema.Scale} decimals and 26 integer digits); it would be rounded."),
                nameof(o));

    public static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static async IAsyncEnumerable<TradeObservation> ToAsync(IEnumerable<TradeObservation> items)
    {
        foreach (var i in items)
        {
            yield return i;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    public static DuckDBConnection OpenMemory(DuckDbOptions options)
    {
        var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        foreach (var s in options.SettingStatements())
        {
            Execute(connection, s);
        }

        return connection;
    }
}
