namespace TradeStats.Tests.Core;

public class CommodityTest
{
    [Theory]
    [InlineData("87", 2)]
    [InlineData("8703", 4)]
    [InlineData("870380", 6)]
    [InlineData("8703.80", 6)]
    [InlineData(" 8703 ", 4)]
    public void Hs_codes_parse_at_three_levels(string code, int level)
    {
        var c = Commodity.Hs(code, "Motor cars");
        Assert.Equal(level, c.HsLevel);
        Assert.True(c.IsHs);
        Assert.Equal(level, c.Code.Length);
        Assert.Equal("Motor cars", c.Name);
        Assert.Equal("HS " + c.Code, c.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("8")]
    [InlineData("870")]
    [InlineData("87038")]
    [InlineData("87038000")]
    [InlineData("87a3")]
    [InlineData("８７")]
    [InlineData("-87")]
    public void Bad_hs_codes_are_refused_quoting_them(string code)
    {
        var e = Assert.Throws<FormatException>(() => Commodity.Hs(code));
        Assert.Contains($"'{code}'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Roll_up_and_within()
    {
        var cars = Commodity.Hs("870380");
        Assert.Equal(Commodity.Hs("8703"), cars.RollUp(4));
        Assert.Equal(Commodity.Hs("87"), cars.RollUp(2));
        Assert.Same(cars, cars.RollUp(6));
        Assert.True(cars.IsWithin(Commodity.Hs("87")));
        Assert.True(cars.IsWithin(cars));
        Assert.False(Commodity.Hs("87").IsWithin(cars));
        Assert.False(cars.IsWithin(Commodity.Hs("88")));
        var fine = Assert.Throws<ArgumentOutOfRangeException>(() => Commodity.Hs("8703").RollUp(6));
        Assert.Contains("8703", fine.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => cars.RollUp(3));
        Assert.Throws<InvalidOperationException>(() => Commodity.Named("New energy vehicles").RollUp(2));
    }

    [Fact]
    public void Named_groups_and_hs_codes_never_contain_each_other()
    {
        var nev = Commodity.Named("  New energy vehicles ");
        Assert.Equal("New energy vehicles", nev.Code);
        Assert.False(nev.IsHs);
        Assert.True(nev.IsWithin(Commodity.Named("New energy vehicles")));
        Assert.False(Commodity.Named("87").IsWithin(Commodity.Hs("87")));
        Assert.False(Commodity.Hs("87").IsWithin(Commodity.Named("87")));
        Assert.NotEqual(Commodity.Named("87"), Commodity.Hs("87"));
        Assert.Throws<ArgumentException>(() => Commodity.Named(" "));
        Assert.Throws<ArgumentNullException>(() => nev.IsWithin(null!));
    }

    [Fact]
    public void Equality_ignores_the_description()
    {
        Assert.Equal(Commodity.Hs("8703", "Motor cars"), Commodity.Hs("87.03"));
        Assert.Equal(Commodity.Hs("8703", "Motor cars").GetHashCode(), Commodity.Hs("8703").GetHashCode());
        Assert.NotEqual(Commodity.Hs("8703"), Commodity.Hs("8704"));
    }
}
