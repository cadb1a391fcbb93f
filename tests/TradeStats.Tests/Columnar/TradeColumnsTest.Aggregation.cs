using TradeStats.Columnar;

namespace TradeStats.Tests.Columnar;

/// <summary>Aggregation cases the generated data does not reach: big stores, overflow, refusals.</summary>
public sealed partial class TradeColumnsTest
{
    private static readonly TradeObservation Base =
        new(Territory.FromCode("CN"), Territory.FromCode("NP"), Period.Month(2024, 1), TradeFlow.Exports, Money.Usd(1m));

    [Fact]
    public void SumBy_Parallel_EqualsSingleThreaded()
    {
        var rows = Rows(250_000, seed: 4);
        var store = TradeColumns.FromObservations(rows);
        var keys = TradeKeys.Partner | TradeKeys.Period | TradeKeys.Flow;
        var single = store.SumBy(keys, PeriodKind.Year);
        var parallel = store.SumBy(keys, PeriodKind.Year, degreeOfParallelism: 4);
        Assert.Equal(single.Rows, parallel.Rows);
        Assert.Equal(40 * 5 * 2, single.Count);
        Assert.Equal(rows.Sum(o => o.Value.Amount), single.Rows.Sum(r => r.Value.Amount));
    }

    [Fact]
    public void SumBy_ManySparseGroups_EqualsLinq()
    {
        // Every partner, ten years of months and many HS codes: far more possible cells than rows, so the hash path runs.
        var random = new Random(5);
        var partners = Territory.Countries.ToArray();
        var rows = Enumerable.Range(0, 5_000).Select(_ => Base with
        {
            Partner = partners[random.Next(partners.Length)],
            Period = Period.Month(2015 + random.Next(10), random.Next(1, 13)),
            Commodity = Commodity.Hs(random.Next(100, 9999).ToString("D4", System.Globalization.CultureInfo.InvariantCulture)),
            Value = Money.Usd(random.Next(0, 1000) / 10m),
        }).ToArray();
        var expected = ColumnarGenerators.ReferenceSums(rows, TradeKeys.All, null, null);
        var actual = TradeColumns.FromObservations(rows).SumBy(TradeKeys.All).Rows;
        Assert.Equal(expected.ToHashSet(), actual.ToHashSet());
    }

    [Fact]
    public void SumBy_GroupSumOverflows_ThrowsNamingTheGroup()
    {
        var big = Money.Usd(5_000_000_000_000_000_000m);
        var rows = new[] { Base with { Value = big }, Base with { Partner = Territory.FromCode("KZ"), Value = big }, Base with { Value = big } };
        var store = TradeColumns.FromObservations(rows);
        var e = Assert.Throws<OverflowException>(() => store.SumBy(TradeKeys.Partner | TradeKeys.Period));
        Assert.Contains("partner NP", e.Message, StringComparison.Ordinal);
        Assert.Contains("period 2024-01", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SumBy_LargeValuesInSeparateGroups_DoNotOverflow()
    {
        var big = Money.Usd(5_000_000_000_000_000_000m);
        var store = TradeColumns.FromObservations([Base with { Value = big }, Base with { Partner = Territory.FromCode("KZ"), Value = big }]);
        Assert.All(store.SumBy(TradeKeys.Partner).Rows, r => Assert.Equal(big, r.Value));
    }

    [Fact]
    public void SumBy_SeveralCurrencies_ThrowsCurrencyMismatch()
    {
        var store = TradeColumns.FromObservations([Base, Base with { Value = Money.Cny(1m) }]);
        Assert.Throws<CurrencyMismatchException>(() => store.SumBy(TradeKeys.Partner));
    }

    [Fact]
    public void SumBy_RowsWithBreakdowns_Throws()
    {
        var store = TradeColumns.FromObservations([Base, Base with { EnterpriseType = EnterpriseType.Private }]);
        var e = Assert.Throws<InvalidOperationException>(() => store.SumBy(TradeKeys.Partner));
        Assert.Contains("double-count", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SumBy_RollUpOfNamedGroup_Throws()
    {
        var store = TradeColumns.FromObservations([Base with { Commodity = Commodity.Named("New energy vehicles") }]);
        Assert.Throws<InvalidOperationException>(() => store.SumBy(TradeKeys.Commodity, hsLevel: 2));
    }

    [Fact]
    public void SumBy_RollUpOfRangeToYear_Throws()
    {
        var store = TradeColumns.FromObservations([Base with { Period = Period.Parse("2024-11/2025-02") }]);
        Assert.Throws<InvalidOperationException>(() => store.SumBy(TradeKeys.Period, PeriodKind.Year));
    }

    [Fact]
    public void SumBy_BadArguments_Throw()
    {
        var store = TradeColumns.FromObservations([Base]);
        Assert.Throws<ArgumentOutOfRangeException>(() => store.SumBy(TradeKeys.Partner, degreeOfParallelism: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => store.SumBy(TradeKeys.Commodity, hsLevel: 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => store.SumBy((TradeKeys)64));
    }

    [Fact]
    public void YearOnYear_BalanceChangingSign_IsUndefinedWithReason()
    {
        var a = Base with { Flow = TradeFlow.Balance, Period = Period.Year(2023), Value = Money.Usd(-10m) };
        var b = a with { Period = Period.Year(2024), Value = Money.Usd(5m) };
        var growth = TradeColumns.FromObservations([a, b]).SumBy(TradeKeys.Period | TradeKeys.Flow).YearOnYear().Single();
        Assert.Null(growth.Growth);
        Assert.Equal("the balance changed sign", growth.UndefinedReason);
        Assert.Equal(Period.Year(2024), growth.Current.Period);
        Assert.Equal(Period.Year(2023), growth.Base.Period);
    }

    [Fact]
    public void YearOnYear_MonthlySeries_ComparesWithTheSameMonthAYearEarlier()
    {
        var a = Base with { Period = Period.Month(2023, 3), Value = Money.Usd(100m) };
        var b = a with { Period = Period.Month(2024, 3), Value = Money.Usd(115.4m) };
        var c = a with { Period = Period.Month(2024, 2), Value = Money.Usd(1m) };
        var growth = TradeColumns.FromObservations([a, b, c]).SumBy(TradeKeys.Partner | TradeKeys.Period).YearOnYear();
        Assert.Equal(0.154m, Assert.Single(growth).Growth);
    }

    [Fact]
    public void YearOnYear_WithoutPeriodKey_Throws() =>
        Assert.Throws<InvalidOperationException>(() => TradeColumns.FromObservations([Base]).SumBy(TradeKeys.Partner).YearOnYear());

    [Fact]
    public void SharesAcross_DimensionNotGrouped_Throws()
    {
        var totals = TradeColumns.FromObservations([Base]).SumBy(TradeKeys.Partner);
        Assert.Throws<ArgumentException>(() => totals.SharesAcross(TradeKeys.Flow));
        Assert.Throws<ArgumentException>(() => totals.SharesAcross(TradeKeys.None));
    }

    [Fact]
    public void SumByWithConversion_MissingRate_ThrowsExchangeRateNotFound()
    {
        var store = TradeColumns.FromObservations([Base with { Period = Period.Month(2030, 1) }]);
        Assert.Throws<ExchangeRateNotFoundException>(() => store.SumBy(TradeKeys.Partner, Currency.CNY, ColumnarGenerators.Rates));
    }

    [Fact]
    public void SumByWithConversion_ConvertsEachMonthAtItsRate()
    {
        var jan = Base with { Period = Period.Month(2022, 1), Value = Money.Usd(100m) };
        var feb = Base with { Period = Period.Month(2022, 2), Value = Money.Usd(100m) };
        var total = TradeColumns.FromObservations([jan, feb]).SumBy(TradeKeys.Period, Currency.CNY, ColumnarGenerators.Rates, PeriodKind.Year).Rows.Single();
        Assert.Equal(Money.Cny((100m * 6.3m) + (100m * 6.3271m)), total.Value);
        Assert.Equal(Period.Year(2022), total.Period);
        Assert.Equal(2, total.RowCount);
    }
}
