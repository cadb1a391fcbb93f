using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace TradeStats;

/// <summary>The family a commodity classification belongs to.</summary>
public enum ClassificationSystem
{
    /// <summary>The Harmonized System (HS) of the World Customs Organization: chapters, headings and subheadings of 2, 4 and 6 digits.</summary>
    HarmonizedSystem = 0,

    /// <summary>The UN Standard International Trade Classification (SITC): sections to items of 1 to 5 digits.</summary>
    Sitc = 1,

    /// <summary>The UN Classification by Broad Economic Categories (BEC): 1 to 3 digits (revision 4), up to 5 (revision 5 uses 1 to 5 digits).</summary>
    Bec = 2,

    /// <summary>The EU's Combined Nomenclature (CN): the HS extended to 8 digits.</summary>
    CombinedNomenclature = 3,

    /// <summary>A country's national tariff or statistical nomenclature extending the HS to 8 or 10 digits (China's HS8, the US HTS10).</summary>
    NationalTariff = 4,
}

/// <summary>
/// The classification, and its edition where known, in which a commodity code is written: SITC 42 (vegetable oils)
/// is not HS 42 (leather goods), and HS 2017 subheadings are not always those of HS 2022.
/// </summary>
/// <remarks>
/// <para>Classifications are identified by short codes, those of UN Comtrade where it has one:</para>
/// <list type="table">
/// <listheader><term>Code</term><description>Classification</description></listheader>
/// <item><term><c>HS</c></term><description>HS, edition not stated (the library's default for a bare HS code).</description></item>
/// <item><term><c>H0</c> to <c>H6</c></term><description>HS 1992, 1996, 2002, 2007, 2012, 2017, 2022.</description></item>
/// <item><term><c>SITC</c>, <c>S1</c> to <c>S4</c></term><description>SITC, edition not stated, or Revision 1 to 4.</description></item>
/// <item><term><c>BEC</c>, <c>B4</c>, <c>B5</c></term><description>BEC, edition not stated, or Revision 4 or 5.</description></item>
/// <item><term><c>CN</c></term><description>The EU's Combined Nomenclature (8 digits).</description></item>
/// <item><term><c>NAT-XX</c></term><description>The national nomenclature of the country with ISO alpha-2 code XX (<c>NAT-CN</c> for China's 8-digit codes).</description></item>
/// </list>
/// <para>Two codes of different classifications (or editions) are never equal, and roll-ups and level checks refuse
/// to compare them (<see cref="MixedClassificationsException"/>): convert with a correspondence table first.</para>
/// </remarks>
public sealed class CommodityClassification : IEquatable<CommodityClassification>
{
    private static readonly ImmutableArray<int> HsLevels = [2, 4, 6];
    private static readonly ImmutableArray<int> SitcLevels = [1, 2, 3, 4, 5];
    private static readonly ImmutableArray<int> BecLevels = [1, 2, 3, 4, 5];
    private static readonly ImmutableArray<int> CnLevels = [2, 4, 6, 8];
    private static readonly ImmutableArray<int> NationalLevels = [2, 4, 6, 8, 10];

    private static readonly ImmutableDictionary<string, CommodityClassification> Known = new[]
    {
        new CommodityClassification(ClassificationSystem.HarmonizedSystem, "HS", null, "Harmonized System (edition not stated)"),
        new CommodityClassification(ClassificationSystem.HarmonizedSystem, "H0", "1992", "Harmonized System 1992"),
        new CommodityClassification(ClassificationSystem.HarmonizedSystem, "H1", "1996", "Harmonized System 1996"),
        new CommodityClassification(ClassificationSystem.HarmonizedSystem, "H2", "2002", "Harmonized System 2002"),
        new CommodityClassification(ClassificationSystem.HarmonizedSystem, "H3", "2007", "Harmonized System 2007"),
        new CommodityClassification(ClassificationSystem.HarmonizedSystem, "H4", "2012", "Harmonized System 2012"),
        new CommodityClassification(ClassificationSystem.HarmonizedSystem, "H5", "2017", "Harmonized System 2017"),
        new CommodityClassification(ClassificationSystem.HarmonizedSystem, "H6", "2022", "Harmonized System 2022"),
        new CommodityClassification(ClassificationSystem.Sitc, "SITC", null, "SITC (revision not stated)"),
        new CommodityClassification(ClassificationSystem.Sitc, "S1", "Rev. 1", "SITC Revision 1"),
        new CommodityClassification(ClassificationSystem.Sitc, "S2", "Rev. 2", "SITC Revision 2"),
        new CommodityClassification(ClassificationSystem.Sitc, "S3", "Rev. 3", "SITC Revision 3"),
        new CommodityClassification(ClassificationSystem.Sitc, "S4", "Rev. 4", "SITC Revision 4"),
        new CommodityClassification(ClassificationSystem.Bec, "BEC", null, "BEC (revision not stated)"),
        new CommodityClassification(ClassificationSystem.Bec, "B4", "Rev. 4", "BEC Revision 4"),
        new CommodityClassification(ClassificationSystem.Bec, "B5", "Rev. 5", "BEC Revision 5"),
        new CommodityClassification(ClassificationSystem.CombinedNomenclature, "CN", null, "Combined Nomenclature of the EU"),
    }.ToImmutableDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);

    private CommodityClassification(ClassificationSystem system, string code, string? edition, string name)
    {
        System = system;
        Code = code;
        Edition = edition;
        Name = name;
        Levels = system switch
        {
            ClassificationSystem.HarmonizedSystem => HsLevels,
            ClassificationSystem.Sitc => SitcLevels,
            ClassificationSystem.Bec => BecLevels,
            ClassificationSystem.CombinedNomenclature => CnLevels,
            _ => NationalLevels,
        };
    }

    /// <summary>The Harmonized System, edition not stated: what <see cref="Commodity.Hs"/> creates.</summary>
    public static CommodityClassification Hs { get; } = Known["HS"];

    /// <summary>The EU's Combined Nomenclature (8-digit codes, such as Eurostat Comext's products).</summary>
    public static CommodityClassification CombinedNomenclature { get; } = Known["CN"];

    /// <summary>The family: HS, SITC, BEC, CN or a national nomenclature.</summary>
    public ClassificationSystem System { get; }

    /// <summary>The short code: <c>HS</c>, <c>H6</c>, <c>S1</c>, <c>B5</c>, <c>CN</c>, <c>NAT-CN</c>.</summary>
    public string Code { get; }

    /// <summary>The edition (<c>2022</c>, <c>Rev. 1</c>), or null when not stated.</summary>
    public string? Edition { get; }

    /// <summary>A readable name, such as "Harmonized System 2022" or "SITC Revision 1".</summary>
    public string Name { get; }

    /// <summary>The numbers of digits a code of this classification may have, coarsest first (HS: 2, 4, 6).</summary>
    public ImmutableArray<int> Levels { get; }

    /// <summary>The classifications known by code (HS and its editions, SITC, BEC, CN), not the national ones.</summary>
    public static IEnumerable<CommodityClassification> All => Known.Values.OrderBy(c => c.System).ThenBy(c => c.Code, StringComparer.Ordinal);

    /// <summary>Finds a classification by its short code, ignoring case: <c>HS</c>, <c>H0</c>..<c>H6</c>, <c>SITC</c>, <c>S1</c>..<c>S4</c>, <c>BEC</c>, <c>B4</c>, <c>B5</c>, <c>CN</c>, <c>NAT-XX</c>.</summary>
    /// <param name="code">The code, as UN Comtrade writes it in <c>classificationCode</c> or the legacy <c>Classification</c> column.</param>
    /// <returns>The known classification, or a national one for <c>NAT-</c> and a country code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="FormatException">The code is not known; the message quotes it and lists the known codes.</exception>
    public static CommodityClassification FromCode(string code)
    {
        Guard.Against.Null(code);
        return TryFromCode(code, out var c)
            ? c
            : throw new FormatException($"'{code}' is not a known commodity classification (expected one of {string.Join(", ", Known.Keys.Order(StringComparer.Ordinal))}, or NAT- and an ISO alpha-2 country code).");
    }

    /// <summary>Finds a classification by its short code, ignoring case.</summary>
    /// <param name="code">A code <see cref="FromCode"/> accepts; surrounding spaces are ignored, null fails.</param>
    /// <param name="classification">The classification when found; null otherwise.</param>
    /// <returns>True when the code names a known classification or a country's national one.</returns>
    public static bool TryFromCode([NotNullWhen(true)] string? code, [NotNullWhen(true)] out CommodityClassification? classification)
    {
        classification = null;
        if (code is null)
        {
            return false;
        }

        var text = code.Trim();
        if (Known.TryGetValue(text, out classification))
        {
            return true;
        }

        if (text.StartsWith("NAT-", StringComparison.OrdinalIgnoreCase)
            && Territory.TryFromCode(text[4..], out var country) && country.Kind == TerritoryKind.Country)
        {
            classification = National(country);
            return true;
        }

        return false;
    }

    /// <summary>A country's national nomenclature extending the HS (China's 8-digit codes, the US 10-digit HTS).</summary>
    /// <param name="country">The country whose nomenclature it is.</param>
    /// <returns>The classification, with code <c>NAT-</c> and the country's alpha-2 code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="country"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="country"/> is not a country.</exception>
    public static CommodityClassification National(Territory country)
    {
        Guard.Against.Null(country);
        if (country.Kind != TerritoryKind.Country || country.Alpha2 is null)
        {
            throw new ArgumentException($"A national nomenclature belongs to a country; '{country.Code}' is a {country.Kind}.", nameof(country));
        }

        return new CommodityClassification(ClassificationSystem.NationalTariff, "NAT-" + country.Alpha2, null, "National nomenclature of " + country.Name);
    }

    /// <summary>Whether a code of <paramref name="digits"/> digits exists in this classification.</summary>
    /// <param name="digits">A code length, such as 4 for an HS heading.</param>
    /// <returns>True when it is one of <see cref="Levels"/>.</returns>
    public bool HasLevel(int digits) => Levels.Contains(digits);

    /// <summary>Classifications are equal when their codes are (<c>H6</c> is not <c>HS</c>: an edition is part of the identity).</summary>
    /// <param name="other">The classification to compare with, or null.</param>
    /// <returns>True when the short codes are equal, case-sensitively.</returns>
    public bool Equals(CommodityClassification? other) => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CommodityClassification);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>The short code, such as <c>H6</c>.</summary>
    /// <returns>The short code, such as <c>H6</c> or <c>NAT-CN</c>, that <see cref="FromCode"/> reads back.</returns>
    public override string ToString() => Code;

    /// <summary>Whether two classifications are equal.</summary>
    /// <param name="left">A classification, or null.</param>
    /// <param name="right">The classification to compare with, or null.</param>
    /// <returns>True when both are null or their short codes are equal.</returns>
    public static bool operator ==(CommodityClassification? left, CommodityClassification? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two classifications differ.</summary>
    /// <param name="left">A classification, or null.</param>
    /// <param name="right">The classification to compare with, or null.</param>
    /// <returns>True when exactly one is null or their short codes differ.</returns>
    public static bool operator !=(CommodityClassification? left, CommodityClassification? right) => !(left == right);
}
