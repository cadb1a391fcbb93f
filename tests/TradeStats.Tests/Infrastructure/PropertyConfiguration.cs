using FsCheck.Xunit;
using TradeStats.Tests.Infrastructure;

// Every [Property] in this assembly runs 200 cases unless its attribute says otherwise (FsCheck's own default is 100),
// prints nothing when it passes, and draws Money, Period and Currency parameters from Arbitraries, which shrink.
// A [Property(MaxTest = ..., Arbitrary = ...)] on a method or a [Properties] on a class overrides these settings.
[assembly: Properties(MaxTest = PropertyConfiguration.DefaultMaxTest, QuietOnSuccess = true, Arbitrary = [typeof(Arbitraries)])]

namespace TradeStats.Tests.Infrastructure;

/// <summary>
/// The assembly-wide FsCheck.Xunit settings above. A failing property reports its shrunk counterexample and the seed, e.g.
/// <c>Falsifiable, after 3 tests (2 shrinks) (12345678901234567890,9876543210987654321)</c>; to replay exactly that run,
/// paste the pair into the attribute for a while: <c>[Property(Replay = "(12345678901234567890,9876543210987654321)")]</c>.
/// </summary>
public static class PropertyConfiguration
{
    /// <summary>The number of generated cases per property.</summary>
    public const int DefaultMaxTest = 200;
}
