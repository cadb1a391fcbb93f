using FsCheck;
using FsCheck.Fluent;

namespace TradeStats.Tests.Infrastructure;

/// <summary>
/// Runs an FsCheck property from inside a test, throwing on failure. Write property tests as [Property] methods instead
/// (see <see cref="PropertyConfiguration"/>); this is kept for what FsCheck.Xunit cannot do: its number of cases is an
/// attribute constant, while the fuzz tests (FuzzHarness, TextParsersFuzzTest) read theirs at run time from
/// TRADESTATS_FUZZ_SCALE and run several properties from one test. The failure message carries the shrunk
/// counterexample and the seed, as a [Property]'s does.
/// </summary>
public static class Properties
{
    /// <summary>The default number of generated cases per property, the same as for [Property] methods.</summary>
    public const int DefaultMaxTest = PropertyConfiguration.DefaultMaxTest;

    /// <summary>Checks a property, throwing on the first (shrunk) counterexample.</summary>
    public static void Check(Property property, int maxTest = DefaultMaxTest) =>
        FsCheck.Check.One(Config.QuickThrowOnFailure.WithMaxTest(maxTest).WithQuietOnSuccess(true), property);

    /// <summary>Checks that a predicate holds for every generated value.</summary>
    public static void ForAll<T>(Arbitrary<T> arbitrary, Func<T, bool> predicate, int maxTest = DefaultMaxTest) =>
        Check(Prop.ForAll(arbitrary, predicate), maxTest);

    /// <summary>Checks that an assertion (which throws on failure) holds for every generated value.</summary>
    public static void ForAll<T>(Arbitrary<T> arbitrary, Action<T> assertion, int maxTest = DefaultMaxTest) =>
        Check(Prop.ForAll(arbitrary, assertion), maxTest);
}
