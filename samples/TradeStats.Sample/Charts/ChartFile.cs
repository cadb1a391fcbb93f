using ScottPlot;

namespace TradeStats.Sample.Charts;

/// <summary>Where a chart goes: a PNG or SVG file, chosen by the extension, at a fixed readable size.</summary>
public static class ChartFile
{
    /// <summary>The width of every chart, in pixels.</summary>
    public const int Width = 1000;

    /// <summary>The height of every chart, in pixels.</summary>
    public const int Height = 600;

    /// <summary>Checks that a path ends in .png or .svg (any case).</summary>
    /// <param name="path">The path given to <c>--plot</c>.</param>
    /// <returns><paramref name="path"/> unchanged, so the check can be used inline.</returns>
    /// <exception cref="ArgumentException">The extension is neither .png nor .svg.</exception>
    public static string Check(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        _ = KindOf(path);
        return path;
    }

    /// <summary>Writes a chart as PNG or SVG, by the path's extension.</summary>
    /// <param name="plot">The plot to render.</param>
    /// <param name="path">The file; its folder must exist.</param>
    /// <param name="height">The height in pixels; the width is always <see cref="Width"/>.</param>
    /// <exception cref="ArgumentException">The extension is neither .png nor .svg.</exception>
    public static void Save(Plot plot, string path, int height = Height)
    {
        ArgumentNullException.ThrowIfNull(plot);
        if (KindOf(path))
        {
            plot.SavePng(path, Width, height);
        }
        else
        {
            plot.SaveSvg(path, Width, height);
        }
    }

    // True for PNG, false for SVG.
    private static bool KindOf(string path)
    {
        var extension = Path.GetExtension(path);
        if (string.Equals(extension, ".png", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (string.Equals(extension, ".svg", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        throw new ArgumentException($"--plot {path}: the chart file must end in .png or .svg.");
    }
}
