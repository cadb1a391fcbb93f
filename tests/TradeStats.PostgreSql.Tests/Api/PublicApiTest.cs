using PublicApiGenerator;

namespace TradeStats.PostgreSql.Tests.Api;

/// <summary>
/// The public surface of the TradeStats.PostgreSql package, compared with the checked-in baseline PublicApi.approved.txt
/// beside this file, so that every API change is deliberate and visible in review. To accept a change, run the tests
/// with TRADESTATS_UPDATE_API=1 (or copy the written PublicApi.received.txt over the baseline).
/// </summary>
public class PublicApiTest
{
    [Fact]
    public void Public_api_matches_the_approved_baseline()
    {
        var actual = typeof(PostgreSqlTradeSource).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes = ["System.Reflection.AssemblyMetadataAttribute", "System.Reflection.AssemblyInformationalVersionAttribute"],
        }).ReplaceLineEndings("\n");
        var approvedPath = Path.Combine(SourceDirectory(), "PublicApi.approved.txt");
        var receivedPath = Path.Combine(SourceDirectory(), "PublicApi.received.txt");
        if (Environment.GetEnvironmentVariable("TRADESTATS_UPDATE_API") == "1")
        {
            File.WriteAllText(approvedPath, actual);
        }

        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : string.Empty;
        if (approved != actual)
        {
            File.WriteAllText(receivedPath, actual);
            Assert.Fail($"The public API of TradeStats.PostgreSql changed. Review {receivedPath} and, if intended, copy it over {approvedPath} (or run with TRADESTATS_UPDATE_API=1).");
        }
        else if (File.Exists(receivedPath))
        {
            File.Delete(receivedPath);
        }

        Assert.DoesNotContain("PgPushDownGuard", actual, StringComparison.Ordinal); // internals stay out
    }

    // Found from the test assembly's location: CallerFilePath is mapped in deterministic builds.
    private static string SourceDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TradeStats.sln")))
            {
                return Path.Combine(dir.FullName, "tests", "TradeStats.PostgreSql.Tests", "Api");
            }
        }

        throw new InvalidOperationException("TradeStats.sln not found above " + AppContext.BaseDirectory);
    }
}
