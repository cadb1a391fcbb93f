using System.Text.Json;
using System.Text.Json.Serialization;

namespace TradeStats.Serialization;

/// <summary>
/// Writes a <see cref="TradeObservation"/> in the library's JSON form:
/// <c>{"reporter":"CN-XZ","partner":"WLD","period":"2024","flow":"Total","value":{"amount":12670000000,"currency":"CNY"},
/// "quantity":{"value":12938,"unit":"vehicles"},"netWeight":{"value":1500,"unit":"kg","estimated":true},
/// "grossWeight":{"value":1600,"unit":"kg"},"alternativeQuantity":{"value":3,"unit":"u"},
/// "commodity":{"hs":"8703"},"customsRegime":"GeneralTrade",
/// "enterpriseType":"Private","transportMode":"Air","secondPartner":"US","status":"Final","source":{"publisher":"Xinhua","date":"2025-02-17"}}</c>.
/// </summary>
/// <remarks>
/// Optional members (quantity, netWeight, grossWeight, alternativeQuantity, commodity, customsRegime, enterpriseType,
/// transportMode, secondPartner (a territory code), source) are omitted when null;
/// status is always written and reads as Final when absent. Reading refuses unknown and duplicated members, numbers
/// written as strings, enum values that are not member names, and observations the model forbids (a negative value
/// outside a balance, a group as reporter), naming the member and the value.
/// </remarks>
public sealed class TradeObservationJsonConverter : JsonConverter<TradeObservation>
{
    private const string TypeName = "TradeObservation";

    /// <inheritdoc/>
    /// <exception cref="JsonException">The JSON is not an observation as described.</exception>
    public override TradeObservation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var m = new JsonMembers(
            TypeName,
            "reporter", "partner", "period", "flow", "value", "quantity", "netWeight", "grossWeight", "alternativeQuantity", "commodity", "customsRegime", "enterpriseType", "transportMode", "secondPartner", "status", "source");
        m.Start(ref reader);
        Territory? reporter = null, partner = null;
        Period period = default;
        TradeFlow flow = default;
        Money value = default;
        Quantity? quantity = null, netWeight = null, grossWeight = null, alternativeQuantity = null;
        Commodity? commodity = null;
        CustomsRegime? regime = null;
        EnterpriseType? enterprise = null;
        TransportMode? transport = null;
        Territory? secondPartner = null;
        var status = ObservationStatus.Final;
        SourceReference? source = null;
        while (m.Next(ref reader) is { } member)
        {
            var isNull = reader.TokenType == JsonTokenType.Null;
            switch (member)
            {
                case "reporter": reporter = TerritoryJsonConverter.ReadValue(ref reader, TypeName, member); break;
                case "partner": partner = TerritoryJsonConverter.ReadValue(ref reader, TypeName, member); break;
                case "period": period = PeriodJsonConverter.ReadValue(ref reader, TypeName, member); break;
                case "flow": flow = m.Enum<TradeFlow>(ref reader, member); break;
                case "value": value = MoneyJsonConverter.ReadValue(ref reader); break;
                case "quantity": quantity = isNull ? null : QuantityJsonConverter.ReadValue(ref reader); break;
                case "netWeight": netWeight = isNull ? null : QuantityJsonConverter.ReadValue(ref reader); break;
                case "grossWeight": grossWeight = isNull ? null : QuantityJsonConverter.ReadValue(ref reader); break;
                case "alternativeQuantity": alternativeQuantity = isNull ? null : QuantityJsonConverter.ReadValue(ref reader); break;
                case "commodity": commodity = isNull ? null : CommodityJsonConverter.ReadValue(ref reader); break;
                case "customsRegime": regime = isNull ? null : m.Enum<CustomsRegime>(ref reader, member); break;
                case "enterpriseType": enterprise = isNull ? null : m.Enum<EnterpriseType>(ref reader, member); break;
                case "transportMode": transport = isNull ? null : m.Enum<TransportMode>(ref reader, member); break;
                case "secondPartner": secondPartner = isNull ? null : TerritoryJsonConverter.ReadValue(ref reader, TypeName, member); break;
                case "status": status = m.Enum<ObservationStatus>(ref reader, member); break;
                default: source = isNull ? null : SourceReferenceJsonConverter.ReadValue(ref reader); break;
            }
        }

        m.Require("reporter", "partner", "period", "flow", "value");
        try
        {
            return new TradeObservation(reporter!, partner!, period, flow, value)
            {
                Quantity = quantity,
                NetWeight = netWeight,
                GrossWeight = grossWeight,
                AlternativeQuantity = alternativeQuantity,
                Commodity = commodity,
                CustomsRegime = regime,
                EnterpriseType = enterprise,
                TransportMode = transport,
                SecondPartner = secondPartner,
                Status = status,
                Source = source,
            };
        }
        catch (ArgumentException e)
        {
            throw m.Error($"{reporter} {partner} {period} {flow} {value} is not a valid observation: {e.Message}", e);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, TradeObservation value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        Guard.Against.Null(value);
        writer.WriteStartObject();
        writer.WriteString("reporter", value.Reporter.Code);
        writer.WriteString("partner", value.Partner.Code);
        writer.WriteString("period", value.Period.ToString());
        writer.WriteString("flow", value.Flow.ToString());
        writer.WritePropertyName("value");
        MoneyJsonConverter.WriteValue(writer, value.Value);
        if (value.Quantity is { } quantity)
        {
            writer.WritePropertyName("quantity");
            QuantityJsonConverter.WriteValue(writer, quantity);
        }

        WriteQuantity(writer, "netWeight", value.NetWeight);
        WriteQuantity(writer, "grossWeight", value.GrossWeight);
        WriteQuantity(writer, "alternativeQuantity", value.AlternativeQuantity);

        if (value.Commodity is { } commodity)
        {
            writer.WritePropertyName("commodity");
            CommodityJsonConverter.WriteValue(writer, commodity);
        }

        if (value.CustomsRegime is { } regime)
        {
            writer.WriteString("customsRegime", regime.ToString());
        }

        if (value.EnterpriseType is { } enterprise)
        {
            writer.WriteString("enterpriseType", enterprise.ToString());
        }

        if (value.TransportMode is { } transport)
        {
            writer.WriteString("transportMode", transport.ToString());
        }

        if (value.SecondPartner is { } secondPartner)
        {
            writer.WriteString("secondPartner", secondPartner.Code);
        }

        writer.WriteString("status", value.Status.ToString());
        if (value.Source is { } source)
        {
            writer.WritePropertyName("source");
            SourceReferenceJsonConverter.WriteValue(writer, source);
        }

        writer.WriteEndObject();
    }

    private static void WriteQuantity(Utf8JsonWriter writer, string name, Quantity? quantity)
    {
        if (quantity is { } q)
        {
            writer.WritePropertyName(name);
            QuantityJsonConverter.WriteValue(writer, q);
        }
    }
}
