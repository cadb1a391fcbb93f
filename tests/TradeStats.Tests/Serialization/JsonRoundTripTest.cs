using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TradeStats.Serialization;
using TradeStats.Tests.Infrastructure;

namespace TradeStats.Tests.Serialization;

/// <summary>Every core type survives a JSON round trip, through the options and through the generated context.</summary>
public class JsonRoundTripTest
{
    [Property(MaxTest = 100)]
    public Property Currency_round_trips() => RoundTrip(Generators.Currency, TradeStatsJsonContext.Default.Currency);

    [Property(MaxTest = 100)]
    public Property Money_round_trips() => RoundTrip(Generators.Money, TradeStatsJsonContext.Default.Money);

    [Property(MaxTest = 100)]
    public Property Money_keeps_its_decimal_scale() =>
        RoundTrip(Generators.Money, TradeStatsJsonContext.Default.Money, (a, b) => a.Amount.Scale == b.Amount.Scale);

    [Property(MaxTest = 100)]
    public Property Period_round_trips() => RoundTrip(Generators.Period, TradeStatsJsonContext.Default.Period);

    [Property(MaxTest = 100)]
    public Property Territory_round_trips() => RoundTrip(JsonGenerators.Territory, TradeStatsJsonContext.Default.Territory, ReferenceEquals);

    [Property(MaxTest = 100)]
    public Property ExchangeRate_round_trips() => RoundTrip(JsonGenerators.ExchangeRate, TradeStatsJsonContext.Default.ExchangeRate);

    [Property(MaxTest = 100)]
    public Property Commodity_round_trips_with_its_name() =>
        RoundTrip(JsonGenerators.Commodity, TradeStatsJsonContext.Default.Commodity, (a, b) => a == b && a.Name == b.Name && a.HsLevel == b.HsLevel);

    [Property(MaxTest = 100)]
    public Property Quantity_round_trips() => RoundTrip(JsonGenerators.Quantity, TradeStatsJsonContext.Default.Quantity);

    [Property(MaxTest = 100)]
    public Property SourceReference_round_trips() => RoundTrip(JsonGenerators.Source, TradeStatsJsonContext.Default.SourceReference);

    [Property(MaxTest = 100)]
    public Property PublishedNumber_round_trips() => RoundTrip(JsonGenerators.PublishedNumber, TradeStatsJsonContext.Default.PublishedNumber);

    [Property(MaxTest = 100)]
    public Property PublishedMoney_round_trips() => RoundTrip(JsonGenerators.PublishedMoney, TradeStatsJsonContext.Default.PublishedMoney);

    [Property(MaxTest = 100)]
    public Property DecimalInterval_round_trips() => RoundTrip(JsonGenerators.Interval, TradeStatsJsonContext.Default.DecimalInterval);

    [Property(MaxTest = 100)]
    public Property TradeObservation_round_trips() =>
        RoundTrip(JsonGenerators.Observation, TradeStatsJsonContext.Default.TradeObservation, (a, b) => a == b && a.Commodity?.Name == b.Commodity?.Name);

    [Fact]
    public void Enums_round_trip_as_names()
    {
        AssertEveryValueRoundTrips(TradeStatsJsonContext.Default.TradeFlow);
        AssertEveryValueRoundTrips(TradeStatsJsonContext.Default.ExchangeRateKind);
        AssertEveryValueRoundTrips(TradeStatsJsonContext.Default.PeriodKind);
        AssertEveryValueRoundTrips(TradeStatsJsonContext.Default.TerritoryKind);
        AssertEveryValueRoundTrips(TradeStatsJsonContext.Default.RoundingStyle);
        AssertEveryValueRoundTrips(TradeStatsJsonContext.Default.CustomsRegime);
        AssertEveryValueRoundTrips(TradeStatsJsonContext.Default.EnterpriseType);
        AssertEveryValueRoundTrips(TradeStatsJsonContext.Default.TransportMode);
        AssertEveryValueRoundTrips(TradeStatsJsonContext.Default.ObservationStatus);
        Assert.Equal("\"Total\"", JsonSerializer.Serialize(TradeFlow.Total, TradeStatsJson.Options));
    }

    [Property(MaxTest = 30)]
    public Property Lists_of_observations_round_trip() =>
        RoundTrip(JsonGenerators.Observation.ListOf().Select(l => l.ToList()), TradeStatsJsonContext.Default.ListTradeObservation, (a, b) => a.SequenceEqual(b));

    /// <summary>The property that values from <paramref name="gen"/> survive the serializer, through the context and through the options.</summary>
    private static Property RoundTrip<T>(Gen<T> gen, JsonTypeInfo<T> typeInfo, Func<T, T, bool>? same = null) =>
        Prop.ForAll(Arb.From(gen), (T value) => AssertRoundTrips(value, typeInfo, same ?? EqualityComparer<T>.Default.Equals));

    private static void AssertRoundTrips<T>(T value, JsonTypeInfo<T> typeInfo, Func<T, T, bool> same)
    {
        var viaContext = JsonSerializer.Serialize(value, typeInfo);
        var viaOptions = JsonSerializer.Serialize(value, TradeStatsJson.Options);
        Assert.Equal(viaContext, viaOptions);
        var back = JsonSerializer.Deserialize(viaContext, typeInfo)!;
        var backViaOptions = JsonSerializer.Deserialize<T>(viaOptions, TradeStatsJson.Options)!;
        Assert.True(same(value, back), $"{value} -> {viaContext} -> {back}");
        Assert.True(same(value, backViaOptions), $"{value} -> {viaOptions} -> {backViaOptions}");
    }

    /// <summary>Every value of an enum: few enough to try them all rather than a sample.</summary>
    private static void AssertEveryValueRoundTrips<T>(JsonTypeInfo<T> typeInfo)
        where T : struct, Enum
    {
        foreach (var value in Enum.GetValues<T>())
        {
            AssertRoundTrips(value, typeInfo, EqualityComparer<T>.Default.Equals);
        }
    }
}
