using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace TradeStats.Sources;

/// <summary>
/// Several sources read as one: each source in turn, in the order given, with the same query. Nothing is
/// de-duplicated: two sources that hold the same figure return it twice, as they would separately.
/// </summary>
public sealed class CompositeTradeDataSource : ITradeDataSource
{
    /// <summary>Combines sources.</summary>
    /// <param name="sources">The sources, read in this order.</param>
    /// <exception cref="ArgumentNullException">A source is null.</exception>
    /// <exception cref="ArgumentException">No source is given.</exception>
    public CompositeTradeDataSource(params IEnumerable<ITradeDataSource> sources)
    {
        Guard.Against.Null(sources);
        Sources = [.. sources];
        if (Sources.Any(s => s is null))
        {
            throw new ArgumentNullException(nameof(sources), "A source is null.");
        }

        Guard.Against.TooFewElements(Sources.Length, 1, "A composite source needs at least one source.", nameof(sources));
    }

    /// <summary>The sources, in reading order.</summary>
    public ImmutableArray<ITradeDataSource> Sources { get; }

    /// <inheritdoc/>
    public string Name => "composite(" + string.Join(", ", Sources.Select(s => s.Name)) + ")";

    /// <inheritdoc/>
    public async IAsyncEnumerable<TradeObservation> ReadAsync(TradeQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        foreach (var source in Sources)
        {
            await foreach (var o in source.ReadAsync(query, cancellationToken).ConfigureAwait(false))
            {
                yield return o;
            }
        }
    }
}
