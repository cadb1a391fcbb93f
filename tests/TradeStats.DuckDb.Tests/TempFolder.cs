namespace TradeStats.DuckDb.Tests;

/// <summary>A folder of its own under the system's temporary folder, deleted with everything in it on disposal.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "tradestats-duckdb-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Left for the system to clean; a test's result does not depend on it.
        }
    }
}

/// <summary>Runs one call on a source and closes the source's engine.</summary>
public static class Use
{
    public static async Task<long> Count(DuckDbTradeSource source)
    {
        using (source)
        {
            return await source.CountAsync(Sources.TradeQuery.All);
        }
    }

    public static async Task<Analysis.TradeGrouping> Aggregate(DuckDbTradeSource source, Sources.TradeQuery filter, Analysis.GroupingOptions grouping)
    {
        using (source)
        {
            return await Sources.TradeAggregation.AggregateAsync(source, filter, grouping);
        }
    }
}
