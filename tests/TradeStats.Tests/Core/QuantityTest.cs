namespace TradeStats.Tests.Core;

public class QuantityTest
{
    [Fact]
    public void Quantities_of_one_unit_add()
    {
        var q = new Quantity(12_938m, "vehicles");
        Assert.Equal(12_938m, q.Value);
        Assert.Equal("vehicles", q.Unit);
        Assert.Equal(new Quantity(25_876m, "vehicles"), q + q);
        Assert.Equal(new Quantity(25_876m, "vehicles"), q.Add(new Quantity(12_938m, "Vehicles")));
        Assert.Equal(new Quantity(0m, "kg"), new Quantity(0m, " kg "));
    }

    [Fact]
    public void Equality_ignores_the_case_of_the_unit_as_addition_does()
    {
        Assert.Equal(new Quantity(1m, "kg"), new Quantity(1.0m, "KG"));
        Assert.Equal(new Quantity(1m, "kg").GetHashCode(), new Quantity(1.0m, "KG").GetHashCode());
        Assert.True(new Quantity(1m, "kg") == new Quantity(1m, "Kg"));
        Assert.NotEqual(new Quantity(1m, "kg"), new Quantity(1m, "t"));
    }

    [Fact]
    public void Bad_quantities_are_refused()
    {
        var e = Assert.Throws<InvalidOperationException>(() => new Quantity(1m, "kg") + new Quantity(1m, "vehicles"));
        Assert.Contains("1 kg", e.Message, StringComparison.Ordinal);
        Assert.Contains("1 vehicles", e.Message, StringComparison.Ordinal);
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => new Quantity(-1m, "kg")).ParamName);
        Assert.Throws<ArgumentException>(() => new Quantity(1m, " "));
        var o = Assert.Throws<OverflowException>(() => new Quantity(decimal.MaxValue, "kg") + new Quantity(decimal.MaxValue, "kg"));
        Assert.Contains("79228162514264337593543950335 kg", o.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CultureScope.Names), MemberType = typeof(CultureScope))]
    public void ToString_is_invariant(string culture)
    {
        using var scope = new CultureScope(culture);
        Assert.Equal("12938.5 vehicles", new Quantity(12_938.5m, "vehicles").ToString());
    }
}
