using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TradeStats.Sources;
using TradeStats.Tests.Infrastructure;
using static TradeStats.Tests.Sources.SourcesTestSupport;

namespace TradeStats.Tests.Sources;

public partial class ObservationFormatsTest
{
    [Property(MaxTest = 100)]
    public Property Csv_write_then_read_gives_back_identical_observations() =>
        Prop.ForAll(Observations(hsNames: false), (TradeObservation[] observations) =>
        {
            using var stream = new MemoryStream();
            ObservationCsvFile.WriteAsync(stream, observations).GetAwaiter().GetResult();
            var bytes = stream.ToArray();
            var read = ToListAsync(new ObservationCsvFile(() => new MemoryStream(bytes), "roundtrip.csv").ReadAsync(TradeQuery.All)).GetAwaiter().GetResult();
            AssertSame(observations, read);
        });

    [Property(MaxTest = 100)]
    public Property Json_write_then_read_gives_back_identical_observations() =>
        Prop.ForAll(Observations(hsNames: true), (TradeObservation[] observations) =>
        {
            using var stream = new MemoryStream();
            ObservationJsonFile.WriteAsync(stream, observations).GetAwaiter().GetResult();
            var bytes = stream.ToArray();
            var read = ToListAsync(new ObservationJsonFile(() => new MemoryStream(bytes), "roundtrip.json").ReadAsync(TradeQuery.All)).GetAwaiter().GetResult();
            AssertSame(observations, read);
        });

    [Fact]
    public async Task Json_reader_streams_records_larger_than_its_buffer()
    {
        var big = new string('x', 200_000);
        var o = new TradeObservation(Territory.FromCode("CN"), Territory.World, Period.Year(2024), TradeFlow.Exports, Money.Usd(1m))
        {
            Source = new SourceReference("P", Excerpt: big),
        };
        using var stream = new MemoryStream();
        await ObservationJsonFile.WriteAsync(stream, [o, o with { Value = Money.Usd(2m) }], indented: true);
        var bytes = stream.ToArray();
        var read = await ToListAsync(new ObservationJsonFile(() => new MemoryStream(bytes), "big.json").ReadAsync(TradeQuery.All));
        AssertSame([o, o with { Value = Money.Usd(2m) }], read);
    }

    [Fact]
    public async Task Csv_writer_refuses_a_named_group_that_would_read_back_as_an_HS_code()
    {
        var o = new TradeObservation(Territory.FromCode("CN"), Territory.World, Period.Year(2024), TradeFlow.Exports, Money.Usd(1m))
        {
            Commodity = Commodity.Named("8703"),
        };
        using var stream = new MemoryStream();
        await Assert.ThrowsAsync<ArgumentException>(() => ObservationCsvFile.WriteAsync(stream, [o]));
    }
}
