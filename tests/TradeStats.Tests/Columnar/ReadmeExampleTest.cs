using System.Collections.Immutable;
using TradeStats.Analysis;
using TradeStats.Columnar;

namespace TradeStats.Tests.Columnar;

/// <summary>The README's columnar example, on a small generated file.</summary>
public sealed class ReadmeExampleTest
{
    [Fact]
    public void ReadmeExample_Runs()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tradestats-readme-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, ColumnarGenerators.ToCsv(TradeColumnsTest.Rows(20_000, seed: 9), ["reporter", "partner", "period", "flow", "commodity", "value", "currency"], quoteAll: false));
        try
        {
            TradeColumns store = TradeCsvLoader.Load(path);
            TradeGrouping byYear = store.GroupBy(new GroupingOptions(TradeDimension.Partner | TradeDimension.Period) { PeriodRollUp = PeriodKind.Year });
            ImmutableArray<GroupGrowth> growth = byYear.YearOnYear(TradeFlow.Exports);
            ImmutableArray<GroupShare> shares = byYear.SharesWithin(TradeDimension.Partner, TradeFlow.Exports);
            TradeGrouping chapters = store.GroupBy(new GroupingOptions(TradeDimension.Commodity | TradeDimension.Period) { PeriodRollUp = PeriodKind.Year, HsLevel = 2 });

            Assert.Equal(40 * 5, byYear.Groups.Length);
            Assert.Equal(40 * 4, growth.Count(g => g.Growth.IsDefined));
            Assert.All(shares.GroupBy(s => s.Key.Period), g => Assert.Equal(1m, g.Sum(s => s.Share.Value!.Value), 20));
            Assert.Equal(new[] { "01", "27", "85", "87" }, chapters.Groups.Select(g => g.Key.Commodity!.Code).Distinct().Order());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
