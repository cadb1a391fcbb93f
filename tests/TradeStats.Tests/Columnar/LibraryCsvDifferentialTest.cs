using TradeStats.Analysis;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TradeStats.Columnar;
using TradeStats.Sources;
using TradeStats.Tests.Infrastructure;
using TradeStats.Tests.Sources;

namespace TradeStats.Tests.Columnar;

/// <summary>The columnar loader and the streaming reader agree on library CSV files with the newer columns.</summary>
public class LibraryCsvDifferentialTest
{
    private static Gen<TradeObservation[]> Files { get; } =
        from n in Gen.Choose(1, 25)
        from items in Gen.ArrayOf(SourcesTestSupport.Observation(hsNames: false), n)
        from amounts in Gen.ArrayOf(Gen.Choose(0, 1_000_000), items.Length)
        select items.Select((o, i) => o with
        {
            // One currency and no other breakdowns, so that the store sums without conversion or double counting.
            CustomsRegime = null,
            EnterpriseType = null,
            TransportMode = null,
            SecondPartner = null,
            Value = Money.Usd(amounts[i] / 100m),
            Flow = o.Flow == TradeFlow.Balance ? TradeFlow.Exports : o.Flow,
        }).ToArray();

    [Property(MaxTest = 60)]
    public Property Columnar_loader_and_ObservationCsvFile_read_the_same_observations_and_totals() =>
        Prop.ForAll(Arb.From(Files), (TradeObservation[] observations) =>
        {
            using var stream = new MemoryStream();
            ObservationCsvFile.WriteAsync(stream, observations).GetAwaiter().GetResult();
            var bytes = stream.ToArray();
            var streamed = SourcesTestSupport.ToListAsync(new ObservationCsvFile(() => new MemoryStream(bytes), "d.csv").ReadAsync(TradeQuery.All)).GetAwaiter().GetResult();
            var store = TradeCsvLoader.Load(new MemoryStream(bytes), "d.csv");

            SourcesTestSupport.AssertSame(streamed, [.. store.ToObservations()]);

            var options = new GroupingOptions(TradeDimension.Reporter | TradeDimension.Partner | TradeDimension.Period | TradeDimension.Commodity);
            TradeColumnsTest.AssertSameGrouping(TradeSeries.From(streamed).GroupBy(options), store.GroupBy(options));
        });

    [Fact]
    public void Columnar_loader_keeps_the_second_partner_and_refuses_to_sum_it_with_its_total()
    {
        const string Csv = "reporter,partner,period,flow,value,currency,second_partner\nCN,NP,2024,M,10,USD,IN\nCN,NP,2024,M,30,USD,\n";
        var store = TradeCsvLoader.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Csv)), "p2.csv");
        Assert.Equal(Territory.FromCode("IN"), store.GetObservation(0).SecondPartner);
        Assert.Null(store.GetObservation(1).SecondPartner);
        Assert.Equal(TradeDimension.SecondPartner, Assert.Throws<OverlappingLevelsException>(() => store.GroupBy(TradeDimension.Partner)).Dimension);

        var bad = Csv.Replace(",IN\n", ",XXQ\n", StringComparison.Ordinal);
        var e = Assert.Throws<TradeCsvException>(() => TradeCsvLoader.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(bad)), "p2.csv"));
        Assert.Contains("second_partner", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Columnar_loader_reads_weights_alternative_quantities_and_estimated_flags()
    {
        const string Csv = "reporter,partner,period,flow,value,currency,commodity,classification,quantity,quantity_unit,quantity_estimated,net_weight,net_weight_unit,net_weight_estimated,gross_weight,gross_weight_unit,alt_quantity,alt_quantity_unit,status\n"
            + "CN,NP,2024,X,10,USD,39199080,CN,3,u,true,1.50,kg,,2,kg,7,l,BreakInSeries\n";
        var o = TradeCsvLoader.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Csv)), "w.csv").GetObservation(0);
        Assert.Equal(Commodity.Create("39199080", CommodityClassification.FromCode("CN")), o.Commodity);
        Assert.Equal(new Quantity(3m, "u") { IsEstimated = true }, o.Quantity);
        Assert.Equal(new Quantity(1.5m, "kg"), o.NetWeight);
        Assert.Equal(new Quantity(2m, "kg"), o.GrossWeight);
        Assert.Equal(new Quantity(7m, "l"), o.AlternativeQuantity);
        Assert.Equal(ObservationStatus.BreakInSeries, o.Status);

        var bad = Assert.Throws<TradeCsvException>(() => TradeCsvLoader.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes("reporter,partner,period,flow,value,currency,net_weight_estimated\nCN,NP,2024,X,1,USD,true\n")), "b.csv"));
        Assert.Contains("net_weight_estimated", bad.Message, StringComparison.Ordinal);
    }
}
