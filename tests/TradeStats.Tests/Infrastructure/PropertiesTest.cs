using FsCheck;
using FsCheck.Fluent;

namespace TradeStats.Tests.Infrastructure;

/// <summary>The runner kept for the fuzz tests: one that cannot fail would make them worthless; prove it fails.</summary>
public class PropertiesTest
{
    [Fact]
    public void A_false_property_fails_the_test()
    {
        var arbitrary = Arb.From(Gen.Choose(0, 100));
        Assert.ThrowsAny<Exception>(() => Properties.ForAll(arbitrary, (int x) => x < 50));
    }

    [Fact]
    public void A_true_property_passes() =>
        Properties.ForAll(Arb.From(Gen.Choose(0, 100)), (int x) => x <= 100);
}
