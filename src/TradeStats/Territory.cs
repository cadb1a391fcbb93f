using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace TradeStats;

/// <summary>
/// A reporter or partner in trade statistics: the world, a country (ISO 3166-1), a subdivision
/// (ISO 3166-2, such as CN-XZ Xizang or CN-XJ Xinjiang), or a named group of territories whose membership can
/// change over time (Central Asia 5, the SAARC members of South Asia, a user's list of Belt and Road partners).
/// </summary>
/// <remarks>
/// <para>
/// The built-in catalogue holds every ISO 3166-1 country and the 34 provincial-level divisions of China.
/// <see cref="FromCode"/> finds a territory by any of its codes, ignoring case: alpha-2 (<c>NP</c>), alpha-3
/// (<c>NPL</c>), M49 numeric (<c>524</c>), subdivision (<c>CN-XZ</c>), the world (<c>WLD</c>, <c>W00</c>,
/// <c>001</c>) or a registered group's code. Territories are compared by their canonical <see cref="Code"/>.
/// </para>
/// <para>
/// Group membership is checked for a period: a territory counts as a member only if its membership covers
/// every month of the period (see <see cref="IsMember"/>).
/// </para>
/// <para>
/// For generic code the type is <see cref="IParsable{TSelf}"/> and <see cref="ISpanParsable{TSelf}"/>: <c>T.Parse</c>
/// finds a territory by any code as <see cref="FromCode"/> does (blank text is a <see cref="FormatException"/>, an
/// unknown code an <see cref="UnknownTerritoryException"/>) and <c>T.TryParse</c> returns false for both; the
/// format provider is not used.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var xizang = Territory.FromCode("CN-XZ");
/// var nepal = Territory.FromCode("NPL");
/// bool inGroup = Territory.CentralAsia5.IsMember(Territory.FromCode("KZ"), Period.Year(2023)); // true
/// var bri = Territory.RegisterGroup("BRI", "Belt and Road partners",
///     [new GroupMembership(nepal, from: Period.Month(2017, 5))]);
/// </code>
/// </example>
public sealed partial class Territory : IEquatable<Territory>, ISpanFormattable, ISpanParsable<Territory>
{
    private static readonly ConcurrentDictionary<string, Territory> ByCode = new(StringComparer.OrdinalIgnoreCase);
    private static readonly ConcurrentDictionary<string, Territory> ByName = new(StringComparer.OrdinalIgnoreCase);
    private static readonly object RegistrationLock = new();

    private Territory(TerritoryKind kind, string code, string name, string? officialName, string? alpha2, string? alpha3, int? numericCode, Territory? parent, ImmutableArray<GroupMembership> memberships)
    {
        Kind = kind;
        Code = code;
        Name = name;
        OfficialName = officialName ?? name;
        Alpha2 = alpha2;
        Alpha3 = alpha3;
        NumericCode = numericCode;
        Parent = parent;
        Memberships = memberships;
    }

    /// <summary>The world: the partner of total trade ("all partners").</summary>
    public static Territory World { get; } = new(TerritoryKind.World, "WLD", "World", "World", null, "WLD", 1, null, []);

    // Declared after World and before the groups: static initializers run in textual order.
    private static readonly ImmutableArray<Territory> Catalogue = LoadCatalogue();

    /// <summary>The five Central Asian countries: Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan (code <c>CA5</c>).</summary>
    public static Territory CentralAsia5 { get; } = RegisterGroup("CA5", "Central Asia 5", ["KZ", "KG", "TJ", "TM", "UZ"]);

    /// <summary>
    /// South Asia as the eight SAARC members (code <c>SAARC</c>): Bangladesh, Bhutan, India, Maldives, Nepal,
    /// Pakistan and Sri Lanka throughout, Afghanistan from April 2007 when it joined.
    /// </summary>
    public static Territory SouthAsia { get; } = RegisterGroup(
        "SAARC",
        "South Asia (SAARC)",
        [
            .. new[] { "BD", "BT", "IN", "MV", "NP", "PK", "LK" }.Select(c => new GroupMembership(FromCode(c))),
            new GroupMembership(FromCode("AF"), from: Period.Month(2007, 4)),
        ]);

    // The groups of Data/groups.tsv (ASEAN, EU, ...), registered after the catalogue; see Territory.Groups.cs.
    private static readonly ImmutableDictionary<string, Territory> BuiltInGroups = LoadBuiltInGroups();

    /// <summary>What the territory stands for.</summary>
    public TerritoryKind Kind { get; }

    /// <summary>
    /// The canonical code: the alpha-2 code for a country (<c>NP</c>), the ISO 3166-2 code for a subdivision
    /// (<c>CN-XZ</c>), <c>WLD</c> for the world, the registered code for a group.
    /// </summary>
    public string Code { get; }

    /// <summary>The short English name, such as "Nepal" or "Xizang".</summary>
    public string Name { get; }

    /// <summary>The official name, such as "Federal Democratic Republic of Nepal" or "Xizang Zizhiqu".</summary>
    public string OfficialName { get; }

    /// <summary>The ISO 3166-1 alpha-2 code of a country; null for other kinds.</summary>
    public string? Alpha2 { get; }

    /// <summary>The ISO 3166-1 alpha-3 code of a country (or <c>WLD</c> for the world); null for other kinds.</summary>
    public string? Alpha3 { get; }

    /// <summary>The UN M49 / ISO 3166-1 numeric code (524 for Nepal, 1 for the world); null when there is none.</summary>
    public int? NumericCode { get; }

    /// <summary>The country a subdivision belongs to; null for other kinds.</summary>
    public Territory? Parent { get; }

    /// <summary>A group's memberships with their validity; empty for other kinds.</summary>
    public ImmutableArray<GroupMembership> Memberships { get; }

    /// <summary>Every built-in country, ordered by alpha-2 code.</summary>
    public static IEnumerable<Territory> Countries => Catalogue.Where(t => t.Kind == TerritoryKind.Country);

    /// <summary>Every built-in subdivision (the provincial-level divisions of China), ordered by code.</summary>
    public static IEnumerable<Territory> Subdivisions => Catalogue.Where(t => t.Kind == TerritoryKind.Subdivision);

    /// <summary>The groups known at this moment, built-in and registered, ordered by code.</summary>
    public static IReadOnlyList<Territory> Groups =>
        [.. ByCode.Values.Where(t => t.Kind == TerritoryKind.Group).Distinct().OrderBy(t => t.Code, StringComparer.Ordinal)];

    /// <summary>Finds a territory by any of its codes, ignoring case and surrounding spaces.</summary>
    /// <param name="code">An alpha-2, alpha-3, M49 numeric, ISO 3166-2, world or group code.</param>
    /// <returns>The single shared instance for that territory, whichever of its codes was given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="UnknownTerritoryException">No territory has that code.</exception>
    public static Territory FromCode(string code)
    {
        Guard.Against.Null(code);
        return TryFromCode(code, out var t) ? t : throw new UnknownTerritoryException(code);
    }

    /// <summary>Looks up a territory by any of its codes; see <see cref="FromCode"/>.</summary>
    /// <param name="code">Any code <see cref="FromCode"/> accepts; null or blank fails.</param>
    /// <param name="territory">The territory when found; null otherwise.</param>
    /// <returns>True when some territory, built-in or registered, has that code.</returns>
    public static bool TryFromCode([NotNullWhen(true)] string? code, [NotNullWhen(true)] out Territory? territory)
    {
        territory = null;
        if (string.IsNullOrWhiteSpace(code))
        {
            return false;
        }

        var key = code.Trim();
        if (ByCode.TryGetValue(key, out territory))
        {
            return true;
        }

        // M49 codes are written with or without leading zeros (4, 004).
        if (key.All(char.IsAsciiDigit) && int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return ByCode.TryGetValue(n.ToString("D3", CultureInfo.InvariantCulture), out territory);
        }

        return false;
    }

    /// <summary>Finds a country, subdivision, group or the world by its short or official English name, ignoring case.</summary>
    /// <param name="name">The name, such as "Nepal", "Xizang" or "Central Asia 5".</param>
    /// <returns>The territory whose short or official name matches.</returns>
    /// <exception cref="UnknownTerritoryException">No territory has that name.</exception>
    public static Territory FromName(string name)
    {
        Guard.Against.Null(name);
        return ByName.TryGetValue(name.Trim(), out var t) ? t : throw new UnknownTerritoryException(name);
    }

    /// <summary>Creates and registers a group whose members belong to it at all times.</summary>
    /// <param name="code">The group's code, unique among all territory codes.</param>
    /// <param name="name">The group's English name, such as "Central Asia 5"; <see cref="FromName"/> finds it by this.</param>
    /// <param name="memberCodes">Codes of the member countries or subdivisions.</param>
    /// <returns>The new group, or the existing one when the same definition was registered before.</returns>
    /// <exception cref="ArgumentException">The code is taken by another territory, or a member is not a country or subdivision.</exception>
    /// <exception cref="UnknownTerritoryException">A member code is unknown.</exception>
    public static Territory RegisterGroup(string code, string name, IEnumerable<string> memberCodes)
    {
        Guard.Against.Null(memberCodes);
        return RegisterGroup(code, name, memberCodes.Select(c => new GroupMembership(FromCode(c))));
    }

    /// <summary>
    /// Creates and registers a group whose memberships may change over time. Registering the same definition
    /// again returns the existing group; a different definition under a taken code is refused.
    /// </summary>
    /// <param name="code">The group's code, unique among all territory codes.</param>
    /// <param name="name">The group's English name; <see cref="FromName"/> finds it by this unless another territory has it.</param>
    /// <param name="memberships">Each member with the period it belongs to the group; a member may appear several times.</param>
    /// <returns>The new group, or the existing one when the same definition was registered before.</returns>
    /// <exception cref="ArgumentException">The code is taken by another territory or group definition.</exception>
    public static Territory RegisterGroup(string code, string name, IEnumerable<GroupMembership> memberships)
    {
        var group = CreateGroup(code, name, memberships);
        lock (RegistrationLock)
        {
            if (ByCode.TryGetValue(group.Code, out var existing))
            {
                if (existing.Kind == TerritoryKind.Group && existing.Name == group.Name && existing.Memberships.SequenceEqual(group.Memberships))
                {
                    return existing;
                }

                throw new ArgumentException($"Territory code '{group.Code}' is already taken by {existing.Kind} '{existing.Name}'.", nameof(code));
            }

            ByCode[group.Code] = group;
            ByName.TryAdd(group.Name, group);
            return group;
        }
    }

    /// <summary>Creates a group without registering it (it is not found by <see cref="FromCode"/>).</summary>
    /// <param name="code">The group's code; trimmed and upper-cased.</param>
    /// <param name="name">The group's English name; trimmed.</param>
    /// <param name="memberships">The memberships; a territory may appear several times with periods that do not overlap.</param>
    /// <returns>A group that is usable at once but is not found by <see cref="FromCode"/> or <see cref="FromName"/>.</returns>
    /// <exception cref="ArgumentException">The code or name is blank.</exception>
    public static Territory CreateGroup(string code, string name, IEnumerable<GroupMembership> memberships)
    {
        Guard.Against.NullOrWhiteSpace(code);
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Null(memberships);
        return new Territory(TerritoryKind.Group, code.Trim().ToUpperInvariant(), name.Trim(), null, null, null, null, null, [.. memberships]);
    }

    /// <summary>Whether a territory belongs to this group throughout a period. For a non-group, whether it is this territory.</summary>
    /// <param name="territory">The country or subdivision that may be a member.</param>
    /// <param name="period">The period every month of which membership must cover.</param>
    /// <returns>True when it is a member for the whole period.</returns>
    public bool IsMember(Territory territory, Period period)
    {
        Guard.Against.Null(territory);
        if (Kind != TerritoryKind.Group)
        {
            return Equals(territory);
        }

        foreach (var m in Memberships)
        {
            if (m.Member.Equals(territory) && m.Covers(period))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The members of a group throughout a period, ordered by code. For a non-group, the territory itself.</summary>
    /// <param name="period">The period every month of which a membership must cover.</param>
    /// <returns>The territories that are members for the whole period, each once, ordered by code; empty when none is.</returns>
    public IReadOnlyList<Territory> MembersDuring(Period period)
    {
        if (Kind != TerritoryKind.Group)
        {
            return [this];
        }

        return [.. Memberships.Where(m => m.Covers(period)).Select(m => m.Member).Distinct().OrderBy(t => t.Code, StringComparer.Ordinal)];
    }

    /// <inheritdoc/>
    public bool Equals(Territory? other) => other is not null && (ReferenceEquals(this, other) || string.Equals(Code, other.Code, StringComparison.Ordinal));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Territory);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>The canonical code.</summary>
    /// <returns>The code, such as <c>CN-XZ</c>.</returns>
    public override string ToString() => Code;

    /// <summary>Formats the territory: its canonical <see cref="Code"/>, the only format (<c>null</c>, <c>""</c> or <c>"G"</c>).</summary>
    /// <param name="format"><c>null</c>, <c>""</c> or <c>"G"</c>.</param>
    /// <param name="formatProvider">Ignored: a code is invariant.</param>
    /// <returns>The code, such as <c>CN-XZ</c>, as <see cref="ToString()"/>.</returns>
    /// <exception cref="FormatException">The format is another one.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => format is null or "" or "G"
        ? Code
        : throw new FormatException($"Unknown territory format '{format}'. Use G (the canonical code).");

    /// <summary>Writes into a span exactly what <see cref="ToString(string?, IFormatProvider?)"/> returns: the canonical code.</summary>
    /// <param name="destination">Where to write the code.</param>
    /// <param name="charsWritten">The number of characters written; zero when the method returns false.</param>
    /// <param name="format">Empty or <c>"G"</c>.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>True when the code fitted; false, with nothing written, when <paramref name="destination"/> is too short.</returns>
    /// <exception cref="FormatException">The format is another one.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider? provider = null)
    {
        if (!(format.IsEmpty || format is "G"))
        {
            throw new FormatException($"Unknown territory format '{format}'. Use G (the canonical code).");
        }

        charsWritten = Code.TryCopyTo(destination) ? Code.Length : 0;
        return charsWritten != 0;
    }

    // IParsable and ISpanParsable for generic code: FromCode and TryFromCode, with blank text refused as malformed.
    // Spans are looked up through a string.
    static Territory IParsable<Territory>.Parse(string s, IFormatProvider? provider)
    {
        Guard.Against.Null(s);
        return TryRead(s, out var territory, out var failure) ? territory : throw failure.ToException();
    }

    static bool IParsable<Territory>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out Territory result)
    {
        result = null;
        return s is not null && TryRead(s, out result, out _);
    }

    static Territory ISpanParsable<Territory>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider)
    {
        var text = s.ToString();
        return TryRead(text, out var territory, out var failure) ? territory : throw failure.ToException();
    }

    static bool ISpanParsable<Territory>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, [MaybeNullWhen(false)] out Territory result) =>
        TryRead(s.ToString(), out result, out _);

    private static bool TryRead(string text, [NotNullWhen(true)] out Territory? territory, out ParseFailure failure)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            territory = null;
            failure = ParseFailure.Format($"'{text}' is not a territory code: it is empty.");
            return false;
        }

        failure = TryFromCode(text, out territory) ? default : ParseFailure.UnknownTerritory(text);
        return territory is not null;
    }

    /// <summary>Whether two territories are the same.</summary>
    /// <param name="left">A territory, or null.</param>
    /// <param name="right">The territory to compare with, or null.</param>
    /// <returns>True when both are null or have the same code.</returns>
    public static bool operator ==(Territory? left, Territory? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two territories differ.</summary>
    /// <param name="left">A territory, or null.</param>
    /// <param name="right">The territory to compare with, or null.</param>
    /// <returns>True when exactly one is null or their codes differ.</returns>
    public static bool operator !=(Territory? left, Territory? right) => !(left == right);

    private static ImmutableArray<Territory> LoadCatalogue()
    {
        Index(World, "WLD", "W00", "001", "World");
        ByName.TryAdd("World", World);
        var list = ImmutableArray.CreateBuilder<Territory>();
        foreach (var (_, f) in Data.EmbeddedTable.Read("territories.tsv", "kind", 8))
        {
            Territory t;
            if (f[0] == "country")
            {
                var numeric = int.Parse(f[4], NumberStyles.None, CultureInfo.InvariantCulture);
                t = new Territory(TerritoryKind.Country, f[1], f[5], f[6], f[2], f[3], numeric, null, []);
                Index(t, f[2], f[3], numeric.ToString("D3", CultureInfo.InvariantCulture));
            }
            else
            {
                var parent = ByCode[f[7]];
                t = new Territory(TerritoryKind.Subdivision, f[1], f[5], f[6], null, null, null, parent, []);
                Index(t, f[1]);
            }

            ByName.TryAdd(t.Name, t);
            ByName.TryAdd(t.OfficialName, t);
            list.Add(t);
        }

        LoadComtradeAreas(list);
        return list.ToImmutable();
    }

    private static void Index(Territory t, params string[] codes)
    {
        foreach (var c in codes)
        {
            ByCode[c] = t;
        }
    }
}
