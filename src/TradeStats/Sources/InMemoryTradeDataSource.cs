using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace TradeStats.Sources;

/// <summary>A source over observations held in memory, filtered with <see cref="TradeQuery.Matches"/>.</summary>
public sealed class InMemoryTradeDataSource : ITradeDataSource
{
    /// <summary>Creates the source.</summary>
    /// <param name="observations">The observations; copied.</param>
    /// <param name="name">A name for messages.</param>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> or one of them is null.</exception>
    public InMemoryTradeDataSource(IEnumerable<TradeObservation> observations, string name = "in-memory")
    {
        Guard.Against.Null(observations);
        Guard.Against.NullOrWhiteSpace(name);
        Observations = [.. observations];
        if (Observations.Any(o => o is null))
        {
            throw new ArgumentNullException(nameof(observations), "The observations contain a null.");
        }

        Name = name;
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <summary>The observations, in the order given.</summary>
    public ImmutableArray<TradeObservation> Observations { get; }

    /// <inheritdoc/>
    public async IAsyncEnumerable<TradeObservation> ReadAsync(TradeQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        foreach (var o in Observations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (query.Matches(o))
            {
                yield return o;
            }
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
