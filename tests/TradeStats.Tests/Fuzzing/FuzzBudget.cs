namespace TradeStats.Tests.Fuzzing;

/// <summary>How many inputs each fuzz property tries: enough to reach every mutation kind many times, few enough to keep the suite fast.</summary>
internal static class FuzzBudget
{
    /// <summary>Inputs per file reader (each read twice, once per error mode).</summary>
    public const int PerReader = 400;

    /// <summary>Inputs per text parser.</summary>
    public const int PerTextParser = 1000;
}
