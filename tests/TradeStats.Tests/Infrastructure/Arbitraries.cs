using FsCheck;
using FsCheck.Fluent;

namespace TradeStats.Tests.Infrastructure;

/// <summary>
/// The arbitraries that FsCheck.Xunit uses for property parameters of these types, registered once for the assembly
/// (see <see cref="PropertyConfiguration"/>). Each has a shrinker, so that a failure is reported with a small value:
/// <c>Arb.From(gen)</c> alone would report the first failing value as it was generated.
/// </summary>
public static class Arbitraries
{
    /// <summary>Money in CNY or USD, shrinking the amount towards zero in the same currency.</summary>
    public static Arbitrary<Money> Money() => Generators.MoneyArbitrary;

    /// <summary>Periods of every kind between 1990 and 2040, shrinking towards a single month at the same start.</summary>
    public static Arbitrary<Period> Period() => Generators.PeriodArbitrary;

    /// <summary>CNY or USD, shrinking towards CNY.</summary>
    public static Arbitrary<Currency> Currency() =>
        Arb.From(Generators.Currency, c => c == TradeStats.Currency.CNY ? [] : [TradeStats.Currency.CNY]);
}
