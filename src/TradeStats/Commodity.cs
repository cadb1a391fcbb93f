using System.Globalization;

namespace TradeStats;

/// <summary>
/// What goods a value covers: a Harmonized System heading at level 2, 4 or 6 (<c>87</c>, <c>8703</c>, <c>870380</c>),
/// or a named product group that is not an HS code ("new energy vehicles", "plateau specialty goods").
/// An observation without a commodity covers all goods.
/// </summary>
/// <example>
/// <code>
/// var cars = Commodity.Hs("870380");
/// var chapter = cars.RollUp(2);                  // HS 87
/// var nev = Commodity.Named("New energy vehicles");
/// </code>
/// </example>
public sealed record Commodity
{
    private Commodity(string code, int? hsLevel, string? name)
    {
        Code = code;
        HsLevel = hsLevel;
        Name = name;
    }

    /// <summary>The HS code (digits only), or the group's name for a named group.</summary>
    public string Code { get; }

    /// <summary>2, 4 or 6 for an HS code; null for a named group.</summary>
    public int? HsLevel { get; }

    /// <summary>A descriptive name, when given.</summary>
    public string? Name { get; }

    /// <summary>Whether this is an HS code rather than a named group.</summary>
    public bool IsHs => HsLevel is not null;

    /// <summary>An HS chapter, heading or subheading.</summary>
    /// <param name="code">Two, four or six digits; dots and spaces are ignored (<c>8703.80</c>).</param>
    /// <param name="name">An optional description.</param>
    /// <returns>The commodity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="FormatException">The code is not 2, 4 or 6 digits; the message quotes it.</exception>
    public static Commodity Hs(string code, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        var digits = code.Replace(".", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (digits.Length is not (2 or 4 or 6) || !digits.All(char.IsAsciiDigit))
        {
            throw new FormatException($"'{code}' is not an HS code: expected 2, 4 or 6 digits such as 87, 8703 or 870380.");
        }

        return new Commodity(digits, digits.Length, name);
    }

    /// <summary>A named product group that is not an HS code, such as "New energy vehicles".</summary>
    /// <param name="name">The group's name.</param>
    /// <returns>The commodity.</returns>
    /// <exception cref="ArgumentException">The name is blank.</exception>
    public static Commodity Named(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new Commodity(name.Trim(), null, name.Trim());
    }

    /// <summary>The enclosing HS code at a coarser level: HS6 to HS4 or HS2, HS4 to HS2.</summary>
    /// <param name="level">2, 4 or 6, not finer than this code's level.</param>
    /// <returns>The enclosing code (without a name).</returns>
    /// <exception cref="InvalidOperationException">This is a named group, which has no HS hierarchy.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The level is not 2, 4 or 6, or is finer than this code.</exception>
    public Commodity RollUp(int level)
    {
        if (HsLevel is not { } own)
        {
            throw new InvalidOperationException($"'{Code}' is a named product group, not an HS code; it cannot be rolled up.");
        }

        if (level is not (2 or 4 or 6) || level > own)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, string.Create(CultureInfo.InvariantCulture, $"HS {Code} can roll up to level 2{(own >= 4 ? " or 4" : string.Empty)}{(own == 6 ? " or 6" : string.Empty)}."));
        }

        return level == own ? this : new Commodity(Code[..level], level, null);
    }

    /// <summary>
    /// Whether this HS code lies inside another (870380 inside 87, and every code inside itself); a named group lies
    /// only inside itself. An HS code never lies inside a named group, nor a group inside an HS code.
    /// </summary>
    /// <param name="other">The candidate enclosing commodity.</param>
    /// <returns>True when every good of this commodity belongs to <paramref name="other"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool IsWithin(Commodity other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return IsHs == other.IsHs
            && (IsHs ? Code.StartsWith(other.Code, StringComparison.Ordinal) : string.Equals(Code, other.Code, StringComparison.Ordinal));
    }

    /// <summary>
    /// Commodities are equal when their codes and kinds are equal (HS 87 is not a group named "87"); the descriptive
    /// name of an HS code does not count, and a group's name is its code, compared ordinally.
    /// </summary>
    /// <param name="other">The other commodity.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(Commodity? other) => other is not null && HsLevel == other.HsLevel && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Code), HsLevel);

    /// <summary>The text form: <c>HS 8703</c> for HS codes, the name for a named group.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsHs ? "HS " + Code : Code;
}
