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

/// <summary>How final a published value is.</summary>
public enum ObservationStatus
{
    /// <summary>Final data.</summary>
    Final = 0,

    /// <summary>Preliminary data, subject to revision.</summary>
    Preliminary = 1,

    /// <summary>An estimate ("an estimated 8.47 billion yuan").</summary>
    Estimated = 2,

    /// <summary>A revision of an earlier published value.</summary>
    Revised = 3,
}
