using TradeStats.Testing;

namespace TradeStats.PostgreSql.Tests.Api;

/// <summary>The public surface of the TradeStats.PostgreSql package against its approved baseline (see <see cref="PublicApiApproval"/>).</summary>
public class PublicApiTest
{
    [Fact]
    public void Public_api_matches_the_approved_baseline()
    {
        var actual = PublicApiApproval.Check(typeof(PostgreSqlTradeSource).Assembly, "TradeStats.PostgreSql.Tests");
        Assert.DoesNotContain("PgPushDownGuard", actual, StringComparison.Ordinal); // internals stay out
    }
}
