using TradeStats.Analysis;
using TradeStats.Verification;

namespace TradeStats.Sample.Charts;

/// <summary>The seed report's four charts: levels by year, growth stated against computed, partners' shares, and a contradiction.</summary>
public static class SeedCharts
{
    /// <summary>The file names the charts are written to, in order.</summary>
    public static IReadOnlyList<string> FileNames { get; } = ["levels-by-year.png", "growth-stated-computed.png", "partner-shares.png", "contradiction.png"];

    private static readonly Territory Xizang = Territory.FromCode("CN-XZ");

    /// <summary>Writes the four charts as PNG files into a folder, creating it when needed.</summary>
    /// <param name="report">The seed report whose data set and verification the charts show.</param>
    /// <param name="directory">The folder to write to; created when missing, existing files of the same names replaced.</param>
    /// <returns>The four file paths, in the order the charts are drawn.</returns>
    public static IReadOnlyList<string> WriteAll(SeedReport report, string directory)
    {
        ArgumentNullException.ThrowIfNull(report);
        Directory.CreateDirectory(directory);
        Chart[] charts = [LevelsByYear(report.Data), GrowthStatedAndComputed(report.Data), PartnerShares(report.Data), Contradiction(report.Verification)];
        var paths = new List<string>();
        for (var i = 0; i < charts.Length; i++)
        {
            var path = Path.Combine(directory, FileNames[i]);
            charts[i].Save(path);
            paths.Add(path);
        }

        return paths;
    }

    /// <summary>Xizang's total trade by year: levels published in yuan, in dollars (converted at the sourced rate), and implied by a growth rate.</summary>
    /// <param name="data">The seed data set with the Xizang totals and the sourced rates.</param>
    /// <returns>A grouped bar chart, one group per year.</returns>
    public static Chart LevelsByYear(SeedDataSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        const string Yuan = "published in yuan", Dollars = "published in dollars, at the NBS average rate", Implied = "implied: next year's level / (1 + its growth)";
        var unit = AxisUnit.Amount(1e9m, "yuan");
        var bars = new List<BarValue>();
        foreach (var s in data.Statements.Where(s => s.Subject.Reporter == Xizang && s.Subject.Partner == Territory.World && s.Subject.Flow == TradeFlow.Total
                     && s.Subject.Commodity is null && s.Subject.EnterpriseType is null && s.Subject.CustomsRegime is null && s.Subject.TransportMode is null && s.Value is not null))
        {
            var value = s.Value!.Value.Value;
            var series = Yuan;
            if (value.Currency == Currency.USD)
            {
                value = data.Rates.GetRate(Currency.USD, Currency.CNY, s.Subject.Period).Convert(value);
                series = Dollars;
            }

            bars.Add(Bar(s.Subject.Period, series, value.Amount));
            if (s.Growth is { Style: RoundingStyle.Nearest } g && value.Currency == Currency.CNY)
            {
                bars.Add(Bar(s.Subject.Period.YearEarlier(), Implied, Growth.ImpliedBase(value, g.Value).Amount));
            }
        }

        var distinct = bars.DistinctBy(b => (b.Category, b.Series, b.Label)).OrderBy(b => b.Category, StringComparer.Ordinal).ToList();
        return Draw.GroupedBars("Xizang's total foreign trade by year, as published and as implied", "year", "billion yuan", distinct, [Yuan, Dollars, Implied]);

        BarValue Bar(Period period, string series, decimal amount) =>
            new(period.ToString(), series, unit.Scale(amount), unit.Format(unit.Scale(amount)));
    }

    /// <summary>Each stated growth rate whose two levels are published, against the rate those levels give.</summary>
    /// <param name="data">The seed data set.</param>
    /// <returns>A grouped bar chart of stated against computed growth, in percent.</returns>
    public static Chart GrowthStatedAndComputed(SeedDataSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        const string Stated = "stated growth", Computed = "computed from the two published levels";
        var bars = new List<BarValue>();
        foreach (var s in data.Statements.Where(s => s.Growth is { Style: RoundingStyle.Nearest }))
        {
            var level = s.Value is { Number.Style: RoundingStyle.Nearest } ? s : LevelOf(data, s.Subject, null, Publisher(s));
            if (level?.Value is not { } lv)
            {
                continue;
            }

            var basis = LevelOf(data, s.Subject.WithPeriod(s.Subject.Period.YearEarlier()), lv.Currency, Publisher(s));
            if (basis is null || Growth.Between(lv.Value, basis.Value!.Value.Value).Rate is not { } rate)
            {
                continue;
            }

            var name = $"{s.Subject.Reporter.Name} {FlowName(s.Subject.Flow)} {s.Subject.Period}\n{lv.Value.Currency.Code}, {Publisher(s)}";
            bars.Add(new(name, Stated, Pct(s.Growth!.Value.Value), AxisUnit.Percent.Format(Pct(s.Growth.Value.Value), 1, true)));
            bars.Add(new(name, Computed, Pct(rate), AxisUnit.Percent.Format(Pct(rate), 1, true)));
        }

        return Draw.GroupedBars("Growth on a year earlier: as stated and as the published levels give it", string.Empty, "percent", bars, [Stated, Computed]);

        static double Pct(decimal fraction) => (double)(fraction * 100m);
    }

    /// <summary>Partners' shares of a reporter's total trade: computed from the levels of one source, or stated.</summary>
    /// <param name="data">The seed data set.</param>
    /// <returns>Horizontal bars of partner shares in percent, largest first.</returns>
    public static Chart PartnerShares(SeedDataSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        const string Computed = "computed: partner / total of the same source", StatedShare = "stated in the article";
        var bars = new List<BarValue>();
        var plain = data.Observations.Where(o => o.Commodity is null && o.CustomsRegime is null && o.EnterpriseType is null && o.TransportMode is null);
        foreach (var source in plain.GroupBy(o => (Publisher: o.Source?.Publisher ?? "unsourced", o.Value.Currency)))
        {
            // Totals by reporter and year within one source and one partner: two articles' equal figures are not
            // added up, and overlapping partners (Nepal within South Asia) are never summed together.
            var options = new GroupingOptions(TradeDimension.Reporter | TradeDimension.Period);
            var world = TradeSeries.From(source.Where(o => o.Partner == Territory.World)).GroupBy(options).Groups;
            foreach (var partner in source.Where(o => o.Partner != Territory.World).GroupBy(o => o.Partner))
            {
                foreach (var g in TradeSeries.From(partner).GroupBy(options).Groups)
                {
                    var whole = world.FirstOrDefault(w => w.Key.Reporter == g.Key.Reporter && w.Key.Period == g.Key.Period)?.Totals.Total;
                    if (whole is { } w && g.Totals.Total is { } part && w.Currency == part.Currency && Ratio.Of(part, w).Value is { } share)
                    {
                        bars.Add(Bar(partner.Key, g.Key.Reporter!, g.Key.Period!.Value, source.Key.Publisher, Computed, share));
                    }
                }
            }
        }

        foreach (var s in data.Statements.Where(s => s.Share is { Style: RoundingStyle.Nearest } && s.ShareOf?.Partner == Territory.World && s.Subject.Partner != Territory.World
                     && s.Subject.Flow == TradeFlow.Total && s.Subject.TransportMode is null && s.Subject.Commodity is null))
        {
            bars.Add(Bar(s.Subject.Partner, s.Subject.Reporter, s.Subject.Period, Publisher(s), StatedShare, s.Share!.Value.Value));
        }

        return Draw.SortedHorizontalBars("Partners' shares of total foreign trade", "percent of the reporter's total trade (groups overlap)", bars);

        static BarValue Bar(Territory partner, Territory reporter, Period period, string publisher, string series, decimal share) =>
            new($"{partner.Name} in {reporter.Name}, {period} ({publisher})", series, (double)(share * 100m), AxisUnit.Percent.Format((double)(share * 100m), 1));
    }

    /// <summary>
    /// The headline contradiction: the 2024 total that China Daily's 2025 figure and its "increase" imply, against
    /// the 2024 total Xinhua published; any other amount contradiction when that one is absent.
    /// </summary>
    /// <param name="report">The verifier's report on the data set.</param>
    /// <returns>An interval chart of that one finding; empty when the report has no drawable contradiction.</returns>
    public static Chart Contradiction(VerificationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var drawable = report.Contradictions.Where(f => f.Computed is not null && f.Stated is not null).ToList();
        var finding = drawable.FirstOrDefault(f => f.Kind == FindingKind.ImpliedBase && f.Involves("chinadaily-2025-total") && f.Involves("xinhua-2024-total"))
            ?? drawable.FirstOrDefault();
        return Draw.Intervals("A contradiction: two intervals that do not meet", finding is null ? [] : [finding]);
    }

    /// <summary>The level of a subject in a currency, the same publisher's first.</summary>
    private static Statement? LevelOf(SeedDataSet data, StatementSubject subject, Currency? currency, string publisher) =>
        data.Statements
            .Where(s => s.Subject == subject && s.Value is { } v && v.Number.Style == RoundingStyle.Nearest && (currency is null || v.Currency == currency))
            .OrderBy(s => Publisher(s) == publisher ? 0 : 1)
            .FirstOrDefault();

    private static string Publisher(Statement s) => s.Source?.Publisher ?? "unsourced";

    private static string FlowName(TradeFlow flow) => flow switch
    {
        TradeFlow.Exports => "exports",
        TradeFlow.Imports => "imports",
        TradeFlow.Total => "total",
        TradeFlow.Balance => "balance",
        _ => flow.ToString(),
    };
}
