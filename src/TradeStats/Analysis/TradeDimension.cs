namespace TradeStats.Analysis;

/// <summary>
/// The dimensions of a <see cref="TradeObservation"/> that series are filtered and grouped by. Combine them with
/// <c>|</c> to group by several at once. The flow is not a grouping dimension: every group carries its exports,
/// imports, total and balance side by side (see <see cref="FlowTotals"/>).
/// </summary>
[Flags]
public enum TradeDimension
{
    /// <summary>No dimension: one group holding everything.</summary>
    None = 0,

    /// <summary>The reporter (China, Xizang).</summary>
    Reporter = 1,

    /// <summary>The partner (a country, a group of countries, or the world).</summary>
    Partner = 2,

    /// <summary>The period (a month, quarter, year or range).</summary>
    Period = 4,

    /// <summary>The commodity (all goods, an HS code or a named product group).</summary>
    Commodity = 8,

    /// <summary>The customs regime (all regimes or one).</summary>
    CustomsRegime = 16,

    /// <summary>The enterprise type (all enterprises or one type).</summary>
    EnterpriseType = 32,

    /// <summary>The transport mode (all modes or one).</summary>
    TransportMode = 64,

    /// <summary>The status (final, preliminary, estimated, revised).</summary>
    Status = 128,

    /// <summary>The second partner (all second partners, or one country of consignment or destination).</summary>
    SecondPartner = 256,
}
