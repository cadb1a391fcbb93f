using FsCheck;
using FsCheck.Fluent;

namespace TradeStats.Tests.Infrastructure;

/// <summary>
/// Runs FsCheck properties from plain xunit facts. FsCheck's Check.Quick does not throw, so a failing property
/// would pass silently; everything here throws on failure, with a fixed number of tests to keep the suite fast.
/// </summary>
public static class Properties
{
    /// <summary>The default number of generated cases per property.</summary>
    public const int DefaultMaxTest = 200;

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
