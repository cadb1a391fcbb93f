using System.Globalization;

namespace TradeStats.Columnar;

/// <summary>
/// How the rows of a store map to groups: for each dimension, a look-up from the stored code to the group's index,
/// pre-multiplied by the dimension's stride, so that a row's cell is the sum of a few array reads.
/// Cells are ordered reporter, partner, period, flow, commodity, currency (most to least significant).
/// </summary>
internal sealed class GroupLayout
{
    internal const int ReporterDim = 0;
    internal const int PartnerDim = 1;
    internal const int PeriodDim = 2;
    internal const int FlowDim = 3;
    internal const int CommodityDim = 4;
    internal const int CurrencyDim = 5;

    private GroupLayout()
    {
    }

    public TradeKeys Keys { get; private init; }

    public bool ByCurrency { get; private init; }

    public PeriodKind? PeriodLevel { get; private init; }

    public int? HsLevel { get; private init; }

    /// <summary>Cardinality of each dimension (1 when not grouped).</summary>
    public long[] Cardinality { get; } = new long[6];

    /// <summary>Stride of each dimension in the cell index.</summary>
    public long[] Stride { get; } = new long[6];

    public long Cells { get; private set; }

    public long[]? ReporterLut { get; private set; }

    public long[]? PartnerLut { get; private set; }

    /// <summary>Indexed by the stored period-flow code (period &lt;&lt; 3 | flow).</summary>
    public long[]? PeriodFlowLut { get; private set; }

    public long[]? CommodityLut { get; private set; }

    public long[]? CurrencyLut { get; private set; }

    public Territory[] Reporters { get; private set; } = [];

    public Territory[] Partners { get; private set; } = [];

    public Period[] Periods { get; private set; } = [];

    public TradeFlow[] Flows { get; private set; } = [];

    public Commodity?[] Commodities { get; private set; } = [];

    public Currency[] Currencies { get; private set; } = [];

    /// <summary>For each stored period code, the index of its (rolled-up) period in <see cref="Periods"/>.</summary>
    public int[] PeriodIndexOfStored { get; private set; } = [];

    public static GroupLayout Create(TradeColumns store, TradeKeys keys, PeriodKind? periodLevel, int? hsLevel, bool byCurrency)
    {
        if ((keys & ~TradeKeys.All) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(keys), keys, "Unknown dimensions.");
        }

        if (hsLevel is { } h && h is not (2 or 4 or 6))
        {
            throw new ArgumentOutOfRangeException(nameof(hsLevel), hsLevel, "An HS level is 2, 4 or 6.");
        }

        if (store.HasBreakdowns)
        {
            throw new InvalidOperationException("The store has rows with customs-regime, enterprise-type, transport-mode or second-partner breakdowns; summing them with their totals would double-count, and the columnar engine does not group by them.");
        }

        var layout = new GroupLayout { Keys = keys, ByCurrency = byCurrency, PeriodLevel = periodLevel, HsLevel = hsLevel };
        var card = layout.Cardinality;

        // Reporters and partners keep their dictionary codes as group indexes.
        card[ReporterDim] = keys.HasFlag(TradeKeys.Reporter) ? store.ReporterDictionary.Length : 1;
        card[PartnerDim] = keys.HasFlag(TradeKeys.Partner) ? store.PartnerDictionary.Length : 1;
        layout.Reporters = keys.HasFlag(TradeKeys.Reporter) ? store.ReporterDictionary : [];
        layout.Partners = keys.HasFlag(TradeKeys.Partner) ? store.PartnerDictionary : [];

        // Periods: roll up, then order chronologically.
        var stored = store.PeriodDictionary;
        var rolled = new Period[stored.Length];
        for (var i = 0; i < stored.Length; i++)
        {
            rolled[i] = periodLevel is { } kind && keys.HasFlag(TradeKeys.Period) ? stored[i].RollUp(kind) : stored[i];
        }

        if (keys.HasFlag(TradeKeys.Period))
        {
            layout.Periods = [.. rolled.Distinct().Order()];
            var index = new Dictionary<Period, int>();
            for (var i = 0; i < layout.Periods.Length; i++)
            {
                index[layout.Periods[i]] = i;
            }

            layout.PeriodIndexOfStored = [.. rolled.Select(p => index[p])];
            card[PeriodDim] = layout.Periods.Length;
        }
        else
        {
            layout.PeriodIndexOfStored = new int[stored.Length];
            card[PeriodDim] = 1;
        }

        // Flows: only those present.
        var flowIndex = new int[8];
        if (keys.HasFlag(TradeKeys.Flow))
        {
            var flows = new List<TradeFlow>();
            for (var f = 0; f < 8; f++)
            {
                if ((store.FlowMask & (1 << f)) != 0)
                {
                    flowIndex[f] = flows.Count;
                    flows.Add((TradeFlow)f);
                }
            }

            layout.Flows = [.. flows];
            card[FlowDim] = flows.Count;
        }
        else
        {
            card[FlowDim] = 1;
        }

        // Commodities: roll up, then order (all goods first, then by code).
        int[]? commodityIndex = null;
        if (keys.HasFlag(TradeKeys.Commodity))
        {
            var rolledCommodities = store.CommodityDictionary.Select(c => RollUp(c, hsLevel)).ToArray();
            layout.Commodities = [.. rolledCommodities.Distinct().OrderBy(c => c is null ? 0 : 1).ThenBy(c => c?.Code, StringComparer.Ordinal)];
            var index = new Dictionary<Commodity, int>();
            var nullIndex = -1;
            for (var i = 0; i < layout.Commodities.Length; i++)
            {
                if (layout.Commodities[i] is { } c)
                {
                    index[c] = i;
                }
                else
                {
                    nullIndex = i;
                }
            }

            commodityIndex = [.. rolledCommodities.Select(c => c is null ? nullIndex : index[c])];
            card[CommodityDim] = layout.Commodities.Length;
        }
        else
        {
            card[CommodityDim] = 1;
        }

        layout.Currencies = byCurrency ? [.. store.Currencies] : [];
        card[CurrencyDim] = byCurrency ? store.Currencies.Length : 1;

        // Strides, least significant last; the cell count must fit a long.
        var cells = (UInt128)1;
        for (var d = 5; d >= 0; d--)
        {
            layout.Stride[d] = (long)cells;
            cells *= (ulong)card[d];
            if (cells > long.MaxValue)
            {
                throw new NotSupportedException(string.Create(CultureInfo.InvariantCulture, $"Grouping by {keys} gives more than {long.MaxValue} possible groups; group by fewer dimensions."));
            }
        }

        layout.Cells = (long)cells;
        layout.ReporterLut = keys.HasFlag(TradeKeys.Reporter) ? Identity(store.ReporterDictionary.Length, layout.Stride[ReporterDim]) : null;
        layout.PartnerLut = keys.HasFlag(TradeKeys.Partner) ? Identity(store.PartnerDictionary.Length, layout.Stride[PartnerDim]) : null;
        if (keys.HasFlag(TradeKeys.Period) || keys.HasFlag(TradeKeys.Flow))
        {
            var lut = new long[stored.Length << 3];
            for (var p = 0; p < stored.Length; p++)
            {
                for (var f = 0; f < 8; f++)
                {
                    lut[(p << 3) | f] = (layout.PeriodIndexOfStored[p] * layout.Stride[PeriodDim]) + (flowIndex[f] * layout.Stride[FlowDim]);
                }
            }

            layout.PeriodFlowLut = lut;
        }

        if (commodityIndex is not null)
        {
            layout.CommodityLut = [.. commodityIndex.Select(i => i * layout.Stride[CommodityDim])];
        }

        layout.CurrencyLut = byCurrency ? Identity(store.Currencies.Length, 1) : null;
        return layout;
    }

    public int IndexOf(long cell, int dimension) => (int)(cell / Stride[dimension] % Cardinality[dimension]);

    public long WithIndex(long cell, int dimension, int index) => cell + ((index - IndexOf(cell, dimension)) * Stride[dimension]);

    public GroupTotal ToGroupTotal(long cell, Money value, int rowCount) => ToGroupTotal(cell, value, rowCount, Keys);

    public GroupTotal ToGroupTotal(long cell, Money value, int rowCount, TradeKeys present) => new(
        present.HasFlag(TradeKeys.Reporter) ? Reporters[IndexOf(cell, ReporterDim)] : null,
        present.HasFlag(TradeKeys.Partner) ? Partners[IndexOf(cell, PartnerDim)] : null,
        present.HasFlag(TradeKeys.Period) ? Periods[IndexOf(cell, PeriodDim)] : null,
        present.HasFlag(TradeKeys.Flow) ? Flows[IndexOf(cell, FlowDim)] : null,
        present.HasFlag(TradeKeys.Commodity) ? Commodities[IndexOf(cell, CommodityDim)] : null,
        value,
        rowCount);

    public string Describe(long cell)
    {
        var g = ToGroupTotal(cell, default, 0);
        var parts = new List<string>();
        if (g.Reporter is not null)
        {
            parts.Add("reporter " + g.Reporter.Code);
        }

        if (g.Partner is not null)
        {
            parts.Add("partner " + g.Partner.Code);
        }

        if (g.Period is { } p)
        {
            parts.Add("period " + p);
        }

        if (g.Flow is { } f)
        {
            parts.Add("flow " + f);
        }

        if (Keys.HasFlag(TradeKeys.Commodity))
        {
            parts.Add("commodity " + (g.Commodity?.ToString() ?? "all goods"));
        }

        if (ByCurrency)
        {
            parts.Add("currency " + Currencies[IndexOf(cell, CurrencyDim)].Code);
        }

        return parts.Count == 0 ? "the grand total" : string.Join(", ", parts);
    }

    private static Commodity? RollUp(Commodity? commodity, int? level)
    {
        if (commodity is null || level is not { } l)
        {
            return commodity;
        }

        if (!commodity.IsCode)
        {
            throw new InvalidOperationException($"Cannot roll up to HS level {l}: '{commodity.Code}' is a named product group, not an HS code.");
        }

        if (!commodity.IsHs)
        {
            throw new InvalidOperationException($"Cannot roll up to HS level {l}: '{commodity}' is a {commodity.Classification!.Name} code, not an HS code; convert it with a correspondence table first.");
        }

        return commodity.RollUp(l);
    }

    private static long[] Identity(int length, long stride)
    {
        var lut = new long[length];
        for (var i = 0; i < length; i++)
        {
            lut[i] = i * stride;
        }

        return lut;
    }
}
