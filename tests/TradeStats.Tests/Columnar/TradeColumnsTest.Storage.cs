using TradeStats.Analysis;
using TradeStats.Columnar;

namespace TradeStats.Tests.Columnar;

/// <summary>How the store holds rows: memory per row, exactness, limits.</summary>
public sealed partial class TradeColumnsTest
{
    [Fact]
    public void BytesPerRow_CommonShape_IsAtMostSixteen()
    {
        var store = TradeColumns.FromObservations(Rows(20_000, seed: 1));
        Assert.Equal(20_000, store.Count);
        Assert.True(store.BytesPerRow <= 16.0, $"{store.BytesPerRow} bytes per row");
        Assert.Equal(20_000L * 16, store.ColumnBytes);
    }

    [Fact]
    public void BytesPerRow_LoadedFromCsv_IsAtMostSixteen()
    {
        var csv = ColumnarGenerators.ToCsv(Rows(20_000, seed: 2), ["reporter", "partner", "period", "flow", "commodity", "value", "currency"], quoteAll: false);
        var store = ColumnarGenerators.Load(csv);
        Assert.Equal(20_000, store.Count);
        Assert.True(store.BytesPerRow <= 16.0, $"{store.BytesPerRow} bytes per row");
    }

    [Fact]
    public void BytesPerRow_SecondCurrency_AddsOneByte()
    {
        var rows = Rows(1_000, seed: 3);
        rows[500] = rows[500] with { Value = Money.Cny(5m) };
        var store = TradeColumns.FromObservations(rows);
        Assert.Equal(17.0, store.BytesPerRow);
        Assert.Equal([Currency.USD, Currency.CNY], store.Currencies.ToArray());
    }

    [Fact]
    public void Scale_GrowsWithTheFinestValueAndKeepsEveryValueExact()
    {
        var a = new TradeObservation(Territory.FromCode("CN"), Territory.FromCode("NP"), Period.Month(2024, 1), TradeFlow.Exports, Money.Usd(123456789012m));
        var b = a with { Period = Period.Month(2024, 2), Value = Money.Usd(0.125m) };
        var c = a with { Period = Period.Month(2024, 3), Value = Money.Usd(7.5m) };
        var store = TradeColumns.FromObservations([a, b, c]);
        Assert.Equal(3, store.Scale);
        Assert.Equal([a, b, c], store.ToObservations());
        Assert.Equal(Money.Usd(123456789019.625m), store.GroupBy(TradeDimension.None).GrandTotal.Exports);
    }

    [Fact]
    public void FromObservations_ValueTooLargeForScaledLong_ThrowsOverflowNamingTheObservation()
    {
        var a = new TradeObservation(Territory.FromCode("CN"), Territory.FromCode("NP"), Period.Month(2024, 1), TradeFlow.Exports, Money.Usd(9_000_000_000_000_000_000m));
        var b = a with { Value = Money.Usd(0.5m) };
        var e = Assert.Throws<OverflowException>(() => TradeColumns.FromObservations([a, b]));
        Assert.Contains("Observation 1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromObservations_Empty_Throws() =>
        Assert.Throws<ArgumentException>(() => TradeColumns.FromObservations([]));

    [Fact]
    public void GetObservation_KeepsOptionalParts()
    {
        var o = new TradeObservation(Territory.FromCode("CN-XZ"), Territory.World, Period.Year(2024), TradeFlow.Total, Money.Cny(12.67e9m))
        {
            Quantity = new Quantity(12938m, "vehicles"),
            Status = ObservationStatus.Preliminary,
            Source = new SourceReference("Xinhua", new DateOnly(2025, 2, 17), "Xizang's foreign trade"),
            Commodity = Commodity.Named("New energy vehicles"),
        };
        var store = TradeColumns.FromObservations([o, o with { Quantity = null, Source = null }]);
        Assert.Equal(o, store.GetObservation(0));
        Assert.Equal(o with { Quantity = null, Source = null }, store.GetObservation(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => store.GetObservation(2));
    }

    /// <summary>Random rows with distinct cells (the guard refuses the same cell twice), 40 partners, 2020-2024 months, four HS chapters.</summary>
    internal static TradeObservation[] Rows(int count, int seed)
    {
        var random = new Random(seed);
        var partners = Territory.Countries.Take(40).ToArray();
        var reporter = Territory.FromCode("CN");
        var hs = new[] { "87", "01", "27", "85" }.SelectMany(chapter => Enumerable.Range(1, 99).Select(h => Commodity.Hs(chapter + h.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)))).ToArray();
        var seen = new HashSet<(int, int, int, int)>();
        var rows = new List<TradeObservation>(count);
        while (rows.Count < count)
        {
            var key = (random.Next(partners.Length), random.Next(60), random.Next(2), random.Next(hs.Length));
            var value = random.Next(1, 10_000_000);
            if (!seen.Add(key))
            {
                continue;
            }

            rows.Add(new TradeObservation(reporter, partners[key.Item1], Period.Month(2020 + (key.Item2 / 12), (key.Item2 % 12) + 1), key.Item3 == 0 ? TradeFlow.Exports : TradeFlow.Imports, Money.Usd(value))
            {
                Commodity = hs[key.Item4],
            });
        }

        return [.. rows];
    }
}
