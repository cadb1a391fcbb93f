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
            ColumnarTotals byYear = store.SumBy(TradeKeys.Partner | TradeKeys.Period | TradeKeys.Flow, PeriodKind.Year);
            IReadOnlyList<GroupGrowth> growth = byYear.YearOnYear();
            IReadOnlyList<GroupTotalShare> shares = byYear.SharesAcross(TradeKeys.Partner);
            ColumnarTotals chapters = store.SumBy(TradeKeys.Commodity | TradeKeys.Period, PeriodKind.Year, hsLevel: 2);

            Assert.Equal(40 * 5 * 2, byYear.Count);
            Assert.Equal(40 * 4 * 2, growth.Count);
            Assert.All(shares.GroupBy(s => (s.Group.Period, s.Group.Flow)), g => Assert.Equal(1m, g.Sum(s => s.Share!.Value), 20));
            Assert.Equal(new[] { "01", "27", "85", "87" }, chapters.Rows.Select(r => r.Commodity!.Code).Distinct().Order());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
