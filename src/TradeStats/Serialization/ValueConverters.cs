using System.Text.Json;
using System.Text.Json.Serialization;

namespace TradeStats.Serialization;

/// <summary>Writes a <see cref="Currency"/> as its ISO 4217 code (<c>"CNY"</c>) and reads any known code back.</summary>
public sealed class CurrencyJsonConverter : JsonConverter<Currency>
{
    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not a string, or not a built-in or registered currency code.</exception>
    public override Currency Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadValue(ref reader, "Currency");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Currency value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        Guard.Against.Null(value);
        writer.WriteStringValue(value.Code);
    }

    internal static Currency ReadValue(ref Utf8JsonReader reader, string context, string member = "currency")
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Invalid {context} JSON: '{member}' must be a currency code string, got {JsonMembers.Describe(ref reader)}.");
        }

        var code = reader.GetString()!;
        return Currency.TryFromCode(code, out var currency)
            ? currency
            : throw new JsonException($"Invalid {context} JSON: '{member}' is \"{code}\", which is not a known currency code (register it with Currency.Register before reading).");
    }
}

/// <summary>Writes <see cref="Money"/> as <c>{"amount":12670000000,"currency":"CNY"}</c>, the amount exact from the decimal.</summary>
/// <remarks>Reading refuses missing, duplicated and unknown members, and amounts that are not JSON numbers.</remarks>
public sealed class MoneyJsonConverter : JsonConverter<Money>
{
    /// <inheritdoc/>
    /// <exception cref="JsonException">The JSON is not a money object as described.</exception>
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadValue(ref reader);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        WriteValue(writer, value);
    }

    internal static Money ReadValue(ref Utf8JsonReader reader)
    {
        var m = new JsonMembers("Money", "amount", "currency");
        m.Start(ref reader);
        decimal amount = 0m;
        Currency? currency = null;
        while (m.Next(ref reader) is { } name)
        {
            if (name == "amount")
            {
                amount = m.Decimal(ref reader, name);
            }
            else
            {
                currency = CurrencyJsonConverter.ReadValue(ref reader, "Money");
            }
        }

        m.Require("amount", "currency");
        return new Money(amount, currency!);
    }

    internal static void WriteValue(Utf8JsonWriter writer, Money value)
    {
        writer.WriteStartObject();
        writer.WriteNumber("amount", value.Amount);
        writer.WriteString("currency", value.Currency.Code);
        writer.WriteEndObject();
    }
}

/// <summary>Writes a <see cref="Period"/> as its SDMX string (<c>"2024"</c>, <c>"2024-Q1"</c>, <c>"2025-01/2025-10"</c>).</summary>
public sealed class PeriodJsonConverter : JsonConverter<Period>
{
    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not a string or not a period.</exception>
    public override Period Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadValue(ref reader, "Period", "period");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Period value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        writer.WriteStringValue(value.ToString());
    }

    internal static Period ReadValue(ref Utf8JsonReader reader, string context, string member)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Invalid {context} JSON: '{member}' must be a period string such as \"2024-Q1\", got {JsonMembers.Describe(ref reader)}.");
        }

        var text = reader.GetString()!;
        try
        {
            return Period.Parse(text);
        }
        catch (FormatException e)
        {
            throw new JsonException($"Invalid {context} JSON: '{member}' is \"{text}\". {e.Message}", e);
        }
    }
}

/// <summary>
/// Writes a <see cref="Territory"/> as its code (<c>"CN-XZ"</c>, <c>"NP"</c>, <c>"WLD"</c>, <c>"CA5"</c>) and reads any
/// code <see cref="Territory.FromCode"/> accepts.
/// </summary>
/// <remarks>
/// Groups are written by code only, without their members: a group must be registered with
/// <see cref="Territory.RegisterGroup(string, string, IEnumerable{GroupMembership})"/> before JSON naming it is read.
/// </remarks>
public sealed class TerritoryJsonConverter : JsonConverter<Territory>
{
    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not a string or not a known territory code.</exception>
    public override Territory Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadValue(ref reader, "Territory", "territory");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Territory value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        Guard.Against.Null(value);
        writer.WriteStringValue(value.Code);
    }

    internal static Territory ReadValue(ref Utf8JsonReader reader, string context, string member)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Invalid {context} JSON: '{member}' must be a territory code string, got {JsonMembers.Describe(ref reader)}.");
        }

        var code = reader.GetString()!;
        return Territory.TryFromCode(code, out var territory)
            ? territory
            : throw new JsonException($"Invalid {context} JSON: '{member}' is \"{code}\", which is not a known territory code (a group must be registered with Territory.RegisterGroup before it is read).");
    }
}

/// <summary>
/// Writes a <see cref="Quantity"/> as <c>{"value":12938,"unit":"vehicles"}</c>, with <c>"estimated":true</c> when the
/// publisher flags it as estimated (the member is omitted when false, and reads as false when absent).
/// </summary>
public sealed class QuantityJsonConverter : JsonConverter<Quantity>
{
    /// <inheritdoc/>
    /// <exception cref="JsonException">The JSON is not a quantity object, or the value is negative or the unit empty.</exception>
    public override Quantity Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadValue(ref reader);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Quantity value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        WriteValue(writer, value);
    }

    internal static Quantity ReadValue(ref Utf8JsonReader reader)
    {
        var m = new JsonMembers("Quantity", "value", "unit", "estimated");
        m.Start(ref reader);
        decimal value = 0m;
        string? unit = null;
        var estimated = false;
        while (m.Next(ref reader) is { } name)
        {
            switch (name)
            {
                case "value": value = m.Decimal(ref reader, name); break;
                case "unit": unit = m.String(ref reader, name); break;
                default: estimated = m.Boolean(ref reader, name); break;
            }
        }

        m.Require("value", "unit");
        try
        {
            return new Quantity(value == 0m ? 0m : value, unit!) { IsEstimated = estimated };
        }
        catch (ArgumentException e)
        {
            throw m.Error($"{JsonMembers.Text(value)} '{unit}' is not a quantity: {e.Message}", e);
        }
    }

    internal static void WriteValue(Utf8JsonWriter writer, Quantity value)
    {
        writer.WriteStartObject();
        writer.WriteNumber("value", value.Value);
        writer.WriteString("unit", value.Unit);
        if (value.IsEstimated)
        {
            writer.WriteBoolean("estimated", true);
        }

        writer.WriteEndObject();
    }
}

/// <summary>
/// Writes a <see cref="Commodity"/> as <c>{"hs":"8703","name":"Motor cars"}</c> for an HS code of no stated edition
/// (name optional), <c>{"code":"42","classification":"S1","name":"..."}</c> for a code of any other classification,
/// or <c>{"group":"New energy vehicles"}</c> for a named group. Reading also accepts
/// <c>{"code":"8703","classification":"HS"}</c>.
/// </summary>
public sealed class CommodityJsonConverter : JsonConverter<Commodity>
{
    /// <inheritdoc/>
    /// <exception cref="JsonException">
    /// The JSON is not a commodity object, has more or fewer than one of hs, code and group, a code without its
    /// classification, an unknown classification, or a code that is not one of its classification.
    /// </exception>
    public override Commodity Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadValue(ref reader);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Commodity value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        Guard.Against.Null(value);
        WriteValue(writer, value);
    }

    internal static Commodity ReadValue(ref Utf8JsonReader reader)
    {
        var m = new JsonMembers("Commodity", "hs", "name", "group", "code", "classification");
        m.Start(ref reader);
        string? hs = null, name = null, group = null, code = null, classification = null;
        while (m.Next(ref reader) is { } member)
        {
            switch (member)
            {
                case "hs": hs = m.String(ref reader, member); break;
                case "name": name = m.NullableString(ref reader, member); break;
                case "code": code = m.String(ref reader, member); break;
                case "classification": classification = m.String(ref reader, member); break;
                default: group = m.String(ref reader, member); break;
            }
        }

        return Create(hs, name, group, code, classification, m.Error);
    }

    /// <summary>Builds a commodity from the members of its JSON object, or throws the exception <paramref name="error"/> makes.</summary>
    internal static Commodity Create(string? hs, string? name, string? group, string? code, string? classification, Func<string, Exception> error)
    {
        if ((hs is null ? 0 : 1) + (group is null ? 0 : 1) + (code is null ? 0 : 1) != 1)
        {
            throw error("exactly one of 'hs', 'code' (with 'classification') and 'group' is required");
        }

        if (classification is not null && code is null)
        {
            throw error($"'classification' (\"{classification}\") belongs with 'code'");
        }

        if (group is not null)
        {
            if (name is not null)
            {
                throw error($"a group is named by 'group' alone; 'name' (\"{name}\") belongs to codes");
            }

            return string.IsNullOrWhiteSpace(group) ? throw error("'group' is empty") : Commodity.Named(group);
        }

        CommodityClassification c;
        if (code is not null)
        {
            if (classification is null)
            {
                throw error($"'code' (\"{code}\") needs its 'classification'");
            }

            if (!CommodityClassification.TryFromCode(classification, out var found))
            {
                throw error($"'classification' is \"{classification}\", which is not a known commodity classification");
            }

            c = found;
        }
        else
        {
            c = CommodityClassification.Hs;
        }

        var digits = code ?? hs!;
        try
        {
            return Commodity.Create(digits, c, name);
        }
        catch (FormatException e)
        {
            throw error($"'{(code is null ? "hs" : "code")}' is \"{digits}\". {e.Message}");
        }
    }

    internal static void WriteValue(Utf8JsonWriter writer, Commodity value)
    {
        writer.WriteStartObject();
        if (value.Classification is { } c)
        {
            if (c == CommodityClassification.Hs)
            {
                writer.WriteString("hs", value.Code);
            }
            else
            {
                writer.WriteString("code", value.Code);
                writer.WriteString("classification", c.Code);
            }

            if (value.Name is not null)
            {
                writer.WriteString("name", value.Name);
            }
        }
        else
        {
            writer.WriteString("group", value.Code);
        }

        writer.WriteEndObject();
    }
}

/// <summary>
/// Writes a <see cref="SourceReference"/> as <c>{"publisher":"Xinhua","date":"2025-02-17","title":...,"address":...,"excerpt":...}</c>,
/// omitting members that are null.
/// </summary>
public sealed class SourceReferenceJsonConverter : JsonConverter<SourceReference>
{
    /// <inheritdoc/>
    /// <exception cref="JsonException">The JSON is not a source object, lacks the publisher, or has a date not in yyyy-MM-dd form.</exception>
    public override SourceReference Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadValue(ref reader);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, SourceReference value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        Guard.Against.Null(value);
        WriteValue(writer, value);
    }

    internal static SourceReference ReadValue(ref Utf8JsonReader reader)
    {
        var m = new JsonMembers("SourceReference", "publisher", "date", "title", "address", "excerpt");
        m.Start(ref reader);
        string? publisher = null, title = null, address = null, excerpt = null;
        DateOnly? date = null;
        while (m.Next(ref reader) is { } member)
        {
            switch (member)
            {
                case "publisher": publisher = m.String(ref reader, member); break;
                case "title": title = m.NullableString(ref reader, member); break;
                case "address": address = m.NullableString(ref reader, member); break;
                case "excerpt": excerpt = m.NullableString(ref reader, member); break;
                default:
                    var text = m.NullableString(ref reader, member);
                    if (text is not null)
                    {
                        date = DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d)
                            ? d
                            : throw m.Error($"'date' is \"{text}\", which is not a date in yyyy-MM-dd form");
                    }

                    break;
            }
        }

        m.Require("publisher");
        return new SourceReference(publisher!, date, title, address, excerpt);
    }

    internal static void WriteValue(Utf8JsonWriter writer, SourceReference value)
    {
        writer.WriteStartObject();
        writer.WriteString("publisher", value.Publisher);
        if (value.Date is { } date)
        {
            writer.WriteString("date", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        WriteOptional(writer, "title", value.Title);
        WriteOptional(writer, "address", value.Address);
        WriteOptional(writer, "excerpt", value.Excerpt);
        writer.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
