using System.Globalization;
using ScottPlot;
using TradeStats.Verification;

namespace TradeStats.Sample.Charts;

/// <summary>The three kinds of chart the sample draws: grouped bars, sorted horizontal bars, and intervals that do not meet.</summary>
public static class Draw
{
    private const string Font = "DejaVu Sans";
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Colours for series, in order: blue, orange, green, grey, purple.</summary>
    public static IReadOnlyList<Color> Palette { get; } =
        [Color.FromHex("#1f77b4"), Color.FromHex("#ff7f0e"), Color.FromHex("#2ca02c"), Color.FromHex("#7f7f7f"), Color.FromHex("#9467bd")];

    /// <summary>Bars grouped by category, one colour per series, each labelled with its value.</summary>
    /// <param name="title">The title shown above the chart and used as its SVG title.</param>
    /// <param name="xLabel">What the categories are.</param>
    /// <param name="yLabel">The unit of the values.</param>
    /// <param name="bars">The bars; a category shows only the bars it has, in series order.</param>
    /// <param name="series">The series in legend order; null for the order of first appearance.</param>
    /// <returns>A chart of the default height with a legend for the series.</returns>
    public static Chart GroupedBars(string title, string xLabel, string yLabel, IReadOnlyList<BarValue> bars, IReadOnlyList<string>? series = null)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var plot = NewPlot(title, xLabel, yLabel);
        series ??= [.. bars.Select(b => b.Series).Distinct()];
        var categories = bars.Select(b => b.Category).Distinct().ToList();
        var items = new List<Bar>();
        var maxInGroup = Math.Max(1, categories.Max(c => bars.Count(b => b.Category == c)));
        var width = 0.8 / maxInGroup;
        for (var c = 0; c < categories.Count; c++)
        {
            var group = bars.Where(b => b.Category == categories[c]).OrderBy(b => IndexOf(series, b.Series)).ToList();
            for (var i = 0; i < group.Count; i++)
            {
                var b = group[i];
                items.Add(new Bar
                {
                    Position = c + ((i - ((group.Count - 1) / 2.0)) * width),
                    Value = b.Value,
                    Size = width * 0.92,
                    FillColor = Palette[IndexOf(series, b.Series) % Palette.Count],
                    LineWidth = 0,
                    Label = b.Label,
                });
            }
        }

        var barPlot = plot.Add.Bars(items);
        barPlot.ValueLabelStyle.FontSize = maxInGroup * categories.Count > 12 ? 12 : 15;
        barPlot.ValueLabelStyle.FontName = Font;
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, categories.Count).Select(i => (double)i)], [.. categories]);
        if (categories.Count > 6)
        {
            plot.Axes.Bottom.TickLabelStyle.Rotation = -20;
            plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
        }

        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.HideGrid();
        plot.Grid.YAxisStyle.IsVisible = true;
        if (bars.Any(b => b.Value < 0))
        {
            var zero = plot.Add.HorizontalLine(0, 1, Colors.Black);
            zero.LinePattern = LinePattern.Solid;
        }
        else
        {
            plot.Axes.Margins(bottom: 0, top: 0.3);
        }

        foreach (var (s, i) in series.Select((s, i) => (s, i)).Where(p => bars.Any(b => b.Series == p.s)))
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = s, FillColor = Palette[i % Palette.Count] });
        }

        plot.ShowLegend(Alignment.UpperLeft);
        return new Chart(plot, title);
    }

    /// <summary>Horizontal bars sorted from the largest down, each labelled with its value in percent.</summary>
    /// <param name="title">The title shown above the chart and used as its SVG title.</param>
    /// <param name="xLabel">The unit of the values.</param>
    /// <param name="bars">The bars: the category is the bar's name, the series its colour.</param>
    /// <returns>A chart of the default height, its bars ordered from the largest value down.</returns>
    public static Chart SortedHorizontalBars(string title, string xLabel, IReadOnlyList<BarValue> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var plot = NewPlot(title, xLabel, string.Empty);
        var series = bars.Select(b => b.Series).Distinct().ToList();
        var sorted = bars.OrderBy(b => b.Value).ToList(); // the largest at the top
        var items = sorted.Select((b, i) => new Bar
        {
            Position = i,
            Value = b.Value,
            Size = 0.7,
            FillColor = Palette[series.IndexOf(b.Series) % Palette.Count],
            LineWidth = 0,
            Label = b.Label,
        }).ToList();
        var barPlot = plot.Add.Bars(items);
        barPlot.Horizontal = true;
        barPlot.ValueLabelStyle.FontSize = 15;
        barPlot.ValueLabelStyle.FontName = Font;
        plot.Axes.Left.SetTicks([.. Enumerable.Range(0, sorted.Count).Select(i => (double)i)], [.. sorted.Select(b => b.Category)]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.SetLimits(0, Math.Max(100, (bars.Count == 0 ? 0 : bars.Max(b => b.Value)) * 1.1), -0.6, sorted.Count - 0.4);
        plot.HideGrid();
        plot.Grid.XAxisStyle.IsVisible = true;
        foreach (var (s, i) in series.Select((s, i) => (s, i)))
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = s, FillColor = Palette[i % Palette.Count] });
        }

        plot.ShowLegend(Alignment.LowerRight);
        return new Chart(plot, title);
    }

    /// <summary>
    /// Findings drawn as their two intervals, computed over stated, with the gap between them marked and labelled.
    /// One finding is drawn on an axis in its unit; several are drawn one row each, every row on its own scale with
    /// its ends written out.
    /// </summary>
    /// <param name="title">The title shown above the chart and used as its SVG title.</param>
    /// <param name="findings">Findings with <see cref="Finding.Computed"/> and <see cref="Finding.Stated"/>.</param>
    /// <returns>A chart of the default height with one row per finding (a single finding on an axis in its unit).</returns>
    public static Chart Intervals(string title, IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var rows = findings.Where(f => f.Computed is not null && f.Stated is not null).ToList();
        var single = rows.Count == 1;
        var plot = NewPlot(title, string.Empty, string.Empty);
        plot.HideGrid();
        plot.Axes.Left.IsVisible = false;
        plot.Axes.Left.SetTicks([], []);
        if (rows.Count == 0)
        {
            var none = plot.Add.Text("No contradictions: every relation holds within rounding.", 0, 0);
            Style(none, 18, Colors.Black, Alignment.MiddleCenter);
            plot.Axes.Bottom.IsVisible = false;
            plot.Axes.SetLimits(-1, 1, -1, 1);
            return new Chart(plot, title);
        }

        const double RowHeight = 5.0;
        for (var r = 0; r < rows.Count; r++)
        {
            var f = rows[r];
            var computed = f.Computed!.Value;
            var stated = f.Stated!.Value;
            var ends = new[] { computed.Lower, computed.Upper, stated.Lower, stated.Upper }.Where(e => e != decimal.MinValue && e != decimal.MaxValue).ToList();
            var unit = AxisUnit.OfFinding(f.GapUnit, ends.Max(Math.Abs));
            var lo = unit.Scale(ends.Min());
            var hi = unit.Scale(ends.Max());
            var pad = Math.Max((hi - lo) * 0.12, Math.Abs(hi) * 0.001);
            var (viewLo, viewHi) = (lo >= 0 ? Math.Max(0, lo - pad) : lo - pad, hi + pad);

            // One finding: the axis is in the unit. Several: each row maps its own range onto 0..1.
            double X(double v) => single ? v : (v - viewLo) / (viewHi - viewLo);
            double Clip(decimal end) => end == decimal.MinValue ? viewLo : end == decimal.MaxValue ? viewHi : unit.Scale(end);
            var top = -r * RowHeight;
            var left = X(viewLo + ((viewHi - viewLo) * 0.01));
            var heading = plot.Add.Text(Wrap(Capitalize(f.Relation), 95), left, top + 0.1);
            Style(heading, 15, Colors.Black, Alignment.LowerLeft);
            heading.LabelBold = true;

            void Side(DecimalInterval i, double y, Color color, string name, string? label)
            {
                var (a, b) = (X(Clip(i.Lower)), X(Clip(i.Upper)));
                var minimum = (X(viewHi) - X(viewLo)) * 0.004; // a narrow interval is still visible
                if (b - a < minimum)
                {
                    (a, b) = (((a + b) / 2) - (minimum / 2), ((a + b) / 2) + (minimum / 2));
                }

                var rect = plot.Add.Rectangle(a, b, y - 0.35, y + 0.35);
                rect.FillColor = color;
                rect.LineWidth = 0;
                var text = plot.Add.Text($"{name}: {EndsText(i, unit)} {UnitSuffix(unit)} — {Shorten(label ?? string.Empty, 80)}", left, y + 0.4);
                Style(text, 13, Colors.Black.WithAlpha(0.85), Alignment.LowerLeft);
            }

            Side(computed, top - 1.2, Palette[1], "computed", f.ComputedLabel);
            Side(stated, top - 2.9, Palette[0], "stated", f.StatedLabel);

            // The gap: from the end of one interval to the start of the other, marked by dashed lines and a bracket.
            var (gapFrom, gapTo) = computed.Upper <= stated.Lower ? (computed.Upper, stated.Lower) : (stated.Upper, computed.Lower);
            if (gapFrom < gapTo && gapFrom != decimal.MinValue && gapTo != decimal.MaxValue)
            {
                var (ga, gb) = (X(unit.Scale(gapFrom)), X(unit.Scale(gapTo)));
                foreach (var x in new[] { ga, gb })
                {
                    var edge = plot.Add.Line(x, top - 0.8, x, top - 3.3);
                    edge.LineColor = Colors.Red;
                    edge.LinePattern = LinePattern.Dashed;
                    edge.LineWidth = 1.5f;
                }

                var bracket = plot.Add.Line(ga, top - 1.95, gb, top - 1.95);
                bracket.LineColor = Colors.Red;
                bracket.LineWidth = 2.5f;
                var gapText = plot.Add.Text($"gap {unit.Format(unit.Scale(f.Gap), 4)} {UnitSuffix(unit)}", (ga + gb) / 2, top - 1.85);
                Style(gapText, 14, Colors.Red, Alignment.LowerCenter);
                gapText.LabelBold = true;
            }
        }

        var bottom = -((rows.Count - 1) * RowHeight) - 3.5;
        if (single)
        {
            var f = rows[0];
            var ends = new[] { f.Computed!.Value.Lower, f.Computed.Value.Upper, f.Stated!.Value.Lower, f.Stated.Value.Upper }.Where(e => e != decimal.MinValue && e != decimal.MaxValue).ToList();
            var unit = AxisUnit.OfFinding(f.GapUnit, ends.Max(Math.Abs));
            var (lo, hi) = (unit.Scale(ends.Min()), unit.Scale(ends.Max()));
            var pad = Math.Max((hi - lo) * 0.12, Math.Abs(hi) * 0.001);
            plot.Axes.SetLimits(lo >= 0 ? Math.Max(0, lo - pad) : lo - pad, hi + pad, bottom, 1.0);
            plot.Axes.Bottom.Label.Text = unit.Name;
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => unit.Format(v, 3) };
        }
        else
        {
            plot.Axes.SetLimits(0, 1, bottom, 1.0);
            plot.Axes.Bottom.IsVisible = false;
            plot.Axes.Bottom.SetTicks([], []);
        }

        return new Chart(plot, title, single ? ChartFile.Height : Math.Max(ChartFile.Height, 130 + (190 * rows.Count)));
    }

    private static Plot NewPlot(string title, string xLabel, string yLabel)
    {
        var plot = new Plot();
        plot.Font.Set(Font);
        plot.Title(title, 22);
        plot.XLabel(xLabel, 16);
        plot.YLabel(yLabel, 16);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 14;
        plot.Axes.Left.TickLabelStyle.FontSize = 14;
        plot.Legend.FontSize = 14;
        plot.Legend.FontName = Font;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => v.ToString("#,0.##", Inv) };
        return plot;
    }

    private static void Style(ScottPlot.Plottables.Text text, float size, Color color, Alignment alignment)
    {
        text.LabelFontSize = size;
        text.LabelFontName = Font;
        text.LabelFontColor = color;
        text.LabelAlignment = alignment;
    }

    private static string EndsText(DecimalInterval i, AxisUnit unit)
    {
        var lower = i.IsLowerUnbounded ? "-∞" : unit.Format(unit.Scale(i.Lower), 4);
        var upper = i.IsUpperUnbounded ? "+∞" : unit.Format(unit.Scale(i.Upper), 4);
        return (i.LowerInclusive && !i.IsLowerUnbounded ? "[" : "(") + lower + ", " + upper + (i.UpperInclusive && !i.IsUpperUnbounded ? "]" : ")");
    }

    private static string UnitSuffix(AxisUnit unit) => ReferenceEquals(unit, AxisUnit.Percent) ? string.Empty : unit.Name;

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    // Breaks a long line once, at the last space before the limit.
    private static string Wrap(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max);
        return cut <= 0 ? Shorten(text, max) : text[..cut] + "\n" + Shorten(text[(cut + 1)..], max);
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static int IndexOf(IReadOnlyList<string> list, string item)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == item)
            {
                return i;
            }
        }

        return list.Count;
    }
}
