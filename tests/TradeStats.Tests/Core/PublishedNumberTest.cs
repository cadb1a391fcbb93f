namespace TradeStats.Tests.Core;

public class PublishedNumberTest
{
    [Fact]
    public void Nearest_positive_is_half_open_above()
    {
        var n = PublishedNumber.FromDigits(12.67m, 1e9m);
        Assert.Equal(12_670_000_000m, n.Value);
        Assert.Equal(10_000_000m, n.Resolution);
        Assert.Equal(new DecimalInterval(12_665_000_000m, 12_675_000_000m, true, false), n.Interval);
        Assert.True(n.Interval.Contains(12_665_000_000m));
        Assert.False(n.Interval.Contains(12_675_000_000m));
    }

    [Fact]
    public void Nearest_negative_is_half_open_below_because_publishers_round_half_away_from_zero()
    {
        // -0.3315 rounds away from zero to -33.2 percent, so it is not in "-33.1 percent"; -0.3305 is.
        var n = PublishedNumber.FromDigits(-33.1m, 0.01m);
        Assert.Equal(new DecimalInterval(-0.3315m, -0.3305m, false, true), n.Interval);
        Assert.False(n.Interval.Contains(-0.3315m));
        Assert.True(n.Interval.Contains(-0.3305m));
    }

    [Fact]
    public void Nearest_zero_excludes_both_half_way_points()
    {
        var n = PublishedNumber.FromDigits(0.0m);
        Assert.Equal(new DecimalInterval(-0.05m, 0.05m, false, false), n.Interval);
    }

    [Fact]
    public void Truncated_intervals_run_away_from_zero()
    {
        Assert.Equal(new DecimalInterval(12.67m, 12.68m, true, false), PublishedNumber.FromDigits(12.67m, 1m, RoundingStyle.Truncated).Interval);
        Assert.Equal(new DecimalInterval(-12.68m, -12.67m, false, true), PublishedNumber.FromDigits(-12.67m, 1m, RoundingStyle.Truncated).Interval);
        Assert.Equal(new DecimalInterval(-0.01m, 0.01m, false, false), PublishedNumber.FromDigits(0.00m, 1m, RoundingStyle.Truncated).Interval);
    }

    [Fact]
    public void Bounds_and_exact_values()
    {
        // "more than 11,800 NEVs"
        var atLeast = new PublishedNumber(11_800m, 100m, RoundingStyle.AtLeast);
        Assert.True(atLeast.Interval.IsUpperUnbounded);
        Assert.Equal(11_800m, atLeast.Interval.Lower);
        Assert.True(atLeast.Interval.Contains(11_801m));
        Assert.False(atLeast.Interval.Contains(11_799m));
        Assert.Equal("at least 11800", atLeast.ToString());

        var atMost = new PublishedNumber(0.05m, 0.01m, RoundingStyle.AtMost);
        Assert.True(atMost.Interval.IsLowerUnbounded);
        Assert.True(atMost.Interval.Contains(-1m));
        Assert.False(atMost.Interval.Contains(0.051m));

        var exact = PublishedNumber.Exact(12_938m);
        Assert.Equal(DecimalInterval.Point(12_938m), exact.Interval);
        Assert.Equal(0m, exact.Resolution);
        Assert.Equal(RoundingStyle.Exact, exact.Style);
        Assert.Equal("12938", exact.ToString());
    }

    [Theory]
    [InlineData("12.67", "0.01")]
    [InlineData("12.670", "0.001")]
    [InlineData("12938", "1")]
    [InlineData("0.5", "0.1")]
    public void FromDigits_takes_the_resolution_from_the_decimal_scale(string digits, string resolution) =>
        Assert.Equal(MoneyTest.Dec(resolution), PublishedNumber.FromDigits(MoneyTest.Dec(digits)).Resolution);

    [Fact]
    public void Bad_resolutions_and_styles_are_refused()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new PublishedNumber(1m, 0m));
        Assert.Equal("resolution", e.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new PublishedNumber(1m, -0.1m, RoundingStyle.Truncated));
        Assert.Throws<ArgumentOutOfRangeException>(() => PublishedNumber.FromDigits(1.5m, 0m));
        Assert.Equal("style", Assert.Throws<ArgumentOutOfRangeException>(() => new PublishedNumber(1m, 1m, (RoundingStyle)9)).ParamName);
    }

    [Theory]
    [MemberData(nameof(CultureScope.Names), MemberType = typeof(CultureScope))]
    public void Text_is_invariant(string culture)
    {
        using var scope = new CultureScope(culture);
        var n = PublishedNumber.FromDigits(12.67m, 1e9m);
        Assert.Equal("12670000000.00 (±5000000.00)", n.ToString());
        Assert.Equal("[12665000000.00, 12675000000.00)", n.Interval.ToString());
        Assert.Equal("12.5 (truncated, +0.1)", PublishedNumber.FromDigits(12.5m, 1m, RoundingStyle.Truncated).ToString());
        Assert.Equal("at most -0.5", new PublishedNumber(-0.5m, 0.1m, RoundingStyle.AtMost).ToString());
        var money = new PublishedMoney(n, Currency.CNY);
        Assert.Equal("12670000000.00 CNY (12670000000.00 (±5000000.00))", money.ToString());
        Assert.Equal("(-inf, 1]", new DecimalInterval(decimal.MinValue, 1m, false, true).ToString());
    }
}

public class DecimalIntervalTest
{
    [Fact]
    public void Membership_respects_open_and_closed_ends()
    {
        var i = new DecimalInterval(1m, 2m, lowerInclusive: false, upperInclusive: true);
        Assert.False(i.Contains(1m));
        Assert.True(i.Contains(1.5m));
        Assert.True(i.Contains(2m));
        Assert.False(i.Contains(2.0001m));
        Assert.Equal(1m, i.Width);
        Assert.True(DecimalInterval.Point(3m).Contains(3m));
        Assert.Equal(0m, DecimalInterval.Point(3m).Width);
    }

    [Fact]
    public void Overlap_and_distance()
    {
        var a = new DecimalInterval(0m, 1m, true, false);
        var b = new DecimalInterval(1m, 2m, true, true);
        Assert.False(a.Overlaps(b)); // they touch at 1, which a excludes
        Assert.True(new DecimalInterval(0m, 1m).Overlaps(b));
        Assert.True(b.Overlaps(new DecimalInterval(1.5m, 5m)));
        Assert.Equal(0.5m, a.DistanceTo(1.5m));
        Assert.Equal(1m, b.DistanceTo(0m));
        Assert.Equal(0m, b.DistanceTo(1.2m));
        Assert.Equal(decimal.MaxValue, new DecimalInterval(0m, decimal.MaxValue).Width);
    }

    [Fact]
    public void Empty_intervals_are_refused_naming_them()
    {
        var e = Assert.Throws<ArgumentException>(() => new DecimalInterval(2m, 1m));
        Assert.Contains("[2, 1]", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new DecimalInterval(1m, 1m, true, false));
    }
}

public class PublishedMoneyTest
{
    [Fact]
    public void A_published_amount_admits_the_amounts_its_rounding_allows()
    {
        var total = new PublishedMoney(PublishedNumber.FromDigits(12.67m, 1e9m), Currency.CNY);
        Assert.Equal(Money.Cny(12.67e9m), total.Value);
        Assert.Equal(Money.Cny(12.665e9m), total.Lower);
        Assert.Equal(Money.Cny(12.675e9m), total.Upper);
        Assert.True(total.Admits(Money.Cny(11.32e9m) + Money.Cny(1.35e9m)));
        Assert.False(total.Admits(Money.Cny(12.675e9m)));
        var e = Assert.Throws<CurrencyMismatchException>(() => total.Admits(Money.Usd(1.77e9m)));
        Assert.Contains("CNY and USD", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => new PublishedMoney(PublishedNumber.Exact(1m), null!));
    }
}
