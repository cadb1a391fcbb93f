namespace TradeStats;

/// <summary>The customs regime (trade mode) of a value. An absent regime (null) means "all regimes".</summary>
public enum CustomsRegime
{
    /// <summary>The regime is not known; distinct from "all regimes".</summary>
    Unknown = 0,

    /// <summary>General trade.</summary>
    GeneralTrade = 1,

    /// <summary>Processing trade (with imported materials or for assembly).</summary>
    ProcessingTrade = 2,

    /// <summary>Border small-scale trade.</summary>
    BorderSmallScaleTrade = 3,

    /// <summary>Cross-border e-commerce.</summary>
    CrossBorderECommerce = 4,

    /// <summary>Bonded logistics.</summary>
    BondedLogistics = 5,

    /// <summary>Any other regime.</summary>
    Other = 6,
}

/// <summary>The type of enterprise behind a value. An absent type (null) means "all enterprises".</summary>
public enum EnterpriseType
{
    /// <summary>The type is not known; distinct from "all enterprises".</summary>
    Unknown = 0,

    /// <summary>State-owned enterprises.</summary>
    StateOwned = 1,

    /// <summary>Private enterprises.</summary>
    Private = 2,

    /// <summary>Foreign-invested enterprises.</summary>
    ForeignInvested = 3,

    /// <summary>Any other type.</summary>
    Other = 4,
}

/// <summary>The mode of transport of a value. An absent mode (null) means "all modes".</summary>
public enum TransportMode
{
    /// <summary>The mode is not known; distinct from "all modes".</summary>
    Unknown = 0,

    /// <summary>Air freight.</summary>
    Air = 1,

    /// <summary>Sea freight.</summary>
    Sea = 2,

    /// <summary>Rail freight.</summary>
    Rail = 3,

    /// <summary>Road freight.</summary>
    Road = 4,

    /// <summary>Any other mode (pipelines, post, own propulsion...).</summary>
    Other = 5,
}

/// <summary>How final, and how obtained, a published value is.</summary>
/// <remarks>
/// The members follow the SDMX cross-domain code list of observation status (CL_OBS_STATUS), plus
/// <see cref="Computed"/> for totals a publisher derives from reported detail. How each provider's flags map to these
/// is written down in the README ("Status").
/// </remarks>
public enum ObservationStatus
{
    /// <summary>Final (normal) data: SDMX <c>A</c>.</summary>
    Final = 0,

    /// <summary>Preliminary data, subject to revision: SDMX <c>P</c> (provisional), Eurostat <c>p</c>.</summary>
    Preliminary = 1,

    /// <summary>An estimate ("an estimated 8.47 billion yuan"): SDMX <c>E</c>, Eurostat <c>e</c> and <c>s</c>; a UN Comtrade value not reported by the country.</summary>
    Estimated = 2,

    /// <summary>A revision of an earlier published value: Eurostat <c>r</c>.</summary>
    Revised = 3,

    /// <summary>
    /// Not reported as such but computed by the publisher from reported detail, such as a UN Comtrade total over
    /// partners or commodities (<c>isReported=false</c>, <c>isAggregate=true</c>). Not an estimate: the parts were reported.
    /// </summary>
    Computed = 4,

    /// <summary>A forecast: SDMX <c>F</c>, Eurostat <c>f</c>.</summary>
    Forecast = 5,

    /// <summary>Imputed by the compiler for a missing value: SDMX <c>I</c>.</summary>
    Imputed = 6,

    /// <summary>The first value after a break in the series (method or coverage changed): SDMX <c>B</c>, Eurostat <c>b</c>.</summary>
    BreakInSeries = 7,

    /// <summary>The definition differs from the data set's (see the publisher's metadata): SDMX <c>D</c>, Eurostat <c>d</c>.</summary>
    DefinitionDiffers = 8,

    /// <summary>Of low reliability: SDMX <c>U</c>, Eurostat <c>u</c>.</summary>
    LowReliability = 9,

    /// <summary>Not yet validated by the compiler: SDMX <c>V</c>.</summary>
    Unvalidated = 10,

    /// <summary>Experimental statistics: SDMX <c>G</c>.</summary>
    Experimental = 11,

    /// <summary>Not significant (nil or negligible rather than a measured value): SDMX <c>N</c>, Eurostat <c>n</c>.</summary>
    NotSignificant = 12,
}
