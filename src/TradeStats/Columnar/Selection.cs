using TradeStats.Sources;

namespace TradeStats.Columnar;

/// <summary>
/// A <see cref="TradeQuery"/> evaluated once per dictionary entry instead of once per row: for each column, which
/// stored codes pass. A row is selected when every one of its codes passes, which is exactly
/// <see cref="TradeQuery.Matches"/> of its observation, since the query is a conjunction of one test per field.
/// </summary>
internal sealed class Selection
{
    private Selection(TradeColumns store, TradeQuery query)
    {
        Reporter = [.. store.ReporterDictionary.Select(query.MatchesReporter)];
        Partner = [.. store.PartnerDictionary.Select(query.MatchesPartner)];
        Period = [.. store.PeriodDictionary.Select(query.MatchesPeriod)];
        Flow = [.. Enumerable.Range(0, 8).Select(f => query.MatchesFlow((TradeFlow)f))];
        Commodity = [.. store.CommodityDictionary.Select(query.MatchesCommodity)];
        Detail = [.. store.DetailDictionary.Select(d => query.MatchesBreakdowns(d.CustomsRegime, d.EnterpriseType, d.TransportMode, d.SecondPartner))];
        var filtered = ColumnDims.None;
        filtered |= Reporter.All(x => x) ? ColumnDims.None : ColumnDims.Reporter;
        filtered |= Partner.All(x => x) ? ColumnDims.None : ColumnDims.Partner;
        filtered |= Period.All(x => x) ? ColumnDims.None : ColumnDims.Period;
        filtered |= Flow.All(x => x) ? ColumnDims.None : ColumnDims.Flow;
        filtered |= Commodity.All(x => x) ? ColumnDims.None : ColumnDims.Commodity;
        // Without a detail column every row has entry 0: either all pass or none does.
        filtered |= Detail.All(x => x) || store.DetailColumn is null ? ColumnDims.None : ColumnDims.Detail;
        FilteredDims = filtered;
        IsEmpty = store.DetailColumn is null && !Detail[0];
    }

    public bool[] Reporter { get; }

    public bool[] Partner { get; }

    public bool[] Period { get; }

    public bool[] Flow { get; }

    public bool[] Commodity { get; }

    public bool[] Detail { get; }

    /// <summary>The columns where some stored code is filtered out.</summary>
    public ColumnDims FilteredDims { get; }

    /// <summary>Whether nothing is filtered out.</summary>
    public bool IsAll => FilteredDims == ColumnDims.None && !IsEmpty;

    /// <summary>Whether the filter leaves no row for a reason the look-ups cannot express (a breakdown filter on a store without breakdowns).</summary>
    public bool IsEmpty { get; }

    public static Selection Of(TradeColumns store, TradeQuery? query) => new(store, query ?? TradeQuery.All);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool IsSelected(TradeColumns s, int row)
    {
        var pf = s.PeriodFlowColumn[row];
        return Reporter[s.ReporterColumn[row]] && Partner[s.PartnerColumn[row]] && Period[pf >> 3] && Flow[pf & 7]
            && Commodity[s.CommodityColumn[row]] && Detail[s.DetailColumn is null ? 0 : s.DetailColumn[row]];
    }
}
