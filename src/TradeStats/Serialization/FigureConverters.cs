using System.Text.Json;
using System.Text.Json.Serialization;

namespace TradeStats.Serialization;

/// <summary>
/// Writes an <see cref="ExchangeRate"/> as
/// <c>{"base":"USD","quote":"CNY","value":7.1217,"period":"2024","kind":"PeriodAverage","source":"SAFE"}</c>;
/// the source is omitted when null.
/// </summary>
public sealed class ExchangeRateJsonConverter : JsonConverter<ExchangeRate>
{
    /// <inheritdoc/>
    /// <exception cref="JsonException">The JSON is not an exchange-rate object, or the rate is invalid (not positive, one currency twice).</exception>
    public override ExchangeRate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        const string TypeName = "ExchangeRate";
        var m = new JsonMembers(TypeName, "base", "quote", "value", "period", "kind", "source");
        m.Start(ref reader);
        Currency? baseCurrency = null, quote = null;
        decimal value = 0m;
        Period period = default;
        var kind = ExchangeRateKind.PeriodAverage;
        string? source = null;
        while (m.Next(ref reader) is { } member)
        {
            switch (member)
            {
                case "base": baseCurrency = CurrencyJsonConverter.ReadValue(ref reader, TypeName, member); break;
                case "quote": quote = CurrencyJsonConverter.ReadValue(ref reader, TypeName, member); break;
                case "value": value = m.Decimal(ref reader, member); break;
                case "period": period = PeriodJsonConverter.ReadValue(ref reader, TypeName, member); break;
                case "kind": kind = m.Enum<ExchangeRateKind>(ref reader, member); break;
                default: source = m.NullableString(ref reader, member); break;
            }
        }

        m.Require("base", "quote", "value", "period", "kind");
        try
        {
            return new ExchangeRate(baseCurrency!, quote!, value, period, kind, source);
        }
        catch (ArgumentException e)
        {
            throw m.Error($"{baseCurrency}/{quote} {JsonMembers.Text(value)} is not an exchange rate: {e.Message}", e);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ExchangeRate value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        Guard.Against.Null(value);
        writer.WriteStartObject();
        writer.WriteString("base", value.BaseCurrency.Code);
        writer.WriteString("quote", value.QuoteCurrency.Code);
        writer.WriteNumber("value", value.Value);
        writer.WriteString("period", value.Period.ToString());
        writer.WriteString("kind", value.Kind.ToString());
        if (value.Source is not null)
        {
            writer.WriteString("source", value.Source);
        }

        writer.WriteEndObject();
    }
}

/// <summary>
/// Writes a <see cref="PublishedNumber"/> as <c>{"value":12670000000,"resolution":10000000,"style":"Nearest"}</c>.
/// The resolution may be left out only for an exact number.
/// </summary>
public sealed class PublishedNumberJsonConverter : JsonConverter<PublishedNumber>
{
    /// <inheritdoc/>
    /// <exception cref="JsonException">The JSON is not a published-number object, or the resolution does not fit the style.</exception>
    public override PublishedNumber Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var m = new JsonMembers("PublishedNumber", "value", "resolution", "style");
        m.Start(ref reader);
        decimal value = 0m;
        decimal? resolution = null;
        var style = RoundingStyle.Nearest;
        while (m.Next(ref reader) is { } member)
        {
            switch (member)
            {
                case "value": value = m.Decimal(ref reader, member); break;
                case "resolution": resolution = m.Decimal(ref reader, member); break;
                default: style = m.Enum<RoundingStyle>(ref reader, member); break;
            }
        }

        m.Require("value", "style");
        return Create(m, value, resolution, style);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, PublishedNumber value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        writer.WriteStartObject();
        writer.WriteNumber("value", value.Value);
        writer.WriteNumber("resolution", value.Resolution);
        writer.WriteString("style", value.Style.ToString());
        writer.WriteEndObject();
    }

    internal static PublishedNumber Create(JsonMembers m, decimal value, decimal? resolution, RoundingStyle style)
    {
        if (resolution is null && style != RoundingStyle.Exact)
        {
            throw m.Error($"required member 'resolution' is missing (only an Exact number may leave it out)");
        }

        if (resolution < 0m)
        {
            throw m.Error($"'resolution' is {JsonMembers.Text(resolution.Value)}, which is negative");
        }

        try
        {
            return new PublishedNumber(value, resolution ?? 0m, style);
        }
        catch (ArgumentException e)
        {
            throw m.Error($"resolution {JsonMembers.Text(resolution ?? 0m)} does not fit style {style}: {e.Message}", e);
        }
    }
}

/// <summary>
/// Writes a <see cref="PublishedMoney"/> as
/// <c>{"amount":12670000000,"currency":"CNY","resolution":10000000,"style":"Nearest"}</c>.
/// </summary>
public sealed class PublishedMoneyJsonConverter : JsonConverter<PublishedMoney>
{
    /// <inheritdoc/>
    /// <exception cref="JsonException">The JSON is not a published-money object, or the resolution does not fit the style.</exception>
    public override PublishedMoney Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var m = new JsonMembers("PublishedMoney", "amount", "currency", "resolution", "style");
        m.Start(ref reader);
        decimal amount = 0m;
        decimal? resolution = null;
        Currency? currency = null;
        var style = RoundingStyle.Nearest;
        while (m.Next(ref reader) is { } member)
        {
            switch (member)
            {
                case "amount": amount = m.Decimal(ref reader, member); break;
                case "currency": currency = CurrencyJsonConverter.ReadValue(ref reader, "PublishedMoney"); break;
                case "resolution": resolution = m.Decimal(ref reader, member); break;
                default: style = m.Enum<RoundingStyle>(ref reader, member); break;
            }
        }

        m.Require("amount", "currency", "style");
        return new PublishedMoney(PublishedNumberJsonConverter.Create(m, amount, resolution, style), currency!);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, PublishedMoney value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        writer.WriteStartObject();
        writer.WriteNumber("amount", value.Number.Value);
        writer.WriteString("currency", value.Currency.Code);
        writer.WriteNumber("resolution", value.Number.Resolution);
        writer.WriteString("style", value.Number.Style.ToString());
        writer.WriteEndObject();
    }
}

/// <summary>
/// Writes a <see cref="DecimalInterval"/> as <c>{"lower":12665000000,"upper":12675000000,"lowerInclusive":true,"upperInclusive":false}</c>;
/// an unbounded end is <c>null</c>.
/// </summary>
public sealed class DecimalIntervalJsonConverter : JsonConverter<DecimalInterval>
{
    /// <inheritdoc/>
    /// <exception cref="JsonException">The JSON is not an interval object, or the interval is empty.</exception>
    public override DecimalInterval Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var m = new JsonMembers("DecimalInterval", "lower", "upper", "lowerInclusive", "upperInclusive");
        m.Start(ref reader);
        decimal? lower = null, upper = null;
        bool lowerInclusive = true, upperInclusive = true;
        while (m.Next(ref reader) is { } member)
        {
            switch (member)
            {
                case "lower": lower = m.NullableDecimal(ref reader, member); break;
                case "upper": upper = m.NullableDecimal(ref reader, member); break;
                case "lowerInclusive": lowerInclusive = m.Boolean(ref reader, member); break;
                default: upperInclusive = m.Boolean(ref reader, member); break;
            }
        }

        m.Require("lower", "upper", "lowerInclusive", "upperInclusive");
        try
        {
            return new DecimalInterval(lower ?? decimal.MinValue, upper ?? decimal.MaxValue, lowerInclusive, upperInclusive);
        }
        catch (ArgumentException e)
        {
            throw m.Error(e.Message, e);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, DecimalInterval value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        writer.WriteStartObject();
        if (value.IsLowerUnbounded)
        {
            writer.WriteNull("lower");
        }
        else
        {
            writer.WriteNumber("lower", value.Lower);
        }

        if (value.IsUpperUnbounded)
        {
            writer.WriteNull("upper");
        }
        else
        {
            writer.WriteNumber("upper", value.Upper);
        }

        writer.WriteBoolean("lowerInclusive", value.LowerInclusive);
        writer.WriteBoolean("upperInclusive", value.UpperInclusive);
        writer.WriteEndObject();
    }
}

/// <summary>
/// Writes an enum as its member name and reads exactly the member names: numbers, other casings and undefined
/// values are refused, so that a typo never becomes a silent default.
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
public sealed class EnumNameJsonConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not a string naming a member of <typeparamref name="TEnum"/>.</exception>
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new JsonMembers(typeof(TEnum).Name).Enum<TEnum>(ref reader, typeof(TEnum).Name);

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not a defined member.</exception>
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        if (!Enum.IsDefined(value))
        {
            throw new JsonException($"Cannot write {typeof(TEnum).Name} value {value}: it is not a defined member.");
        }

        writer.WriteStringValue(value.ToString());
    }

    /// <inheritdoc/>
    public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString()!;
        return JsonMembers.ParseEnum<TEnum>(text, out var value)
            ? value
            : throw new JsonException($"Invalid {typeof(TEnum).Name} JSON: \"{text}\" is not one of {string.Join(", ", Enum.GetNames<TEnum>())}.");
    }

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        writer.WritePropertyName(value.ToString());
    }
}
