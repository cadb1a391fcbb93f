using TradeStats.Analysis;

namespace TradeStats.Columnar;

/// <summary>
/// The double-count and currency guard of <see cref="TradeSeries"/>, run on a columnar store's selected rows with the
/// same outcome. It first looks at the dictionaries: when no column holds two levels of one dimension among the
/// selected rows (World with countries, a group with other partners, a country reporter with its own province,
/// periods that share months, all goods with codes, a code with a code inside it, codes of two classifications, "all"
/// with a specific breakdown), two rows can only count the same trade twice by being the same cell, which one sort of
/// packed keys finds. Otherwise the rows of each flow are checked as the series checks them.
/// </summary>
/// <remarks>
/// Measured on the 10M-row benchmark store (one level per dimension, 2-core machine with other work running): about
/// 0.7 to 0.8 s, a pass over the rows for the used dictionary entries and currencies and a bitmap pass for duplicate
/// cells. The outcome for the unfiltered store is kept by <see cref="TradeColumns"/>, so it is paid once per store.
/// </remarks>
internal static class ColumnarLevelGuard
{
    /// <summary>Throws as <see cref="TradeSeries"/> would on the selected rows.</summary>
    /// <param name="s">The store.</param>
    /// <param name="selection">The selected rows.</param>
    /// <param name="currencies">False when the rows will be converted to one currency first, so that only levels are checked.</param>
    public static void Check(TradeColumns s, Selection selection, bool currencies)
    {
        var usedReporter = new bool[s.ReporterDictionary.Length];
        var usedPartner = new bool[s.PartnerDictionary.Length];
        var usedPeriod = new bool[s.PeriodDictionary.Length];
        var usedCommodity = new bool[s.CommodityDictionary.Length];
        var usedDetail = new bool[s.DetailDictionary.Length];
        var flowOrder = new List<int>(8);
        var firstRowOfFlow = new int[8];
        var currencyConflict = new (int First, int Second)?[8];
        var selectedRows = 0;
        var all = selection.IsAll;
        var seenFlows = 0;

        // Which rows a filter selects, worked out once here for the passes below.
        var selected = all ? null : new bool[s.Count];
        for (var i = 0; i < s.Count; i++)
        {
            if (!all)
            {
                if (!selection.IsSelected(s, i))
                {
                    continue;
                }

                selected![i] = true;
            }

            selectedRows++;
            var pf = s.PeriodFlowColumn[i];
            var flow = pf & 7;
            usedReporter[s.ReporterColumn[i]] = true;
            usedPartner[s.PartnerColumn[i]] = true;
            usedPeriod[pf >> 3] = true;
            usedCommodity[s.CommodityColumn[i]] = true;
            if (s.DetailColumn is { } detail)
            {
                usedDetail[detail[i]] = true;
            }
            else
            {
                usedDetail[0] = true;
            }

            if ((seenFlows & (1 << flow)) == 0)
            {
                seenFlows |= 1 << flow;
                flowOrder.Add(flow);
                firstRowOfFlow[flow] = i;
            }
            else if (s.CurrencyColumn is { } currencyColumn && currencyConflict[flow] is null && currencyColumn[i] != currencyColumn[firstRowOfFlow[flow]])
            {
                currencyConflict[flow] = (firstRowOfFlow[flow], i);
            }
        }

        if (selectedRows < 2)
        {
            return;
        }

        if (!IsFlat(s, usedReporter, usedPartner, usedPeriod, usedCommodity, usedDetail))
        {
            // Two levels of some dimension: check each flow's rows as the series does (currency first, then levels).
            foreach (var flow in flowOrder)
            {
                var rows = new List<TradeObservation>();
                for (var i = 0; i < s.Count; i++)
                {
                    if ((s.PeriodFlowColumn[i] & 7) == flow && selection.IsSelected(s, i))
                    {
                        var o = s.GetObservation(i);
                        rows.Add(currencies ? o : o with { Value = new Money(o.Value.Amount, s.Currencies[0]) });
                    }
                }

                LevelCheck.Check(rows);
            }

            return;
        }

        var duplicates = FindDuplicates(s, selection, selected);
        foreach (var flow in flowOrder)
        {
            if (currencies && currencyConflict[flow] is { } c)
            {
                throw new MixedCurrenciesException(s.GetObservation(c.First), s.GetObservation(c.Second));
            }

            if (duplicates.TryGetValue(flow, out var d))
            {
                // The series' own guard words the message: the same cell twice, or in two versions.
                LevelCheck.Check([s.GetObservation(d.First), s.GetObservation(d.Second)]);
            }
        }
    }

    private static bool IsFlat(TradeColumns s, bool[] usedReporter, bool[] usedPartner, bool[] usedPeriod, bool[] usedCommodity, bool[] usedDetail)
    {
        var reporters = Used(s.ReporterDictionary, usedReporter);
        var codes = reporters.Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        if (reporters.Any(r => r.Kind == TerritoryKind.Subdivision && r.Parent is { } p && codes.Contains(p.Code)))
        {
            return false;
        }

        var partners = Used(s.PartnerDictionary, usedPartner);
        if (partners.Count > 1 && partners.Any(p => p.Kind is TerritoryKind.World or TerritoryKind.Group))
        {
            return false;
        }

        var periods = Used(s.PeriodDictionary, usedPeriod).Order().ToList();
        for (var i = 1; i < periods.Count; i++)
        {
            // Ordered by start (then end): a period sharing a month with an earlier one overlaps the latest-ending of them.
            if (periods.Take(i).Any(p => p.Overlaps(periods[i])))
            {
                return false;
            }
        }

        var commodities = Used(s.CommodityDictionary, usedCommodity);
        if (commodities.Count > 1 && commodities.Contains(null))
        {
            return false;
        }

        var coded = commodities.Where(c => c is { IsCode: true }).Select(c => c!).ToList();
        if (coded.Select(c => c.Classification).Distinct().Count() > 1)
        {
            return false;
        }

        var byCode = coded.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var c in coded)
        {
            for (var length = 1; length < c.Code.Length; length++)
            {
                if (byCode.Contains(c.Code[..length]))
                {
                    return false;
                }
            }
        }

        var details = Used(s.DetailDictionary, usedDetail);
        return Uniform(details, d => d.CustomsRegime is null)
            && Uniform(details, d => d.EnterpriseType is null)
            && Uniform(details, d => d.TransportMode is null)
            && Uniform(details, d => d.SecondPartner is null);
    }

    private static bool Uniform(List<RowDetails> details, Func<RowDetails, bool> isAll) =>
        details.All(isAll) || !details.Any(isAll);

    private static List<T> Used<T>(T[] dictionary, bool[] used)
    {
        var result = new List<T>();
        for (var i = 0; i < dictionary.Length; i++)
        {
            if (used[i])
            {
                result.Add(dictionary[i]);
            }
        }

        return result;
    }

    /// <summary>For each flow that has one, two selected rows with the same cell (all keys but the status).</summary>
    private static Dictionary<int, (int First, int Second)> FindDuplicates(TradeColumns s, Selection selection, bool[]? selected)
    {
        // The breakdowns that make a cell (status and quantities do not): one small code per distinct combination.
        var breakdownCode = new int[s.DetailDictionary.Length];
        var codes = new Dictionary<(CustomsRegime?, EnterpriseType?, TransportMode?, Territory?), int>();
        for (var i = 0; i < breakdownCode.Length; i++)
        {
            var d = s.DetailDictionary[i];
            var key = (d.CustomsRegime, d.EnterpriseType, d.TransportMode, d.SecondPartner);
            if (!codes.TryGetValue(key, out var code))
            {
                code = codes.Count;
                codes.Add(key, code);
            }

            breakdownCode[i] = code;
        }

        // A bitmap of every possible cell when it costs at most 8 bytes a row (the benchmark store: 249 partners x
        // 120 months x 8 flow codes x 1,152 headings = 34 MB, one pass); otherwise a sort of packed keys, 64-bit ones
        // when no row has a breakdown. The bitmap replaced a sort that took about 2 s for 10M rows.
        var cells = (UInt128)(ulong)s.ReporterDictionary.Length * (ulong)s.PartnerDictionary.Length * (ulong)(s.PeriodDictionary.Length << 3)
            * (ulong)s.CommodityDictionary.Length * (ulong)codes.Count;
        var duplicateKeys = cells <= (UInt128)s.Count * 64
            ? BitmapDuplicates(s, selected, breakdownCode, (long)cells)
            : codes.Count == 1
                ? SortedDuplicates(s, selection, row => Key64(s, row))
                : SortedDuplicates(s, selection, row => Key(s, breakdownCode, row));
        var result = new Dictionary<int, (int, int)>();
        foreach (var (flow, key) in duplicateKeys)
        {
            var first = -1;
            for (var row = 0; row < s.Count; row++)
            {
                if (selection.IsSelected(s, row) && Key(s, breakdownCode, row) == key)
                {
                    if (first >= 0)
                    {
                        result[flow] = (first, row);
                        break;
                    }

                    first = row;
                }
            }
        }

        return result;
    }

    private static Dictionary<int, UInt128> BitmapDuplicates(TradeColumns s, bool[]? selected, int[] breakdownCode, long cells)
    {
        var bits = new ulong[(cells + 63) / 64];
        long partners = s.PartnerDictionary.Length, periodFlows = s.PeriodDictionary.Length << 3, commodities = s.CommodityDictionary.Length;
        var result = new Dictionary<int, UInt128>();
        for (var i = 0; i < s.Count; i++)
        {
            if (selected is not null && !selected[i])
            {
                continue;
            }

            var breakdown = s.DetailColumn is null ? 0 : breakdownCode[s.DetailColumn[i]];
            var cell = ((((((breakdown * (long)s.ReporterDictionary.Length) + s.ReporterColumn[i]) * partners) + s.PartnerColumn[i]) * periodFlows) + s.PeriodFlowColumn[i]) * commodities + s.CommodityColumn[i];
            ref var word = ref bits[cell >> 6];
            var bit = 1UL << (int)(cell & 63);
            if ((word & bit) != 0)
            {
                result.TryAdd(s.PeriodFlowColumn[i] & 7, Key(s, breakdownCode, i));
            }

            word |= bit;
        }

        return result;
    }

    private static Dictionary<int, UInt128> SortedDuplicates<TKey>(TradeColumns s, Selection selection, Func<int, TKey> key)
        where TKey : System.Numerics.IBinaryInteger<TKey>
    {
        var keys = new TKey[s.Count];
        var n = 0;
        for (var i = 0; i < s.Count; i++)
        {
            if (selection.IsSelected(s, i))
            {
                keys[n++] = key(i);
            }
        }

        var sorted = keys.AsSpan(0, n);
        sorted.Sort();
        var result = new Dictionary<int, UInt128>();
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i] == sorted[i - 1])
            {
                var k = UInt128.CreateTruncating(sorted[i]);
                result.TryAdd(FlowOf(k), k);
            }
        }

        return result;
    }

    private static int FlowOf(UInt128 key) => (int)((ulong)key >> 16) & 7;

    private static ulong Key64(TradeColumns s, int row) =>
        ((ulong)s.ReporterColumn[row] << 48) | ((ulong)s.PartnerColumn[row] << 32) | ((ulong)s.PeriodFlowColumn[row] << 16) | s.CommodityColumn[row];

    private static UInt128 Key(TradeColumns s, int[] breakdownCode, int row) =>
        new((ulong)(uint)breakdownCode[s.DetailColumn is null ? 0 : s.DetailColumn[row]], Key64(s, row));
}
