using System.Globalization;

namespace TradeStats.Verification.Network;

/// <summary>
/// amount in the quote currency = amount in the base currency x rate, for a subject with levels in two currencies:
/// the rate is a point from <see cref="VerifierOptions.Rates"/> or else a <see cref="PlausibleRateBand"/>. One rate
/// variable per pair, period and subject: each source may have converted at another rate (within the band, or
/// within the tolerance of the table's rate), so the rate of one subject does not constrain another's.
/// </summary>
internal sealed class CurrencyRelation : IRelationKind
{
    public void Build(NetworkBuilder builder)
    {
        var network = builder.Network;
        var options = builder.Options;
        var rates = new Dictionary<(string Pair, StatementSubject Subject), int>();
        var bySubject = network.Levels
            .Where(v => !v.UnitKey.StartsWith('#'))
            .GroupBy(v => v.Subject!)
            .Where(g => g.Skip(1).Any())
            .ToList();
        foreach (var group in bySubject)
        {
            var levels = group.OrderBy(v => v.UnitKey, StringComparer.Ordinal).ToList();
            for (var i = 0; i < levels.Count; i++)
            {
                for (var j = i + 1; j < levels.Count; j++)
                {
                    var a = Currency.FromCode(levels[i].UnitKey);
                    var b = Currency.FromCode(levels[j].UnitKey);
                    var period = group.Key.Period;
                    var band = options.RateBands.FirstOrDefault(x => x.Covers(period) && ((x.BaseCurrency == a && x.QuoteCurrency == b) || (x.BaseCurrency == b && x.QuoteCurrency == a)));
                    var (baseVar, quoteVar) = band is not null && band.BaseCurrency == b ? (levels[j], levels[i]) : (levels[i], levels[j]);
                    var baseCurrency = Currency.FromCode(baseVar.UnitKey);
                    var quoteCurrency = Currency.FromCode(quoteVar.UnitKey);
                    var pair = baseCurrency.Code + "/" + quoteCurrency.Code;
                    if (!rates.TryGetValue((pair, group.Key), out var rate))
                    {
                        if (options.Rates is { } table && table.TryGetRate(baseCurrency, quoteCurrency, period, options.RateKind, out var r))
                        {
                            rate = network.Parameter(string.Create(CultureInfo.InvariantCulture, $"{pair} {period} (reference rate {Display.Rate(r.Value)})"), DecimalInterval.Point(r.Value), DisplayUnit.Rate);
                            rates[(pair, group.Key)] = rate;
                            builder.TableRates.Add(rate);
                        }
                        else if (band is not null)
                        {
                            var interval = band.BaseCurrency == baseCurrency ? band.Interval : IntervalMath.Divide(DecimalInterval.Point(1m), band.Interval)!.Value;
                            rate = network.Parameter($"{pair} {period} (plausible band {band})", interval, DisplayUnit.Rate);
                            rates[(pair, group.Key)] = rate;
                        }
                        else
                        {
                            continue;
                        }
                    }

                    network.AddConstraint(new Constraint(
                        $"{group.Key} in {quoteCurrency.Code} and in {baseCurrency.Code} at the {pair} rate",
                        FindingKind.CurrencyEquivalent,
                        new VariableExpr(quoteVar.Index),
                        Comparison.Equal,
                        new ProductExpr(new VariableExpr(baseVar.Index), new VariableExpr(rate))));
                }
            }
        }
    }
}
