using System.Globalization;

namespace TradeStats;

/// <summary>A physical quantity with its unit: 12,938 vehicles, 1,500 kilograms; estimated or not.</summary>
/// <remarks>
/// Units are free text compared ordinally ignoring case ("kg", "units", "vehicles"), in equality as in addition;
/// quantities in different units never combine. <see cref="IsEstimated"/> records a publisher's flag that the
/// quantity (not the value) was estimated, as UN Comtrade's <c>isQtyEstimated</c> and <c>isNetWgtEstimated</c> do; a
/// sum is estimated when any part is. <c>default(Quantity)</c> has no unit and is not a valid quantity.
/// </remarks>
public readonly record struct Quantity
{
    /// <summary>Creates a quantity.</summary>
    /// <param name="value">The amount in <paramref name="unit"/>, zero or more.</param>
    /// <param name="unit">The unit, such as "vehicles" or "kg"; trimmed, and compared ignoring case.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    /// <exception cref="ArgumentException">The unit is blank.</exception>
    public Quantity(decimal value, string unit)
    {
        Guard.Against.NegativeValue(value);
        Guard.Against.NullOrWhiteSpace(unit);
        Value = value;
        Unit = unit.Trim();
    }

    /// <summary>The amount in <see cref="Unit"/>, zero or more.</summary>
    public decimal Value { get; }

    /// <summary>The unit as given, trimmed, such as "vehicles" or "kg"; compared ignoring case.</summary>
    public string Unit { get; }

    /// <summary>Whether the publisher flags the quantity as estimated.</summary>
    public bool IsEstimated { get; init; }

    /// <summary>Adds two quantities of the same unit.</summary>
    /// <param name="left">A quantity.</param>
    /// <param name="right">A quantity in the same unit as <paramref name="left"/>, ignoring case.</param>
    /// <returns>The exact sum in <paramref name="left"/>'s unit, estimated when either operand is.</returns>
    /// <exception cref="InvalidOperationException">The units differ.</exception>
    /// <exception cref="OverflowException">The sum is outside decimal's range.</exception>
    public static Quantity operator +(Quantity left, Quantity right)
    {
        if (!string.Equals(left.Unit, right.Unit, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Cannot add {left} and {right}: the units differ.");
        }

        try
        {
            return new Quantity(left.Value + right.Value, left.Unit) { IsEstimated = left.IsEstimated || right.IsEstimated };
        }
        catch (OverflowException e)
        {
            throw new OverflowException($"Adding {left} and {right} overflows decimal.", e);
        }
    }

    /// <summary>Adds a quantity of the same unit.</summary>
    /// <param name="other">A quantity in the same unit, ignoring case.</param>
    /// <returns>The exact sum in this quantity's unit, estimated when either is.</returns>
    /// <exception cref="InvalidOperationException">The units differ.</exception>
    public Quantity Add(Quantity other) => this + other;

    /// <summary>Whether two quantities have the same value, the same unit (ignoring its case: 1.0 kg equals 1 KG) and the same estimation flag.</summary>
    /// <param name="other">The quantity to compare with.</param>
    /// <returns>True when value, unit (ignoring case) and estimation flag all match.</returns>
    public bool Equals(Quantity other) => Value == other.Value && IsEstimated == other.IsEstimated && string.Equals(Unit, other.Unit, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Value, Unit is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Unit), IsEstimated);

    /// <summary>The invariant text form, such as <c>12938 vehicles</c>, or <c>1500 kg (estimated)</c>.</summary>
    /// <returns>The value, a space and the unit, with <c> (estimated)</c> when flagged, such as <c>12938 vehicles</c>.</returns>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + " " + Unit + (IsEstimated ? " (estimated)" : string.Empty);
}
