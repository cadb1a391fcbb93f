using System.Globalization;
using ScottPlot;

namespace TradeStats.Sample.Charts;

/// <summary>A chart ready to be written, with the size it reads best at.</summary>
/// <param name="Plot">The plot.</param>
/// <param name="Title">Its title, also the first text of an SVG file.</param>
/// <param name="Height">Its height in pixels (the width is always <see cref="ChartFile.Width"/>).</param>
public sealed record Chart(Plot Plot, string Title, int Height = ChartFile.Height)
{
    /// <summary>Writes the chart as PNG or SVG, by the path's extension.</summary>
    /// <param name="path">The file to write, ending in <c>.png</c> or <c>.svg</c>; its folder must exist.</param>
    public void Save(string path) => ChartFile.Save(Plot, path, Height);
}

/// <summary>One bar of a grouped bar chart.</summary>
/// <param name="Category">The group on the horizontal axis, such as a year.</param>
/// <param name="Series">The series, shown in the legend and by colour.</param>
/// <param name="Value">The height, in the chart's unit.</param>
/// <param name="Label">The text over the bar.</param>
public sealed record BarValue(string Category, string Series, double Value, string Label);

/// <summary>A unit for values on an axis: amounts scaled to billions or millions, fractions as percent.</summary>
/// <param name="Divisor">What a raw value is divided by (1e9 for billions, 0.01 for percent).</param>
/// <param name="Name">The unit in words, such as "billion CNY" or "percent".</param>
public sealed record AxisUnit(decimal Divisor, string Name)
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Percent, for fractions.</summary>
    public static AxisUnit Percent { get; } = new(0.01m, "percent");

    /// <summary>Billions or millions of a currency (or units), chosen by the largest magnitude.</summary>
    /// <param name="largest">The largest absolute value to show.</param>
    /// <param name="unit">The currency code or unit, such as "CNY".</param>
    /// <returns>Billions of <paramref name="unit"/> from one billion on, millions from one million, otherwise plain units.</returns>
    public static AxisUnit Amount(decimal largest, string unit) =>
        largest >= 1_000_000_000m ? new(1_000_000_000m, "billion " + unit)
        : largest >= 1_000_000m ? new(1_000_000m, "million " + unit)
        : new(1m, unit);

    /// <summary>The unit of a verifier finding's intervals, from its <c>GapUnit</c>.</summary>
    /// <param name="gapUnit">A currency code, "share", "growth", a rate pair such as "USD/CNY", or a count unit.</param>
    /// <param name="largest">The largest absolute value to show.</param>
    /// <returns>Percent for shares and growth, quote per base for a rate pair, otherwise billions, millions or plain units of the amount.</returns>
    public static AxisUnit OfFinding(string gapUnit, decimal largest)
    {
        ArgumentNullException.ThrowIfNull(gapUnit);
        if (gapUnit is "share" or "growth")
        {
            return Percent;
        }

        if (gapUnit.Split('/') is [var b, var q])
        {
            return new(1m, q + " per " + b);
        }

        return Amount(largest, gapUnit);
    }

    /// <summary>A raw value in this unit.</summary>
    /// <param name="raw">A value in raw terms: currency units, or a fraction for percent.</param>
    /// <returns><paramref name="raw"/> divided by <see cref="Divisor"/>, as a double for plotting.</returns>
    public double Scale(decimal raw) => (double)(raw / Divisor);

    /// <summary>A scaled value as text with up to <paramref name="decimals"/> decimals, "12.67" or "40.4%".</summary>
    /// <param name="scaled">The value in this unit.</param>
    /// <param name="decimals">The most decimals to write; trailing zeros are dropped.</param>
    /// <param name="withSign">Whether to write a plus sign.</param>
    /// <returns>The invariant number with digit grouping, a plus sign when asked and positive, and a percent sign for <see cref="Percent"/>, such as <c>12.67</c> or <c>+40.4%</c>.</returns>
    public string Format(double scaled, int decimals = 2, bool withSign = false)
    {
        var text = scaled.ToString("#,0." + new string('#', decimals), Inv);
        if (withSign && scaled > 0)
        {
            text = "+" + text;
        }

        return ReferenceEquals(this, Percent) ? text + "%" : text;
    }
}
