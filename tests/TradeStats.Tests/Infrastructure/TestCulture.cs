using System.Globalization;
using System.Runtime.CompilerServices;

namespace TradeStats.Tests.Infrastructure;

/// <summary>
/// Runs the whole suite under the culture named by the TRADESTATS_TEST_CULTURE environment variable (CI loops
/// over tr-TR, de-DE, fr-FR, zh-CN and ar-SA), proving that parsing and formatting do not depend on the current
/// culture. Without the variable the process culture is left alone.
/// </summary>
internal static class TestCulture
{
    public const string Variable = "TRADESTATS_TEST_CULTURE";

#pragma warning disable CA2255 // A module initializer is the one hook that runs before any test in the assembly.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Apply()
    {
        var name = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(name))
        {
            return;
        }

        var culture = CultureInfo.GetCultureInfo(name);
        CultureInfo.DefaultThreadCurrentCulture = culture;
        CultureInfo.DefaultThreadCurrentUICulture = culture;
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }
}

public class TestCultureTest
{
    [Fact]
    public void The_requested_culture_is_in_force()
    {
        var name = Environment.GetEnvironmentVariable(TestCulture.Variable);
        if (string.IsNullOrWhiteSpace(name))
        {
            return; // Nothing requested: the run uses the machine's culture.
        }

        Assert.Equal(name, CultureInfo.CurrentCulture.Name);
    }
}
