using System.Text.Json;
using System.Text.Json.Serialization;

namespace TradeStats.Serialization;

/// <summary>
/// The library's JSON settings: converters for every core value type, camelCase names, web defaults, and the
/// source-generated <see cref="TradeStatsJsonContext"/> so that trimmed and ahead-of-time compiled applications work.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Options"/> resolves only the types of <see cref="TradeStatsJsonContext"/>. To serialize your own types
/// together with the library's, add the converters to your options with <see cref="AddConverters"/> and combine your
/// own source-generated context with this one:
/// <c>options.TypeInfoResolver = JsonTypeInfoResolver.Combine(MyContext.Default, TradeStatsJsonContext.Default)</c>.
/// </para>
/// <para>
/// Territory groups are written by code only; register a group with <c>Territory.RegisterGroup</c> before reading JSON
/// that names it. Currencies other than CNY and USD must likewise be registered before they are read.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// string json = JsonSerializer.Serialize(Money.Cny(12.67e9m), TradeStatsJsonContext.Default.Money);
/// // {"amount":12670000000,"currency":"CNY"}
/// Money back = JsonSerializer.Deserialize(json, TradeStatsJsonContext.Default.Money);
/// var observation = JsonSerializer.Deserialize&lt;TradeObservation&gt;(text, TradeStatsJson.Options);
/// </code>
/// </example>
public static class TradeStatsJson
{
    /// <summary>
    /// Read-only options with every converter, camelCase names, web defaults and <see cref="TradeStatsJsonContext"/>
    /// as the type-information resolver.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Adds a converter for every core value type and enum to options, so they read and write the library's JSON forms.</summary>
    /// <param name="options">Options that are not yet read-only.</param>
    /// <returns><paramref name="options"/> itself, with the converters appended, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The options are already in use (read-only).</exception>
    public static JsonSerializerOptions AddConverters(JsonSerializerOptions options)
    {
        Guard.Against.Null(options);
        foreach (var converter in CreateConverters())
        {
            options.Converters.Add(converter);
        }

        return options;
    }

    /// <summary>A fresh converter for every core value type and enum, in the order the options use them.</summary>
    /// <returns>New converter instances, one per core value type and enum, in the order the options use them.</returns>
    public static IReadOnlyList<JsonConverter> CreateConverters() =>
    [
        new CurrencyJsonConverter(),
        new MoneyJsonConverter(),
        new PeriodJsonConverter(),
        new TerritoryJsonConverter(),
        new ExchangeRateJsonConverter(),
        new TradeObservationJsonConverter(),
        new CommodityJsonConverter(),
        new QuantityJsonConverter(),
        new SourceReferenceJsonConverter(),
        new PublishedNumberJsonConverter(),
        new PublishedMoneyJsonConverter(),
        new DecimalIntervalJsonConverter(),
        new EnumNameJsonConverter<TradeFlow>(),
        new EnumNameJsonConverter<ExchangeRateKind>(),
        new EnumNameJsonConverter<PeriodKind>(),
        new EnumNameJsonConverter<TerritoryKind>(),
        new EnumNameJsonConverter<RoundingStyle>(),
        new EnumNameJsonConverter<CustomsRegime>(),
        new EnumNameJsonConverter<EnterpriseType>(),
        new EnumNameJsonConverter<TransportMode>(),
        new EnumNameJsonConverter<ObservationStatus>(),
    ];

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            TypeInfoResolver = TradeStatsJsonContext.Default,
        };
        AddConverters(options);
        options.MakeReadOnly();
        return options;
    }
}

/// <summary>
/// Source-generated JSON metadata for the core value types (and arrays and lists of observations, amounts and rates),
/// with the library's converters: use it for trimmed or ahead-of-time compiled applications.
/// </summary>
/// <example>
/// <code>
/// string json = JsonSerializer.Serialize(observation, TradeStatsJsonContext.Default.TradeObservation);
/// </code>
/// </example>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    Converters =
    [
        typeof(CurrencyJsonConverter),
        typeof(MoneyJsonConverter),
        typeof(PeriodJsonConverter),
        typeof(TerritoryJsonConverter),
        typeof(ExchangeRateJsonConverter),
        typeof(TradeObservationJsonConverter),
        typeof(CommodityJsonConverter),
        typeof(QuantityJsonConverter),
        typeof(SourceReferenceJsonConverter),
        typeof(PublishedNumberJsonConverter),
        typeof(PublishedMoneyJsonConverter),
        typeof(DecimalIntervalJsonConverter),
        typeof(EnumNameJsonConverter<TradeFlow>),
        typeof(EnumNameJsonConverter<ExchangeRateKind>),
        typeof(EnumNameJsonConverter<PeriodKind>),
        typeof(EnumNameJsonConverter<TerritoryKind>),
        typeof(EnumNameJsonConverter<RoundingStyle>),
        typeof(EnumNameJsonConverter<CustomsRegime>),
        typeof(EnumNameJsonConverter<EnterpriseType>),
        typeof(EnumNameJsonConverter<TransportMode>),
        typeof(EnumNameJsonConverter<ObservationStatus>),
    ])]
[JsonSerializable(typeof(Currency))]
[JsonSerializable(typeof(Money))]
[JsonSerializable(typeof(Money?))]
[JsonSerializable(typeof(Period))]
[JsonSerializable(typeof(Period?))]
[JsonSerializable(typeof(Territory))]
[JsonSerializable(typeof(ExchangeRate))]
[JsonSerializable(typeof(TradeObservation))]
[JsonSerializable(typeof(Commodity))]
[JsonSerializable(typeof(Quantity))]
[JsonSerializable(typeof(SourceReference))]
[JsonSerializable(typeof(PublishedNumber))]
[JsonSerializable(typeof(PublishedMoney))]
[JsonSerializable(typeof(DecimalInterval))]
[JsonSerializable(typeof(TradeFlow))]
[JsonSerializable(typeof(ExchangeRateKind))]
[JsonSerializable(typeof(PeriodKind))]
[JsonSerializable(typeof(TerritoryKind))]
[JsonSerializable(typeof(RoundingStyle))]
[JsonSerializable(typeof(CustomsRegime))]
[JsonSerializable(typeof(EnterpriseType))]
[JsonSerializable(typeof(TransportMode))]
[JsonSerializable(typeof(ObservationStatus))]
[JsonSerializable(typeof(TradeObservation[]))]
[JsonSerializable(typeof(List<TradeObservation>))]
[JsonSerializable(typeof(IReadOnlyList<TradeObservation>))]
[JsonSerializable(typeof(Money[]))]
[JsonSerializable(typeof(List<Money>))]
[JsonSerializable(typeof(ExchangeRate[]))]
[JsonSerializable(typeof(List<ExchangeRate>))]
public sealed partial class TradeStatsJsonContext : JsonSerializerContext
{
}
