namespace TradeStats.Tests;

public class SmokeTest
{
    [Fact]
    public void Xizang_2024_total_is_exports_plus_imports()
    {
        var total = Money.Cny(11.32e9m) + Money.Cny(1.35e9m);
        Assert.Equal(Money.Cny(12.67e9m), total);
    }
}
