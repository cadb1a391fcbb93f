using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TradeStats.Analysis;
using TradeStats.Columnar;
using TradeStats.Tests.Infrastructure;

namespace TradeStats.Tests.Columnar;

/// <summary>The columnar engine against <see cref="TradeSeries"/> on generated data: identical, exact results.</summary>
public sealed partial class TradeColumnsTest
{
    private const int Cases = 150;

    /// <summary>
    /// The differential property of the one analysis model: on any rows, grouping and filter, the columnar engine
    /// gives what <see cref="TradeSeries"/> gives on the same observations, the same groups with the same exact flow
    /// totals and row counts, or the same exception. Growth, shares and concentration then run on equal groupings.
    /// </summary>
    [Property(MaxTest = 400)]
    public Property GroupBy_EqualsTradeSeries_OnAnyRowsGroupingAndFilter() => Prop.ForAll(ColumnarGenerators.AnyScenarios, s =>
    {
        var expected = Outcome(() => TradeSeries.From(s.Filter is null ? s.Observations : s.Observations.Where(s.Filter.Matches)).GroupBy(s.Options));
        var store = TradeColumns.FromObservations(s.Observations);
        var actual = Outcome(() => store.GroupBy(s.Options, s.Filter));
        Assert.Equal(expected.Error, actual.Error);
        if (expected.Grouping is { } e)
        {
            AssertSameGrouping(e, actual.Grouping!);
            AssertSameGrouping(e, store.GroupBy(s.Options, s.Filter, degreeOfParallelism: 3));
        }
    });

    [Property(MaxTest = Cases)]
    public Property YearOnYearAndShares_OnTheColumnarGrouping_EqualThoseOnTheSeriesGrouping() => Prop.ForAll(ColumnarGenerators.Scenarios, s =>
    {
        var options = s.Options with { Dimensions = s.Options.Dimensions | TradeDimension.Period | TradeDimension.Partner };
        var (expected, error) = Outcome(() => TradeSeries.From(s.Observations).GroupBy(options));
        var (actual, actualError) = Outcome(() => TradeColumns.FromObservations(s.Observations).GroupBy(options));
        Assert.Equal(error, actualError);
        if (expected is null || actual is null)
        {
            return;
        }

        foreach (var flow in new[] { TradeFlow.Exports, TradeFlow.Imports, TradeFlow.Total, TradeFlow.Balance })
        {
            // Sums are equal as numbers; their trailing zeros (and so the text of an explanation) may differ.
            Assert.Equal(expected.YearOnYear(flow).Select(g => (g.Key, g.BaseKey, g.Growth.Rate, g.Growth.Reason)), actual.YearOnYear(flow).Select(g => (g.Key, g.BaseKey, g.Growth.Rate, g.Growth.Reason)));
        }

        Assert.Equal(expected.SharesWithin(TradeDimension.Partner, TradeFlow.Exports).Select(g => (g.Key, g.Value, g.Share.Value)), actual.SharesWithin(TradeDimension.Partner, TradeFlow.Exports).Select(g => (g.Key, g.Value, g.Share.Value)));
    });

    /// <summary>
    /// Conversion: the columnar engine converts each cell's subtotal for a stored period at that period's rate;
    /// the series computes the same by grouping at stored periods, converting each group, and grouping again.
    /// </summary>
    [Property(MaxTest = Cases)]
    public Property GroupByWithConversion_EqualsConvertingStoredPeriodGroupsOfTheSeries() => Prop.ForAll(ColumnarGenerators.MixedCurrencyScenarios, s =>
    {
        var options = s.Options with { PartnerGroups = null };
        if (s.Observations.DistinctBy(o => (o.Reporter, o.Partner, o.Period, o.Flow, o.Commodity)).Count() < s.Observations.Length)
        {
            return; // the same cell twice is refused by both; that is the first property's business
        }

        var store = TradeColumns.FromObservations(s.Observations);
        try
        {
            LevelCheck.Check(s.Observations.Select(o => o with { Value = new Money(o.Value.Amount, Currency.CNY) }));
        }
        catch (InvalidOperationException e)
        {
            Assert.Equal(e.GetType(), Record.Exception(() => store.GroupBy(options, Currency.CNY, ColumnarGenerators.Rates))?.GetType());
            return;
        }

        var inner = new GroupingOptions(options.Dimensions | TradeDimension.Period) { HsLevel = options.HsLevel, ProductGroups = options.ProductGroups };
        var converted = new List<TradeObservation>();
        foreach (var currency in new[] { Currency.USD, Currency.CNY })
        {
            var rows = s.Observations.Where(o => o.Value.Currency == currency).ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            foreach (var g in TradeSeries.From(rows).GroupBy(inner).Groups)
            {
                foreach (var flow in new[] { TradeFlow.Exports, TradeFlow.Imports, TradeFlow.Balance })
                {
                    var value = flow switch { TradeFlow.Exports => g.Totals.Exports, TradeFlow.Imports => g.Totals.Imports, _ => g.Totals.StatedBalance };
                    if (value is { } v)
                    {
                        var money = currency == Currency.CNY ? v : ColumnarGenerators.Rates.GetRate(currency, Currency.CNY, g.Key.Period!.Value).Convert(v);
                        converted.Add(new TradeObservation(g.Key.Reporter ?? Territory.FromCode("CN"), g.Key.Partner ?? Territory.World, g.Key.Period!.Value, flow, money) { Commodity = g.Key.Commodity });
                    }
                }
            }
        }

        // The converted cells are grouped by the shared grouping code directly: cells of two currencies may share a key.
        var expected = GroupingEngine.Build(options, converted.Select(o => (o, 1)));
        var actual = store.GroupBy(options, Currency.CNY, ColumnarGenerators.Rates);
        {
            Assert.Equal(expected.Groups.Select(g => (g.Key, g.Totals.Exports, g.Totals.Imports, g.Totals.StatedBalance)), actual.Groups.Select(g => (g.Key, g.Totals.Exports, g.Totals.Imports, g.Totals.StatedBalance)));
        }
    });

    [Property(MaxTest = Cases)]
    public Property ToObservations_ReturnsTheStoredObservations() => Prop.ForAll(ColumnarGenerators.MixedCurrencyScenarios, s =>
        Assert.Equal(s.Observations, TradeColumns.FromObservations(s.Observations).ToObservations()));

    [Property(MaxTest = Cases)]
    public Property CsvLoad_AnyColumnOrderAndQuoting_ReturnsTheWrittenObservations() => Prop.ForAll(ColumnarGenerators.MixedCurrencyScenarios, s =>
    {
        // The scenario's keys pick a column order and the quoting, so that both vary with the data.
        string[] columns = ["reporter", "partner", "period", "flow", "commodity", "value", "currency"];
        var seed = (int)s.Options.Dimensions;
        var shift = seed % columns.Length;
        columns = [.. columns[shift..], .. columns[..shift]];
        var csv = ColumnarGenerators.ToCsv(s.Observations, columns, quoteAll: (seed & 1) == 1, newLine: (seed & 2) == 2 ? "\r\n" : "\n");
        Assert.Equal(s.Observations, ColumnarGenerators.Load(csv).ToObservations());
    });

    internal static void AssertSameGrouping(TradeGrouping expected, TradeGrouping actual)
    {
        Assert.Equal(expected.GrandTotal, actual.GrandTotal);
        Assert.Equal(expected.Groups.Select(g => g.Key), actual.Groups.Select(g => g.Key));
        Assert.Equal(expected.Groups.Select(g => g.Totals), actual.Groups.Select(g => g.Totals));
    }

    private static (TradeGrouping? Grouping, Type? Error) Outcome(Func<TradeGrouping> group)
    {
        try
        {
            return (group(), null);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or OverflowException)
        {
            return (null, e.GetType());
        }
    }
}
