using TradeStats.Testing;

namespace TradeStats.DuckDb.Tests.Api;

/// <summary>The public surface of the TradeStats.DuckDb package against its approved baseline (see <see cref="PublicApiApproval"/>).</summary>
public class PublicApiTest
{
    [Fact]
    public void Public_api_matches_the_approved_baseline()
    {
        var actual = PublicApiApproval.Check(typeof(DuckDbTradeSource).Assembly, "TradeStats.DuckDb.Tests");
        Assert.DoesNotContain("PushDownGuard", actual, StringComparison.Ordinal); // internals stay out
    }
}
