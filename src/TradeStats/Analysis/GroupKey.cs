using System.Globalization;

namespace TradeStats.Analysis;

/// <summary>
/// The key of one group: the value of each grouped dimension. Dimensions not grouped by are null; a grouped
/// breakdown that is null means "all" (all goods, all enterprises), as on <see cref="TradeObservation"/>.
/// </summary>
/// <param name="Dimensions">The dimensions this key carries.</param>
/// <param name="Reporter">The reporter, when grouped by reporter.</param>
/// <param name="Partner">The partner or partner group, when grouped by partner.</param>
/// <param name="Period">The period (after roll-up), when grouped by period.</param>
/// <param name="Commodity">The commodity (after product-group and HS roll-up), when grouped by commodity; null for all goods.</param>
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

    /// <summary>This key without some of its dimensions: the key of the whole that the groups differing only in those dimensions add up to.</summary>
    /// <param name="dimensions">The dimensions to drop.</param>
    /// <returns>A key carrying the remaining dimensions, with the dropped ones null.</returns>
    public GroupKey Without(TradeDimension dimensions) => new(
        Dimensions & ~dimensions,
        dimensions.HasFlag(TradeDimension.Reporter) ? null : Reporter,
        dimensions.HasFlag(TradeDimension.Partner) ? null : Partner,
        dimensions.HasFlag(TradeDimension.Period) ? null : Period,
        dimensions.HasFlag(TradeDimension.Commodity) ? null : Commodity,
        dimensions.HasFlag(TradeDimension.CustomsRegime) ? null : CustomsRegime,
        dimensions.HasFlag(TradeDimension.EnterpriseType) ? null : EnterpriseType,
        dimensions.HasFlag(TradeDimension.TransportMode) ? null : TransportMode,
        dimensions.HasFlag(TradeDimension.Status) ? null : Status,
        dimensions.HasFlag(TradeDimension.SecondPartner) ? null : SecondPartner);

    internal static GroupKey For(TradeObservation o, GroupingOptions options)
    {
        var d = options.Dimensions;
        return new GroupKey(
            d,
            d.HasFlag(TradeDimension.Reporter) ? o.Reporter : null,
            d.HasFlag(TradeDimension.Partner) ? MapPartner(o, options.PartnerGroups) : null,
            d.HasFlag(TradeDimension.Period) ? RollUpPeriod(o, options.PeriodRollUp) : null,
            d.HasFlag(TradeDimension.Commodity) ? MapCommodity(o.Commodity, options, strict: true) : null,
            d.HasFlag(TradeDimension.CustomsRegime) ? o.CustomsRegime : null,
            d.HasFlag(TradeDimension.EnterpriseType) ? o.EnterpriseType : null,
            d.HasFlag(TradeDimension.TransportMode) ? o.TransportMode : null,
            d.HasFlag(TradeDimension.Status) ? o.Status : null,
            d.HasFlag(TradeDimension.SecondPartner) ? o.SecondPartner : null);
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

    private static Territory MapPartner(TradeObservation o, IReadOnlyList<Territory>? groups)
    {
        if (groups is null || groups.Count == 0 || o.Partner.Kind is TerritoryKind.World or TerritoryKind.Group)
        {
            return o.Partner;
        }

        Territory? found = null;
        foreach (var g in groups)
        {
            if (g.IsMember(o.Partner, o.Period))
            {
                if (found is not null && found != g)
                {
                    throw new ArgumentException(
                        $"Partner {o.Partner.Code} of '{o}' belongs to both {found.Code} and {g.Code} during {o.Period}; give partner groups that do not share members.",
                        nameof(groups));
                }

                found = g;
            }
        }

        return found ?? o.Partner;
    }

    private static Period RollUpPeriod(TradeObservation o, PeriodKind? kind)
    {
        if (kind is not { } k)
        {
            return o.Period;
        }

        if (o.Period.LengthInMonths > (int)k)
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture,
                $"Cannot roll '{o}' up to a {k}: its period {o.Period} is longer than a {k}."));
        }

        try
        {
            return o.Period.RollUp(k);
        }
        catch (InvalidOperationException e)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Cannot roll '{o}' up to a {k}: {e.Message}"), e);
        }
    }

    /// <summary>
    /// The commodity a row is grouped under: its product group, else its code rolled up to the HS level. Applying it
    /// twice gives the same result (a group maps to itself; a rolled code outside every group stays outside), so the
    /// columnar engine can map its dictionary and the grouping code map the cells again. Not strict, a non-HS code
    /// with an HS level is kept as it is (for dictionary entries that no selected row uses).
    /// </summary>
    internal static Commodity? MapCommodity(Commodity? c, GroupingOptions options, bool strict)
    {
        if (c is not null && options.ProductGroups is { } groups && groups.GroupOf(c) is { } group)
        {
            return group;
        }

        return strict || c is not { IsCode: true, IsHs: false } ? RollUpCommodity(c, options.HsLevel) : c;
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
