namespace TradeStats.Tests.Fuzzing;

/// <summary>How many inputs each fuzz property tries: enough to reach every mutation kind many times, few enough to keep the suite fast.</summary>
/// <remarks>Set the environment variable TRADESTATS_FUZZ_SCALE (such as 20) for a longer, local run.</remarks>
internal static class FuzzBudget
{
    private static readonly int Scale =
        int.TryParse(Environment.GetEnvironmentVariable("TRADESTATS_FUZZ_SCALE"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 1;

    /// <summary>Inputs per file reader (each read twice, once per error mode).</summary>
    public static int PerReader => 400 * Scale;

    /// <summary>Inputs per text parser.</summary>
    public static int PerTextParser => 1000 * Scale;
}
