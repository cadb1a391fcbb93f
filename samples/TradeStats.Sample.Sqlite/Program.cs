// A custom data source backed by SQLite; see README.md in this folder.
using TradeStats;
using TradeStats.Sample.Sqlite;
using TradeStats.Sources;

var folder = Directory.CreateTempSubdirectory("tradestats-sqlite-");
try
{
    var xizang = Territory.FromCode("CN-XZ");
    var nepal = Territory.FromCode("NP");
    // Xizang's 2024 figures as Xinhua published them on 2025-02-17 ("China's Xizang reports surging foreign trade in 2024").
    var source = new SourceReference("Xinhua", new DateOnly(2025, 2, 17));
    TradeObservation[] observations =
    [
        new(xizang, Territory.World, Period.Year(2024), TradeFlow.Total, Money.Cny(12.67e9m)) { Source = source },
        new(xizang, Territory.World, Period.Year(2024), TradeFlow.Exports, Money.Cny(11.32e9m)) { Source = source },
        new(xizang, Territory.World, Period.Year(2024), TradeFlow.Imports, Money.Cny(1.35e9m)) { Source = source },
        new(xizang, nepal, Period.Year(2024), TradeFlow.Total, Money.Cny(5.12e9m)) { Source = source },
    ];

    var database = await SqliteTradeDataSource.CreateAsync(Path.Combine(folder.FullName, "trade.db"), observations);
    var query = TradeQuery.All with
    {
        Reporters = [xizang],
        Period = Period.Year(2024),
        EnterpriseType = BreakdownFilter.TotalOnly<EnterpriseType>(),
    };

    Console.WriteLine("TradeStats SQLite source sample: Xizang's 2024 figures for all enterprises.");
    await foreach (var o in database.ReadAsync(query))
    {
        Console.WriteLine("  " + o);
    }

    Console.WriteLine("SQL: " + database.LastCommandText);
    return 0;
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    folder.Delete(recursive: true);
}
