using System.Text.RegularExpressions;

namespace TradeStats.Extraction;

/// <summary>What a cue in a sentence says about the subject of the figures near it.</summary>
internal enum CueKind
{
    Reporter,
    Region,
    Partner,
    Flow,
    Period,
    Regime,
    Enterprise,
    Transport,
    Commodity,
    SubUnit,
    NonTrade,
    LargestPartner,
}

/// <summary>A word or phrase of a sentence that names part of a subject, with its position in the sentence.</summary>
internal sealed record Cue(CueKind Kind, int Start, int End, object? Value, string Text)
{
    public Territory? Territory => Value as Territory;
}

/// <summary>
/// The words of English trade releases: flows, breakdowns, territories and their aliases, goods, and the words that
/// mark a figure as something other than trade (GDP, sales, targets). Genre vocabulary only: no rule names a figure.
/// </summary>
internal static partial class Lexicon
{
    private const RegexOptions Ci = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // Longest first: "imports and exports" is total trade, not imports.
    [GeneratedRegex(@"\b(?:total\s+)?(?:imports?\s+(?:from\s+)?and\s+exports?(?:\s+to)?|exports?\s+(?:to\s+)?and\s+imports?(?:\s+from)?|imports?\s+from\s+and\s+exports?\s+to|import-export|trade\s+(?:surplus|deficit|balance|imbalance)|(?:foreign|total|bilateral|two-way|overall)\s+trade|trade\s+(?:value|volume|exchanges|turnover)|trade|exchanges|exports?|exported|exporting|shipments|imports?|imported|importing|surplus|deficit)\b", Ci)]
    private static partial Regex FlowWords();

    [GeneratedRegex(@"\b(?:general\s+trade|processing\s+trade|(?:border\s+small-scale|small-scale\s+border|border\s+small\s+scale)\s+trade|cross-border\s+e-commerce|bonded\s+logistics)\b", Ci)]
    private static partial Regex RegimeWords();

    [GeneratedRegex(@"\b(?:private(?:ly[- ]owned)?|state-owned|foreign-invested|foreign-funded)\s+(?:enterprises|companies|firms|businesses)\b", Ci)]
    private static partial Regex EnterpriseWords();

    [GeneratedRegex(@"\b(?:air\s?freight|air\s+cargo|by\s+air|via\s+air|road\s+freight|by\s+road|via\s+road|rail\s+(?:transport|freight)|by\s+rail|via\s+rail|railways?|sea\s+freight|by\s+sea|via\s+sea|maritime\s+transport)\b", Ci)]
    private static partial Regex TransportWords();

    [GeneratedRegex(@"\b(?:new[- ]energy\s+(?:passenger\s+)?vehicles|NEVs?|electric\s+vehicles|EVs)\b", Ci)]
    private static partial Regex VehicleWords();

    [GeneratedRegex(@"(?:\b(?:exports?|imports?)(?:\s+value)?\s+of|\bvalue\s+of|\b(?:imported|exported)|\b(?:yuan|dollars)\s+of)\s+(?:the\s+|its\s+|various\s+)?(?<np>[a-z][a-z-]*(?:\s+(?:and\s+)?[a-z][a-z-]*){0,5}?)(?=\s+(?:such|surpassed|reached|rose|grew|totaled|totalled|worth|were|was|expanded|increased|jumped|surged|soared|fell|dropped|declined|climbed|amounted|stood|hit|exceeded|in|during|from|to|up|down|accounted|also|saw|registered|with|notch|notched|an|a|and\s+(?:an?|the)|rising|hitting|reaching|totaling|totalling|continued|maintained|remained|led)\b|[,.;:])", Ci)]
    private static partial Regex GoodsAfterFlow();

    // "fruit imports from ASEAN countries", "coal exports to": goods named before the flow word.
    [GeneratedRegex(@"\b(?<np>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})\s+(?:imports|exports)\s+(?:from|to)\b")]
    private static partial Regex GoodsBeforeFlow();

    [GeneratedRegex(@"\b(?:these|those|the)\s+(?:two|three|four|five|\d+)\s+(?:commodities|products|categories|kinds)\b", Ci)]
    private static partial Regex GoodsReference();

    [GeneratedRegex(@"\b(?:gross\s+domestic\s+product|GDP|retail\s+sales|total\s+sales|sales|revenue|income|investment|tourists?|tourism|growth\s+target|target|projected|projections?|forecast|expected\s+to|aims?\s+to|plans?\s+to|per\s+capita|freight\s+volume|procurement\s+agreements)\b", Ci)]
    private static partial Regex NonTradeWords();

    [GeneratedRegex(@"\b(?<name>[A-Z][a-z]+)\s+Port\b|\b(?:value|trade|imports|exports|volume)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}(?:ports|port|zones|zone|FTZs?|parks?|areas)\b")]
    private static partial Regex SubUnitWords();

    [GeneratedRegex(@"\b(?:largest|biggest|top)\s+(?:trading|trade)\s+partner\b", Ci)]
    private static partial Regex LargestPartnerWords();

    [GeneratedRegex(@"\b(?:the\s+(?:autonomous\s+)?region|the\s+regional\s+total|regional|the\s+province|the\s+autonomous\s+region|its|their)\b", Ci)]
    private static partial Regex RegionWords();

    // Words that open or make up a noun phrase that is not goods: "its fruit imports", "total imports", "private enterprises".
    private static readonly HashSet<string> NotGoods = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "its", "their", "his", "her", "total", "overall", "foreign", "annual", "monthly", "whose", "also", "saw", "and", "of", "with", "region's",
        "enterprises", "companies", "firms", "businesses", "countries", "partners", "nations", "markets", "ports", "regions", "cities", "economies",
        "billion", "million", "trillion", "thousand", "yuan", "dollars", "percent",
        "this", "that", "these", "those", "which", "to", "from", "into", "top", "record", "new", "secured", "reached", "its", "china's", "where", "while", "whose", "by", "for", "in", "on", "at", "as", "was", "were", "is", "are", "has", "have",
    };

    private static readonly HashSet<string> NotGoodsNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "enterprises", "companies", "firms", "businesses", "countries", "partners", "nations", "markets", "ports", "regions", "cities", "economies",
        "billion", "million", "trillion", "yuan", "dollars", "percent",
    };

    private static readonly (string Pattern, string Code)[] ReporterAliases =
    [
        ("Xizang Autonomous Region", "CN-XZ"), ("Tibet Autonomous Region", "CN-XZ"), ("Xizang autonomous region", "CN-XZ"), ("Tibet autonomous region", "CN-XZ"),
        ("Xizang", "CN-XZ"), ("Tibetan", "CN-XZ"), ("Tibet", "CN-XZ"), ("TAR", "CN-XZ"),
        ("Xinjiang Uygur Autonomous Region", "CN-XJ"), ("Xinjiang Uyghur Autonomous Region", "CN-XJ"), ("Xinjiang", "CN-XJ"),
        ("Inner Mongolia Autonomous Region", "CN-NM"), ("Inner Mongolia", "CN-NM"),
        ("Guangxi Zhuang Autonomous Region", "CN-GX"), ("Ningxia Hui Autonomous Region", "CN-NX"),
        ("Chinese mainland", "CN"), ("China", "CN"),
    ];

    // Prefecture-level cities: territories below their province that the catalogue does not hold.
    private static readonly string[] Cities =
    [
        "Lhasa", "Xigaze", "Shigatse", "Nyingchi", "Qamdo", "Chamdo", "Nagqu", "Ngari", "Shannan", "Lhokha",
        "Urumqi", "Kashgar", "Kashi", "Hotan", "Aksu", "Karamay", "Turpan", "Hami", "Yining", "Korla", "Horgos", "Alataw",
    ];

    private static readonly (string Pattern, string Code)[] PartnerAliases =
    [
        ("five Central Asian countries", "CA5"), ("Central Asian countries", "CA5"), ("Central Asian nations", "CA5"), ("Central Asia", "CA5"),
        ("South Asian countries", "SAARC"), ("South Asian nations", "SAARC"), ("South Asia", "SAARC"),
        ("Belt and Road partner countries", "BRI"), ("Belt and Road partner markets", "BRI"), ("Belt and Road partners", "BRI"), ("Belt and Road countries", "BRI"),
        ("BRI partner markets", "BRI"), ("BRI partner countries", "BRI"), ("BRI partners", "BRI"), ("BRI countries", "BRI"),
        ("countries participating in the Belt and Road Initiative", "BRI"), ("Belt and Road Initiative partners", "BRI"),
        ("ASEAN", "ASEAN"), ("European Union", "EU"), ("the EU", "EU"), ("RCEP members", "RCEP"), ("RCEP partners", "RCEP"), ("RCEP countries", "RCEP"),
        ("BRICS countries", "BRICS"), ("BRICS", "BRICS"), ("SCO countries", "SCO"), ("Gulf Cooperation Council", "GCC"),
        ("the United States", "US"), ("United States", "US"), ("the U.S.", "US"), ("Britain", "GB"), ("United Kingdom", "GB"), ("the UK", "GB"),
        ("Russia", "RU"), ("South Korea", "KR"), ("the ROK", "KR"), ("Vietnam", "VN"), ("Viet Nam", "VN"), ("Laos", "LA"), ("Iran", "IR"),
        ("Türkiye", "TR"), ("Turkey", "TR"), ("Syria", "SY"), ("Tanzania", "TZ"), ("Bolivia", "BO"), ("Venezuela", "VE"), ("Moldova", "MD"),
        ("Czech Republic", "CZ"), ("the Netherlands", "NL"), ("the Philippines", "PH"), ("Hong Kong", "HK"), ("Macao", "MO"), ("Macau", "MO"),
    ];

    private static readonly Lazy<(Regex Regex, Dictionary<string, string> Codes)> Partners = new(BuildPartners);

    private static readonly Regex Reporters = new(
        @"\b(?:" + string.Join("|", ReporterAliases.Select(a => Regex.Escape(a.Pattern))) + @")\b", RegexOptions.CultureInvariant);

    private static readonly Regex CityWords = new(
        @"\b(?:" + string.Join("|", Cities.Select(Regex.Escape)) + @")\b(?!\s+(?:Customs|Bureau|Import|Expo|Municipal|Airport|Port)\b)", RegexOptions.CultureInvariant);

    /// <summary>Every cue of a sentence, ordered by position.</summary>
    public static List<Cue> Cues(string s)
    {
        var cues = new List<Cue>();
        foreach (Match m in FlowWords().Matches(s))
        {
            if (IsInProperName(s, m.Index) || IsNotAFlow(s, m))
            {
                continue;
            }

            cues.Add(new Cue(CueKind.Flow, m.Index, m.Index + m.Length, FlowOf(m.Value), m.Value));
        }

        foreach (Match m in RegimeWords().Matches(s))
        {
            var v = m.Value.ToLowerInvariant();
            CustomsRegime regime = v.StartsWith("general", StringComparison.Ordinal) ? CustomsRegime.GeneralTrade
                : v.StartsWith("processing", StringComparison.Ordinal) ? CustomsRegime.ProcessingTrade
                : v.StartsWith("cross", StringComparison.Ordinal) ? CustomsRegime.CrossBorderECommerce
                : v.StartsWith("bonded", StringComparison.Ordinal) ? CustomsRegime.BondedLogistics
                : CustomsRegime.BorderSmallScaleTrade;
            cues.Add(new Cue(CueKind.Regime, m.Index, m.Index + m.Length, regime, m.Value));
        }

        foreach (Match m in EnterpriseWords().Matches(s))
        {
            var v = m.Value.ToLowerInvariant();
            var type = v.StartsWith("private", StringComparison.Ordinal) ? EnterpriseType.Private
                : v.StartsWith("state", StringComparison.Ordinal) ? EnterpriseType.StateOwned
                : EnterpriseType.ForeignInvested;
            cues.Add(new Cue(CueKind.Enterprise, m.Index, m.Index + m.Length, type, m.Value));
        }

        foreach (Match m in TransportWords().Matches(s))
        {
            var v = m.Value.ToLowerInvariant();
            var mode = v.Contains("air", StringComparison.Ordinal) ? TransportMode.Air
                : v.Contains("road", StringComparison.Ordinal) ? TransportMode.Road
                : v.Contains("rail", StringComparison.Ordinal) ? TransportMode.Rail
                : TransportMode.Sea;
            cues.Add(new Cue(CueKind.Transport, m.Index, m.Index + m.Length, mode, m.Value));
        }

        foreach (Match m in VehicleWords().Matches(s))
        {
            cues.Add(new Cue(CueKind.Commodity, m.Index, m.Index + m.Length, "New energy vehicles", m.Value));
        }

        foreach (Match m in GoodsAfterFlow().Matches(s))
        {
            var np = m.Groups["np"];
            if (cues.Any(c => c.Kind == CueKind.Commodity && c.Start >= np.Index && c.Start < np.Index + np.Length))
            {
                continue;
            }

            // Goods are common nouns: "exports of Xizang" names a territory, "imports and exports of State-owned enterprises" a breakdown.
            var name = char.IsUpper(np.Value[0]) ? null : CommodityName(np.Value);
            if (name is not null)
            {
                cues.Add(new Cue(CueKind.Commodity, np.Index, np.Index + np.Length, name, np.Value));
            }
        }

        foreach (Match m in GoodsBeforeFlow().Matches(s))
        {
            var np = m.Groups["np"];
            var words = np.Value.Split(' ');
            var kept = string.Join(' ', words.SkipWhile(w => NotGoods.Contains(w)));
            if (kept.Length == 0 || kept.Split(' ').Any(w => NotGoods.Contains(w) || w.EndsWith("ed", StringComparison.Ordinal)) || cues.Any(c => c.Kind == CueKind.Commodity && c.Start < np.Index + np.Length && np.Index < c.End))
            {
                continue;
            }

            var name = CommodityName(kept);
            if (name is not null)
            {
                var start = np.Index + np.Length - kept.Length;
                cues.Add(new Cue(CueKind.Commodity, start, np.Index + np.Length, name, kept));
            }
        }

        foreach (Match m in GoodsReference().Matches(s))
        {
            cues.Add(new Cue(CueKind.SubUnit, m.Index, m.Index + m.Length, "the goods are named only by reference to an earlier sentence ('" + m.Value + "')", m.Value));
        }

        foreach (Match m in NonTradeWords().Matches(s))
        {
            cues.Add(new Cue(CueKind.NonTrade, m.Index, m.Index + m.Length, "'" + m.Value + "': not a customs trade figure", m.Value));
        }

        foreach (Match m in SubUnitWords().Matches(s))
        {
            var what = m.Groups["name"].Success ? "a port (" + m.Value + ")" : "a part of the territory ('" + m.Value + "')";
            cues.Add(new Cue(CueKind.SubUnit, m.Index, m.Index + m.Length, what + " is not a territory of the catalogue", m.Value));
        }

        foreach (Match m in LargestPartnerWords().Matches(s))
        {
            cues.Add(new Cue(CueKind.LargestPartner, m.Index, m.Index + m.Length, null, m.Value));
        }

        foreach (Match m in Reporters.Matches(s))
        {
            var code = ReporterAliases.First(a => string.Equals(a.Pattern, m.Value, StringComparison.Ordinal)).Code;
            if (code == "CN" && IsChinaDescriptor(s, m))
            {
                continue;
            }

            cues.Add(new Cue(CueKind.Reporter, m.Index, m.Index + m.Length, Territory.FromCode(code), m.Value));
        }

        foreach (Match m in CityWords.Matches(s))
        {
            if (IsCustomsOf(s, m.Index))
            {
                continue;
            }

            cues.Add(new Cue(CueKind.SubUnit, m.Index, m.Index + m.Length, "a prefecture-level city (" + m.Value + ") is below the provinces of the territory catalogue", m.Value));
        }

        foreach (Match m in RegionWords().Matches(s))
        {
            cues.Add(new Cue(CueKind.Region, m.Index, m.Index + m.Length, null, m.Value));
        }

        var (partners, codes) = Partners.Value;
        foreach (Match m in partners.Matches(s))
        {
            if (cues.Any(c => c.Kind is CueKind.Reporter or CueKind.SubUnit && c.Start <= m.Index && m.Index < c.End))
            {
                continue;
            }

            var code = codes[m.Value];
            if (Territory.TryFromCode(code, out var t))
            {
                cues.Add(new Cue(CueKind.Partner, m.Index, m.Index + m.Length, t, m.Value));
            }
            else
            {
                cues.Add(new Cue(CueKind.Partner, m.Index, m.Index + m.Length, null, m.Value));
            }
        }

        cues.Sort((a, b) => a.Start.CompareTo(b.Start));
        return cues;
    }

    /// <summary>A commodity name from a noun phrase ("plateau specialty goods" gives "Plateau specialty goods"); null for "goods" alone.</summary>
    public static string? CommodityName(string phrase)
    {
        var words = phrase.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 0 && words[0] is "the" or "its" or "various" or "all" or "major" or "main" or "imported" or "exported")
        {
            words.RemoveAt(0);
        }

        if (words.Count == 0 || words[0] is "goods" or "products" or "commodities" or "trade" or "activities" or "cargo")
        {
            return null;
        }

        if (words.Any(w => w is "activities" or "value" or "volume" or "trade" or "growth" || NotGoodsNouns.Contains(w)))
        {
            return null;
        }

        var name = string.Join(' ', words);
        if (VehicleWords().IsMatch(name))
        {
            return "New energy vehicles";
        }

        return char.ToUpperInvariant(name[0]) + name[1..];
    }

    private static TradeFlow FlowOf(string text)
    {
        var t = text.ToLowerInvariant();
        if (t.Contains("surplus", StringComparison.Ordinal) || t.Contains("deficit", StringComparison.Ordinal) || t.Contains("balance", StringComparison.Ordinal))
        {
            return TradeFlow.Balance;
        }

        var exp = t.Contains("export", StringComparison.Ordinal) || t.Contains("shipments", StringComparison.Ordinal);
        var imp = t.Contains("import", StringComparison.Ordinal);
        return exp && imp ? TradeFlow.Total : exp ? TradeFlow.Exports : imp ? TradeFlow.Imports : TradeFlow.Total;
    }

    // "trading partner", "trade points", "trade ties", "trade hub", "trade fair" do not name a flow.
    private static bool IsNotAFlow(string s, Match m)
    {
        var v = m.Value.ToLowerInvariant();
        if (v is not ("trade" or "exchanges" or "foreign trade" or "bilateral trade"))
        {
            return false;
        }

        var after = s[(m.Index + m.Length)..].TrimStart();
        return Regex.IsMatch(after, @"^(?:partners?|points?|ties|hubs?|fairs?|shows?|routes?|agreements?|relations|environment|networks?|orders|facilitation|dynamics|landscape|sector|practices|opportunities|policies|officials?|company|companies|capacity|cooperation|channels?|zones?|ports?|structure|development|efficiency|Co\b|exchanges\s+with\s+\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)
            || Regex.IsMatch(s[..m.Index], @"(?:promote|promoting|of|for|in|to)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant) && v == "trade";
    }

    // A capitalised flow word inside a sentence is part of a name ("Lhasa Import Expo"), unless it opens the sentence.
    private static bool IsInProperName(string s, int index)
    {
        if (!char.IsUpper(s[index]))
        {
            return false;
        }

        var before = s[..index].TrimEnd('"', '\u201c', ' ', '(');
        return before.Length > 0 && char.IsLetter(before[^1]) && char.IsUpper(before.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?[0] ?? 'a');
    }

    // "southwest China's Xizang", "China Daily", "China (Xinjiang) Pilot Free Trade Zone", "China Media Group".
    private static bool IsChinaDescriptor(string s, Match m)
    {
        var rest = s[(m.Index + m.Length)..];
        if (Regex.IsMatch(rest, @"^(?:'s|\u2019s)?\s+(?:Xizang|Tibet|Xinjiang|Inner Mongolia|Guangxi|Ningxia|[A-Z][a-z]+\s+(?:Province|Autonomous|autonomous|Uygur))", RegexOptions.CultureInvariant)
            || Regex.IsMatch(rest, @"^\s+(?:Daily|Media|Tibet\s+News|News|Customs|Central|Global|Radio|\(|Pilot|Council|Chamber)", RegexOptions.CultureInvariant)
            || Regex.IsMatch(s[..m.Index], @"(?:between|connecting|and|of)\s+$", RegexOptions.CultureInvariant))
        {
            return true;
        }

        return false;
    }

    private static bool IsCustomsOf(string s, int index) =>
        Regex.IsMatch(s[..index], @"(?:customs|government|Bureau|Commerce|capital)\s+(?:of\s+)?$|(?:in|By)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)
        && !Regex.IsMatch(s[..index], @"(?:figure|trade|value)\s+in\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static (Regex, Dictionary<string, string>) BuildPartners()
    {
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (pattern, code) in PartnerAliases)
        {
            codes.TryAdd(pattern, code);
        }

        foreach (var c in Territory.Countries)
        {
            if (c.Code == "CN")
            {
                continue;
            }

            foreach (var name in new[] { c.Name, c.Name.Split(',')[0] })
            {
                if (name.Length > 3 && !name.Contains('(', StringComparison.Ordinal))
                {
                    codes.TryAdd(name, c.Code);
                }
            }
        }

        var alternation = string.Join("|", codes.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));
        return (new Regex(@"(?<![\w])(?:" + alternation + @")(?![\w])", RegexOptions.CultureInvariant), codes);
    }
}
