using System.Xml.Linq;
using TradeStats.Sample.Charts;

namespace TradeStats.Tests.Sample;

public sealed class ChartsTest : IDisposable
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private readonly string _dir = Directory.CreateTempSubdirectory("tradestats-charts-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static TheoryData<string, string, string[]> Commands() => new()
    {
        { "aggregate", "Trade by partner, year", ["aggregate", F("trade.csv"), "--by", "partner,year"] },
        { "growth", "Growth on a year earlier by partner", ["growth", F("trade.csv"), "--by", "partner"] },
        { "verify", "Contradictions: 1 of 2 relations", ["verify", F("statements-contradictory.csv")] },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Plot_writes_a_png_and_the_table(string name, string title, string[] args)
    {
        _ = title;
        var path = Path.Combine(_dir, name + ".png");
        var (code, output, _) = SampleRunner.Run([.. args, "--plot", path]);

        Assert.Equal(name == "verify" ? 1 : 0, code);
        Assert.Contains("|", output, StringComparison.Ordinal); // the table is still printed
        var bytes = File.ReadAllBytes(path);
        Assert.Equal(PngSignature, bytes[..8]);
        Assert.True(bytes.Length > 5_000, $"{bytes.Length} bytes");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Plot_writes_an_svg_with_the_title(string name, string title, string[] args)
    {
        var path = Path.Combine(_dir, name + ".SVG");
        var (code, _, _) = SampleRunner.Run([.. args, "--plot", path]);

        Assert.Equal(name == "verify" ? 1 : 0, code);
        var svg = XDocument.Load(path);
        Assert.Equal("svg", svg.Root!.Name.LocalName);
        Assert.Contains(title, svg.Root.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plot_file_that_is_neither_png_nor_svg_is_refused_before_anything_is_read()
    {
        var path = Path.Combine(_dir, "chart.jpg");
        var (code, output, error) = SampleRunner.Run("aggregate", F("trade.csv"), "--by", "partner", "--plot", path);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(".png or .svg", line, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void The_seed_report_writes_its_four_charts_into_a_folder()
    {
        var folder = Path.Combine(_dir, "seed");
        var (code, output, _) = SampleRunner.Run("--charts", folder);

        Assert.Equal(0, code);
        Assert.Contains("Verification", output, StringComparison.Ordinal); // the report itself is unchanged
        foreach (var file in SeedCharts.FileNames)
        {
            var bytes = File.ReadAllBytes(Path.Combine(folder, file));
            Assert.Equal(PngSignature, bytes[..8]);
            Assert.True(bytes.Length > 5_000, $"{file}: {bytes.Length} bytes");
        }
    }

    [Fact]
    public void Charts_without_a_folder_is_a_usage_error()
    {
        var (code, _, error) = SampleRunner.Run("--charts");
        Assert.Equal(2, code);
        Assert.Contains("--charts", error, StringComparison.Ordinal);
    }

    private static string F(string name) => SampleRunner.TestFile(name);
}
