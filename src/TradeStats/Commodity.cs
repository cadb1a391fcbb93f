using System.Globalization;

namespace TradeStats;

/// <summary>
/// What goods a value covers: a code of a commodity classification (HS chapter <c>87</c>, heading <c>8703</c>,
/// subheading <c>870380</c>; SITC <c>42</c>; CN <c>39199080</c>), or a named product group that is not a code
/// ("new energy vehicles", "plateau specialty goods"). An observation without a commodity covers all goods.
/// </summary>
/// <remarks>
/// A code carries its <see cref="CommodityClassification"/>: SITC 42 (vegetable oils) and HS 42 (leather goods) are
/// different commodities, and asking whether one lies within the other throws
/// <see cref="MixedClassificationsException"/> instead of answering by the digits alone.
/// </remarks>
/// <example>
/// <code>
/// var cars = Commodity.Hs("870380");
/// var chapter = cars.RollUp(2);                  // HS 87
/// var oils = Commodity.Create("42", CommodityClassification.FromCode("S1"));   // SITC Rev. 1 division 42
/// var nev = Commodity.Named("New energy vehicles");
/// </code>
/// </example>
public sealed record Commodity
{
    private Commodity(string code, CommodityClassification? classification, string? name)
    {
        Code = code;
        Classification = classification;
        Name = name;
    }

    /// <summary>The code (digits only), or the group's name for a named group.</summary>
    public string Code { get; }

    /// <summary>The classification of the code; null for a named group.</summary>
    public CommodityClassification? Classification { get; }

    /// <summary>The number of digits of a code (2, 4 or 6 for HS); null for a named group.</summary>
    public int? Level => Classification is null ? null : Code.Length;

    /// <summary>2, 4 or 6 for a code of the Harmonized System (any edition); null otherwise.</summary>
    public int? HsLevel => IsHs ? Code.Length : null;

    /// <summary>A descriptive name, when given.</summary>
    public string? Name { get; }

    /// <summary>Whether this is a code of the Harmonized System (any edition).</summary>
    public bool IsHs => Classification?.System == ClassificationSystem.HarmonizedSystem;

    /// <summary>Whether this is a code of some classification rather than a named group.</summary>
    public bool IsCode => Classification is not null;

    /// <summary>An HS chapter, heading or subheading, edition not stated.</summary>
    /// <param name="code">Two, four or six digits; dots and spaces are ignored (<c>8703.80</c>).</param>
    /// <param name="name">An optional description.</param>
    /// <returns>An HS code of no stated edition, its digits without dots or spaces.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="FormatException">The code is not 2, 4 or 6 digits; the message quotes it.</exception>
    public static Commodity Hs(string code, string? name = null) => Create(code, CommodityClassification.Hs, name);

    /// <summary>A code of a classification: <c>Create("42", CommodityClassification.FromCode("S1"))</c>.</summary>
    /// <param name="code">The digits; dots and spaces are ignored (<c>8703.80</c>).</param>
    /// <param name="classification">The classification the code belongs to; the digit count must be one of its <see cref="CommodityClassification.Levels"/>.</param>
    /// <param name="name">An optional description.</param>
    /// <returns>A code of <paramref name="classification"/>, its digits without dots or spaces.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="classification"/> is null.</exception>
    /// <exception cref="FormatException">The code is not digits of a length the classification has; the message quotes it.</exception>
    public static Commodity Create(string code, CommodityClassification classification, string? name = null)
    {
        Guard.Against.Null(code);
        Guard.Against.Null(classification);
        var digits = code.Replace(".", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (!classification.HasLevel(digits.Length) || !digits.All(char.IsAsciiDigit))
        {
            throw new FormatException(classification.System == ClassificationSystem.HarmonizedSystem
                ? $"'{code}' is not an HS code: expected 2, 4 or 6 digits such as 87, 8703 or 870380."
                : $"'{code}' is not a {classification.Name} code: expected {string.Join(", ", classification.Levels)} digits.");
        }

        return new Commodity(digits, classification, name);
    }

    /// <summary>A named product group that is not a code, such as "New energy vehicles".</summary>
    /// <param name="name">The group's name, such as "New energy vehicles"; trimmed, and compared ordinally as the group's code.</param>
    /// <returns>A named group without a classification; it cannot be rolled up.</returns>
    /// <exception cref="ArgumentException">The name is blank.</exception>
    public static Commodity Named(string name)
    {
        Guard.Against.NullOrWhiteSpace(name);
        return new Commodity(name.Trim(), null, name.Trim());
    }

    /// <summary>The enclosing code at a coarser level of the same classification: HS6 to HS4 or HS2, CN8 to CN6.</summary>
    /// <param name="level">A level of the classification (2, 4 or 6 for HS), not finer than this code's level.</param>
    /// <returns>The enclosing code (without a name).</returns>
    /// <exception cref="InvalidOperationException">This is a named group, which has no hierarchy.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The level is not one of the classification's, or is finer than this code.</exception>
    public Commodity RollUp(int level)
    {
        if (Classification is not { } c)
        {
            throw new InvalidOperationException($"'{Code}' is a named product group, not a classified code; it cannot be rolled up.");
        }

        var own = Code.Length;
        if (!c.HasLevel(level) || level > own)
        {
            var allowed = c.Levels.Where(l => l <= own).Select(l => l.ToString(CultureInfo.InvariantCulture));
            throw new ArgumentOutOfRangeException(nameof(level), level, $"{this} can roll up to level {string.Join(" or ", allowed)}.");
        }

        return level == own ? this : new Commodity(Code[..level], c, null);
    }

    /// <summary>
    /// Whether this code lies inside another of the same classification (870380 inside 87, and every code inside
    /// itself); a named group lies only inside itself. A code never lies inside a named group, nor a group inside a code.
    /// </summary>
    /// <param name="other">The candidate enclosing commodity.</param>
    /// <returns>True when every good of this commodity belongs to <paramref name="other"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="MixedClassificationsException">Both are codes, of different classifications or editions.</exception>
    public bool IsWithin(Commodity other)
    {
        Guard.Against.Null(other);
        if (IsCode != other.IsCode)
        {
            return false;
        }

        if (!IsCode)
        {
            return string.Equals(Code, other.Code, StringComparison.Ordinal);
        }

        return Classification == other.Classification
            ? Code.StartsWith(other.Code, StringComparison.Ordinal)
            : throw new MixedClassificationsException(this, other);
    }

    /// <summary>
    /// Commodities are equal when their codes and classifications are equal (HS 87 is neither SITC 87 nor a group
    /// named "87"); the descriptive name of a code does not count, and a group's name is its code, compared ordinally.
    /// </summary>
    /// <param name="other">The commodity to compare with, or null.</param>
    /// <returns>True when both have the same classification and the same code, whatever their descriptive names.</returns>
    public bool Equals(Commodity? other) => other is not null && Classification == other.Classification && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Code), Classification);

    /// <summary>The text form: <c>HS 8703</c> for HS codes of no stated edition, <c>H6 8703</c> or <c>S1 42</c> with one, the name for a named group.</summary>
    /// <returns>The invariant text, such as <c>HS 8703</c>, <c>H6 8703</c> or <c>New energy vehicles</c>.</returns>
    public override string ToString() => Classification is { } c ? c.Code + " " + Code : Code;
}

/// <summary>
/// Thrown when two commodity codes of different classifications (HS and SITC) or editions (HS 2017 and HS 2022) meet
/// where one would have to be compared with the other: a roll-up, a level check, a sum that must not double-count.
/// </summary>
/// <remarks>Convert the codes with a correspondence table first, or keep the series apart.</remarks>
public sealed class MixedClassificationsException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="first">A commodity of the first classification.</param>
    /// <param name="second">A commodity of another classification.</param>
    public MixedClassificationsException(Commodity first, Commodity second)
        : base($"Cannot compare commodity codes of different classifications: '{first}' is {first?.Classification?.Name} and '{second}' is {second?.Classification?.Name}. Convert one with a correspondence table, or analyse them apart.")
    {
        Guard.Against.Null(first);
        Guard.Against.Null(second);
        First = first;
        Second = second;
    }

    /// <summary>A commodity of the first classification.</summary>
    public Commodity First { get; }

    /// <summary>A commodity of another classification.</summary>
    public Commodity Second { get; }
}
