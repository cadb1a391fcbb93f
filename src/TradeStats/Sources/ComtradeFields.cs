using System.Collections.Frozen;

namespace TradeStats.Sources;

/// <summary>Which family of UN Comtrade names a record uses; it decides the few rules that differ between them.</summary>
internal enum ComtradeLayout
{
    /// <summary>ComtradePlus: API v1 JSON and CSV, website downloads, bulk files (<c>primaryValue</c>, <c>flowCode</c>).</summary>
    Plus = 0,

    /// <summary>The legacy comtrade.un.org export and API (<c>Trade Value (US$)</c>, <c>TradeValue</c>, <c>rgCode</c>): HS codes lose their leading zero.</summary>
    Legacy = 1,
}

/// <summary>
/// The one table of UN Comtrade field names: every spelling (ComtradePlus, legacy CSV export, legacy JSON) of every field
/// the mapping reads, and the fields it knowingly ignores. A name in neither is an error.
/// </summary>
internal static class ComtradeFields
{
    public const string Type = "typeCode";
    public const string Freq = "freqCode";
    public const string Period = "period";
    public const string Year = "refYear";
    public const string ReporterCode = "reporterCode";
    public const string ReporterIso = "reporterISO";
    public const string PartnerCode = "partnerCode";
    public const string PartnerIso = "partnerISO";
    public const string Partner2Code = "partner2Code";
    public const string Partner2Iso = "partner2ISO";
    public const string FlowCode = "flowCode";
    public const string FlowNumber = "legacyFlowCode";
    public const string FlowText = "legacyFlowText";
    public const string Classification = "classificationCode";
    public const string Cmd = "cmdCode";
    public const string CmdDesc = "cmdDesc";
    public const string AggrLevel = "aggrLevel";
    public const string Customs = "customsCode";
    public const string Mos = "mosCode";
    public const string Mot = "motCode";
    public const string QtyUnitCode = "qtyUnitCode";
    public const string QtyUnit = "qtyUnitAbbr";
    public const string Qty = "qty";
    public const string QtyEstimated = "isQtyEstimated";
    public const string AltQtyUnitCode = "altQtyUnitCode";
    public const string AltQtyUnit = "altQtyUnitAbbr";
    public const string AltQty = "altQty";
    public const string AltQtyEstimated = "isAltQtyEstimated";
    public const string NetWgt = "netWgt";
    public const string NetWgtEstimated = "isNetWgtEstimated";
    public const string GrossWgt = "grossWgt";
    public const string GrossWgtEstimated = "isGrossWgtEstimated";
    public const string Cif = "cifvalue";
    public const string Fob = "fobvalue";
    public const string Primary = "primaryValue";
    public const string EstimationFlag = "legacyEstimationFlag";
    public const string IsReported = "isReported";
    public const string IsAggregate = "isAggregate";

    /// <summary>Source name to (canonical name, layout); names shared by both layouts are listed as Plus.</summary>
    public static readonly FrozenDictionary<string, (string Field, ComtradeLayout Layout)> Aliases = Build();

    /// <summary>
    /// Fields read by no rule, with why: descriptions (the codes next to them are read; <c>cmdDesc</c> and its spellings
    /// are kept as the commodity's name), and fields that repeat another (<c>refPeriodId</c>, <c>refMonth</c> repeat
    /// <c>period</c>; <c>isLeaf</c> and <c>classificationSearchCode</c> describe the code list, not the value).
    /// </summary>
    public static readonly FrozenSet<string> Ignored = new[]
    {
        // ComtradePlus
        "refPeriodId", "refMonth", "reporterDesc", "flowDesc", "partnerDesc", "partner2Desc", "classificationSearchCode",
        "isOriginalClassification", "isLeaf", "customsDesc", "motDesc",

        // legacy CSV export
        "Period Desc.", "Reporter", "Partner", "2nd Partner", "Is Leaf Code", "Customs", "Mode of Transport",

        // legacy JSON
        "periodDesc", "rtTitle", "ptTitle", "ptTitle2", "IsLeaf", "cstDesc",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Every spelling of a flow, in one table: ComtradePlus codes, the legacy numbers (1 import, 2 export, 3 re-export,
    /// 4 re-import) and the legacy names.
    /// </summary>
    public static readonly FrozenDictionary<string, TradeFlow> Flows = new Dictionary<string, TradeFlow>(StringComparer.OrdinalIgnoreCase)
    {
        ["M"] = FlowCodes.ByCode["M"],
        ["X"] = FlowCodes.ByCode["X"],
        ["RX"] = FlowCodes.ByCode["RX"],
        ["RM"] = FlowCodes.ByCode["RM"],
        ["1"] = TradeFlow.Imports,
        ["2"] = TradeFlow.Exports,
        ["3"] = TradeFlow.ReExports,
        ["4"] = TradeFlow.ReImports,
        ["Import"] = TradeFlow.Imports,
        ["Export"] = TradeFlow.Exports,
        ["Re-Export"] = TradeFlow.ReExports,
        ["Re-Import"] = TradeFlow.ReImports,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a source name is known, read or ignored.</summary>
    public static bool IsKnown(string name) => Aliases.ContainsKey(name) || Ignored.Contains(name);

    private static FrozenDictionary<string, (string, ComtradeLayout)> Build()
    {
        var d = new Dictionary<string, (string, ComtradeLayout)>(StringComparer.Ordinal);

        void Add(string field, string? legacyCsv = null, string? legacyJson = null)
        {
            d.Add(field, (field, ComtradeLayout.Plus));
            if (legacyCsv is not null)
            {
                d.Add(legacyCsv, (field, ComtradeLayout.Legacy));
            }

            if (legacyJson is not null && legacyJson != field)
            {
                d.Add(legacyJson, (field, ComtradeLayout.Legacy));
            }
        }

        Add(Type);
        Add(Freq);
        Add(Period, "Period", Period);
        Add(Year, "Year", "yr");
        Add(ReporterCode, "Reporter Code", "rtCode");
        Add(ReporterIso, "Reporter ISO", "rt3ISO");
        Add(PartnerCode, "Partner Code", "ptCode");
        Add(PartnerIso, "Partner ISO", "pt3ISO");
        Add(Partner2Code, "2nd Partner Code", "ptCode2");
        Add(Partner2Iso, "2nd Partner ISO", "pt3ISO2");
        Add(FlowCode);
        d.Add("Trade Flow Code", (FlowNumber, ComtradeLayout.Legacy));
        d.Add("rgCode", (FlowNumber, ComtradeLayout.Legacy));
        d.Add("Trade Flow", (FlowText, ComtradeLayout.Legacy));
        d.Add("rgDesc", (FlowText, ComtradeLayout.Legacy));
        Add(Classification, "Classification", "pfCode");
        Add(Cmd, "Commodity Code", Cmd);
        Add(CmdDesc, "Commodity", "cmdDescE");
        Add(AggrLevel, "Aggregate Level", AggrLevel);
        Add(Customs, "Customs Proc. Code", "cstCode");
        Add(Mos);
        Add(Mot, "Mode of Transport Code", Mot);
        Add(QtyUnitCode, "Qty Unit Code", "qtCode");
        Add(QtyUnit, "Qty Unit", "qtDesc");
        Add(Qty, "Qty", "TradeQuantity");
        Add(QtyEstimated);
        Add(AltQtyUnitCode, "Alt Qty Unit Code", "qtAltCode");
        Add(AltQtyUnit, "Alt Qty Unit", "qtAltDesc");
        Add(AltQty, "Alt Qty", "AltQuantity");
        Add(AltQtyEstimated);
        Add(NetWgt, "Netweight (kg)", "NetWeight");
        Add(NetWgtEstimated);
        Add(GrossWgt, "Gross weight (kg)", "GrossWeight");
        Add(GrossWgtEstimated);
        Add(Cif, "CIF Trade Value (US$)", "CIFValue");
        Add(Fob, "FOB Trade Value (US$)", "FOBValue");
        Add(Primary, "Trade Value (US$)", "TradeValue");
        Add(EstimationFlag, "Flag", "estCode");
        Add(IsReported);
        Add(IsAggregate);
        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

/// <summary>One record's fields under their canonical names, with the names the source used (for messages).</summary>
internal sealed class ComtradeRecord
{
    private readonly Dictionary<string, string> _sourceNames;
    private readonly Func<string, string?> _value;

    public ComtradeRecord(ComtradeLayout layout, Dictionary<string, string> sourceNames, Func<string, string?> value)
    {
        Layout = layout;
        _sourceNames = sourceNames;
        _value = value;
    }

    public ComtradeLayout Layout { get; }

    /// <summary>The value, trimmed; null when absent or empty.</summary>
    public string? this[string field] => Has(field) && _value(field) is { } v && v.Trim() is { Length: > 0 } t ? t : null;

    public bool Has(string field) => _sourceNames.ContainsKey(field);

    /// <summary>The name the source used for a field (its canonical name when the source has no such field).</summary>
    public string Name(string field) => _sourceNames.TryGetValue(field, out var n) ? n : field;
}
