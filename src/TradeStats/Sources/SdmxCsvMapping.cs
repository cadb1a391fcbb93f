using System.Collections.Immutable;

namespace TradeStats.Sources;

/// <summary>
/// Says which SDMX-CSV dimension columns hold the reporter, partner, flow, commodity, measure and currency, and how
/// their codes map to the library's. Column ids are matched without regard to case (<c>reporter</c> is
/// <c>REPORTER</c>). Unmapped columns must be listed in <see cref="IgnoredColumns"/> (or be an attribute the reader
/// knows), so that a dimension is never dropped by accident, which would merge different series.
/// </summary>
/// <remarks>
/// <para>Ready-made mappings: <see cref="EurostatComext"/> (Eurostat Comext DS-045409 and its relatives) and
/// <see cref="ImfDirectionOfTrade"/> (the IMF's trade by partner, DOTS and IMTS). A mapping can also be written as a
/// small JSON file and read with <see cref="Load"/>; <see cref="SdmxCsvMappingJson"/> describes the schema.</para>
/// </remarks>
/// <example>
/// <code>
/// var mapping = new SdmxCsvMapping("REPORTER", "FLOW", new Dictionary&lt;string, TradeFlow&gt; { ["EXP"] = TradeFlow.Exports, ["IMP"] = TradeFlow.Imports })
/// {
///     PartnerColumn = "PARTNER",
///     CurrencyColumn = "CURRENCY",
///     IgnoredColumns = ["FREQ"],
/// };
/// var comext = new SdmxCsvReader("ds-045409.csv", SdmxCsvMapping.EurostatComext);
/// </code>
/// </example>
/// <param name="ReporterColumn">The column of reporter codes.</param>
/// <param name="FlowColumn">The column of flow codes.</param>
/// <param name="FlowCodes">The flow of each code in <paramref name="FlowColumn"/>; an unlisted code is an error.</param>
public sealed record SdmxCsvMapping(string ReporterColumn, string FlowColumn, IReadOnlyDictionary<string, TradeFlow> FlowCodes)
{
    /// <summary>The column of partner codes; null when the data set has no partner dimension (then <see cref="Partner"/> is used).</summary>
    public string? PartnerColumn { get; init; }

    /// <summary>The partner when there is no partner column; the world by default.</summary>
    public Territory Partner { get; init; } = Territory.World;

    /// <summary>
    /// The column of currency (unit) codes; null when the currency comes from a standard <c>CURRENCY</c> or
    /// <c>UNIT_MEASURE</c> column, from the measure (<see cref="Measures"/>) or from <see cref="Currency"/>. Every
    /// source of a currency a file has must agree on each row; a disagreement is an error.
    /// </summary>
    public string? CurrencyColumn { get; init; }

    /// <summary>The currency when no column or measure gives one; when a column does, it must agree with this.</summary>
    public Currency? Currency { get; init; }

    /// <summary>
    /// Codes of the currency and unit columns that are not ISO 4217 codes (such as <c>MIO_EUR</c>) and their
    /// currency. <c>XDC</c> (national currency) is never guessed from the reporter: the file must name the currency
    /// in another column, or this map must.
    /// </summary>
    public IReadOnlyDictionary<string, Currency> CurrencyCodes { get; init; } = ImmutableDictionary<string, Currency>.Empty;

    /// <summary>
    /// Territory codes of the data set that the library does not know by that code (such as Eurostat's <c>EL</c>
    /// for Greece) and the code to use. A code reached through this map may also name a provider group the reader
    /// knows even where the library has not registered it: <c>EU27_2020</c> and <c>EXTRA_EU27_2020</c>.
    /// </summary>
    public IReadOnlyDictionary<string, string> TerritoryCodes { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>
    /// Whether purely numeric territory codes are read as UN M49 codes; true by default. False for providers whose
    /// numeric codes are their own (the IMF's 112 is the United Kingdom, M49's 112 is Belarus): such a code is then
    /// an error unless <see cref="TerritoryCodes"/> maps it.
    /// </summary>
    public bool NumericTerritoryCodesAreM49 { get; init; } = true;

    /// <summary>The power of ten values are multiplied by when the file has no UNIT_MULT column (or it is empty): 6 for millions.</summary>
    public int UnitMultiplier { get; init; }

    /// <summary>The column of commodity codes, if the data set has a commodity dimension; <see cref="AllCommodityCodes"/> mean all goods.</summary>
    public string? CommodityColumn { get; init; }

    /// <summary>
    /// The classification of the commodity codes; null to accept HS codes of 2, 4 or 6 digits only. Set
    /// <see cref="CommodityClassification.CombinedNomenclature"/> for Comext's CN8 products, an SITC revision for
    /// SITC data sets. A code of a length the classification does not have is an error.
    /// </summary>
    public CommodityClassification? CommodityClassification { get; init; }

    /// <summary>Codes of the commodity column that mean all goods.</summary>
    public ImmutableArray<string> AllCommodityCodes { get; init; } = ["TOTAL", "_T"];

    /// <summary>
    /// The column that says what OBS_VALUE measures (Comext's <c>indicators</c>: value in euros, quantity in
    /// 100 kg, supplementary quantity); null when every row is a value. Each code must be in <see cref="Measures"/>.
    /// </summary>
    public string? MeasureColumn { get; init; }

    /// <summary>What each code of <see cref="MeasureColumn"/> measures; an unlisted code is an error.</summary>
    public IReadOnlyDictionary<string, SdmxMeasure> Measures { get; init; } = ImmutableDictionary<string, SdmxMeasure>.Empty;

    /// <summary>
    /// Columns to ignore: dimensions fixed for the whole file and attributes the library does not hold. Never list
    /// a column whose codes change the meaning of the value (unit, currency, multiplier, measure, classification).
    /// </summary>
    public ImmutableArray<string> IgnoredColumns { get; init; } = [];

    /// <summary>
    /// OBS_STATUS or OBS_FLAG codes and their status, taking precedence over the built-in ones (SDMX CL_OBS_STATUS
    /// in OBS_STATUS, Eurostat's flags in OBS_FLAG; see <see cref="SdmxCsvReader"/>).
    /// </summary>
    public IReadOnlyDictionary<string, ObservationStatus> StatusCodes { get; init; } = ImmutableDictionary<string, ObservationStatus>.Empty;

    /// <summary>
    /// Eurostat Comext (DS-045409 and the other DS- data sets in SDMX-CSV with codes):
    /// <c>DATAFLOW,LAST UPDATE,freq,reporter,partner,product,flow,indicators,TIME_PERIOD,OBS_VALUE[,OBS_FLAG]</c>.
    /// Flows 1 imports and 2 exports; partner <c>WORLD</c>, <c>EU27_2020</c>, <c>EXTRA_EU27_2020</c> or a country;
    /// Greece <c>EL</c> or <c>GR</c>, the United Kingdom <c>UK</c> or <c>GB</c>; products CN codes (CN8) or
    /// <c>TOTAL</c>; indicators <c>VALUE_IN_EUROS</c> (the observation, in EUR), <c>QUANTITY_IN_100KG</c> (its
    /// net weight, unit <c>100 kg</c>) and <c>SUPPLEMENTARY_QUANTITY</c> (its alternative quantity, in the CN code's
    /// supplementary unit, which the file does not name). LAST UPDATE is ignored.
    /// </summary>
    public static SdmxCsvMapping EurostatComext { get; } = new("reporter", "flow", new Dictionary<string, TradeFlow>(StringComparer.Ordinal)
    {
        ["1"] = TradeFlow.Imports,
        ["2"] = TradeFlow.Exports,
    }.ToImmutableDictionary())
    {
        PartnerColumn = "partner",
        CommodityColumn = "product",
        CommodityClassification = CommodityClassification.CombinedNomenclature,
        MeasureColumn = "indicators",
        Measures = new Dictionary<string, SdmxMeasure>(StringComparer.Ordinal)
        {
            ["VALUE_IN_EUROS"] = SdmxMeasure.ValueIn(TradeStats.Currency.FromCode("EUR")),
            ["QUANTITY_IN_100KG"] = SdmxMeasure.NetWeightIn("100 kg"),
            ["SUPPLEMENTARY_QUANTITY"] = SdmxMeasure.AlternativeQuantityIn("supplementary unit"),
        }.ToImmutableDictionary(),
        TerritoryCodes = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["WORLD"] = "WLD",
            ["EL"] = "GR",
            ["UK"] = "GB",
            ["EU27_2020"] = "EU27_2020",
            ["EXTRA_EU27_2020"] = "EXTRA_EU27_2020",
        }.ToImmutableDictionary(),
        IgnoredColumns = ["LAST UPDATE"],
    };

    /// <summary>
    /// The IMF's trade by partner country: Direction of Trade Statistics (DOTS: <c>REF_AREA</c>,
    /// <c>COUNTERPART_AREA</c>, <c>INDICATOR</c>) and International Merchandise Trade Statistics (IMTS:
    /// <c>COUNTRY</c>, <c>COUNTERPART_COUNTRY</c>, <c>INDICATOR</c>); see <see cref="ImfDirectionOfTrade"/> for
    /// the IMTS columns. Indicators <c>TXG_FOB_USD</c> exports FOB, <c>TMG_CIF_USD</c> imports CIF and
    /// <c>TBG_USD</c> balance, all in US dollars; <c>TMG_FOB_USD</c> (imports valued FOB, a second valuation of the
    /// same imports) is not mapped and so is an error rather than a duplicate. World <c>W00</c> or <c>G001</c>.
    /// The IMF's numeric country codes are not M49 and are refused. UNIT_MULT, when present, scales values
    /// (DOTS: 6, millions); FREQ, SCALE and TIME_FORMAT are ignored.
    /// </summary>
    public static SdmxCsvMapping ImfDirectionOfTrade { get; } = new("REF_AREA", "INDICATOR", ImfFlows())
    {
        PartnerColumn = "COUNTERPART_AREA",
        Currency = TradeStats.Currency.USD,
        TerritoryCodes = new Dictionary<string, string>(StringComparer.Ordinal) { ["W00"] = "WLD", ["G001"] = "WLD" }.ToImmutableDictionary(),
        NumericTerritoryCodesAreM49 = false,
        IgnoredColumns = ["FREQ", "FREQUENCY", "TIME_FORMAT", "SCALE"],
    };

    /// <summary>The IMF's IMTS data set: <see cref="ImfDirectionOfTrade"/> with the columns <c>COUNTRY</c> and <c>COUNTERPART_COUNTRY</c>.</summary>
    public static SdmxCsvMapping ImfImts { get; } = ImfDirectionOfTrade with { ReporterColumn = "COUNTRY", PartnerColumn = "COUNTERPART_COUNTRY" };

    /// <summary>The ready-made mappings by the names the JSON file's <c>base</c> and the sample CLI use.</summary>
    public static IReadOnlyDictionary<string, SdmxCsvMapping> ReadyMade { get; } = new Dictionary<string, SdmxCsvMapping>(StringComparer.OrdinalIgnoreCase)
    {
        ["eurostat-comext"] = EurostatComext,
        ["imf-dots"] = ImfDirectionOfTrade,
        ["imf-imts"] = ImfImts,
    }.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads a mapping from a JSON file (schema: <see cref="SdmxCsvMappingJson"/>).</summary>
    /// <param name="path">Path of a JSON mapping file.</param>
    /// <returns>A new mapping read from the file.</returns>
    /// <exception cref="TradeDataFormatException">The file is not a valid mapping; the message names the property and value.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static SdmxCsvMapping Load(string path)
    {
        Guard.Against.NullOrEmpty(path);
        return SdmxCsvMappingJson.Parse(File.ReadAllText(path), Path.GetFileName(path));
    }

    /// <summary>Writes this mapping as JSON that <see cref="Load"/> reads back to an equivalent mapping.</summary>
    /// <returns>Indented JSON in the <see cref="SdmxCsvMappingJson"/> schema.</returns>
    public string ToJson() => SdmxCsvMappingJson.Write(this);

    private static ImmutableDictionary<string, TradeFlow> ImfFlows() => new Dictionary<string, TradeFlow>(StringComparer.Ordinal)
    {
        ["TXG_FOB_USD"] = TradeFlow.Exports,
        ["TMG_CIF_USD"] = TradeFlow.Imports,
        ["TBG_USD"] = TradeFlow.Balance,
    }.ToImmutableDictionary();
}

/// <summary>What OBS_VALUE holds on the rows of one code of <see cref="SdmxCsvMapping.MeasureColumn"/>.</summary>
public enum SdmxMeasureKind
{
    /// <summary>The value in money: these rows become observations.</summary>
    Value = 0,

    /// <summary>The net weight of the value row of the same key (<see cref="TradeObservation.NetWeight"/>).</summary>
    NetWeight = 1,

    /// <summary>A quantity in the commodity's unit (<see cref="TradeObservation.Quantity"/>).</summary>
    Quantity = 2,

    /// <summary>A second quantity, such as Eurostat's supplementary quantity (<see cref="TradeObservation.AlternativeQuantity"/>).</summary>
    AlternativeQuantity = 3,
}

/// <summary>What one measure code holds: a value in a currency, or a quantity in a unit.</summary>
/// <param name="Kind">Value, net weight or another quantity.</param>
/// <param name="Currency">For a value: its currency, or null when a column gives it.</param>
/// <param name="Unit">For a quantity: its unit, such as <c>100 kg</c>.</param>
public sealed record SdmxMeasure(SdmxMeasureKind Kind, Currency? Currency = null, string? Unit = null)
{
    /// <summary>A value in money.</summary>
    /// <param name="currency">Its currency, or null when a currency column gives it.</param>
    /// <returns>A value measure; its rows become observations.</returns>
    public static SdmxMeasure ValueIn(Currency? currency) => new(SdmxMeasureKind.Value, currency);

    /// <summary>The net weight of the value of the same key.</summary>
    /// <param name="unit">The unit, such as <c>kg</c> or <c>100 kg</c>.</param>
    /// <returns>A net-weight measure; its rows set <see cref="TradeObservation.NetWeight"/> of the value row with the same key.</returns>
    public static SdmxMeasure NetWeightIn(string unit) => new(SdmxMeasureKind.NetWeight, null, unit);

    /// <summary>A second quantity of the value of the same key.</summary>
    /// <param name="unit">The unit the rows' values are in, such as <c>100 kg</c>.</param>
    /// <returns>An alternative-quantity measure; its rows set <see cref="TradeObservation.AlternativeQuantity"/> of the value row with the same key.</returns>
    public static SdmxMeasure AlternativeQuantityIn(string unit) => new(SdmxMeasureKind.AlternativeQuantity, null, unit);
}
