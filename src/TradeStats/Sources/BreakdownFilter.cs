namespace TradeStats.Sources;

/// <summary>How a <see cref="BreakdownFilter{T}"/> filters.</summary>
public enum BreakdownFilterKind
{
    /// <summary>Any value, the total ("all") included: no filter.</summary>
    Any = 0,

    /// <summary>Only totals over the dimension (the observation's breakdown is null, meaning "all").</summary>
    TotalOnly = 1,

    /// <summary>Only one value (for commodities: the commodity and everything within it).</summary>
    Only = 2,
}

/// <summary>
/// A filter on one breakdown of an observation (commodity, customs regime, enterprise type, transport mode, second partner): any
/// value, only the total, or only one value. The total and "Unknown" are different values.
/// </summary>
/// <typeparam name="T">The breakdown's type.</typeparam>
/// <remarks>Create filters with <see cref="BreakdownFilter.Only"/> and <see cref="BreakdownFilter.TotalOnly"/>; the default value is "any".</remarks>
public readonly record struct BreakdownFilter<T>
    where T : notnull
{
    private BreakdownFilter(BreakdownFilterKind kind, T? value)
    {
        Kind = kind;
        Value = value;
    }

    /// <summary>How the filter filters.</summary>
    public BreakdownFilterKind Kind { get; }

    /// <summary>The value for <see cref="BreakdownFilterKind.Only"/>; default otherwise.</summary>
    public T? Value { get; }

    internal static BreakdownFilter<T> Create(BreakdownFilterKind kind, T? value) => new(kind, value);

    /// <summary>The filter as text: <c>any</c>, <c>total</c> or the value.</summary>
    /// <returns><c>any</c>, <c>total</c>, or the <c>ToString()</c> of <see cref="Value"/>.</returns>
    public override string ToString() => Kind switch
    {
        BreakdownFilterKind.TotalOnly => "total",
        BreakdownFilterKind.Only => Value!.ToString() ?? string.Empty,
        _ => "any",
    };
}

/// <summary>Creates <see cref="BreakdownFilter{T}"/> values.</summary>
public static class BreakdownFilter
{
    /// <summary>No filter.</summary>
    /// <typeparam name="T">The breakdown's type.</typeparam>
    /// <returns>A filter that every observation passes, whatever its breakdown.</returns>
    public static BreakdownFilter<T> Any<T>()
        where T : notnull => default;

    /// <summary>Only totals over the dimension (the observation's breakdown is null).</summary>
    /// <typeparam name="T">The breakdown's type.</typeparam>
    /// <returns>A filter that passes only observations whose breakdown is null (the total over the dimension).</returns>
    public static BreakdownFilter<T> TotalOnly<T>()
        where T : notnull => BreakdownFilter<T>.Create(BreakdownFilterKind.TotalOnly, default);

    /// <summary>Only one value (for a commodity: it and everything within it).</summary>
    /// <typeparam name="T">The breakdown's type.</typeparam>
    /// <param name="value">The breakdown value to keep, such as a customs regime or an HS heading.</param>
    /// <returns>A filter that passes that value (and, for a commodity, the codes within it).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static BreakdownFilter<T> Only<T>(T value)
        where T : notnull
    {
        Guard.Against.Null(value);
        return BreakdownFilter<T>.Create(BreakdownFilterKind.Only, value);
    }
}
