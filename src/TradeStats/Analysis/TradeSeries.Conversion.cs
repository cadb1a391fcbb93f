using System.Collections.Immutable;
using System.Globalization;

namespace TradeStats.Analysis;

/// <content>Conversion to another currency, and growth compared across currencies.</content>
public sealed partial class TradeSeries
{
    /// <summary>
    /// Converts every observation to a currency at the rate for the observation's own period, exactly (no rounding).
    /// Observations already in the target currency are kept as they are.
    /// </summary>
    /// <param name="target">The currency every observation ends up in.</param>
    /// <param name="rates">Rates from each observation's currency to <paramref name="target"/> for each observation's period.</param>
    /// <param name="kind">The kind of rate; period averages for flows when omitted.</param>
    /// <returns>The converted series, the order (<see cref="ConversionOrder.ConvertOnly"/>) and the rates used.</returns>
    /// <exception cref="ExchangeRateNotFoundException">A rate is missing for an observation's period.</exception>
    public SeriesConversion ConvertTo(Currency target, IExchangeRateProvider rates, ExchangeRateKind kind = ExchangeRateKind.PeriodAverage)
    {
        Guard.Against.Null(target);
        Guard.Against.Null(rates);
        var used = new Dictionary<(string, Period), ExchangeRate>();
        var result = new List<TradeObservation>(Count);
        foreach (var o in Observations)
        {
            if (o.Value.Currency == target)
            {
                result.Add(o);
                continue;
            }

            var key = (o.Value.Currency.Code, o.Period);
            if (!used.TryGetValue(key, out var rate))
            {
                rate = FindRate(rates, o.Value.Currency, target, o.Period, kind);
                used.Add(key, rate);
            }

            result.Add(o with { Value = rate.Convert(o.Value) });
        }

        return new SeriesConversion(new TradeSeries(result), target, ConversionOrder.ConvertOnly, null, [.. used.Values.OrderBy(r => r.Period).ThenBy(r => r.Pair, StringComparer.Ordinal)]);
    }

    /// <summary>
    /// Converts and aggregates to coarser periods, in the order chosen: convert each observation at the rate of its
    /// own (finer) period and then add up, or add up first and convert each aggregate at the rate of the coarser period.
    /// The two differ when the rate moves within the coarser period; the result records which was done.
    /// </summary>
    /// <param name="target">The currency every value ends up in.</param>
    /// <param name="rates">The exchange rates (monthly ones for convert-then-aggregate over months, annual ones for aggregate-then-convert to years).</param>
    /// <param name="aggregateTo">The coarser period kind to add up to, such as <see cref="PeriodKind.Year"/>.</param>
    /// <param name="order">Which comes first.</param>
    /// <param name="kind">The kind of rate; period averages when omitted.</param>
    /// <returns>The converted, aggregated series with its order and rates.</returns>
    /// <exception cref="ExchangeRateNotFoundException">A rate is missing.</exception>
    /// <exception cref="OverlappingLevelsException">The series double-counts.</exception>
    public SeriesConversion ConvertTo(Currency target, IExchangeRateProvider rates, PeriodKind aggregateTo, ConversionOrder order, ExchangeRateKind kind = ExchangeRateKind.PeriodAverage)
    {
        switch (order)
        {
            case ConversionOrder.ConvertThenAggregate:
                var converted = ConvertTo(target, rates, kind);
                return converted with { Series = converted.Series.RollUp(aggregateTo), Order = order, AggregatedTo = aggregateTo };
            case ConversionOrder.AggregateThenConvert:
                var aggregated = RollUp(aggregateTo).ConvertTo(target, rates, kind);
                return aggregated with { Order = order, AggregatedTo = aggregateTo };
            default:
                throw new ArgumentOutOfRangeException(nameof(order), order, "Choose ConvertThenAggregate or AggregateThenConvert.");
        }
    }

    /// <summary>
    /// Year-on-year growth of a flow in the series' currency and in another currency side by side; they differ
    /// because the exchange rate moves between the two periods.
    /// </summary>
    /// <param name="period">The period compared with the same span one year earlier.</param>
    /// <param name="flow">The flow compared, recorded or derived.</param>
    /// <param name="target">The currency to compare in besides the series' own.</param>
    /// <param name="rates">Rates from the series' currency to <paramref name="target"/>.</param>
    /// <param name="order">Convert each observation first (rates for the observations' periods) or aggregate first (rates for the two compared periods).</param>
    /// <returns>Both growths with the levels and rates behind them.</returns>
    /// <exception cref="ExchangeRateNotFoundException">A rate is missing.</exception>
    /// <exception cref="OverlappingLevelsException">The series double-counts.</exception>
    public CurrencyGrowthComparison YearOnYearInCurrencies(Period period, TradeFlow flow, Currency target, IExchangeRateProvider rates, ConversionOrder order = ConversionOrder.ConvertThenAggregate)
    {
        Guard.Against.Null(target);
        Guard.Against.Null(rates);
        var previous = period.YearEarlier();
        var relevant = Where(o => o.Period.IsWithin(period) || o.Period.IsWithin(previous));
        var current = relevant.ValueFor(period, flow);
        var before = relevant.ValueFor(previous, flow);
        Money? currentTarget;
        Money? beforeTarget;
        ImmutableArray<ExchangeRate> used;
        if (order == ConversionOrder.AggregateThenConvert)
        {
            var list = new List<ExchangeRate>();
            Money? Convert(Money? value, Period p)
            {
                if (value is not { } v)
                {
                    return null;
                }

                if (v.Currency == target)
                {
                    return v;
                }

                var rate = FindRate(rates, v.Currency, target, p, ExchangeRateKind.PeriodAverage);
                list.Add(rate);
                return rate.Convert(v);
            }

            beforeTarget = Convert(before, previous);
            currentTarget = Convert(current, period);
            used = [.. list];
        }
        else
        {
            var converted = relevant.ConvertTo(target, rates);
            currentTarget = converted.Series.ValueFor(period, flow);
            beforeTarget = converted.Series.ValueFor(previous, flow);
            used = converted.Rates;
        }

        return new CurrencyGrowthComparison(
            period,
            flow,
            order,
            current,
            before,
            Growth.Between(current, before),
            currentTarget,
            beforeTarget,
            Growth.Between(currentTarget, beforeTarget),
            used);
    }

    // Ask for the rate quoted target/source first (USD/CNY when converting yuan to dollars): a table keeps a rate as
    // given and inverts it on demand, and dividing by the rate as given is more exact than multiplying by 1/rate.
    private static ExchangeRate FindRate(IExchangeRateProvider rates, Currency source, Currency target, Period period, ExchangeRateKind kind) =>
        rates.TryGetRate(target, source, period, kind, out var rate) ? rate : rates.GetRate(source, target, period, kind);
}
