using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FsCheck;
using FsCheck.Fluent;
using TradeStats.Serialization;
using TradeStats.Tests.Infrastructure;

namespace TradeStats.Tests.Serialization;

/// <summary>Every core type survives a JSON round trip, through the options and through the generated context.</summary>
public class JsonRoundTripTest
{
    [Fact]
    public void Currency_round_trips() => RoundTrip(Generators.Currency, TradeStatsJsonContext.Default.Currency);

    [Fact]
    public void Money_round_trips() => RoundTrip(Generators.Money, TradeStatsJsonContext.Default.Money);

    [Fact]
    public void Money_keeps_its_decimal_scale() =>
        RoundTrip(Generators.Money, TradeStatsJsonContext.Default.Money, (a, b) => a.Amount.Scale == b.Amount.Scale);

    [Fact]
    public void Period_round_trips() => RoundTrip(Generators.Period, TradeStatsJsonContext.Default.Period);

    [Fact]
    public void Territory_round_trips() => RoundTrip(JsonGenerators.Territory, TradeStatsJsonContext.Default.Territory, ReferenceEquals);

    [Fact]
    public void ExchangeRate_round_trips() => RoundTrip(JsonGenerators.ExchangeRate, TradeStatsJsonContext.Default.ExchangeRate);

    [Fact]
    public void Commodity_round_trips_with_its_name() =>
        RoundTrip(JsonGenerators.Commodity, TradeStatsJsonContext.Default.Commodity, (a, b) => a == b && a.Name == b.Name && a.HsLevel == b.HsLevel);

    [Fact]
    public void Quantity_round_trips() => RoundTrip(JsonGenerators.Quantity, TradeStatsJsonContext.Default.Quantity);

    [Fact]
    public void SourceReference_round_trips() => RoundTrip(JsonGenerators.Source, TradeStatsJsonContext.Default.SourceReference);

    [Fact]
    public void PublishedNumber_round_trips() => RoundTrip(JsonGenerators.PublishedNumber, TradeStatsJsonContext.Default.PublishedNumber);

    [Fact]
    public void PublishedMoney_round_trips() => RoundTrip(JsonGenerators.PublishedMoney, TradeStatsJsonContext.Default.PublishedMoney);

    [Fact]
    public void DecimalInterval_round_trips() => RoundTrip(JsonGenerators.Interval, TradeStatsJsonContext.Default.DecimalInterval);

    [Fact]
    public void TradeObservation_round_trips() =>
        RoundTrip(JsonGenerators.Observation, TradeStatsJsonContext.Default.TradeObservation, (a, b) => a == b && a.Commodity?.Name == b.Commodity?.Name);

    [Fact]
    public void Enums_round_trip_as_names()
    {
        RoundTrip(Gen.Elements(Enum.GetValues<TradeFlow>()), TradeStatsJsonContext.Default.TradeFlow);
        RoundTrip(Gen.Elements(Enum.GetValues<ExchangeRateKind>()), TradeStatsJsonContext.Default.ExchangeRateKind);
        RoundTrip(Gen.Elements(Enum.GetValues<PeriodKind>()), TradeStatsJsonContext.Default.PeriodKind);
        RoundTrip(Gen.Elements(Enum.GetValues<TerritoryKind>()), TradeStatsJsonContext.Default.TerritoryKind);
        RoundTrip(Gen.Elements(Enum.GetValues<RoundingStyle>()), TradeStatsJsonContext.Default.RoundingStyle);
        RoundTrip(Gen.Elements(Enum.GetValues<CustomsRegime>()), TradeStatsJsonContext.Default.CustomsRegime);
        RoundTrip(Gen.Elements(Enum.GetValues<EnterpriseType>()), TradeStatsJsonContext.Default.EnterpriseType);
        RoundTrip(Gen.Elements(Enum.GetValues<TransportMode>()), TradeStatsJsonContext.Default.TransportMode);
        RoundTrip(Gen.Elements(Enum.GetValues<ObservationStatus>()), TradeStatsJsonContext.Default.ObservationStatus);
        Assert.Equal("\"Total\"", JsonSerializer.Serialize(TradeFlow.Total, TradeStatsJson.Options));
    }

    [Fact]
    public void Lists_of_observations_round_trip()
    {
        var gen = JsonGenerators.Observation.ListOf().Select(l => l.ToList());
        RoundTrip(gen, TradeStatsJsonContext.Default.ListTradeObservation, (a, b) => a.SequenceEqual(b), maxTest: 30);
    }

    private static void RoundTrip<T>(Gen<T> gen, JsonTypeInfo<T> typeInfo, Func<T, T, bool>? same = null, int maxTest = 100)
    {
        same ??= EqualityComparer<T>.Default.Equals;
        Properties.ForAll(Arb.From(gen), value =>
        {
            var viaContext = JsonSerializer.Serialize(value, typeInfo);
            var viaOptions = JsonSerializer.Serialize(value, TradeStatsJson.Options);
            Assert.Equal(viaContext, viaOptions);
            var back = JsonSerializer.Deserialize(viaContext, typeInfo)!;
            var backViaOptions = JsonSerializer.Deserialize<T>(viaOptions, TradeStatsJson.Options)!;
            Assert.True(same(value, back), $"{value} -> {viaContext} -> {back}");
            Assert.True(same(value, backViaOptions), $"{value} -> {viaOptions} -> {backViaOptions}");
        }, maxTest);
    }
}
