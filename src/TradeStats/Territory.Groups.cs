using System.Collections.Immutable;
using System.Globalization;

namespace TradeStats;

// The built-in partner groups: ASEAN, the EU and Eurostat's fixed compositions, the euro area, RCEP, BRICS, GCC,
// Mercosur, SCO, APEC, G20 and OECD, loaded from Data/groups.tsv with dated memberships and a source for each.
public sealed partial class Territory
{
    private const string ComplementPrefix = "*except ";

    /// <summary>
    /// ASEAN (code <c>ASEAN</c>): Indonesia, Malaysia, the Philippines, Singapore and Thailand from August 1967, Brunei
    /// from January 1984, Viet Nam from July 1995, Laos and Myanmar from July 1997, Cambodia from April 1999 and
    /// Timor-Leste from October 2025.
    /// </summary>
    public static Territory Asean => BuiltInGroup("ASEAN");

    /// <summary>
    /// The European Union and before it the EEC (code <c>EU</c>), member by member as it was at each date: the six from
    /// January 1958, Denmark, Ireland and the United Kingdom from January 1973, Greece 1981, Spain and Portugal 1986,
    /// Austria, Finland and Sweden 1995, the ten of May 2004, Bulgaria and Romania 2007, Croatia from July 2013; the
    /// United Kingdom until January 2020, the last month before its withdrawal took effect on 1 February 2020.
    /// </summary>
    public static Territory EuropeanUnion => BuiltInGroup("EU");

    /// <summary>
    /// Eurostat's fixed composition <c>EU27_2020</c>: the 27 members of the European Union after the United Kingdom's
    /// withdrawal, members at every date (also before they joined), so that series keep one composition.
    /// </summary>
    public static Territory EuropeanUnion27 => BuiltInGroup("EU27_2020");

    /// <summary>
    /// Eurostat's <c>EXTRA_EU27_2020</c>: every country outside <see cref="EuropeanUnion27"/>, at every date. The
    /// complement is stored as an ordinary group listing each country of the built-in ISO 3166-1 catalogue that is not
    /// one of the 27 (so <see cref="IsMember"/> and <see cref="MembersDuring"/> work as for any group, and the group is a
    /// partner like any other); subdivisions (CN-XZ) and later-registered territories are not members.
    /// </summary>
    public static Territory ExtraEuropeanUnion27 => BuiltInGroup("EXTRA_EU27_2020");

    /// <summary>
    /// The euro area (code <c>EA</c>), member by member as it was at each date: eleven from January 1999, Greece 2001,
    /// Slovenia 2007, Cyprus and Malta 2008, Slovakia 2009, Estonia 2011, Latvia 2014, Lithuania 2015, Croatia 2023 and
    /// Bulgaria from January 2026.
    /// </summary>
    public static Territory EuroArea => BuiltInGroup("EA");

    /// <summary>
    /// Eurostat's fixed composition <c>EA20</c>: the 20 euro-area members of 2023 to 2025 (without Bulgaria), members at
    /// every date.
    /// </summary>
    public static Territory EuroArea20 => BuiltInGroup("EA20");

    /// <summary>
    /// The Regional Comprehensive Economic Partnership (code <c>RCEP</c>), each party from the month the agreement
    /// entered into force for it: ten from January 2022, Korea February 2022, Malaysia March 2022, Indonesia January 2023
    /// and the Philippines June 2023. Myanmar, a signatory for which the agreement is not in force, is not a member.
    /// </summary>
    public static Territory Rcep => BuiltInGroup("RCEP");

    /// <summary>
    /// BRICS (code <c>BRICS</c>): Brazil, Russia, India and China from June 2009 (as BRIC), South Africa from January
    /// 2011, Egypt, Ethiopia, Iran and the United Arab Emirates from January 2024, Indonesia from January 2025. Saudi
    /// Arabia, invited for January 2024, never confirmed its membership and is not a member; partner countries are not
    /// members.
    /// </summary>
    public static Territory Brics => BuiltInGroup("BRICS");

    /// <summary>
    /// The Gulf Cooperation Council (code <c>GCC</c>): Bahrain, Kuwait, Oman, Qatar, Saudi Arabia and the United Arab
    /// Emirates from May 1981.
    /// </summary>
    public static Territory Gcc => BuiltInGroup("GCC");

    /// <summary>
    /// Mercosur's full members (code <c>MERCOSUR</c>): Argentina, Brazil, Paraguay and Uruguay from November 1991 (entry
    /// into force of the Treaty of Asunción), Venezuela from July 2012 until its suspension in December 2016 (last month
    /// November 2016), Bolivia from July 2024. A suspended member is not a member: Paraguay is out from July 2012 to July
    /// 2013.
    /// </summary>
    public static Territory Mercosur => BuiltInGroup("MERCOSUR");

    /// <summary>
    /// The Shanghai Cooperation Organisation (code <c>SCO</c>): China, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and
    /// Uzbekistan from June 2001, India and Pakistan from June 2017, Iran from July 2023, Belarus from July 2024.
    /// </summary>
    public static Territory Sco => BuiltInGroup("SCO");

    /// <summary>
    /// Asia-Pacific Economic Cooperation (code <c>APEC</c>), its 21 member economies from the month they joined; Hong
    /// Kong, China and Chinese Taipei are the ISO 3166-1 territories HK and TW.
    /// </summary>
    public static Territory Apec => BuiltInGroup("APEC");

    /// <summary>
    /// The G20's 19 member countries (code <c>G20</c>) from December 1999. The European Union and (from September 2023)
    /// the African Union are G20 members but not countries, and a group cannot be a member of a group: they are left
    /// out, and the EU's trade is found with <see cref="EuropeanUnion"/>.
    /// </summary>
    public static Territory G20 => BuiltInGroup("G20");

    /// <summary>
    /// The OECD's 38 members (code <c>OECD</c>), each from the month it deposited its ratification of the OECD Convention
    /// (the founders that ratified before it entered into force, from September 1961).
    /// </summary>
    public static Territory Oecd => BuiltInGroup("OECD");

    private static Territory BuiltInGroup(string code) => BuiltInGroups[code];

    private static ImmutableDictionary<string, Territory> LoadBuiltInGroups()
    {
        var rows = Data.EmbeddedTable.Read("groups.tsv", "group", 6);

        // The rows of a group are consecutive; a complement ("*except G") refers to a group registered above it.
        var groups = ImmutableDictionary.CreateBuilder<string, Territory>(StringComparer.Ordinal);
        var i = 0;
        while (i < rows.Count)
        {
            var (code, name) = (rows[i].Fields[0], rows[i].Fields[1]);
            if (groups.ContainsKey(code))
            {
                throw new InvalidOperationException($"groups.tsv line {rows[i].Line}: the rows of group {code} are not consecutive.");
            }

            var memberships = new List<GroupMembership>();
            for (; i < rows.Count && rows[i].Fields[0] == code; i++)
            {
                memberships.AddRange(ParseMemberships(rows[i].Line, rows[i].Fields, groups));
            }

            groups[code] = RegisterGroup(code, name, memberships);
        }

        return groups.ToImmutable();
    }

    private static IEnumerable<GroupMembership> ParseMemberships(int lineNumber, string[] f, ImmutableDictionary<string, Territory>.Builder groups)
    {
        var from = ParseMonth(f[3], lineNumber);
        var until = ParseMonth(f[4], lineNumber);
        if (f[2].StartsWith(ComplementPrefix, StringComparison.Ordinal))
        {
            var baseGroup = groups.TryGetValue(f[2][ComplementPrefix.Length..], out var g)
                ? g
                : throw new InvalidOperationException($"groups.tsv line {lineNumber}: '{f[2]}' names a group not defined above it.");
            var inside = baseGroup.Memberships.Select(m => m.Member).ToHashSet();
            return [.. Countries.Where(c => !inside.Contains(c)).Select(c => new GroupMembership(c, from, until) { Source = f[5] })];
        }

        var member = TryFromCode(f[2], out var t) && t.Kind == TerritoryKind.Country
            ? t
            : throw new InvalidOperationException($"groups.tsv line {lineNumber}: '{f[2]}' is not a country code.");
        return [new GroupMembership(member, from, until) { Source = f[5] }];
    }

    private static Period? ParseMonth(string text, int lineNumber)
    {
        if (text.Length == 0)
        {
            return null;
        }

        return text.Length == 7 && text[4] == '-'
            && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && month is >= 1 and <= 12
                ? Period.Month(year, month)
                : throw new InvalidOperationException($"groups.tsv line {lineNumber}: '{text}' is not a month written yyyy-MM.");
    }
}
