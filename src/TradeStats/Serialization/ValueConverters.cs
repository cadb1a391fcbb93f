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
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
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
        ArgumentNullException.ThrowIfNull(writer);
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
        ArgumentNullException.ThrowIfNull(writer);
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
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
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

/// <summary>Writes a <see cref="Quantity"/> as <c>{"value":12938,"unit":"vehicles"}</c>.</summary>
public sealed class QuantityJsonConverter : JsonConverter<Quantity>
{
    /// <inheritdoc/>
    /// <exception cref="JsonException">The JSON is not a quantity object, or the value is negative or the unit empty.</exception>
    public override Quantity Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadValue(ref reader);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Quantity value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        WriteValue(writer, value);
    }

    internal static Quantity ReadValue(ref Utf8JsonReader reader)
    {
        var m = new JsonMembers("Quantity", "value", "unit");
        m.Start(ref reader);
        decimal value = 0m;
        string? unit = null;
        while (m.Next(ref reader) is { } name)
        {
            if (name == "value")
            {
                value = m.Decimal(ref reader, name);
            }
            else
            {
                unit = m.String(ref reader, name);
            }
        }

        m.Require("value", "unit");
        try
        {
            return new Quantity(value, unit!);
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
        writer.WriteEndObject();
    }
}

/// <summary>
/// Writes a <see cref="Commodity"/> as <c>{"hs":"8703","name":"Motor cars"}</c> (name optional) or
/// <c>{"group":"New energy vehicles"}</c>.
/// </summary>
public sealed class CommodityJsonConverter : JsonConverter<Commodity>
{
    /// <inheritdoc/>
    /// <exception cref="JsonException">The JSON is not a commodity object, has both or neither of hs and group, or the HS code is invalid.</exception>
    public override Commodity Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadValue(ref reader);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Commodity value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        WriteValue(writer, value);
    }

    internal static Commodity ReadValue(ref Utf8JsonReader reader)
    {
        var m = new JsonMembers("Commodity", "hs", "name", "group");
        m.Start(ref reader);
        string? hs = null, name = null, group = null;
        while (m.Next(ref reader) is { } member)
        {
            switch (member)
            {
                case "hs": hs = m.String(ref reader, member); break;
                case "name": name = m.NullableString(ref reader, member); break;
                default: group = m.String(ref reader, member); break;
            }
        }

        if ((hs is null) == (group is null))
        {
            throw m.Error("exactly one of 'hs' and 'group' is required");
        }

        if (group is not null)
        {
            if (name is not null)
            {
                throw m.Error($"a group is named by 'group' alone; 'name' (\"{name}\") belongs to HS codes");
            }

            return string.IsNullOrWhiteSpace(group) ? throw m.Error("'group' is empty") : Commodity.Named(group);
        }

        try
        {
            return Commodity.Hs(hs!, name);
        }
        catch (FormatException e)
        {
            throw m.Error($"'hs' is \"{hs}\". {e.Message}", e);
        }
    }

    internal static void WriteValue(Utf8JsonWriter writer, Commodity value)
    {
        writer.WriteStartObject();
        if (value.IsHs)
        {
            writer.WriteString("hs", value.Code);
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
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
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
