using System.Text;
using FsCheck;
using FsCheck.Fluent;
using TradeStats.Sources;
using TradeStats.Tests.Infrastructure;

namespace TradeStats.Tests.Sources;

/// <summary>Generators and helpers shared by the tests of the sources.</summary>
internal static class SourcesTestSupport
{
    private static readonly char[] TextChars = "abcXYZ 019,;\"'\n\\é亿元-./:".ToCharArray();

    /// <summary>Non-empty text without surrounding whitespace, with the characters that stress CSV and JSON quoting.</summary>
    public static Gen<string> Text { get; } =
        from first in Gen.Elements("A", "b", "Z", "亿")
        from rest in Gen.ArrayOf(Gen.Elements(TextChars))
        select (first + new string(rest)).TrimEnd() is { Length: > 0 } s ? s : first;

    /// <summary>Commodities: HS codes of every level (optionally named) and named groups.</summary>
    public static Gen<Commodity> Commodity(bool hsNames) => Gen.OneOf(
        from digits in Gen.Elements(2, 4, 6)
        from code in Gen.ArrayOf(Gen.Elements("0123456789".ToCharArray()), digits)
        from name in hsNames ? Gen.OneOf(Gen.Constant<string?>(null), Text.Select(t => (string?)t)) : Gen.Constant<string?>(null)
        select TradeStats.Commodity.Hs(new string(code), name),
        Text.Select(t => TradeStats.Commodity.Named(t.Replace('\n', ' '))));

    /// <summary>Every classification a code may carry: the known ones and two national nomenclatures.</summary>
    public static CommodityClassification[] Classifications { get; } =
        [.. CommodityClassification.All, CommodityClassification.FromCode("NAT-CN"), CommodityClassification.FromCode("NAT-US")];

    /// <summary>Codes of any classification at any of its levels (optionally named), HS codes and named groups.</summary>
    public static Gen<Commodity> ClassifiedCommodity(bool names) => Gen.OneOf(
        from classification in Gen.Elements(Classifications)
        from digits in Gen.Elements(classification.Levels.ToArray())
        from code in Gen.ArrayOf(Gen.Elements("0123456789".ToCharArray()), digits)
        from name in names ? Gen.OneOf(Gen.Constant<string?>(null), Text.Select(t => (string?)t)) : Gen.Constant<string?>(null)
        select TradeStats.Commodity.Create(new string(code), classification, name),
        Commodity(names));

    /// <summary>Quantities, estimated or not.</summary>
    public static Gen<Quantity> Quantities { get; } =
        from v in Generators.NonNegativeAmount
        from u in Text
        from estimated in Gen.Elements(false, true)
        select new Quantity(v, u) { IsEstimated = estimated };

    /// <summary>Observations with every optional part present or absent.</summary>
    /// <param name="hsNames">Whether codes may carry a name (the CSV format cannot hold it).</param>
    /// <param name="classified">Whether codes of classifications other than HS, and weights, appear.</param>
    public static Gen<TradeObservation> Observation(bool hsNames, bool classified = true) =>
        from reporter in Generators.Territory
        from partner in Generators.Territory
        from period in Generators.Period
        from flow in Gen.Elements(Enum.GetValues<TradeFlow>())
        from amount in Generators.Amount
        from currency in Generators.Currency
        from commodity in OrNull(classified ? ClassifiedCommodity(hsNames) : Commodity(hsNames))
        from quantity in OrNullStruct(Quantities)
        from netWeight in classified ? OrNullStruct(Quantities) : Gen.Constant<Quantity?>(null)
        from grossWeight in classified ? OrNullStruct(Quantities) : Gen.Constant<Quantity?>(null)
        from altQuantity in classified ? OrNullStruct(Quantities) : Gen.Constant<Quantity?>(null)
        from regime in OrNullStruct(Gen.Elements(Enum.GetValues<CustomsRegime>()))
        from enterprise in OrNullStruct(Gen.Elements(Enum.GetValues<EnterpriseType>()))
        from transport in OrNullStruct(Gen.Elements(Enum.GetValues<TransportMode>()))
        from secondPartner in OrNull(Generators.Territory)
        from status in Gen.Elements(Enum.GetValues<ObservationStatus>())
        from source in OrNull(
            from publisher in Text
            from date in OrNullStruct(Gen.Choose(0, 20000).Select(d => new DateOnly(1990, 1, 1).AddDays(d)))
            from title in OrNull(Text)
            from address in OrNull(Text)
            from excerpt in OrNull(Text)
            select new SourceReference(publisher, date, title, address, excerpt))
        select new TradeObservation(reporter, partner, period, flow, new Money(flow == TradeFlow.Balance ? amount : Math.Abs(amount), currency))
        {
            Commodity = commodity,
            Quantity = quantity,
            NetWeight = netWeight,
            GrossWeight = grossWeight,
            AlternativeQuantity = altQuantity,
            CustomsRegime = regime,
            EnterpriseType = enterprise,
            TransportMode = transport,
            SecondPartner = secondPartner,
            Status = status,
            Source = source,
        };

    /// <summary>Lists of observations, shrinking by dropping elements.</summary>
    public static Arbitrary<TradeObservation[]> Observations(bool hsNames) =>
        Arb.From(Gen.ArrayOf(Observation(hsNames)).Select(a => a.Take(12).ToArray()), ShrinkArray);

    public static ObservationCsvFile CsvFromText(string text, ReadOptions? options = null) =>
        new(() => new MemoryStream(Encoding.UTF8.GetBytes(text)), "test.csv", options);

    public static ObservationJsonFile JsonFromText(string text, ReadOptions? options = null) =>
        new(() => new MemoryStream(Encoding.UTF8.GetBytes(text)), "test.json", options);

    public static string TestData(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);

    public static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var i in items)
        {
            list.Add(i);
        }

        return list;
    }

    /// <summary>Record equality plus the parts it leaves out (an HS commodity's name).</summary>
    public static void AssertSame(IReadOnlyList<TradeObservation> expected, IReadOnlyList<TradeObservation> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i], actual[i]);
            Assert.Equal(expected[i].Commodity?.Name, actual[i].Commodity?.Name);
            Assert.Equal(expected[i].Value.Amount, actual[i].Value.Amount);
        }
    }

    private static Gen<T?> OrNull<T>(Gen<T> gen)
        where T : class => Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(x => (T?)x)));

    private static Gen<T?> OrNullStruct<T>(Gen<T> gen)
        where T : struct => Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(x => (T?)x)));

    private static IEnumerable<TradeObservation[]> ShrinkArray(TradeObservation[] a)
    {
        if (a.Length == 0)
        {
            yield break;
        }

        yield return [];
        for (var i = 0; i < a.Length; i++)
        {
            yield return [.. a.Take(i), .. a.Skip(i + 1)];
        }
    }
}
