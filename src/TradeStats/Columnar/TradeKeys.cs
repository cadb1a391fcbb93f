namespace TradeStats.Columnar;

/// <summary>The dimensions a columnar aggregation groups by; dimensions left out are summed over.</summary>
[Flags]
public enum TradeKeys
{
    /// <summary>No dimension: one grand total.</summary>
    None = 0,

    /// <summary>The reporter.</summary>
    Reporter = 1,

    /// <summary>The partner.</summary>
    Partner = 2,

    /// <summary>The period (optionally rolled up to quarters, halves or years).</summary>
    Period = 4,

    /// <summary>The flow.</summary>
    Flow = 8,

    /// <summary>The commodity (optionally rolled up to a coarser HS level).</summary>
    Commodity = 16,

    /// <summary>Every dimension.</summary>
    All = Reporter | Partner | Period | Flow | Commodity,
}
