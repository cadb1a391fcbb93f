using System.Reflection;
using PublicApiGenerator;
using Xunit;

namespace TradeStats.Testing;

/// <summary>
/// (Compiled into each storage package's tests.) Compares a package's public surface with the checked-in baseline
/// PublicApi.approved.txt in the test project's Api folder, so that every API change is deliberate and visible in
/// review. To accept a change, run the tests with TRADESTATS_UPDATE_API=1 (or copy the written PublicApi.received.txt
/// over the baseline).
/// </summary>
internal static class PublicApiApproval
{
    public static string Check(Assembly assembly, string testProject)
    {
        var actual = assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes = ["System.Reflection.AssemblyMetadataAttribute", "System.Reflection.AssemblyInformationalVersionAttribute"],
        }).ReplaceLineEndings("\n");
        var folder = Path.Combine(RepositoryRoot(), "tests", testProject, "Api");
        var approvedPath = Path.Combine(folder, "PublicApi.approved.txt");
        var receivedPath = Path.Combine(folder, "PublicApi.received.txt");
        if (Environment.GetEnvironmentVariable("TRADESTATS_UPDATE_API") == "1")
        {
            File.WriteAllText(approvedPath, actual);
        }

        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : string.Empty;
        if (approved != actual)
        {
            File.WriteAllText(receivedPath, actual);
            Assert.Fail($"The public API of {assembly.GetName().Name} changed. Review {receivedPath} and, if intended, copy it over {approvedPath} (or run with TRADESTATS_UPDATE_API=1).");
        }
        else if (File.Exists(receivedPath))
        {
            File.Delete(receivedPath);
        }

        return actual;
    }

    // Found from the test assembly's location: CallerFilePath is mapped in deterministic builds.
    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TradeStats.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("TradeStats.sln not found above " + AppContext.BaseDirectory);
    }
}
