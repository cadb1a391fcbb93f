namespace TradeStats.Analysis;

/// <content>Shares of parts in wholes: partners, reporters, any two series.</content>
public sealed partial class TradeSeries
{
    /// <summary>
    /// The share of a part in a whole for a flow and period, each summed with <see cref="ValueFor"/>: the share of
    /// private enterprises (<c>WhereEnterpriseType(EnterpriseType.Private)</c> in <c>WhereEnterpriseType(null)</c>), of a
    /// customs regime, of a partner.
    /// </summary>
    /// <param name="part">The observations of the part, such as one enterprise type's rows.</param>
    /// <param name="whole">The observations of the whole the part belongs to, in the same currency.</param>
    /// <param name="period">The period both values are summed for with <see cref="ValueFor"/>.</param>
    /// <param name="flow">The flow both values are taken for.</param>
    /// <returns>The share; undefined when either value is missing or the whole is zero.</returns>
    /// <exception cref="OverlappingLevelsException">A series double-counts.</exception>
    public static Ratio Share(TradeSeries part, TradeSeries whole, Period period, TradeFlow flow)
    {
        Guard.Against.Null(part);
        Guard.Against.Null(whole);
        return Ratio.Of(part.ValueFor(period, flow), whole.ValueFor(period, flow), "the part in " + period, "the whole in " + period);
    }

    /// <summary>
    /// A partner's share of a reporter's flow (Nepal in Xizang's trade), at the "all" level of every breakdown. The
    /// whole is the reporter's row for the world. For a group partner the group's own rows are used when present,
    /// its members' rows otherwise.
    /// </summary>
    /// <param name="reporter">The reporting territory whose trade is the whole.</param>
    /// <param name="partner">The partner or partner group whose trade is the part.</param>
    /// <param name="period">The period both values are summed for.</param>
    /// <param name="flow">The flow both values are taken for.</param>
    /// <returns>The partner's value over the reporter's value with the world; undefined when either is missing or the whole is zero.</returns>
    /// <exception cref="OverlappingLevelsException">The series double-counts.</exception>
    public Ratio PartnerShare(Territory reporter, Territory partner, Period period, TradeFlow flow)
    {
        Guard.Against.Null(partner);
        var mine = WhereReporter(reporter).AtAllBreakdowns();
        var part = mine.WherePartner(partner);
        if (part.Count == 0 && partner.Kind == TerritoryKind.Group)
        {
            part = mine.WherePartnerIn(partner);
        }

        return Share(part, mine.WherePartner(Territory.World), period, flow);
    }

    /// <summary>
    /// A reporter's share of a larger reporter's trade with a partner (Xizang-Nepal in China-Nepal), at the "all"
    /// level of every breakdown.
    /// </summary>
    /// <param name="reporter">The smaller reporter (a province).</param>
    /// <param name="largerReporter">The larger reporter (its country).</param>
    /// <param name="partner">The partner (the world for total trade).</param>
    /// <param name="period">The period both values are summed for.</param>
    /// <param name="flow">The flow both values are taken for.</param>
    /// <returns>The smaller reporter's value over the larger one's; undefined when either is missing or the larger is zero.</returns>
    /// <exception cref="OverlappingLevelsException">The series double-counts.</exception>
    public Ratio ReporterShare(Territory reporter, Territory largerReporter, Territory partner, Period period, TradeFlow flow)
    {
        var bilateral = AtAllBreakdowns().WherePartner(partner);
        return Share(bilateral.WhereReporter(reporter), bilateral.WhereReporter(largerReporter), period, flow);
    }
}
