namespace TradeStats.Analysis;

/// <summary>
/// The double-count and currency guard that every aggregation of the library runs, for sources and engines outside
/// it: a database source checks the distinct levels it would sum with it before pushing a sum down.
/// </summary>
/// <remarks>
/// Observations of different flows never count the same trade twice (exports and imports are separate), so the check
/// runs flow by flow. Only the keys and currencies matter: values are not read, so a caller may pass one
/// representative observation per distinct key, provided it passes every duplicate too.
/// </remarks>
/// <example>
/// <code>
/// // World and Nepal for the same reporter, month and flow: the sum would count Nepal twice.
/// LevelCheck.Check([worldExports, nepalExports]);   // throws OverlappingLevelsException
/// </code>
/// </example>
public static class LevelCheck
{
    /// <summary>Throws when summing the observations flow by flow would count trade twice or mix currencies.</summary>
    /// <param name="observations">The observations that one sum (or one grouping, with its grand total) would add up.</param>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> or one of them is null.</exception>
    /// <exception cref="OverlappingLevelsException">Two observations of one flow cover the same trade (a total with its parts, the same figure twice).</exception>
    /// <exception cref="CumulativePeriodException">Two year-to-date figures of one flow share months.</exception>
    /// <exception cref="MixedClassificationsException">Codes of two classifications cover the same cell.</exception>
    /// <exception cref="MixedCurrenciesException">Two observations of one flow are in different currencies.</exception>
    public static void Check(IEnumerable<TradeObservation> observations)
    {
        Guard.Against.Null(observations);
        var byFlow = new Dictionary<TradeFlow, List<TradeObservation>>();
        foreach (var o in observations)
        {
            Guard.Against.Null(o, nameof(observations));
            if (!byFlow.TryGetValue(o.Flow, out var list))
            {
                list = [];
                byFlow.Add(o.Flow, list);
            }

            list.Add(o);
        }

        foreach (var list in byFlow.Values)
        {
            LevelGuard.Check(list);
        }
    }
}
