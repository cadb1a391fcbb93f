using System.Text.Json;
using TradeStats.Serialization;

namespace TradeStats.Tests.Serialization;

/// <summary>The README's JSON example, compiled and checked.</summary>
public class ReadmeExamplesTest
{
    [Fact]
    public void Json_example()
    {
        var observation = new TradeObservation(
            Territory.FromCode("CN-XZ"), Territory.World, Period.Year(2024), TradeFlow.Total, Money.Cny(12.67e9m))
        {
            Source = new SourceReference("Xinhua", new DateOnly(2025, 2, 17)),
        };
        string json = JsonSerializer.Serialize(observation, TradeStatsJsonContext.Default.TradeObservation);
        TradeObservation? back = JsonSerializer.Deserialize(json, TradeStatsJsonContext.Default.TradeObservation);
        Money amount = JsonSerializer.Deserialize<Money>("""{"amount":1.50,"currency":"USD"}""", TradeStatsJson.Options);

        // Your own options: add the converters, and combine your context with TradeStatsJsonContext.Default.
        var mine = TradeStatsJson.AddConverters(new JsonSerializerOptions(JsonSerializerDefaults.Web));

        Assert.Equal(observation, back);
        Assert.Equal(Money.Usd(1.5m), amount);
        Assert.Equal(json, JsonSerializer.Serialize(observation, mine));
    }
}
