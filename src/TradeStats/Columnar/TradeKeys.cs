namespace TradeStats.Columnar;

/// <summary>The dimensions a columnar aggregation groups by; dimensions left out are summed over.</summary>
[Flags]
public enum TradeKeys
{
    /// <summary>No dimension: one grand total.</summary>
    None = 0,

    /// <summary>The reporting territory: one group per reporter.</summary>
    Reporter = 1,

    /// <summary>The partner territory (a country, subdivision, group or the world): one group per partner.</summary>
    Partner = 2,

    /// <summary>The period (optionally rolled up to quarters, halves or years).</summary>
    Period = 4,

    /// <summary>The flow as stored (exports, imports, and any total, balance or re-export rows): one group per flow.</summary>
    Flow = 8,

    /// <summary>The commodity (optionally rolled up to a coarser HS level).</summary>
    Commodity = 16,

    /// <summary>Every dimension.</summary>
    All = Reporter | Partner | Period | Flow | Commodity,
}
