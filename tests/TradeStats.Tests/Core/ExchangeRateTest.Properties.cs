using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TradeStats.Tests.Infrastructure;

namespace TradeStats.Tests.Core;

public partial class ExchangeRateTest
{
    /// <summary>
    /// Converting base to quote, rounding, converting back and rounding again is within
    /// u/2 + u/(2r) of the start (u the minor unit of both CNY and USD, r the rate): the first rounding moves the
    /// quote amount by at most u/2, which the division by r turns into u/(2r) of base currency, and the second
    /// rounding adds at most u/2. For a rate above 1 that is less than one minor unit.
    /// </summary>
    [Property]
    public Property Converting_from_the_base_and_back_stays_within_the_rounding_bound() =>
        Prop.ForAll(
            Arb.From(from x in Generators.MoneyIn(Currency.USD) from r in CoreGenerators.Rate select (x, r)),
            t =>
            {
                var (x, value) = t;
                var rate = new ExchangeRate(Currency.USD, Currency.CNY, value, Y2024);
                var there = rate.Convert(x).Round();
                var back = rate.Convert(there).Round();
                var u = 0.01m;
                var bound = (u / 2m) + (u / (2m * value));
                Assert.Equal(Currency.USD, back.Currency);
                Assert.True(Math.Abs(back.Amount - x.Amount) <= bound + Slack, $"{x} -> {there} -> {back} at {value}: error {back.Amount - x.Amount}, bound {bound}");
            });

    /// <summary>The other direction: quote to base and back is within u/2 + u·r/2, one minor unit times the rate, roughly.</summary>
    [Property]
    public Property Converting_from_the_quote_and_back_stays_within_the_rounding_bound() =>
        Prop.ForAll(
            Arb.From(from x in Generators.MoneyIn(Currency.CNY) from r in CoreGenerators.Rate select (x, r)),
            t =>
            {
                var (x, value) = t;
                var rate = new ExchangeRate(Currency.USD, Currency.CNY, value, Y2024);
                var back = rate.Convert(rate.Convert(x).Round()).Round();
                var u = 0.01m;
                var bound = (u / 2m) + (u * value / 2m);
                Assert.True(Math.Abs(back.Amount - x.Amount) <= bound + Slack, $"{x} -> {back} at {value}: bound {bound}");
            });

    [Property]
    public Property Exact_conversion_and_back_differs_only_by_decimal_precision() =>
        Prop.ForAll(
            Arb.From(from x in Generators.MoneyIn(Currency.USD) from r in CoreGenerators.Rate select (x, r)),
            t =>
            {
                var (x, value) = t;
                var rate = new ExchangeRate(Currency.USD, Currency.CNY, value, Y2024);
                var back = rate.Convert(rate.Convert(x));
                Assert.Equal(x.Round(6), back.Round(6));
            });

    /// <summary>Decimal division keeps 28 significant digits: far below the bounds above, but not zero.</summary>
    private const decimal Slack = 1e-12m;
}
