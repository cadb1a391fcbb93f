using System.Collections.Immutable;

namespace TradeStats.Analysis;

/// <content>Sums, flow totals, grouping and roll-ups.</content>
public sealed partial class TradeSeries
{
    /// <summary>The sum of the observations recorded with exactly one flow (a stated total for <see cref="TradeFlow.Total"/>).</summary>
    /// <param name="flow">The recorded flow to add up; <see cref="TradeFlow.Total"/> and <see cref="TradeFlow.Balance"/> are not derived from exports and imports.</param>
    /// <returns>The sum, or null when the series has no observation of that flow.</returns>
    /// <exception cref="OverlappingLevelsException">Two observations cover the same trade.</exception>
    /// <exception cref="CumulativePeriodException">Two year-to-date figures overlap.</exception>
    /// <exception cref="MixedCurrenciesException">The currencies differ.</exception>
    public Money? Sum(TradeFlow flow)
    {
        var list = Observations.Where(o => o.Flow == flow).ToList();
        LevelGuard.Check(list);
        Money? sum = null;
        foreach (var o in list)
        {
            sum = sum is { } s ? s + o.Value : o.Value;
        }

        return sum;
    }

    /// <summary>The flow totals of the whole series: exports, imports, and the derived total and balance.</summary>
    /// <returns>The exact sums of exports and imports, each null when none is recorded, with the total and balance derived from them.</returns>
    /// <exception cref="OverlappingLevelsException">Two observations of one flow cover the same trade.</exception>
    /// <exception cref="CumulativePeriodException">Two year-to-date figures of one flow overlap.</exception>
    /// <exception cref="MixedCurrenciesException">The currencies differ.</exception>
    public FlowTotals Totals()
    {
        GuardLevels();
        return FlowTotals.Of(Observations);
    }

    /// <summary>Groups by dimensions, without roll-ups.</summary>
    /// <param name="dimensions">The dimensions, combined with <c>|</c>.</param>
    /// <returns>The groups and the grand total.</returns>
    /// <exception cref="OverlappingLevelsException">Two observations of one flow cover the same trade.</exception>
    /// <exception cref="CumulativePeriodException">Two year-to-date figures of one flow overlap.</exception>
    /// <exception cref="MixedCurrenciesException">The currencies differ.</exception>
    public TradeGrouping GroupBy(TradeDimension dimensions) => GroupBy(new GroupingOptions(dimensions));

    /// <summary>
    /// Groups by a combination of dimensions with roll-ups (months to quarters to years, HS6 to HS4 to HS2, partners
    /// to partner groups), summing each flow per group. The whole series is checked first, so the groups partition
    /// it and add up to the grand total.
    /// </summary>
    /// <param name="options">The dimensions to group by and their roll-ups (period kind, HS level, partner groups).</param>
    /// <returns>The groups, in key order, and the grand total.</returns>
    /// <exception cref="OverlappingLevelsException">Two observations of one flow cover the same trade.</exception>
    /// <exception cref="CumulativePeriodException">Two year-to-date figures of one flow overlap.</exception>
    /// <exception cref="MixedCurrenciesException">The currencies differ.</exception>
    /// <exception cref="InvalidOperationException">An observation's period is longer than the period roll-up.</exception>
    /// <exception cref="ArgumentException">A partner belongs to two of the partner groups.</exception>
    /// <exception cref="OverflowException">A group's sum exceeds decimal's range; the message names the group.</exception>
    public TradeGrouping GroupBy(GroupingOptions options)
    {
        Guard.Against.Null(options);
        GuardLevels();
        return GroupingEngine.Build(options, Observations.Select(o => (o, 1)));
    }

    /// <summary>
    /// Aggregates the series to coarser periods (months to quarters or years), keeping every other dimension: one
    /// observation per cell and recorded flow. Quantities and sources are not carried over to sums.
    /// </summary>
    /// <param name="kind">Quarter, Half or Year (or Month).</param>
    /// <returns>A new series with one observation per cell and recorded flow, its value the exact sum over the finer periods.</returns>
    /// <exception cref="OverlappingLevelsException">Two observations of one flow cover the same trade.</exception>
    /// <exception cref="InvalidOperationException">An observation's period is longer than <paramref name="kind"/>.</exception>
    public TradeSeries RollUp(PeriodKind kind)
    {
        var grouping = GroupBy(new GroupingOptions(AllDimensions) { PeriodRollUp = kind });
        var result = new List<TradeObservation>();
        foreach (var g in grouping.Groups)
        {
            var k = g.Key;
            void Add(TradeFlow flow, Money? value)
            {
                if (value is { } v)
                {
                    result.Add(new TradeObservation(k.Reporter!, k.Partner!, k.Period!.Value, flow, v)
                    {
                        Commodity = k.Commodity,
                        CustomsRegime = k.CustomsRegime,
                        EnterpriseType = k.EnterpriseType,
                        TransportMode = k.TransportMode,
                        SecondPartner = k.SecondPartner,
                        Status = k.Status!.Value,
                    });
                }
            }

            Add(TradeFlow.Exports, g.Totals.Exports);
            Add(TradeFlow.Imports, g.Totals.Imports);
            Add(TradeFlow.Total, g.Totals.StatedTotal);
            Add(TradeFlow.Balance, g.Totals.StatedBalance);
            Add(TradeFlow.ReExports, g.Totals.ReExports);
            Add(TradeFlow.ReImports, g.Totals.ReImports);
        }

        return new TradeSeries(result);
    }
}
