using System.Globalization;

namespace TradeStats.Analysis;

/// <summary>
/// Refuses sums that would count trade twice or mix currencies. Two observations of one flow overlap when they
/// overlap on every dimension at once: the same reporter (or a country and its own province), partners that share
/// a territory (World covers everyone; a group covers its members month by month), periods that share a month,
/// commodities along their classification's hierarchy (all goods covers every code), and breakdowns where "all"
/// covers every value. Codes of two classifications (HS and SITC, or two HS editions) cannot be compared, so a sum
/// holding both for cells that overlap on every other dimension throws <see cref="MixedClassificationsException"/>;
/// in cells that do not overlap (other years, other partners) they are simply different figures.
/// </summary>
/// <remarks>
/// Named product groups are compared with each other by name only and are taken as disjoint from codes: the
/// library cannot know what "New energy vehicles" contains. The check hashes every observation's cells at the
/// coarsest level shared with each other level present, month by month, so its cost grows with the number of
/// observations times their months, not with the square of the number of observations.
/// </remarks>
internal static class LevelGuard
{
    private const int CommodityAll = 0;
    private const int CommodityNamed = -1;

    /// <summary>Checks one flow's observations (or any observations whose flows do not overlap each other).</summary>
    public static void Check(IReadOnlyList<TradeObservation> observations)
    {
        if (observations.Count < 2)
        {
            return;
        }

        var currency = observations[0].Value.Currency;
        for (var i = 1; i < observations.Count; i++)
        {
            if (observations[i].Value.Currency != currency)
            {
                throw new MixedCurrenciesException(observations[0], observations[i]);
            }
        }

        var bySignature = new Dictionary<Signature, List<int>>();
        for (var i = 0; i < observations.Count; i++)
        {
            var s = Signature.Of(observations[i]);
            if (!bySignature.TryGetValue(s, out var list))
            {
                list = [];
                bySignature.Add(s, list);
            }

            list.Add(i);
        }

        var signatures = bySignature.Keys.ToArray();
        for (var a = 0; a < signatures.Length; a++)
        {
            for (var b = a; b < signatures.Length; b++)
            {
                if (Signature.Join(signatures[a], signatures[b]) is { } join)
                {
                    CheckPair(observations, bySignature[signatures[a]], bySignature[signatures[b]], join, a == b, mixed: false);
                }
                else if (Signature.JoinAcrossClassifications(signatures[a], signatures[b]) is { } loose)
                {
                    // Codes of two classifications in cells that overlap on every other dimension: whether they count
                    // the same goods twice cannot be told. In cells that do not overlap (another year, another
                    // partner) they are simply different figures.
                    CheckPair(observations, bySignature[signatures[a]], bySignature[signatures[b]], loose, same: false, mixed: true);
                }
            }
        }
    }

    private static void CheckPair(IReadOnlyList<TradeObservation> observations, List<int> left, List<int> right, Signature join, bool same, bool mixed)
    {
        var seen = new Dictionary<CellKey, int>();
        foreach (var i in left)
        {
            foreach (var key in Cells(observations[i], join))
            {
                if (!seen.TryAdd(key, i) && same && seen[key] != i)
                {
                    throw Overlap(observations[seen[key]], observations[i]);
                }
            }
        }

        if (same)
        {
            return;
        }

        foreach (var j in right)
        {
            foreach (var key in Cells(observations[j], join))
            {
                if (seen.TryGetValue(key, out var i))
                {
                    throw mixed ? new MixedClassificationsException(observations[i].Commodity!, observations[j].Commodity!) : Overlap(observations[i], observations[j]);
                }
            }
        }
    }

    private static IEnumerable<CellKey> Cells(TradeObservation o, Signature join)
    {
        var reporter = join.ReporterIsCountry && o.Reporter.Kind == TerritoryKind.Subdivision && o.Reporter.Parent is { } parent
            ? parent.Code
            : o.Reporter.Code;
        var commodity = o.Commodity is null || join.Commodity == CommodityAll
            ? string.Empty
            : join.Commodity == CommodityNamed ? o.Commodity.Code : o.Commodity.RollUp(join.Commodity).Code;
        var regime = join.RegimeSpecific ? (int)o.CustomsRegime!.Value : -1;
        var enterprise = join.EnterpriseSpecific ? (int)o.EnterpriseType!.Value : -1;
        var transport = join.TransportSpecific ? (int)o.TransportMode!.Value : -1;
        var secondPartner = join.SecondPartnerSpecific ? o.SecondPartner!.Code : string.Empty;
        foreach (var month in o.Period.Months())
        {
            if (join.PartnerIsWorld)
            {
                yield return new CellKey(reporter, Territory.World.Code, month, commodity, regime, enterprise, transport, secondPartner);
                continue;
            }

            foreach (var partner in o.Partner.MembersDuring(month))
            {
                yield return new CellKey(reporter, partner.Code, month, commodity, regime, enterprise, transport, secondPartner);
            }
        }
    }

    private static Exception Overlap(TradeObservation first, TradeObservation second)
    {
        var (dimension, detail) = Describe(first, second);
        if (dimension == TradeDimension.Period && IsCumulative(first.Period, second.Period))
        {
            return new CumulativePeriodException(
                first.Period,
                second.Period,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Cannot add '{first}' and '{second}': both are cumulative year-to-date figures ({first.Period} and {second.Period}), so the sum counts their shared months twice. Year-to-date figures are not monthly ones: keep a single cumulative span, or derive single months explicitly with TradeSeries.MonthlyFromYearToDate."));
        }

        var what = dimension == TradeDimension.None
            ? "they are the same figure" + detail
            : string.Create(CultureInfo.InvariantCulture, $"they overlap on {dimension} ({detail})");
        return new OverlappingLevelsException(
            first,
            second,
            dimension,
            string.Create(
                CultureInfo.InvariantCulture,
                $"Cannot add '{first}' and '{second}': {what}, so the sum would count the same trade twice. Choose one level explicitly with the TradeSeries filters (for example WherePartner, WhereEnterpriseType(null), WhereCommodity(null), WhereSecondPartner(null)) before aggregating."));
    }

    private static bool IsCumulative(Period a, Period b) =>
        a.StartYear == b.StartYear && a.StartMonth == 1 && b.StartMonth == 1 && a.IsYearToDate && b.IsYearToDate && a != b;

    private static (TradeDimension Dimension, string Detail) Describe(TradeObservation a, TradeObservation b)
    {
        if (a.Partner != b.Partner)
        {
            return (TradeDimension.Partner, Level(a.Partner) + " and " + Level(b.Partner));
        }

        if (a.Commodity != b.Commodity)
        {
            return (TradeDimension.Commodity, (a.Commodity?.ToString() ?? "all goods") + " and " + (b.Commodity?.ToString() ?? "all goods"));
        }

        if (a.EnterpriseType != b.EnterpriseType)
        {
            return (TradeDimension.EnterpriseType, All(a.EnterpriseType, "all enterprises") + " and " + All(b.EnterpriseType, "all enterprises"));
        }

        if (a.CustomsRegime != b.CustomsRegime)
        {
            return (TradeDimension.CustomsRegime, All(a.CustomsRegime, "all regimes") + " and " + All(b.CustomsRegime, "all regimes"));
        }

        if (a.TransportMode != b.TransportMode)
        {
            return (TradeDimension.TransportMode, All(a.TransportMode, "all modes") + " and " + All(b.TransportMode, "all modes"));
        }

        if (a.SecondPartner != b.SecondPartner)
        {
            return (TradeDimension.SecondPartner, (a.SecondPartner?.Code ?? "all second partners") + " and " + (b.SecondPartner?.Code ?? "all second partners"));
        }

        if (a.Reporter != b.Reporter)
        {
            return (TradeDimension.Reporter, a.Reporter.Code + " and " + b.Reporter.Code + ", one of which contains the other");
        }

        if (a.Period != b.Period)
        {
            return (TradeDimension.Period, a.Period + " and " + b.Period + " share months");
        }

        return a.Status != b.Status
            ? (TradeDimension.None, string.Create(CultureInfo.InvariantCulture, $" in two versions ({a.Status} and {b.Status}); keep one with WhereStatus"))
            : (TradeDimension.None, " twice (a duplicate)");
    }

    private static string Level(Territory t) => t.Kind switch
    {
        TerritoryKind.World => "WLD, all partners",
        TerritoryKind.Group => t.Code + ", a group of partners",
        _ => t.Code,
    };

    private static string All<T>(T? value, string all)
        where T : struct, Enum => value?.ToString() ?? all;

    private readonly record struct CellKey(string Reporter, string Partner, Period Month, string Commodity, int Regime, int Enterprise, int Transport, string SecondPartner);

    private readonly record struct Signature(bool ReporterIsCountry, bool PartnerIsWorld, int Commodity, bool RegimeSpecific, bool EnterpriseSpecific, bool TransportSpecific, bool SecondPartnerSpecific, CommodityClassification? Classification)
    {
        public static Signature Of(TradeObservation o) => new(
            o.Reporter.Kind != TerritoryKind.Subdivision,
            o.Partner.Kind == TerritoryKind.World,
            o.Commodity is null ? CommodityAll : o.Commodity.Level ?? CommodityNamed,
            o.CustomsRegime is not null,
            o.EnterpriseType is not null,
            o.TransportMode is not null,
            o.SecondPartner is not null,
            o.Commodity?.Classification);

        /// <summary>For two levels of codes in different classifications, the join as if both were all goods; null otherwise.</summary>
        public static Signature? JoinAcrossClassifications(Signature a, Signature b) =>
            a.Classification is not null && b.Classification is not null && a.Classification != b.Classification
                ? Join(a with { Commodity = CommodityAll, Classification = null }, b with { Commodity = CommodityAll, Classification = null })
                : null;

        /// <summary>The coarsest level of each dimension; null when the two levels cannot overlap (codes and named groups).</summary>
        public static Signature? Join(Signature a, Signature b)
        {
            int commodity;
            if (a.Commodity == CommodityAll || b.Commodity == CommodityAll)
            {
                commodity = CommodityAll;
            }
            else if ((a.Commodity == CommodityNamed) != (b.Commodity == CommodityNamed) || a.Classification != b.Classification)
            {
                return null; // codes and named groups are disjoint; two classifications are checked apart
            }
            else
            {
                commodity = Math.Min(a.Commodity, b.Commodity);
            }

            return new Signature(
                a.ReporterIsCountry || b.ReporterIsCountry,
                a.PartnerIsWorld || b.PartnerIsWorld,
                commodity,
                a.RegimeSpecific && b.RegimeSpecific,
                a.EnterpriseSpecific && b.EnterpriseSpecific,
                a.TransportSpecific && b.TransportSpecific,
                a.SecondPartnerSpecific && b.SecondPartnerSpecific,
                commodity == CommodityAll ? null : a.Classification);
        }
    }
}
