using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace TradeStats;

/// <summary>UN Comtrade's own reporter and partner codes (Data/comtrade-areas.tsv).</summary>
public sealed partial class Territory
{
    // Assigned (never initialised) here: LoadComtradeAreas runs from LoadCatalogue during type initialisation, and an
    // initialiser in this file could run after it and overwrite the tables.
    private static Dictionary<int, Territory>? s_comtradeByCode;
    private static Dictionary<string, Territory>? s_comtradeByIso;

    /// <summary>
    /// The statistical areas UN Comtrade reports that are neither countries nor groups (Other Asia, nes; Areas, nes;
    /// Bunkers; Free Zones; former territories such as Fmr USSR; the European Union as reporter 97), in the order of Comtrade's numbers.
    /// </summary>
    public static IEnumerable<Territory> Areas => Catalogue.Where(t => t.Kind == TerritoryKind.Area);

    /// <summary>
    /// The territory behind a UN Comtrade reporter or partner number: 0 the world, a Comtrade-specific number (842 USA,
    /// 251 France, 490 Other Asia, nes) from the Comtrade table, else the ISO 3166-1 numeric code of a country.
    /// </summary>
    internal static bool TryFromComtradeCode(int code, [NotNullWhen(true)] out Territory? territory)
    {
        if (code == 0)
        {
            territory = World;
            return true;
        }

        if (s_comtradeByCode!.TryGetValue(code, out territory))
        {
            return true;
        }

        territory = code > 0 && TryFromCode(code.ToString("D3", CultureInfo.InvariantCulture), out var t) && t.Kind == TerritoryKind.Country ? t : null;
        return territory is not null;
    }

    /// <summary>
    /// The territory behind a UN Comtrade ISO field: W00 the world, Comtrade's pseudo-codes (S19, A79, _X, X1, trimmed),
    /// else an ISO 3166-1 alpha-3 code.
    /// </summary>
    internal static bool TryFromComtradeIso(string iso, [NotNullWhen(true)] out Territory? territory)
    {
        var key = iso.Trim();
        if (s_comtradeByIso!.TryGetValue(key, out territory))
        {
            return true;
        }

        territory = key.Length == 3 && TryFromCode(key, out var t) && t.Kind == TerritoryKind.Country && string.Equals(t.Alpha3, key, StringComparison.OrdinalIgnoreCase) ? t : null;
        return territory is not null;
    }

    private static void LoadComtradeAreas(ImmutableArray<Territory>.Builder list)
    {
        var byCode = new Dictionary<int, Territory>();
        var byIso = new Dictionary<string, Territory>(StringComparer.OrdinalIgnoreCase) { ["W00"] = World, ["WLD"] = World };
        foreach (var (lineNumber, f) in Data.EmbeddedTable.Read("comtrade-areas.tsv", "kind", 4))
        {
            if (!int.TryParse(f[1], NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                throw new InvalidOperationException($"comtrade-areas.tsv line {lineNumber}: the number '{f[1]}' is not a whole number.");
            }

            Territory t;
            if (f[0] == "country")
            {
                t = ByCode[f[2]];
            }
            else
            {
                t = new Territory(TerritoryKind.Area, "CT" + number.ToString(CultureInfo.InvariantCulture), f[3], null, null, null, null, null, []);
                Index(t, t.Code);
                ByName.TryAdd(t.Name, t);
                list.Add(t);
            }

            byCode.Add(number, t);
            if (f[2].Length > 0)
            {
                byIso.Add(f[2], t);
            }
        }

        s_comtradeByCode = byCode;
        s_comtradeByIso = byIso;
    }
}
