using System.Globalization;

namespace TradeStats.Analysis;

/// <content>Single months derived from cumulative year-to-date figures.</content>
public sealed partial class TradeSeries
{
    /// <summary>
    /// Derives single months from cumulative year-to-date figures explicitly: October = January-October minus
    /// January-September, January = January itself. Every cell (reporter, partner, flow and breakdowns) must hold an
    /// unbroken chain of year-to-date spans from January.
    /// </summary>
    /// <returns>A series of monthly observations, each with the status of the later cumulative figure.</returns>
    /// <exception cref="ArgumentException">An observation is not a year-to-date span.</exception>
    /// <exception cref="InvalidOperationException">A month's preceding cumulative figure is missing, or a difference is negative for a flow other than the balance (a revision between releases).</exception>
    public TradeSeries MonthlyFromYearToDate()
    {
        var result = new List<TradeObservation>();
        var cells = Observations.GroupBy(o => (o.Reporter, o.Partner, o.Period.StartYear, o.Flow, o.Commodity, o.CustomsRegime, o.EnterpriseType, o.TransportMode, o.SecondPartner));
        foreach (var cell in cells)
        {
            var byLength = new Dictionary<int, TradeObservation>();
            foreach (var o in cell)
            {
                if (!o.Period.IsYearToDate)
                {
                    throw new ArgumentException($"'{o}' is not a year-to-date span (January to a month of the same year); only cumulative figures can be decumulated.");
                }

                if (!byLength.TryAdd(o.Period.LengthInMonths, o))
                {
                    throw new OverlappingLevelsException(byLength[o.Period.LengthInMonths], o, TradeDimension.None, $"Cannot decumulate: '{byLength[o.Period.LengthInMonths]}' and '{o}' are the same cumulative figure twice.");
                }
            }

            foreach (var (length, o) in byLength.OrderBy(p => p.Key))
            {
                var month = Period.Month(o.Period.StartYear, length);
                if (length == 1)
                {
                    result.Add(o with { Period = month });
                    continue;
                }

                if (!byLength.TryGetValue(length - 1, out var before))
                {
                    throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Cannot derive {month} from '{o}': the cumulative figure for {Period.YearToDate(o.Period.StartYear, length - 1)} is missing."));
                }

                var difference = o.Value - before.Value;
                if (difference.IsNegative && o.Flow != TradeFlow.Balance)
                {
                    throw new InvalidOperationException($"Deriving {month} from '{o}' and '{before}' gives a negative {o.Flow} ({difference}): the cumulative figures were probably revised between releases.");
                }

                result.Add(o with { Period = month, Value = difference, Quantity = null });
            }
        }

        return new TradeSeries(result);
    }
}
