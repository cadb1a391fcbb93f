using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Data.Sqlite;
using TradeStats.Sample.Sqlite;
using TradeStats.Sources;
using TradeStats.Tests.Infrastructure;
using static TradeStats.Tests.Sources.SourcesTestSupport;

namespace TradeStats.Tests.Sources;

/// <summary>The SQLite sample against a real database file in a temporary folder.</summary>
public sealed class SqliteSampleTest : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("tradestats-sqlite-");

    [Fact]
    public async Task Pushes_filters_into_SQL_and_returns_what_the_query_matches()
    {
        var xizang = Territory.FromCode("CN-XZ");
        var total = new TradeObservation(xizang, Territory.World, Period.Year(2024), TradeFlow.Total, Money.Cny(12.67e9m));
        TradeObservation[] data =
        [
            total,
            total with { EnterpriseType = EnterpriseType.Private, Value = Money.Cny(7.26e9m) },
            total with { Partner = Territory.FromCode("NP"), Flow = TradeFlow.Exports, Commodity = Commodity.Hs("8703"), Value = Money.Cny(1.5m) },
            total with { Period = Period.Month(2024, 3), Commodity = Commodity.Named("New energy vehicles") },
            total with { Period = Period.Year(2023) },
        ];
        var db = await SqliteTradeDataSource.CreateAsync(Path.Combine(_folder.FullName, "trade.db"), data);
        Assert.True(File.Exists(Path.Combine(_folder.FullName, "trade.db")));

        var query = TradeQuery.All with
        {
            Reporters = [xizang],
            Period = Period.Year(2024),
            Commodity = BreakdownFilter.Only(Commodity.Hs("87")),
        };
        var read = await ToListAsync(db.ReadAsync(query));
        Assert.Equal(1.5m, Assert.Single(read).Value.Amount);
        Assert.Contains("reporter IN", db.LastCommandText, StringComparison.Ordinal);
        Assert.Contains("first_month >=", db.LastCommandText, StringComparison.Ordinal);
        Assert.Contains("commodity LIKE", db.LastCommandText, StringComparison.Ordinal);

        var totals = await ToListAsync(db.ReadAsync(TradeQuery.All with { EnterpriseType = BreakdownFilter.TotalOnly<EnterpriseType>(), Commodity = BreakdownFilter.TotalOnly<Commodity>() }));
        Assert.Equal([total, total with { Period = Period.Year(2023) }], totals);
    }

    /// <summary>
    /// FsCheck.Xunit calls the method once per case on one instance of the class, so the database and the query
    /// generator are made on the first call and kept for the others.
    /// </summary>
    [Property(MaxTest = 60)]
    public Property Returns_exactly_what_the_in_memory_source_returns_for_any_query()
    {
        var (db, memory, queries) = _random ??= RandomDatabase();
        return Prop.ForAll(Arb.From(queries), (TradeQuery q) =>
        {
            var expected = ToListAsync(memory.ReadAsync(q)).GetAwaiter().GetResult();
            var actual = ToListAsync(db.ReadAsync(q)).GetAwaiter().GetResult();
            Assert.Equal(expected, actual);
        });
    }

    [Fact]
    public async Task Keeps_the_classification_of_commodity_codes()
    {
        var cn = Territory.FromCode("CN");
        TradeObservation At(Commodity c) => new(cn, Territory.World, Period.Year(2024), TradeFlow.Exports, Money.Usd(1m)) { Commodity = c };
        var data = new[]
        {
            At(Commodity.Create("042", CommodityClassification.FromCode("S3"))),
            At(Commodity.Create("8703", CommodityClassification.FromCode("H6"))),
            At(Commodity.Hs("8703")),
            At(Commodity.Named("Plateau goods")),
        };
        var db = await SqliteTradeDataSource.CreateAsync(Path.Combine(_folder.FullName, "classified.db"), data);
        var read = await ToListAsync(db.ReadAsync(TradeQuery.All));
        Assert.Equal(data.Select(o => o.Commodity!.Classification), read.Select(o => o.Commodity!.Classification));
        Assert.Equal(data, read);
        var hs87 = await ToListAsync(db.ReadAsync(TradeQuery.All with { Commodity = BreakdownFilter.Only(Commodity.Hs("87")) }));
        Assert.Equal([data[2]], hs87);
    }

    private (SqliteTradeDataSource Db, InMemoryTradeDataSource Memory, Gen<TradeQuery> Queries)? _random;

    private (SqliteTradeDataSource Db, InMemoryTradeDataSource Memory, Gen<TradeQuery> Queries) RandomDatabase()
    {
        // The sample's table keeps neither quantities nor sources (see its README).
        var gen = Gen.ArrayOf(SourcesTestSupport.Observation(hsNames: false, classified: false), 30).Select(a => a.Select(o => o with { Quantity = null, Source = null }).ToArray());
        var data = gen.Sample(30, 1)[0];

        var db = SqliteTradeDataSource.CreateAsync(Path.Combine(_folder.FullName, "random.db"), data).GetAwaiter().GetResult();
        var memory = new InMemoryTradeDataSource(data);
        var queries =
            from reporter in Gen.Elements(data.Select(o => o.Reporter).Distinct().ToArray())
            from useReporter in Gen.Elements(true, false)
            from flows in Gen.SubListOf(Enum.GetValues<TradeFlow>())
            from period in Gen.OneOf(Gen.Constant<Period?>(null), Generators.Period.Select(p => (Period?)p))
            from regime in Gen.Elements(BreakdownFilter.Any<CustomsRegime>(), BreakdownFilter.TotalOnly<CustomsRegime>(), BreakdownFilter.Only(CustomsRegime.GeneralTrade))
            from commodity in Gen.Elements(BreakdownFilter.Any<Commodity>(), BreakdownFilter.TotalOnly<Commodity>(), BreakdownFilter.Only(Commodity.Hs("87")))
            from secondPartner in Gen.Elements([BreakdownFilter.Any<Territory>(), BreakdownFilter.TotalOnly<Territory>(), .. data.Select(o => o.SecondPartner).OfType<Territory>().Distinct().Take(3).Select(BreakdownFilter.Only)])
            select TradeQuery.All with
            {
                Reporters = useReporter ? [reporter] : [],
                Flows = [.. flows],
                Period = period,
                CustomsRegime = regime,
                Commodity = commodity,
                SecondPartner = secondPartner,
            };
        return (db, memory, queries);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}
