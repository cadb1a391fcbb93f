using System.Globalization;
using TradeStats.Analysis;

namespace TradeStats.Columnar;

/// <summary>The columns an inner aggregation keeps apart; everything else is summed over.</summary>
[Flags]
internal enum ColumnDims
{
    None = 0,
    Reporter = 1,
    Partner = 2,
    Period = 4,
    Flow = 8,
    Commodity = 16,
    Detail = 32,
    Currency = 64,
}

/// <summary>
/// How the rows of a store map to the cells of an inner aggregation: for each column, a look-up from the stored code
/// to the cell's index, pre-multiplied by the dimension's stride, so that a row's cell is the sum of a few array reads.
/// A row that the query filters out maps to a negative cell (its look-ups hold <see cref="Discard"/>).
/// </summary>
/// <remarks>
/// The cells are partial sums, not the user's groups: <see cref="GroupingEngine"/> turns them into groups with the
/// same code that <see cref="TradeSeries.GroupBy(GroupingOptions)"/> runs, so both engines agree by construction.
/// </remarks>
internal sealed class GroupLayout
{
    internal const int ReporterDim = 0;
    internal const int PartnerDim = 1;
    internal const int PeriodDim = 2;
    internal const int FlowDim = 3;
    internal const int CommodityDim = 4;
    internal const int DetailDim = 5;
    internal const int CurrencyDim = 6;
    private const int DimCount = 7;

    /// <summary>Added to a row's cell when the query filters the row out: any sum holding it is negative.</summary>
    internal const long Discard = -(1L << 56);

    private GroupLayout()
    {
    }

    public ColumnDims Dims { get; private init; }

    public long[] Cardinality { get; } = new long[DimCount];

    public long[] Stride { get; } = new long[DimCount];

    public long Cells { get; private set; }

    /// <summary>Whether some look-up holds <see cref="Discard"/>, so that the loops must skip negative cells.</summary>
    public bool Filters { get; private set; }

    public long[]? ReporterLut { get; private set; }

    public long[]? PartnerLut { get; private set; }

    /// <summary>Indexed by the stored period-flow code (period &lt;&lt; 3 | flow).</summary>
    public long[]? PeriodFlowLut { get; private set; }

    public long[]? CommodityLut { get; private set; }

    public long[]? DetailLut { get; private set; }

    public long[]? CurrencyLut { get; private set; }

    public Territory[] Reporters { get; private set; } = [];

    public Territory[] Partners { get; private set; } = [];

    public Period[] Periods { get; private set; } = [];

    public Commodity?[] Commodities { get; private set; } = [];

    public RowDetails[] Details { get; private set; } = [];

    public Currency[] Currencies { get; private set; } = [];

    /// <summary>Creates the layout; roll-ups were checked by the caller (every selected period and code rolls up).</summary>
    public static GroupLayout Create(TradeColumns store, Selection selection, ColumnDims dims, PeriodKind? periodLevel, GroupingOptions options, Func<RowDetails, RowDetails> detailProjection)
    {
        var layout = new GroupLayout { Dims = dims };
        var card = layout.Cardinality;
        var keep = dims | selection.FilteredDims;

        card[ReporterDim] = dims.HasFlag(ColumnDims.Reporter) ? store.ReporterDictionary.Length : 1;
        card[PartnerDim] = dims.HasFlag(ColumnDims.Partner) ? store.PartnerDictionary.Length : 1;
        layout.Reporters = store.ReporterDictionary;
        layout.Partners = store.PartnerDictionary;

        // Periods: roll up, then order chronologically.
        var stored = store.PeriodDictionary;
        var periodIndexOfStored = new int[stored.Length];
        if (dims.HasFlag(ColumnDims.Period))
        {
            var rolled = new Period[stored.Length];
            for (var i = 0; i < stored.Length; i++)
            {
                // A period that no selected row uses may not roll up (a year in a grouping by quarter, filtered
                // out): it keeps its own cell, which stays empty. Selected rows were checked before.
                rolled[i] = periodLevel is { } kind && stored[i].LengthInMonths <= (int)kind && TryRollUp(stored[i], kind, out var r) ? r : stored[i];
            }

            layout.Periods = [.. rolled.Distinct().Order()];
            var index = new Dictionary<Period, int>();
            for (var i = 0; i < layout.Periods.Length; i++)
            {
                index[layout.Periods[i]] = i;
            }

            periodIndexOfStored = [.. rolled.Select(p => index[p])];
            card[PeriodDim] = layout.Periods.Length;
        }
        else
        {
            card[PeriodDim] = 1;
        }

        card[FlowDim] = dims.HasFlag(ColumnDims.Flow) ? 8 : 1;

        // Commodities: fold into product groups, roll the rest up (named groups and codes already coarser stay as
        // they are), once per dictionary entry, with the grouping code's own mapping.
        int[]? commodityIndex = null;
        if (dims.HasFlag(ColumnDims.Commodity))
        {
            var rolledCommodities = store.CommodityDictionary.Select(c => GroupKey.MapCommodity(c, options, strict: false)).ToArray();
            layout.Commodities = [.. rolledCommodities.Distinct()];
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

        int[]? detailIndex = null;
        if (dims.HasFlag(ColumnDims.Detail))
        {
            var projected = store.DetailDictionary.Select(detailProjection).ToArray();
            layout.Details = [.. projected.Distinct()];
            var index = new Dictionary<RowDetails, int>();
            for (var i = 0; i < layout.Details.Length; i++)
            {
                index[layout.Details[i]] = i;
            }

            detailIndex = [.. projected.Select(d => index[d])];
            card[DetailDim] = layout.Details.Length;
        }
        else
        {
            card[DetailDim] = 1;
        }

        layout.Currencies = [.. store.Currencies];
        card[CurrencyDim] = dims.HasFlag(ColumnDims.Currency) ? store.Currencies.Length : 1;

        // Strides, least significant last; the cell count must stay far below the discard offset.
        var cells = (UInt128)1;
        for (var d = DimCount - 1; d >= 0; d--)
        {
            layout.Stride[d] = (long)cells;
            cells *= (ulong)card[d];
            if (cells >= 1UL << 48)
            {
                throw new NotSupportedException(string.Create(CultureInfo.InvariantCulture, $"The grouping gives more than 2^48 possible cells; group by fewer dimensions."));
            }
        }

        layout.Cells = (long)cells;
        layout.Filters = selection.FilteredDims != ColumnDims.None;
        if (keep.HasFlag(ColumnDims.Reporter))
        {
            layout.ReporterLut = Lut(store.ReporterDictionary.Length, i => dims.HasFlag(ColumnDims.Reporter) ? i * layout.Stride[ReporterDim] : 0, selection.Reporter);
        }

        if (keep.HasFlag(ColumnDims.Partner))
        {
            layout.PartnerLut = Lut(store.PartnerDictionary.Length, i => dims.HasFlag(ColumnDims.Partner) ? i * layout.Stride[PartnerDim] : 0, selection.Partner);
        }

        if (keep.HasFlag(ColumnDims.Period) || keep.HasFlag(ColumnDims.Flow))
        {
            var lut = new long[stored.Length << 3];
            for (var p = 0; p < stored.Length; p++)
            {
                for (var f = 0; f < 8; f++)
                {
                    var code = (p << 3) | f;
                    lut[code] = !selection.Period[p] || !selection.Flow[f]
                        ? Discard
                        : (dims.HasFlag(ColumnDims.Period) ? periodIndexOfStored[p] * layout.Stride[PeriodDim] : 0)
                          + (dims.HasFlag(ColumnDims.Flow) ? f * layout.Stride[FlowDim] : 0);
                }
            }

            layout.PeriodFlowLut = lut;
        }

        if (keep.HasFlag(ColumnDims.Commodity))
        {
            layout.CommodityLut = Lut(store.CommodityDictionary.Length, i => commodityIndex is null ? 0 : commodityIndex[i] * layout.Stride[CommodityDim], selection.Commodity);
        }

        if (keep.HasFlag(ColumnDims.Detail))
        {
            layout.DetailLut = Lut(store.DetailDictionary.Length, i => detailIndex is null ? 0 : detailIndex[i] * layout.Stride[DetailDim], selection.Detail);
        }

        layout.CurrencyLut = dims.HasFlag(ColumnDims.Currency) ? Lut(store.Currencies.Length, i => i, null) : null;
        return layout;
    }

    public int IndexOf(long cell, int dimension) => (int)(cell / Stride[dimension] % Cardinality[dimension]);

    /// <summary>Describes a cell for an overflow message.</summary>
    public string Describe(long cell)
    {
        var parts = new List<string>();
        if (Dims.HasFlag(ColumnDims.Reporter))
        {
            parts.Add("reporter " + Reporters[IndexOf(cell, ReporterDim)].Code);
        }

        if (Dims.HasFlag(ColumnDims.Partner))
        {
            parts.Add("partner " + Partners[IndexOf(cell, PartnerDim)].Code);
        }

        if (Dims.HasFlag(ColumnDims.Period))
        {
            parts.Add("period " + Periods[IndexOf(cell, PeriodDim)]);
        }

        if (Dims.HasFlag(ColumnDims.Flow))
        {
            parts.Add("flow " + (TradeFlow)IndexOf(cell, FlowDim));
        }

        if (Dims.HasFlag(ColumnDims.Commodity))
        {
            parts.Add("commodity " + (Commodities[IndexOf(cell, CommodityDim)]?.ToString() ?? "all goods"));
        }

        if (Dims.HasFlag(ColumnDims.Currency))
        {
            parts.Add("currency " + Currencies[IndexOf(cell, CurrencyDim)].Code);
        }

        return parts.Count == 0 ? "the grand total" : string.Join(", ", parts);
    }

    private static bool TryRollUp(Period period, PeriodKind kind, out Period rolled)
    {
        try
        {
            rolled = period.RollUp(kind);
            return true;
        }
        catch (InvalidOperationException)
        {
            rolled = period;
            return false;
        }
    }

    private static long[] Lut(int length, Func<int, long> offset, bool[]? selected)
    {
        var lut = new long[length];
        for (var i = 0; i < length; i++)
        {
            lut[i] = selected is null || selected[i] ? offset(i) : Discard;
        }

        return lut;
    }
}
