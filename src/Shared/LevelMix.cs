namespace TradeStats.Storage;

/// <summary>
/// (Compiled into each storage package.) Whether the distinct values of the key columns mix levels that could count
/// the same trade twice (World with countries, a year with its months, HS 87 with 8703, "all" with one breakdown, a
/// country with its own province). When none does, only an exact duplicate key can double count, which a cheap
/// GROUP BY finds; when one does, the distinct keys are checked exactly by <see cref="Analysis.LevelCheck"/>.
/// </summary>
internal static class LevelMix
{
    /// <summary>Whether any dimension mixes levels.</summary>
    public static bool Any(
        HashSet<Territory> reporters,
        HashSet<Territory> partners,
        HashSet<Period> periods,
        List<Commodity?> commodities,
        List<CustomsRegime?> regimes,
        List<EnterpriseType?> enterprises,
        List<TransportMode?> transports,
        List<Territory?> secondPartners) =>
        ReportersMixed(reporters) || PartnersMixed(partners) || PeriodsMixed(periods) || CommoditiesMixed(commodities)
        || AllWithSpecific(regimes) || AllWithSpecific(enterprises) || AllWithSpecific(transports)
        || (secondPartners.Contains(null) && secondPartners.Count > 1);

    public static bool ReportersMixed(HashSet<Territory> reporters) =>
        reporters.Any(r => r.Kind == TerritoryKind.Subdivision && r.Parent is { } parent && reporters.Contains(parent));

    public static bool PartnersMixed(HashSet<Territory> partners) =>
        partners.Count > 1 && partners.Any(p => p.Kind is TerritoryKind.World or TerritoryKind.Group);

    public static bool PeriodsMixed(HashSet<Period> periods)
    {
        var months = new Dictionary<Period, Period>();
        foreach (var p in periods)
        {
            foreach (var m in p.Months())
            {
                if (!months.TryAdd(m, p))
                {
                    return true;
                }
            }
        }

        return false;
    }

    public static bool CommoditiesMixed(List<Commodity?> commodities)
    {
        if (commodities.Count < 2)
        {
            return false;
        }

        if (commodities.Contains(null))
        {
            return true;
        }

        var codes = commodities.Where(c => c!.IsCode).Select(c => c!).ToList();
        if (codes.Select(c => c.Classification).Distinct().Count() > 1)
        {
            return true;
        }

        var set = codes.ToHashSet();
        var levels = codes.Select(c => c.Level!.Value).Distinct().Order().ToList();
        foreach (var c in codes)
        {
            foreach (var level in levels.Where(l => l < c.Level))
            {
                try
                {
                    if (set.Contains(c.RollUp(level)))
                    {
                        return true;
                    }
                }
                catch (Exception e) when (e is ArgumentException or InvalidOperationException)
                {
                    return true; // cannot tell: let the exact check decide
                }
            }
        }

        return false;
    }

    public static bool AllWithSpecific<T>(List<T?> values)
        where T : struct => values.Count > 1 && values.Contains(null);
}
