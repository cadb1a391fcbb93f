using FsCheck;
using FsCheck.Fluent;

namespace TradeStats.Tests.Hardening;

/// <summary>Rates and splits at the edges of decimal: refused at construction with a message, never a misleading one later.</summary>
public class EdgesTest
{
    [Theory]
    [InlineData("79228162514264337593543950335")]
    [InlineData("100000000000001")]
    [InlineData("0.000000000000009")]
    public void A_rate_whose_inverse_decimal_cannot_hold_well_is_refused_with_its_range(string text)
    {
        var value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new ExchangeRate(Currency.USD, Currency.CNY, value, Period.Year(2024)));
        Assert.Contains("between 0.00000000000001 and 100000000000000", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("got 0 ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rates_at_the_ends_of_the_range_invert_and_cross()
    {
        var high = new ExchangeRate(Currency.USD, Currency.CNY, ExchangeRate.MaxValue, Period.Year(2024));
        Assert.Equal(ExchangeRate.MinValue, high.Invert().Value);
        var other = new ExchangeRate(Currency.USD, Currency.FromCode("EUR"), ExchangeRate.MaxValue, Period.Year(2024));
        Assert.Equal(1m, high.Cross(other).Value);
        var low = new ExchangeRate(Currency.USD, Currency.FromCode("EUR"), ExchangeRate.MinValue, Period.Year(2024));
        Assert.Throws<ArgumentException>(() => high.Cross(low)); // 1e-28: outside the range, said so
    }

    [Fact]
    public void Splitting_into_more_parts_than_makes_sense_is_refused_with_a_message()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Money.Cny(100m).Split(int.MaxValue));
        Assert.Contains("more than 1000000 parts", e.Message, StringComparison.Ordinal);
        Assert.Equal(Money.MaxSplitParts, Money.Cny(1_000_000m).Split(Money.MaxSplitParts).Length);
    }
}

/// <summary>Rates at the edges, generated: built or refused at construction; once built, every derived operation works or throws its documented exception.</summary>
public class ExchangeRateEdgesPropertyTest
{
    private static readonly Gen<decimal> Edge = Gen.OneOf(
        Gen.Elements(1e-28m, 1e-14m, 0.00000000000001m, 1m, 7.1217m, 1e14m, 100000000000001m, decimal.MaxValue),
        ArbMap.Default.GeneratorFor<decimal>().Select(Math.Abs));

    [FsCheck.Xunit.Property(MaxTest = 500)]
    public Property Rates_are_refused_at_construction_or_usable() =>
        Prop.ForAll(
            Arb.From(from v in Edge from a in Edge select (Value: v, Amount: a)),
            ((decimal Value, decimal Amount) x) =>
            {
                ExchangeRate rate;
                try
                {
                    rate = new ExchangeRate(Currency.USD, Currency.CNY, x.Value, Period.Year(2024));
                }
                catch (ArgumentOutOfRangeException)
                {
                    Assert.True(x.Value <= 0m || x.Value < ExchangeRate.MinValue || x.Value > ExchangeRate.MaxValue);
                    return;
                }

                var inverse = rate.Invert();
                Assert.InRange(inverse.Value, ExchangeRate.MinValue, ExchangeRate.MaxValue);
                foreach (var money in new[] { Money.Usd(x.Amount), Money.Cny(x.Amount) })
                {
                    try
                    {
                        _ = rate.Convert(money);
                    }
                    catch (OverflowException e)
                    {
                        Assert.Contains("overflows decimal", e.Message, StringComparison.Ordinal);
                    }
                }
            });
}
