using System.Globalization;
using System.Text.RegularExpressions;

namespace TradeStats.DuckDb;

/// <summary>
/// How the embedded DuckDB engine runs: how much memory it may hold, where it spills what does not fit, how many
/// threads it uses, and how a foreign file's columns map to the library's fields.
/// </summary>
/// <remarks>
/// DuckDB keeps its working memory (hash tables of a GROUP BY, sort runs, buffered Parquet pages) under
/// <see cref="MemoryLimit"/> and writes the rest to <see cref="TempDirectory"/>, so a query over files larger than
/// memory completes with bounded memory, paying with disk traffic. The process's peak memory is that limit plus the
/// .NET runtime and DuckDB's own code, a few hundred MB more.
/// </remarks>
public sealed partial record DuckDbOptions
{
    private readonly string? _memoryLimit;
    private readonly int? _threads;

    /// <summary>The defaults: DuckDB's memory limit (80% of RAM), its temporary directory, one thread per core, the default mapping.</summary>
    public static DuckDbOptions Default { get; } = new();

    /// <summary>DuckDB's memory limit, such as <c>2GB</c> or <c>512MiB</c>; null for DuckDB's default (80% of physical memory).</summary>
    /// <exception cref="ArgumentException">Not a number followed by B, KB, MB, GB, TB, KiB, MiB, GiB or TiB.</exception>
    public string? MemoryLimit
    {
        get => _memoryLimit;
        init => _memoryLimit = value is null || MemoryPattern().IsMatch(value)
            ? value
            : throw new ArgumentException($"'{value}' is not a memory size such as 2GB or 512MiB.", nameof(value));
    }

    /// <summary>Where DuckDB spills intermediate results that exceed <see cref="MemoryLimit"/>; null for DuckDB's default (<c>.tmp</c> beside a database file, none in memory).</summary>
    public string? TempDirectory { get; init; }

    /// <summary>How many threads DuckDB uses; null for one per core.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 1.</exception>
    public int? Threads
    {
        get => _threads;
        init => _threads = value is null or >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "At least one thread.");
    }

    /// <summary>
    /// Receives the engine's estimate of how far the running statement has got, from 0 to 1, about five times a
    /// second while an aggregation runs (each of its statements, guard queries and the sum, goes from 0 to 1 in
    /// turn); null for none. For a progress bar on long queries.
    /// </summary>
    public IProgress<double>? Progress { get; init; }

    /// <summary>Which column holds which field, for files written by other tools.</summary>
    public ObservationColumnMapping Mapping { get; init; } = ObservationColumnMapping.Default;

    internal IEnumerable<string> SettingStatements()
    {
        if (MemoryLimit is { } m)
        {
            yield return $"SET memory_limit = '{m}'"; // matched by MemoryPattern: digits and a unit only
        }

        if (TempDirectory is { } t)
        {
            yield return $"SET temp_directory = {Sql.Literal(t)}";
        }

        if (Threads is { } n)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"SET threads = {n}");
        }
    }

    // Settings of one connection (the ones above are the instance's): progress is measured per connection.
    internal IEnumerable<string> ConnectionStatements()
    {
        if (Progress is not null)
        {
            yield return "SET enable_progress_bar = true";
            yield return "SET enable_progress_bar_print = false";
            yield return "SET progress_bar_time = 100"; // milliseconds before the engine starts measuring
        }
    }

    [GeneratedRegex(@"^[0-9]{1,12}(\.[0-9]{1,3})?\s?(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$")]
    private static partial Regex MemoryPattern();
}
