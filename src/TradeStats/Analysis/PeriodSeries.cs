using System.Collections;
using System.Collections.Immutable;
using System.Globalization;

namespace TradeStats.Analysis;

/// <summary>
/// One flow's values over consecutive periods of one kind (months, quarters, halves or years) in one currency, with
/// missing periods explicit: every period from the first to the last is present, and a period the data does not give
/// has a null value, never zero. The time-series measures (year-on-year and period-on-period growth for every period,
/// rolling sums and means, trailing twelve-month totals, averages over periods, compound annual growth over
/// fractional years) are each one call, and anything that depends on a missing period is missing or undefined with
/// the reason, never a wrong number.
/// </summary>
/// <remarks>
/// <para>
/// Obtain a series with <see cref="TradeSeries.ValuesOf"/> (summed with the library's double-count guard) or, per
/// group, with <see cref="TradeGrouping.ValuesOf"/>; or build one with <see cref="From"/>.
/// </para>
/// <para>
/// Sums are exact, as everywhere in the library. Means are divisions and are rounded to decimal's 28-29 significant
/// digits (half to even), which is the only rounding in this type; a mean of exact yuan amounts is off by at most one
/// unit in the 28th significant digit.
/// </para>
/// <para>
/// Growth of a mean and a mean of growth rates are different numbers and both are explicit:
/// <c>values.RollingMean(3).YearOnYear()</c> is the growth of three-month means, while
/// <c>values.YearOnYear().RollingMean(3)</c> is the mean of three monthly year-on-year rates.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// PeriodSeries monthly = series.ValuesOf(TradeFlow.Exports, PeriodKind.Month);
/// GrowthSeries yoy = monthly.YearOnYear();                      // every month against the same month a year earlier
/// GrowthSeries smoothed = yoy.RollingMean(3);                   // the mean of three months' year-on-year rates
/// PeriodSeries trailing = monthly.TrailingTwelveMonths();       // the twelve months ending each month
/// Growth cagr = monthly.Cagr(Period.Parse("2017-01/2017-03"), Period.Parse("2024-10/2024-12"), YearFraction.ActualDays);
/// </code>
/// </example>
public sealed class PeriodSeries : IReadOnlyList<PeriodValue>
{
    private PeriodSeries(PeriodKind kind, Currency? currency, ImmutableArray<PeriodValue> values)
    {
        Kind = kind;
        Currency = values.Any(v => v.Value is not null) ? currency : null;
        Values = values;
    }

    /// <summary>The kind of every period: <see cref="PeriodKind.Month"/>, <see cref="PeriodKind.Quarter"/>, <see cref="PeriodKind.Half"/> or <see cref="PeriodKind.Year"/>.</summary>
    public PeriodKind Kind { get; }

    /// <summary>The currency of every value; null when the series has no value at all.</summary>
    public Currency? Currency { get; }

    /// <summary>Every period from the first to the last in order, each with its value or null when it is missing.</summary>
    public ImmutableArray<PeriodValue> Values { get; }

    /// <inheritdoc/>
    public int Count => Values.Length;

    /// <summary>The first period; null for an empty series.</summary>
    public Period? First => Values.IsEmpty ? null : Values[0].Period;

    /// <summary>The last period; null for an empty series.</summary>
    public Period? Last => Values.IsEmpty ? null : Values[^1].Period;

    /// <summary>The periods without a value, in order; empty when the series is complete.</summary>
    public ImmutableArray<Period> MissingPeriods => [.. Values.Where(v => v.IsMissing).Select(v => v.Period)];

    /// <inheritdoc/>
    public PeriodValue this[int index] => Values[index];

    private int Step => (int)Kind;

    /// <summary>
    /// A series from periods and values. Periods not given between the first and the last are missing, as are those
    /// given with a null value.
    /// </summary>
    /// <param name="kind">Month, Quarter, Half or Year; every period must be of this kind.</param>
    /// <param name="values">The periods and values, in any order, each period at most once, every value in one currency.</param>
    /// <returns>The series from the earliest period given to the latest; empty when no period is given.</returns>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is <see cref="PeriodKind.Range"/>, a period is not of that kind, or a period is given twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    /// <exception cref="CurrencyMismatchException">The values are in different currencies.</exception>
    public static PeriodSeries From(PeriodKind kind, IEnumerable<PeriodValue> values)
    {
        CheckKind(kind);
        Guard.Against.Null(values);
        var byStart = new SortedDictionary<int, PeriodValue>();
        Currency? currency = null;
        foreach (var v in values)
        {
            Guard.Against.DefaultPeriod(v.Period, nameof(values));
            if (v.Period.Kind != kind)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The period {v.Period} is a {v.Period.Kind}, not a {kind}: a series holds periods of one kind."), nameof(values));
            }

            if (!byStart.TryAdd(v.Period.StartIndex, v))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The period {v.Period} is given twice."), nameof(values));
            }

            if (v.Value is { } m)
            {
                currency ??= m.Currency;
                if (m.Currency != currency)
                {
                    throw new CurrencyMismatchException(currency, m.Currency, "put into one series");
                }
            }
        }

        if (byStart.Count == 0)
        {
            return new PeriodSeries(kind, null, []);
        }

        var step = (int)kind;
        var first = byStart.Keys.First();
        var last = byStart.Keys.Last();
        var result = ImmutableArray.CreateBuilder<PeriodValue>(((last - first) / step) + 1);
        for (var start = first; start <= last; start += step)
        {
            result.Add(byStart.TryGetValue(start, out var v) ? v : new PeriodValue(Period.FromIndex(start, step), null));
        }

        return new PeriodSeries(kind, currency, result.MoveToImmutable());
    }

    /// <inheritdoc/>
    public IEnumerator<PeriodValue> GetEnumerator() => ((IEnumerable<PeriodValue>)Values).GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The value of one period.</summary>
    /// <param name="period">A period of the series' kind.</param>
    /// <returns>The value; null when it is missing or the period lies outside the series.</returns>
    /// <exception cref="ArgumentException">The period is not of the series' kind; use <see cref="Sum"/> for a longer span.</exception>
    public Money? ValueFor(Period period)
    {
        if (period.Kind != Kind)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The period {period} is a {period.Kind}, not a {Kind} of this series; use Sum or Mean for a span of several periods."), nameof(period));
        }

        var i = IndexOf(period);
        return i >= 0 && i < Values.Length ? Values[i].Value : null;
    }

    /// <summary>The periods of this series that lie inside a span, such as the months of 2020-2024.</summary>
    /// <param name="span">Any run of months; periods only partly inside it are left out.</param>
    /// <returns>A series of the same kind and currency; empty when no period lies inside the span.</returns>
    public PeriodSeries Within(Period span) =>
        new(Kind, Currency, [.. Values.Where(v => v.Period.IsWithin(span))]);

    /// <summary>The exact sum of the values of the periods in a span, such as a year of months.</summary>
    /// <param name="span">A whole number of this series' periods, such as <c>2024</c> or <c>2024-01/2024-06</c> for months.</param>
    /// <returns>The exact sum; null when any period of the span is missing or outside the series.</returns>
    /// <exception cref="ArgumentException">The span does not consist of whole periods of the series' kind.</exception>
    /// <exception cref="OverflowException">The sum lies outside decimal's range; the message names the span.</exception>
    public Money? Sum(Period span)
    {
        var (from, count) = Window(span, nameof(span));
        return SumOf(from, count, span.ToString());
    }

    /// <summary>The average over all periods of the series: their sum over their number.</summary>
    /// <remarks>The sum is exact; the division rounds to decimal's 28-29 significant digits.</remarks>
    /// <returns>The mean value per period; null when the series is empty or any period is missing.</returns>
    /// <exception cref="OverflowException">The sum lies outside decimal's range.</exception>
    public Money? Mean() => Values.IsEmpty ? null : MeanOf(0, Values.Length, "the series");

    /// <summary>The average over the periods of a span, such as the monthly mean of 2024.</summary>
    /// <remarks>The sum is exact; the division rounds to decimal's 28-29 significant digits.</remarks>
    /// <param name="span">A whole number of this series' periods.</param>
    /// <returns>The mean value per period; null when any period of the span is missing or outside the series.</returns>
    /// <exception cref="ArgumentException">The span does not consist of whole periods of the series' kind.</exception>
    /// <exception cref="OverflowException">The sum lies outside decimal's range.</exception>
    public Money? Mean(Period span)
    {
        var (from, count) = Window(span, nameof(span));
        return MeanOf(from, count, span.ToString());
    }

    /// <summary>
    /// Rolling sums over a window of periods: each period's value is the exact sum of it and the
    /// <paramref name="periods"/> - 1 periods before it.
    /// </summary>
    /// <param name="periods">The window, at least one; a window of one is the series itself.</param>
    /// <returns>A series over the same periods, each value labelled by the last period of its window; missing where any period of the window is missing, and for the first <paramref name="periods"/> - 1 periods, whose windows start before the series.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="periods"/> is below one.</exception>
    /// <exception cref="OverflowException">A sum lies outside decimal's range; the message names the window.</exception>
    public PeriodSeries RollingSum(int periods)
    {
        Guard.Against.LessThan(periods, 1);
        return Rolling(periods, (from, label) => SumOf(from, periods, label));
    }

    /// <summary>
    /// Rolling means over a window of periods: each period's value is the mean of it and the
    /// <paramref name="periods"/> - 1 periods before it. To average growth rates instead, use
    /// <see cref="GrowthSeries.RollingMean"/> on <see cref="YearOnYear"/>.
    /// </summary>
    /// <remarks>Each sum is exact; each division rounds to decimal's 28-29 significant digits.</remarks>
    /// <param name="periods">The window, at least one.</param>
    /// <returns>A series over the same periods, each value labelled by the last period of its window; missing where any period of the window is missing or the window starts before the series.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="periods"/> is below one.</exception>
    /// <exception cref="OverflowException">A window's sum lies outside decimal's range; the message names the window.</exception>
    public PeriodSeries RollingMean(int periods)
    {
        Guard.Against.LessThan(periods, 1);
        return Rolling(periods, (from, label) => MeanOf(from, periods, label));
    }

    /// <summary>
    /// Twelve-month trailing totals: each period's value is the exact sum of the twelve months ending with it (12
    /// months, 4 quarters, 2 halves or 1 year). At December it is the calendar year's total.
    /// </summary>
    /// <returns>The rolling sums over a year's worth of periods; missing where any of them is missing.</returns>
    /// <exception cref="OverflowException">A sum lies outside decimal's range.</exception>
    public PeriodSeries TrailingTwelveMonths() => RollingSum(12 / Step);

    /// <summary>
    /// The series summed to coarser periods (months to quarters, halves or years; quarters to halves or years). A
    /// coarser period has a value only when every one of its finer periods has one, so a year with eleven months of
    /// data is missing, not an eleven-month sum.
    /// </summary>
    /// <param name="kind">Quarter, Half or Year, no finer than the series' kind (the series' own kind returns an equal series).</param>
    /// <returns>The coarser series over every coarser period the series touches, missing where a finer period is.</returns>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is <see cref="PeriodKind.Range"/> or finer than the series' kind.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    /// <exception cref="OverflowException">A sum lies outside decimal's range.</exception>
    public PeriodSeries RollUp(PeriodKind kind)
    {
        CheckKind(kind);
        if ((int)kind < Step)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"A {Kind} series cannot roll up to the finer {kind}."), nameof(kind));
        }

        if (Values.IsEmpty)
        {
            return new PeriodSeries(kind, Currency, []);
        }

        var size = (int)kind;
        var first = Values[0].Period.RollUp(kind).StartIndex;
        var count = ((Values[^1].Period.RollUp(kind).StartIndex - first) / size) + 1;
        var result = ImmutableArray.CreateBuilder<PeriodValue>(count);
        for (var j = 0; j < count; j++)
        {
            var coarse = Period.FromIndex(first + (j * size), size);
            result.Add(new PeriodValue(coarse, SumOf(IndexOf(coarse), size / Step, coarse.ToString())));
        }

        return new PeriodSeries(kind, Currency, result.MoveToImmutable());
    }

    /// <summary>
    /// Year-on-year growth of every period: each period against the same period one year earlier (March 2024
    /// against March 2023, 2024-Q1 against 2023-Q1, 2024 against 2023).
    /// </summary>
    /// <returns>One growth per period of the series, in order; undefined with <see cref="GrowthUndefinedReason.MissingPeriod"/> where either value is missing (the first year's periods have no base in the series), and with the reasons of <see cref="Growth.Between(Money, Money)"/> for a zero or negative base or a change of sign.</returns>
    public GrowthSeries YearOnYear() => GrowthAgainst(12 / Step);

    /// <summary>Period-on-period growth of every period: each period against the one before it (February against January, Q2 against Q1).</summary>
    /// <returns>One growth per period of the series, in order; undefined with <see cref="GrowthUndefinedReason.MissingPeriod"/> where either value is missing (the first period has no base), and with the reasons of <see cref="Growth.Between(Money, Money)"/> otherwise.</returns>
    public GrowthSeries PeriodOnPeriod() => GrowthAgainst(1);

    /// <summary>
    /// The compound annual growth rate from one span of periods to a later one, each valued as the mean of its
    /// periods, over the time between their first days counted in years by <paramref name="convention"/>.
    /// </summary>
    /// <remarks>
    /// <para>
    /// With single periods this is the classic CAGR: <c>Cagr(2017, 2024, YearFraction.WholePeriods)</c> on a yearly
    /// series is <see cref="Growth.Compound(Money, Money, int)"/> over 7 years. With windows it is the smoothed form
    /// used in papers: the means of the first and last three months, over (last - first days) / 365.25 years, is
    /// <c>Cagr(Period.Parse("2017-01/2017-03"), Period.Parse("2024-10/2024-12"), YearFraction.ActualDays)</c>, the
    /// days counted from 1 January 2017 to 1 October 2024 (2,830 days, 7.748 years). For windows of equal length
    /// the distance between first days is the distance between their midpoints to within a day or two.
    /// </para>
    /// <para>
    /// Window means are rounded to decimal's 28-29 significant digits; a fractional number of years takes the
    /// fractional root described on <see cref="Growth.Annualize(decimal)"/> (within 1e-27 relative to 1 + rate), a
    /// whole number the exact root of <see cref="Growth.Annualize(int)"/>.
    /// </para>
    /// </remarks>
    /// <param name="from">The starting period or span: whole periods of the series' kind.</param>
    /// <param name="to">The ending period or span: whole periods of the series' kind, starting after <paramref name="from"/> ends.</param>
    /// <param name="convention">How the time between the two is counted: days / 365.25, months / 12, or whole periods (a rate per period).</param>
    /// <returns>The compound rate per year (per period for <see cref="YearFraction.WholePeriods"/>); undefined with <see cref="GrowthUndefinedReason.MissingPeriod"/> naming the first missing period of either span (a period outside the series is missing), with the reasons of <see cref="Growth.Between(Money, Money)"/> for a zero, negative or sign-changing start, or <see cref="GrowthUndefinedReason.OutOfRange"/> when the rate lies outside decimal.</returns>
    /// <exception cref="ArgumentException">A span does not consist of whole periods of the series' kind, or <paramref name="to"/> does not start after <paramref name="from"/> ends.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="convention"/> is not a defined value.</exception>
    /// <exception cref="OverflowException">A span's sum lies outside decimal's range.</exception>
    public Growth Cagr(Period from, Period to, YearFraction convention)
    {
        Guard.Against.UndefinedEnum(convention, "Unknown year-fraction convention.");
        var (fromIndex, fromCount) = Window(from, nameof(from));
        var (toIndex, toCount) = Window(to, nameof(to));
        if (to.StartIndex <= from.EndIndex)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The ending span {to} must start after the starting span {from} ends."), nameof(to));
        }

        if (Values.IsEmpty)
        {
            return Growth.Undefined(GrowthUndefinedReason.MissingPeriod, string.Create(CultureInfo.InvariantCulture, $"the series is empty, so {from} and {to} have no value"));
        }

        if (MissingIn(fromIndex, fromCount) is { } missingFirst)
        {
            return Growth.Undefined(GrowthUndefinedReason.MissingPeriod, string.Create(CultureInfo.InvariantCulture, $"no value for {missingFirst} in the starting span {from}"));
        }

        if (MissingIn(toIndex, toCount) is { } missingLast)
        {
            return Growth.Undefined(GrowthUndefinedReason.MissingPeriod, string.Create(CultureInfo.InvariantCulture, $"no value for {missingLast} in the ending span {to}"));
        }

        var first = MeanOf(fromIndex, fromCount, from.ToString())!.Value;
        var last = MeanOf(toIndex, toCount, to.ToString())!.Value;
        var months = to.StartIndex - from.StartIndex;
        var total = Growth.Between(last, first);
        return convention switch
        {
            YearFraction.ActualDays => total.Annualize((to.FirstDay.DayNumber - from.FirstDay.DayNumber) / 365.25m),
            YearFraction.Months => total.Annualize(months / 12m),
            _ => total.Annualize(months / Step),
        };
    }

    /// <summary>A short description such as <c>Month 2017-01..2024-12, 96 periods, 2 missing, CNY</c>.</summary>
    /// <returns>The kind, the first and last periods, the number of periods and of missing ones, and the currency.</returns>
    public override string ToString() => Values.IsEmpty
        ? string.Create(CultureInfo.InvariantCulture, $"{Kind}, empty")
        : string.Create(CultureInfo.InvariantCulture, $"{Kind} {First}..{Last}, {Count} periods, {Values.Count(v => v.IsMissing)} missing, {Currency?.Code ?? "no currency"}").TrimEnd();

    /// <summary>A series over a dense run of periods, for the builders in this assembly.</summary>
    internal static PeriodSeries Dense(PeriodKind kind, Currency? currency, ImmutableArray<PeriodValue> values) => new(kind, currency, values);

    private static void CheckKind(PeriodKind kind)
    {
        Guard.Against.UndefinedEnum(kind, "Unknown period kind.");
        if (kind == PeriodKind.Range)
        {
            throw new ArgumentException("A series holds months, quarters, halves or years, not ranges.", nameof(kind));
        }
    }

    // The index of a period's first month relative to the series' first period, in periods of the series' kind;
    // negative before the series. Periods and spans are aligned to the kind, so the division is exact.
    private int IndexOf(Period period) =>
        Values.IsEmpty ? -1 : (period.StartIndex - Values[0].Period.StartIndex) / Step;

    // The index of the span's first period relative to the series (may lie outside it) and its number of periods.
    private (int From, int Count) Window(Period span, string parameterName)
    {
        if (span.StartIndex % Step != 0 || span.LengthInMonths % Step != 0)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The span {span} is not made of whole {Kind.ToString().ToLowerInvariant()}s, the periods of this series."), parameterName);
        }

        return (IndexOf(span), span.LengthInMonths / Step);
    }

    // The first missing period of a window of a non-empty series (outside the series counts as missing), or null.
    private Period? MissingIn(int from, int count)
    {
        for (var i = from; i < from + count; i++)
        {
            if (i < 0 || i >= Values.Length || Values[i].Value is null)
            {
                return Period.FromIndex(Values[0].Period.StartIndex + (i * Step), Step);
            }
        }

        return null;
    }

    private Money? SumOf(int from, int count, string label)
    {
        if (from < 0 || from + count > Values.Length)
        {
            return null;
        }

        Money? sum = null;
        for (var i = from; i < from + count; i++)
        {
            if (Values[i].Value is not { } v)
            {
                return null;
            }

            try
            {
                sum = sum is { } s ? s + v : v;
            }
            catch (OverflowException e)
            {
                throw new OverflowException(string.Create(CultureInfo.InvariantCulture, $"The sum over {label} ({count} periods) exceeds decimal's range: {e.Message}"), e);
            }
        }

        return sum;
    }

    private Money? MeanOf(int from, int count, string label) => SumOf(from, count, label) is { } sum ? sum / count : null;

    private PeriodSeries Rolling(int periods, Func<int, string, Money?> value)
    {
        var result = ImmutableArray.CreateBuilder<PeriodValue>(Values.Length);
        for (var i = 0; i < Values.Length; i++)
        {
            var from = i - periods + 1;
            var p = Values[i].Period;
            result.Add(new PeriodValue(p, from < 0 ? null : value(from, string.Create(CultureInfo.InvariantCulture, $"the {periods} periods ending {p}"))));
        }

        return new PeriodSeries(Kind, Currency, result.MoveToImmutable());
    }

    private GrowthSeries GrowthAgainst(int lag)
    {
        var result = ImmutableArray.CreateBuilder<PeriodGrowth>(Values.Length);
        for (var i = 0; i < Values.Length; i++)
        {
            var p = Values[i].Period;
            Growth g;
            if (Values[i].Value is not { } current)
            {
                g = Growth.Undefined(GrowthUndefinedReason.MissingPeriod, string.Create(CultureInfo.InvariantCulture, $"no value for {p}"));
            }
            else if (i - lag < 0)
            {
                g = Growth.Undefined(GrowthUndefinedReason.MissingPeriod, string.Create(CultureInfo.InvariantCulture, $"no value for the base of {p}: the series starts at {Values[0].Period}"));
            }
            else if (Values[i - lag].Value is not { } before)
            {
                g = Growth.Undefined(GrowthUndefinedReason.MissingPeriod, string.Create(CultureInfo.InvariantCulture, $"no value for {Values[i - lag].Period}, the base of {p}"));
            }
            else
            {
                g = Growth.Between(current, before);
            }

            result.Add(new PeriodGrowth(p, g));
        }

        return new GrowthSeries(Kind, result.MoveToImmutable());
    }
}
