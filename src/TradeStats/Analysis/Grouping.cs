using System.Collections.Immutable;
using System.Globalization;

namespace TradeStats.Analysis;

/// <summary>How to group a <see cref="TradeSeries"/>: by which dimensions, and with which roll-ups.</summary>
/// <example>
/// <code>
/// // Quarters by HS chapter, partners folded into Central Asia 5 where they belong to it.
/// var options = new GroupingOptions(TradeDimension.Period | TradeDimension.Commodity | TradeDimension.Partner)
/// {
///     PeriodRollUp = PeriodKind.Quarter,
///     HsLevel = 2,
///     PartnerGroups = [Territory.CentralAsia5],
/// };
/// </code>
/// </example>
public sealed record GroupingOptions
{
    private readonly int? _hsLevel;
    private readonly PeriodKind? _periodRollUp;

    /// <summary>Groups by a combination of dimensions.</summary>
    /// <param name="dimensions">The dimensions, combined with <c>|</c>; <see cref="TradeDimension.None"/> for a single group.</param>
    public GroupingOptions(TradeDimension dimensions)
    {
        Dimensions = dimensions;
    }

    /// <summary>The dimensions grouped by.</summary>
    public TradeDimension Dimensions { get; init; }

    /// <summary>
    /// Rolls periods up to the enclosing month, quarter, half or year before grouping (months to quarters to years);
    /// null keeps each period as it is. An observation spanning more than one period of that kind is refused.
    /// </summary>
    /// <exception cref="ArgumentException">Set to <see cref="PeriodKind.Range"/>.</exception>
    public PeriodKind? PeriodRollUp
    {
        get => _periodRollUp;
        init => _periodRollUp = value is PeriodKind.Range || (value is { } k && !Enum.IsDefined(k))
            ? throw new ArgumentException("Periods roll up to Month, Quarter, Half or Year, not to a Range.", nameof(value))
            : value;
    }

    /// <summary>
    /// Rolls HS codes up to this level (2 or 4) before grouping (HS6 to HS4 to HS2); null keeps codes as they are.
    /// Codes already coarser than the level, named product groups and "all goods" are kept as they are. A code of
    /// another classification (SITC, BEC, CN, a national nomenclature) has no HS level: grouping it with this option
    /// throws <see cref="InvalidOperationException"/> naming the code, rather than passing it through unrolled.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to something other than 2, 4 or 6.</exception>
    public int? HsLevel
    {
        get => _hsLevel;
        init => _hsLevel = value is null or 2 or 4 or 6 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The HS level is 2, 4 or 6.");
    }

    /// <summary>
    /// Partner groups to fold single partners into: a partner that is a member of one of these groups throughout the
    /// observation's period is grouped under that group; a partner in none of them keeps its own code. A partner in
    /// two of them is refused as ambiguous.
    /// </summary>
    public IReadOnlyList<Territory>? PartnerGroups { get; init; }
}

/// <summary>
/// The key of one group: the value of each grouped dimension. Dimensions not grouped by are null; a grouped
/// breakdown that is null means "all" (all goods, all enterprises), as on <see cref="TradeObservation"/>.
/// </summary>
/// <param name="Dimensions">The dimensions this key carries.</param>
/// <param name="Reporter">The reporter, when grouped by reporter.</param>
/// <param name="Partner">The partner or partner group, when grouped by partner.</param>
/// <param name="Period">The period (after roll-up), when grouped by period.</param>
/// <param name="Commodity">The commodity (after HS roll-up), when grouped by commodity; null for all goods.</param>
/// <param name="CustomsRegime">The customs regime, when grouped by it; null for all regimes.</param>
/// <param name="EnterpriseType">The enterprise type, when grouped by it; null for all enterprises.</param>
/// <param name="TransportMode">The transport mode, when grouped by it; null for all modes.</param>
/// <param name="Status">The status, when grouped by it.</param>
/// <param name="SecondPartner">The second partner, when grouped by it; null for all second partners.</param>
public sealed record GroupKey(
    TradeDimension Dimensions,
    Territory? Reporter = null,
    Territory? Partner = null,
    Period? Period = null,
    Commodity? Commodity = null,
    CustomsRegime? CustomsRegime = null,
    EnterpriseType? EnterpriseType = null,
    TransportMode? TransportMode = null,
    ObservationStatus? Status = null,
    Territory? SecondPartner = null)
{
    /// <summary>The values of the grouped dimensions separated by spaces, such as <c>CN-XZ NP 2024</c>; <c>(all)</c> for no dimension.</summary>
    /// <returns>The grouped dimensions' values separated by spaces, such as <c>CN-XZ NP 2024</c>, or <c>(all)</c> when none is grouped.</returns>
    public override string ToString()
    {
        var parts = new List<string>();
        if (Dimensions.HasFlag(TradeDimension.Reporter))
        {
            parts.Add(Reporter?.Code ?? "?");
        }

        if (Dimensions.HasFlag(TradeDimension.Partner))
        {
            parts.Add(Partner?.Code ?? "?");
        }

        if (Dimensions.HasFlag(TradeDimension.Period))
        {
            parts.Add(Period?.ToString() ?? "?");
        }

        if (Dimensions.HasFlag(TradeDimension.Commodity))
        {
            parts.Add(Commodity?.ToString() ?? "all goods");
        }

        if (Dimensions.HasFlag(TradeDimension.CustomsRegime))
        {
            parts.Add(CustomsRegime?.ToString() ?? "all regimes");
        }

        if (Dimensions.HasFlag(TradeDimension.EnterpriseType))
        {
            parts.Add(EnterpriseType?.ToString() ?? "all enterprises");
        }

        if (Dimensions.HasFlag(TradeDimension.TransportMode))
        {
            parts.Add(TransportMode?.ToString() ?? "all modes");
        }

        if (Dimensions.HasFlag(TradeDimension.Status))
        {
            parts.Add(Status?.ToString() ?? "?");
        }

        if (Dimensions.HasFlag(TradeDimension.SecondPartner))
        {
            parts.Add(SecondPartner?.Code ?? "all second partners");
        }

        return parts.Count == 0 ? "(all)" : string.Join(' ', parts);
    }

    internal static GroupKey For(TradeObservation o, GroupingOptions options)
    {
        var d = options.Dimensions;
        return new GroupKey(
            d,
            d.HasFlag(TradeDimension.Reporter) ? o.Reporter : null,
            d.HasFlag(TradeDimension.Partner) ? MapPartner(o.Partner, o.Period, o, options.PartnerGroups) : null,
            d.HasFlag(TradeDimension.Period) ? RollUpPeriod(o.Period, o, options.PeriodRollUp) : null,
            d.HasFlag(TradeDimension.Commodity) ? RollUpCommodity(o.Commodity, options.HsLevel) : null,
            d.HasFlag(TradeDimension.CustomsRegime) ? o.CustomsRegime : null,
            d.HasFlag(TradeDimension.EnterpriseType) ? o.EnterpriseType : null,
            d.HasFlag(TradeDimension.TransportMode) ? o.TransportMode : null,
            d.HasFlag(TradeDimension.Status) ? o.Status : null,
            d.HasFlag(TradeDimension.SecondPartner) ? o.SecondPartner : null);
    }

    /// <summary>
    /// The key of a cell summed elsewhere (by a database): <paramref name="cell"/> carries the raw values of the
    /// grouped dimensions (and the period when partners are folded into groups), which are rolled up as
    /// <see cref="For(TradeObservation, GroupingOptions)"/> rolls up an observation's.
    /// </summary>
    internal static GroupKey ForCell(GroupKey cell, GroupingOptions options)
    {
        var d = options.Dimensions;
        if (d.HasFlag(TradeDimension.Partner) && options.PartnerGroups is { Count: > 0 } && cell.Period is null)
        {
            throw new ArgumentException($"Cell {cell} lacks the period that folding partners into groups needs.", nameof(cell));
        }

        return new GroupKey(
            d,
            d.HasFlag(TradeDimension.Reporter) ? cell.Reporter : null,
            d.HasFlag(TradeDimension.Partner) ? MapPartner(Required(cell.Partner, cell), cell.Period ?? default, cell, options.PartnerGroups) : null,
            d.HasFlag(TradeDimension.Period) ? RollUpPeriod(cell.Period ?? throw new ArgumentException($"Cell {cell} lacks its period.", nameof(cell)), cell, options.PeriodRollUp) : null,
            d.HasFlag(TradeDimension.Commodity) ? RollUpCommodity(cell.Commodity, options.HsLevel) : null,
            d.HasFlag(TradeDimension.CustomsRegime) ? cell.CustomsRegime : null,
            d.HasFlag(TradeDimension.EnterpriseType) ? cell.EnterpriseType : null,
            d.HasFlag(TradeDimension.TransportMode) ? cell.TransportMode : null,
            d.HasFlag(TradeDimension.Status) ? cell.Status ?? ObservationStatus.Final : null,
            d.HasFlag(TradeDimension.SecondPartner) ? cell.SecondPartner : null);

        static Territory Required(Territory? partner, GroupKey cell) => partner ?? throw new ArgumentException($"Cell {cell} lacks its partner.", nameof(cell));
    }

    internal static int Compare(GroupKey? a, GroupKey? b)
    {
        if (a is null || b is null)
        {
            return a is null ? (b is null ? 0 : -1) : 1;
        }

        var c = string.CompareOrdinal(a.Reporter?.Code, b.Reporter?.Code);
        c = c != 0 ? c : string.CompareOrdinal(a.Partner?.Code, b.Partner?.Code);
        c = c != 0 ? c : Nullable.Compare(a.Period, b.Period);
        c = c != 0 ? c : string.CompareOrdinal(a.Commodity?.Code, b.Commodity?.Code);
        c = c != 0 ? c : Nullable.Compare(a.CustomsRegime, b.CustomsRegime);
        c = c != 0 ? c : Nullable.Compare(a.EnterpriseType, b.EnterpriseType);
        c = c != 0 ? c : Nullable.Compare(a.TransportMode, b.TransportMode);
        c = c != 0 ? c : Nullable.Compare(a.Status, b.Status);
        return c != 0 ? c : string.CompareOrdinal(a.SecondPartner?.Code, b.SecondPartner?.Code);
    }

    // 'what' (the observation or cell) is formatted only into a message, so the hot path never builds a string.
    private static Territory MapPartner(Territory partner, Period period, object what, IReadOnlyList<Territory>? groups)
    {
        if (groups is null || groups.Count == 0 || partner.Kind is TerritoryKind.World or TerritoryKind.Group)
        {
            return partner;
        }

        Territory? found = null;
        foreach (var g in groups)
        {
            if (g.IsMember(partner, period))
            {
                if (found is not null && found != g)
                {
                    throw new ArgumentException(
                        $"Partner {partner.Code} of '{what}' belongs to both {found.Code} and {g.Code} during {period}; give partner groups that do not share members.",
                        nameof(groups));
                }

                found = g;
            }
        }

        return found ?? partner;
    }

    private static Period RollUpPeriod(Period period, object what, PeriodKind? kind)
    {
        if (kind is not { } k)
        {
            return period;
        }

        if (period.LengthInMonths > (int)k)
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture,
                $"Cannot roll '{what}' up to a {k}: its period {period} is longer than a {k}."));
        }

        try
        {
            return period.RollUp(k);
        }
        catch (InvalidOperationException e)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Cannot roll '{what}' up to a {k}: {e.Message}"), e);
        }
    }

    private static Commodity? RollUpCommodity(Commodity? c, int? level)
    {
        if (c is { IsCode: true, IsHs: false } && level is { } hs)
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture,
                $"Cannot roll '{c}' up to HS level {hs}: it is a {c.Classification!.Name} code, not an HS code. Convert it with a correspondence table first, or group without HsLevel."));
        }

        return c is { HsLevel: { } own } && level is { } l && own > l ? c.RollUp(l) : c;
    }
}

/// <summary>One group of a <see cref="TradeGrouping"/>: its key and its flow totals.</summary>
/// <param name="Key">The group's key.</param>
/// <param name="Totals">The group's exports, imports, total and balance.</param>
public sealed record TradeGroup(GroupKey Key, FlowTotals Totals);

/// <summary>The result of <see cref="TradeSeries.GroupBy(GroupingOptions)"/>: the groups in key order and the grand total.</summary>
/// <remarks>The groups partition the series: their flow sums add up exactly to <see cref="GrandTotal"/>.</remarks>
/// <param name="Options">The grouping that produced this result.</param>
/// <param name="Groups">The groups, ordered by reporter, partner, period, commodity and the other breakdowns.</param>
/// <param name="GrandTotal">The totals of the whole series.</param>
public sealed record TradeGrouping(GroupingOptions Options, ImmutableArray<TradeGroup> Groups, FlowTotals GrandTotal)
{
    /// <summary>Each group's share of the grand total of a flow, in group order.</summary>
    /// <param name="flow">The flow; exports, imports or total (a share of a balance has no meaning).</param>
    /// <returns>One share per group; undefined (with the reason) where a value is missing or the grand total is zero.</returns>
    /// <exception cref="ArgumentException">The flow is <see cref="TradeFlow.Balance"/>.</exception>
    public ImmutableArray<GroupShare> Shares(TradeFlow flow)
    {
        Shares_RefuseBalance(flow);
        var whole = GrandTotal[flow];
        return [.. Groups.Select(g => new GroupShare(g.Key, g.Totals[flow], Ratio.Of(g.Totals[flow], whole, $"{flow} of {g.Key}", $"{flow} of the grand total")))];
    }

    /// <summary>The largest <paramref name="count"/> groups by a flow, followed by one "others" row for the rest.</summary>
    /// <param name="count">How many groups to list, at least one.</param>
    /// <param name="flow">The flow to rank by.</param>
    /// <returns>The ranked shares; the last row has a null key and stands for all other groups, when there are any.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is below one.</exception>
    /// <exception cref="ArgumentException">The flow is <see cref="TradeFlow.Balance"/>.</exception>
    /// <exception cref="InvalidOperationException">A group has no value for the flow, so it cannot be ranked.</exception>
    public ImmutableArray<GroupShare> Top(int count, TradeFlow flow)
    {
        Guard.Against.LessThan(count, 1);
        Shares_RefuseBalance(flow);
        var whole = GrandTotal[flow];
        var values = Groups.Select(g => (g.Key, Value: g.Totals[flow] ?? throw new InvalidOperationException($"Group {g.Key} has no {flow} value, so it cannot be ranked by {flow}."))).ToList();
        var ranked = values.OrderByDescending(v => v.Value.Amount).ThenBy(v => v.Key, Comparer<GroupKey>.Create(GroupKey.Compare)).ToList();
        var result = ImmutableArray.CreateBuilder<GroupShare>();
        foreach (var (key, value) in ranked.Take(count))
        {
            result.Add(new GroupShare(key, value, Ratio.Of(value, whole, $"{flow} of {key}", $"{flow} of the grand total")));
        }

        if (ranked.Count > count)
        {
            var rest = ranked.Skip(count).Select(v => v.Value).Aggregate((a, b) => a + b);
            result.Add(new GroupShare(null, rest, Ratio.Of(rest, whole, $"{flow} of the others", $"{flow} of the grand total")));
        }

        return result.ToImmutable();
    }

    /// <summary>The concentration of a flow over the groups (for instance partners): Herfindahl-Hirschman index and equivalent number.</summary>
    /// <param name="flow">The flow whose values are compared across the groups, such as exports.</param>
    /// <returns>The Herfindahl-Hirschman index of the groups' shares, with the equivalent number of equal groups.</returns>
    /// <exception cref="InvalidOperationException">A group has no value for the flow.</exception>
    /// <exception cref="ArgumentException">A value is negative or all are zero.</exception>
    public Concentration Concentration(TradeFlow flow) =>
        Analysis.Concentration.Of(Groups.Select(g => g.Totals[flow] ?? throw new InvalidOperationException($"Group {g.Key} has no {flow} value.")));

    private static void Shares_RefuseBalance(TradeFlow flow)
    {
        if (flow == TradeFlow.Balance)
        {
            throw new ArgumentException("A share of a balance has no meaning: balances of parts can have opposite signs.", nameof(flow));
        }
    }
}

/// <summary>One group's value of a flow and its share of the whole.</summary>
/// <param name="Key">The group's key; null for the "others" row of <see cref="TradeGrouping.Top"/>.</param>
/// <param name="Value">The group's value; null when the group has none for the flow.</param>
/// <param name="Share">The group's value over the grand total's for the flow; undefined when either is missing or the grand total is zero.</param>
public sealed record GroupShare(GroupKey? Key, Money? Value, Ratio Share);
