using TradeStats.Sources;
using static TradeStats.Tests.Sources.SourcesTestSupport;

namespace TradeStats.Tests.Sources;

public partial class ObservationFormatsTest
{
    [Fact]
    public async Task Reads_the_checked_in_CSV_file()
    {
        var read = await ToListAsync(new ObservationCsvFile(TestData("sources", "observations.csv")).ReadAsync(TradeQuery.All));
        Assert.Equal(4, read.Count);
        var first = read[0];
        Assert.Equal(Territory.FromCode("CN-XZ"), first.Reporter);
        Assert.Equal(Territory.World, first.Partner);
        Assert.Equal(Period.Year(2024), first.Period);
        Assert.Equal(TradeFlow.Total, first.Flow);
        Assert.Equal(Money.Cny(12670000000m), first.Value);
        Assert.Equal(new SourceReference("Xinhua", new DateOnly(2025, 2, 17), "Xizang's foreign trade, 2024"), first.Source);
        Assert.Equal(EnterpriseType.Private, read[1].EnterpriseType);
        Assert.Equal(Commodity.Hs("8703"), read[2].Commodity);
        Assert.Equal(new Quantity(12938m, "vehicles"), read[2].Quantity);
        Assert.Equal(Period.Parse("2025-01/2025-10"), read[3].Period);
        Assert.Equal(TradeFlow.Balance, read[3].Flow);
        Assert.Equal(-1234.5m, read[3].Value.Amount);
        Assert.Equal(ObservationStatus.Preliminary, read[3].Status);
        Assert.Equal(Commodity.Named("New energy vehicles, incl. hybrids"), read[3].Commodity);
    }

    [Fact]
    public async Task Reads_the_checked_in_JSON_file_with_the_same_content_as_the_CSV()
    {
        var csv = await ToListAsync(new ObservationCsvFile(TestData("sources", "observations.csv")).ReadAsync(TradeQuery.All));
        var json = await ToListAsync(new ObservationJsonFile(TestData("sources", "observations.json")).ReadAsync(TradeQuery.All));
        Assert.Equal(csv, json);
        Assert.Equal("Motor cars", json[2].Commodity!.Name);
    }

    [Fact]
    public async Task CSV_columns_may_come_in_any_order_and_flows_may_be_names()
    {
        var read = await ToListAsync(CsvFromText("currency,value,flow,period,partner,reporter\nUSD,1.5,exports,2024-Q1,NPL,156\n").ReadAsync(TradeQuery.All));
        var o = Assert.Single(read);
        Assert.Equal(new TradeObservation(Territory.FromCode("CN"), Territory.FromCode("NP"), Period.Quarter(2024, 1), TradeFlow.Exports, Money.Usd(1.5m)), o);
    }

    [Fact]
    public async Task Readers_apply_the_query_while_streaming()
    {
        var query = TradeQuery.All with { Commodity = BreakdownFilter.Only(Commodity.Hs("87")) };
        var read = await ToListAsync(new ObservationCsvFile(TestData("sources", "observations.csv")).ReadAsync(query));
        Assert.Equal(Commodity.Hs("8703"), Assert.Single(read).Commodity);
    }

    [Fact]
    public async Task A_cancelled_read_stops()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var unused in new ObservationCsvFile(TestData("sources", "observations.csv")).ReadAsync(TradeQuery.All, cts.Token))
            {
            }
        });
    }
}
