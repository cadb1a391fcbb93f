using System.Collections;
using System.Collections.Immutable;
using System.Globalization;

namespace TradeStats.Analysis;

/// <summary>
/// Growth rates over consecutive periods of one kind, one per period, each defined or undefined with its reason: the
/// result of <see cref="PeriodSeries.YearOnYear"/> and <see cref="PeriodSeries.PeriodOnPeriod"/>. Averages of the
/// rates are explicit calls, so that a mean of rates is never mistaken for the growth of a mean.
/// </summary>
/// <example>
/// <code>
/// GrowthSeries yoy = monthly.YearOnYear();
/// Growth march = yoy.GrowthFor(Period.Month(2024, 3));
/// GrowthSeries smoothed = yoy.RollingMean(3);   // (g(Jan) + g(Feb) + g(Mar)) / 3 at March
/// </code>
/// </example>
public sealed class GrowthSeries : IReadOnlyList<PeriodGrowth>
{
    internal GrowthSeries(PeriodKind kind, ImmutableArray<PeriodGrowth> values)
    {
        Kind = kind;
        Values = values;
    }

    /// <summary>The kind of every period: month, quarter, half or year.</summary>
    public PeriodKind Kind { get; }

    /// <summary>Every period of the series it was computed from, in order, with its growth.</summary>
    public ImmutableArray<PeriodGrowth> Values { get; }

    /// <inheritdoc/>
    public int Count => Values.Length;

    /// <inheritdoc/>
    public PeriodGrowth this[int index] => Values[index];

    /// <inheritdoc/>
    public IEnumerator<PeriodGrowth> GetEnumerator() => ((IEnumerable<PeriodGrowth>)Values).GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The growth of one period.</summary>
    /// <param name="period">A period of the series' kind.</param>
    /// <returns>The growth; undefined with <see cref="GrowthUndefinedReason.MissingPeriod"/> when the period lies outside the series.</returns>
    /// <exception cref="ArgumentException">The period is not of the series' kind.</exception>
    public Growth GrowthFor(Period period)
    {
        if (period.Kind != Kind)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The period {period} is a {period.Kind}, not a {Kind} of this series."), nameof(period));
        }

        var i = Values.IsEmpty ? -1 : (period.StartIndex - Values[0].Period.StartIndex) / (int)Kind;
        if (i >= 0 && i < Values.Length && period.StartIndex >= Values[0].Period.StartIndex)
        {
            return Values[i].Growth;
        }

        return Growth.Undefined(GrowthUndefinedReason.MissingPeriod, string.Create(CultureInfo.InvariantCulture, $"{period} lies outside the series"));
    }

    /// <summary>
    /// Rolling means of the rates over a window of periods: each period's value is the arithmetic mean of its rate and
    /// the rates of the <paramref name="periods"/> - 1 periods before it (a three-month rolling mean of year-on-year
    /// growth). This is a mean of rates; the growth of rolling means of values is
    /// <c>values.RollingMean(n).YearOnYear()</c> on <see cref="PeriodSeries"/>.
    /// </summary>
    /// <remarks>Each mean is a sum and a division of rates in decimal, rounded to 28-29 significant digits.</remarks>
    /// <param name="periods">The window, at least one; a window of one is the series itself.</param>
    /// <returns>One growth per period, labelled by the last period of its window; undefined with the reason of an undefined rate in the window, or with <see cref="GrowthUndefinedReason.MissingPeriod"/> for the first <paramref name="periods"/> - 1 periods, whose windows start before the series.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="periods"/> is below one.</exception>
    public GrowthSeries RollingMean(int periods)
    {
        Guard.Against.LessThan(periods, 1);
        var result = ImmutableArray.CreateBuilder<PeriodGrowth>(Values.Length);
        for (var i = 0; i < Values.Length; i++)
        {
            var p = Values[i].Period;
            var g = i - periods + 1 < 0
                ? Growth.Undefined(GrowthUndefinedReason.MissingPeriod, string.Create(CultureInfo.InvariantCulture, $"the {periods} periods ending {p} start before the series ({Values[0].Period})"))
                : MeanOf(i - periods + 1, periods);
            result.Add(new PeriodGrowth(p, g));
        }

        return new GrowthSeries(Kind, result.MoveToImmutable());
    }

    /// <summary>The arithmetic mean of every rate of the series (see <see cref="Growth.Mean"/>).</summary>
    /// <returns>The mean rate; undefined with the reason of the first undefined rate, or with <see cref="GrowthUndefinedReason.MissingPeriod"/> for an empty series.</returns>
    public Growth Mean() => Values.IsEmpty
        ? Growth.Undefined(GrowthUndefinedReason.MissingPeriod, "the series has no period")
        : MeanOf(0, Values.Length);

    /// <summary>The arithmetic mean of the rates of the periods of a span, such as the mean monthly year-on-year growth of 2024.</summary>
    /// <param name="span">A whole number of this series' periods, such as <c>2024</c> for months.</param>
    /// <returns>The mean rate; undefined with the reason of the first undefined rate, or with <see cref="GrowthUndefinedReason.MissingPeriod"/> when a period of the span lies outside the series.</returns>
    /// <exception cref="ArgumentException">The span does not consist of whole periods of the series' kind.</exception>
    public Growth Mean(Period span)
    {
        var step = (int)Kind;
        if (span.StartIndex % step != 0 || span.LengthInMonths % step != 0)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The span {span} is not made of whole {Kind.ToString().ToLowerInvariant()}s, the periods of this series."), nameof(span));
        }

        var from = Values.IsEmpty ? -1 : (span.StartIndex - Values[0].Period.StartIndex) / step;
        var count = span.LengthInMonths / step;
        if (from < 0 || from + count > Values.Length)
        {
            return Growth.Undefined(GrowthUndefinedReason.MissingPeriod, string.Create(CultureInfo.InvariantCulture, $"{span} is not entirely inside the series"));
        }

        return MeanOf(from, count);
    }

    /// <summary>A short description such as <c>Month 2017-01..2024-12, 96 rates, 12 undefined</c>.</summary>
    /// <returns>The kind, the first and last periods, and the numbers of rates and undefined ones.</returns>
    public override string ToString() => Values.IsEmpty
        ? string.Create(CultureInfo.InvariantCulture, $"{Kind}, empty")
        : string.Create(CultureInfo.InvariantCulture, $"{Kind} {Values[0].Period}..{Values[^1].Period}, {Count} rates, {Values.Count(v => !v.Growth.IsDefined)} undefined");

    private Growth MeanOf(int from, int count)
    {
        if (count == 1)
        {
            return Values[from].Growth; // a mean of one rate is that rate, defined or not, with its own explanation
        }

        for (var i = from; i < from + count; i++)
        {
            if (!Values[i].Growth.IsDefined)
            {
                var g = Values[i].Growth;
                return Growth.Undefined(g.Reason, string.Create(CultureInfo.InvariantCulture, $"the growth of {Values[i].Period} is undefined: {g.Explanation}"));
            }
        }

        return Growth.Mean(Values.Skip(from).Take(count).Select(v => v.Growth));
    }
}
