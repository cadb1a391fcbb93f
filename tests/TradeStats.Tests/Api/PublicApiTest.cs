using PublicApiGenerator;

namespace TradeStats.Tests.Api;

/// <summary>
/// The public surface of the package, written by PublicApiGenerator (C#-like declarations with nullability,
/// attributes and generic constraints) and compared with the checked-in baseline PublicApi.approved.txt, so that
/// every API change is deliberate and visible in review. To accept a change, run the tests with
/// TRADESTATS_UPDATE_API=1 (or copy the written PublicApi.received.txt over the baseline).
/// </summary>
public class PublicApiTest
{
    [Fact]
    public void Public_api_matches_the_approved_baseline()
    {
        var actual = Describe(typeof(Money).Assembly);
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
            var diff = FirstDifference(approved, actual);
            Assert.Fail($"The public API changed. First difference: {diff}. Review {receivedPath} and, if intended, copy it over {approvedPath} (or run with TRADESTATS_UPDATE_API=1).");
        }
        else if (File.Exists(receivedPath))
        {
            File.Delete(receivedPath);
        }
    }

    [Fact]
    public void The_description_holds_nullability_and_constraints_and_no_internals()
    {
        var text = Describe(typeof(Money).Assembly);
        Assert.Contains("public readonly struct Money", text, StringComparison.Ordinal);
        Assert.Contains("public TradeStats.Money Round()", text, StringComparison.Ordinal);
        Assert.Contains("string?", text, StringComparison.Ordinal); // nullability is part of the contract
        Assert.Contains("where TEnum :  struct, System.Enum", text, StringComparison.Ordinal); // generic constraints too
        Assert.DoesNotContain("ExactDecimal", text, StringComparison.Ordinal); // internal types stay out
    }

    internal static string Describe(System.Reflection.Assembly assembly) =>
        assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            // The assembly attributes hold build-specific values (the commit in Source Link builds).
            ExcludeAttributes = ["System.Reflection.AssemblyMetadataAttribute", "System.Reflection.AssemblyInformationalVersionAttribute"],
        }).ReplaceLineEndings("\n");

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "(end)";
            var al = i < a.Length ? a[i] : "(end)";
            if (el != al)
            {
                return $"line {i + 1}: approved '{el}', actual '{al}'";
            }
        }

        return "none";
    }

    // The test's own folder in the source tree, found from the test assembly's location: CallerFilePath is mapped to
    // "/_/" in CI (deterministic builds), so it cannot be used to find the file.
    private static string SourceDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TradeStats.sln")))
            {
                return Path.Combine(dir.FullName, "tests", "TradeStats.Tests", "Api");
            }
        }

        throw new InvalidOperationException($"TradeStats.sln not found above {AppContext.BaseDirectory}.");
    }
}
