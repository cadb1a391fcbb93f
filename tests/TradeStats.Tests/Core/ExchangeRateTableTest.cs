namespace TradeStats.Tests.Core;

public class ExchangeRateTableTest
{
    private static readonly ExchangeRate Usd2024 = new(Currency.USD, Currency.CNY, 7.1217m, Period.Year(2024), source: "SAFE");
    private static readonly ExchangeRate Usd2023 = new(Currency.USD, Currency.CNY, 7.0467m, Period.Year(2023), source: "SAFE");
    private static readonly ExchangeRate UsdJan = new(Currency.USD, Currency.CNY, 7.1000m, Period.Month(2024, 1), ExchangeRateKind.EndOfPeriod);

    private static readonly ExchangeRateTable Table = new([Usd2024, Usd2023, UsdJan]);

    [Fact]
    public void Lookup_finds_a_rate_as_stored()
    {
        Assert.Same(Usd2024, Table.GetRate(Currency.USD, Currency.CNY, Period.Year(2024)));
        Assert.True(Table.TryGetRate(Currency.USD, Currency.CNY, Period.Month(2024, 1), ExchangeRateKind.EndOfPeriod, out var r));
        Assert.Same(UsdJan, r);
    }

    [Fact]
    public void Lookup_answers_the_reverse_direction_inverted()
    {
        var r = Table.GetRate(Currency.CNY, Currency.USD, Period.Year(2024));
        Assert.Equal("CNY/USD", r.Pair);
        Assert.Equal(Usd2024.Invert(), r);
        Assert.Equal(Money.Usd(1.77e9m), r.Convert(Money.Cny(12_605_409_000m)).Round());
    }

    [Fact]
    public void A_missing_rate_throws_listing_what_the_table_has_for_the_pair()
    {
        var e = Assert.Throws<ExchangeRateNotFoundException>(() => Table.GetRate(Currency.CNY, Currency.USD, Period.Year(2022)));
        Assert.Equal(Currency.CNY, e.From);
        Assert.Equal(Currency.USD, e.To);
        Assert.Equal(Period.Year(2022), e.Period);
        Assert.Equal(ExchangeRateKind.PeriodAverage, e.Kind);
        Assert.Contains("CNY/USD for 2022", e.Message, StringComparison.Ordinal);
        Assert.Contains("USD/CNY 2023 PeriodAverage", e.Message, StringComparison.Ordinal);
        Assert.Contains("USD/CNY 2024 PeriodAverage", e.Message, StringComparison.Ordinal);
        Assert.Contains("USD/CNY 2024-01 EndOfPeriod", e.Message, StringComparison.Ordinal);
        Assert.Equal(3, e.Available.Count);
        Assert.IsAssignableFrom<KeyNotFoundException>(e);

        // Right period, wrong kind.
        Assert.Throws<ExchangeRateNotFoundException>(() => Table.GetRate(Currency.USD, Currency.CNY, Period.Year(2024), ExchangeRateKind.EndOfPeriod));
        Assert.False(Table.TryGetRate(Currency.USD, Currency.CNY, Period.Year(2022), ExchangeRateKind.PeriodAverage, out var none));
        Assert.Null(none);
    }

    [Fact]
    public void A_pair_the_table_lacks_entirely_says_so()
    {
        var e = Assert.Throws<ExchangeRateNotFoundException>(() => Table.GetRate(Currency.USD, CurrencyTest.Npr, Period.Year(2024)));
        Assert.Contains("no USD/NPR rates at all", e.Message, StringComparison.Ordinal);
        Assert.Empty(e.Available);
        Assert.Throws<ExchangeRateNotFoundException>(() => ExchangeRateTable.Empty.GetRate(Currency.USD, Currency.CNY, Period.Year(2024)));
    }

    [Fact]
    public void Duplicate_rates_in_either_direction_are_refused()
    {
        var again = new ExchangeRate(Currency.USD, Currency.CNY, 7.2m, Period.Year(2024));
        var e = Assert.Throws<ArgumentException>(() => new ExchangeRateTable([Usd2024, again]));
        Assert.Contains("USD/CNY 7.1217", e.Message, StringComparison.Ordinal);
        Assert.Contains("USD/CNY 7.2", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new ExchangeRateTable([Usd2024, Usd2024.Invert()]));
        Assert.Throws<ArgumentNullException>(() => new ExchangeRateTable(null!));
        Assert.Throws<ArgumentNullException>(() => new ExchangeRateTable([Usd2024, null!]));
    }

    [Fact]
    public void Rates_are_listed_by_pair_and_period()
    {
        var npr = new ExchangeRate(CurrencyTest.Npr, Currency.CNY, 0.053m, Period.Year(2024));
        var table = new ExchangeRateTable([Usd2024, npr, UsdJan, Usd2023]);
        Assert.Equal([npr, Usd2023, UsdJan, Usd2024], table.Rates.ToArray()); // a month sorts before the year that starts with it
        Assert.Empty(ExchangeRateTable.Empty.Rates);
    }

    [Fact]
    public void The_exception_refuses_null_arguments()
    {
        Assert.Throws<ArgumentNullException>(() => new ExchangeRateNotFoundException(null!, Currency.USD, Period.Year(2024), ExchangeRateKind.PeriodAverage, []));
        Assert.Throws<ArgumentNullException>(() => new ExchangeRateNotFoundException(Currency.CNY, Currency.USD, Period.Year(2024), ExchangeRateKind.PeriodAverage, null!));
    }
}
