using System.Data.Common;
using TradeStats.Sources;

namespace TradeStats.Storage;

/// <summary>
/// (Compiled into each storage package.) Turns a row of the schema's columns (in <see cref="StorageColumns.All"/>
/// order, then optionally the file it came from) into an observation. Each engine says how it hands over an exact
/// decimal: DuckDB as a decimal at the stored scale, PostgreSQL as text (its numeric can exceed .NET's decimal).
/// </summary>
internal sealed class RowReader(Codes codes, Func<DbDataReader, int, string, string?, decimal> readDecimal, bool hasFile)
{
    private static readonly int FileIndex = StorageColumns.All.Count;

    public TradeObservation Read(DbDataReader r)
    {
        var file = hasFile && !r.IsDBNull(FileIndex) ? r.GetString(FileIndex) : null;
        string? S(int i) => r.IsDBNull(i) ? null : r.GetValue(i).ToString();
        var reporter = codes.Territory("reporter", S(0), file);
        var partner = codes.Territory("partner", S(1), file);
        var period = codes.Period("period", S(2), file);
        var flow = codes.Flow("flow", S(3), file);
        var commodity = codes.Commodity(S(4), S(5), file);
        var amount = readDecimal(r, 6, "value", file);
        var currency = codes.Currency("currency", S(7), file);
        TradeObservation o;
        try
        {
            o = new TradeObservation(reporter, partner, period, flow, new Money(amount, currency));
        }
        catch (ArgumentException e)
        {
            throw codes.Error(file, e.ParamName == "Reporter" ? "reporter" : "value", e.ParamName == "Reporter" ? reporter.Code : amount.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Message, e);
        }

        SourceReference? source = null;
        if (!r.IsDBNull(25) || !r.IsDBNull(26) || !r.IsDBNull(27) || !r.IsDBNull(28) || !r.IsDBNull(29))
        {
            source = new SourceReference(
                S(25) ?? throw codes.Error(file, "source_publisher", null, "a source reference needs its publisher."),
                r.IsDBNull(26) ? null : r.GetFieldValue<DateOnly>(26),
                S(27),
                S(28),
                S(29));
        }

        return o with
        {
            Commodity = commodity,
            CustomsRegime = codes.Enum<CustomsRegime>("customs_regime", S(8), file),
            EnterpriseType = codes.Enum<EnterpriseType>("enterprise_type", S(9), file),
            TransportMode = codes.Enum<TransportMode>("transport_mode", S(10), file),
            SecondPartner = S(11) is { } sp ? codes.Territory("second_partner", sp, file) : null,
            Status = codes.Enum<ObservationStatus>("status", S(12), file) ?? ObservationStatus.Final,
            Quantity = Quantity(r, 13, "quantity", file),
            NetWeight = Quantity(r, 16, "net_weight", file),
            GrossWeight = Quantity(r, 19, "gross_weight", file),
            AlternativeQuantity = Quantity(r, 22, "alt_quantity", file),
            Source = source,
        };
    }

    private Quantity? Quantity(DbDataReader r, int i, string field, string? file)
    {
        var estimated = !r.IsDBNull(i + 2) && r.GetBoolean(i + 2);
        if (r.IsDBNull(i) && r.IsDBNull(i + 1))
        {
            return estimated ? throw codes.Error(file, field + "_estimated", "true", $"flagged as estimated, but {field} is empty.") : null;
        }

        if (r.IsDBNull(i + 1) || string.IsNullOrWhiteSpace(r.GetString(i + 1)))
        {
            throw codes.Error(file, field + "_unit", null, $"{field} needs its unit.");
        }

        if (r.IsDBNull(i))
        {
            throw codes.Error(file, field, null, $"{field}_unit is given without {field}.");
        }

        var value = readDecimal(r, i, field, file);
        return value < 0
            ? throw codes.Error(file, field, value.ToString(System.Globalization.CultureInfo.InvariantCulture), "a quantity is not negative.")
            : new Quantity(value, r.GetString(i + 1)) { IsEstimated = estimated };
    }
}
