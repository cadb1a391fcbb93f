namespace TradeStats.Analysis;

/// <summary>Why a <see cref="Growth"/> has no rate.</summary>
public enum GrowthUndefinedReason
{
    /// <summary>The growth is defined.</summary>
    None = 0,

    /// <summary>The base is zero, so any change is an infinite rate.</summary>
    ZeroBase = 1,

    /// <summary>The value changes sign (a surplus becomes a deficit, or the reverse): a rate would be nonsense.</summary>
    SignChange = 2,

    /// <summary>The base is negative (a deficit), where a rate has no agreed sign; compare absolute changes instead.</summary>
    NegativeBase = 3,

    /// <summary>The current or base period has no data (or only part of its months).</summary>
    MissingPeriod = 4,

    /// <summary>A compound rate was asked of a fall of 100% or more, which has no real root.</summary>
    UndefinedInput = 5,

    /// <summary>The rate, or a step of computing it, lies outside what decimal holds (a base of 1e-28 against a value of 7.9e28).</summary>
    OutOfRange = 6,
}
