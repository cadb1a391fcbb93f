using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TradeStats.Columnar;
using TradeStats.Tests.Infrastructure;

namespace TradeStats.Tests.Columnar;

/// <summary>The columnar engine against the simple LINQ path on generated data: identical, exact results.</summary>
public sealed partial class TradeColumnsTest
{
    private const int Cases = 150;

    [Property(MaxTest = Cases)]
    public Property SumBy_EqualsLinqOverObservations() => Prop.ForAll(ColumnarGenerators.Scenarios, s =>
    {
        var expected = ColumnarGenerators.ReferenceSums(s.Observations, s.Keys, s.PeriodLevel, s.HsLevel);
        var actual = TradeColumns.FromObservations(s.Observations).SumBy(s.Keys, s.PeriodLevel, s.HsLevel).Rows;
        AssertSameSet(expected, actual);
    });

    [Property(MaxTest = Cases)]
    public Property YearOnYear_EqualsLinqOverObservations() => Prop.ForAll(ColumnarGenerators.Scenarios, s =>
    {
        var keys = s.Keys | TradeKeys.Period;
        var expected = ColumnarGenerators.ReferenceGrowth(ColumnarGenerators.ReferenceSums(s.Observations, keys, s.PeriodLevel, s.HsLevel));
        var actual = TradeColumns.FromObservations(s.Observations).SumBy(keys, s.PeriodLevel, s.HsLevel).YearOnYear();
        AssertSameSet(expected, actual);
    });

    [Property(MaxTest = Cases)]
    public Property SharesAcross_EqualsLinqOverObservations() => Prop.ForAll(ColumnarGenerators.Scenarios, s =>
    {
        var keys = s.Keys | TradeKeys.Partner;
        var across = TradeKeys.Partner | (s.Keys & TradeKeys.Commodity);
        var expected = ColumnarGenerators.ReferenceShares(ColumnarGenerators.ReferenceSums(s.Observations, keys, s.PeriodLevel, s.HsLevel), across);
        var actual = TradeColumns.FromObservations(s.Observations).SumBy(keys, s.PeriodLevel, s.HsLevel).SharesAcross(across);
        AssertSameSet(expected, actual);
    });

    [Property(MaxTest = Cases)]
    public Property SumByWithConversion_EqualsConvertingPeriodSubtotalsOverObservations() => Prop.ForAll(ColumnarGenerators.MixedCurrencyScenarios, s =>
    {
        var expected = ColumnarGenerators.ReferenceConverted(s.Observations, s.Keys, Currency.CNY, ColumnarGenerators.Rates, s.PeriodLevel, s.HsLevel);
        var actual = TradeColumns.FromObservations(s.Observations).SumBy(s.Keys, Currency.CNY, ColumnarGenerators.Rates, s.PeriodLevel, s.HsLevel).Rows;
        AssertSameSet(expected, actual);
    });

    [Property(MaxTest = Cases)]
    public Property ToObservations_ReturnsTheStoredObservations() => Prop.ForAll(ColumnarGenerators.MixedCurrencyScenarios, s =>
        Assert.Equal(s.Observations, TradeColumns.FromObservations(s.Observations).ToObservations()));

    [Property(MaxTest = Cases)]
    public Property CsvLoad_AnyColumnOrderAndQuoting_ReturnsTheWrittenObservations() => Prop.ForAll(ColumnarGenerators.MixedCurrencyScenarios, s =>
    {
        // The scenario's keys pick a column order and the quoting, so that both vary with the data.
        string[] columns = ["reporter", "partner", "period", "flow", "commodity", "value", "currency"];
        var shift = (int)s.Keys % columns.Length;
        columns = [.. columns[shift..], .. columns[..shift]];
        var csv = ColumnarGenerators.ToCsv(s.Observations, columns, quoteAll: ((int)s.Keys & 1) == 1, newLine: ((int)s.Keys & 2) == 2 ? "\r\n" : "\n");
        Assert.Equal(s.Observations, ColumnarGenerators.Load(csv).ToObservations());
    });

    private static void AssertSameSet<T>(IReadOnlyCollection<T> expected, IReadOnlyCollection<T> actual)
    {
        var missing = expected.Except(actual).ToList();
        var extra = actual.Except(expected).ToList();
        Assert.True(
            missing.Count == 0 && extra.Count == 0 && expected.Count == actual.Count,
            $"{expected.Count} expected, {actual.Count} actual. Missing: {string.Join("; ", missing.Take(3))}. Unexpected: {string.Join("; ", extra.Take(3))}.");
    }
}
