namespace TradeStats.Analysis;

/// <summary>How to group a <see cref="TradeSeries"/>: by which dimensions, and with which roll-ups.</summary>
/// <example>
/// <code>
/// // Quarters by HS chapter, partners folded into Central Asia 5 where they belong to it.
/// var options = new GroupingOptions(TradeDimension.Period | TradeDimension.Commodity | TradeDimension.Partner)
/// {
///     PeriodRollUp = PeriodKind.Quarter,
///     HsLevel = 2,
///     PartnerGroups = [Territory.CentralAsia5],
/// };
///
/// // Critical minerals folded into their groups; other codes kept as HS chapters.
/// var minerals = ProductHierarchy.Empty
///     .Define("Graphite", Commodity.Hs("2504"), Commodity.Hs("380110"))
///     .Define("Rare earths", Commodity.Hs("850511"), Commodity.Hs("284690"), Commodity.Hs("280530"));
/// var byGroup = new GroupingOptions(TradeDimension.Commodity)
/// {
///     ProductGroups = minerals.Partition(Commodity.Named("Graphite"), Commodity.Named("Rare earths")),
///     HsLevel = 2,
/// };
/// </code>
/// </example>
public sealed record GroupingOptions
{
    private readonly int? _hsLevel;
    private readonly PeriodKind? _periodRollUp;

    /// <summary>Groups by a combination of dimensions.</summary>
    /// <param name="dimensions">The dimensions, combined with <c>|</c>; <see cref="TradeDimension.None"/> for a single group.</param>
    public GroupingOptions(TradeDimension dimensions)
    {
        Dimensions = dimensions;
    }

    /// <summary>The dimensions grouped by.</summary>
    public TradeDimension Dimensions { get; init; }

    /// <summary>
    /// Rolls periods up to the enclosing month, quarter, half or year before grouping (months to quarters to years);
    /// null keeps each period as it is. An observation spanning more than one period of that kind is refused.
    /// </summary>
    /// <exception cref="ArgumentException">Set to <see cref="PeriodKind.Range"/>.</exception>
    public PeriodKind? PeriodRollUp
    {
        get => _periodRollUp;
        init => _periodRollUp = value is PeriodKind.Range || (value is { } k && !Enum.IsDefined(k))
            ? throw new ArgumentException("Periods roll up to Month, Quarter, Half or Year, not to a Range.", nameof(value))
            : value;
    }

    /// <summary>
    /// Rolls HS codes up to this level (2 or 4) before grouping (HS6 to HS4 to HS2); null keeps codes as they are.
    /// Codes already coarser than the level, named product groups and "all goods" are kept as they are. A code of
    /// another classification (SITC, BEC, CN, a national nomenclature) has no HS level: grouping it with this option
    /// throws <see cref="InvalidOperationException"/> naming the code, rather than passing it through unrolled.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to something other than 2, 4 or 6.</exception>
    public int? HsLevel
    {
        get => _hsLevel;
        init => _hsLevel = value is null or 2 or 4 or 6 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The HS level is 2, 4 or 6.");
    }

    /// <summary>
    /// Partner groups to fold single partners into: a partner that is a member of one of these groups throughout the
    /// observation's period is grouped under that group; a partner in none of them keeps its own code. A partner in
    /// two of them is refused as ambiguous.
    /// </summary>
    public IReadOnlyList<Territory>? PartnerGroups { get; init; }

    /// <summary>
    /// Disjoint product groups to fold commodities into, applied before <see cref="HsLevel"/>: a commodity that lies
    /// within one of the groups (as <see cref="ProductHierarchy.IsWithin"/> says: a code within one of its codes, or a
    /// named subgroup) is grouped under that group; a commodity in none keeps its own code, rolled up to
    /// <see cref="HsLevel"/> when that is set, and "all goods" stays "all goods". Since the groups are disjoint
    /// (<see cref="ProductHierarchy.Partition"/> refuses overlaps), each row lands in at most one group and the
    /// groups add up to the grand total. A code coarser than a group's codes (2504 when a group holds 250410) lies in
    /// none of them and keeps its code; with <see cref="HsLevel"/>, codes outside the groups that roll up to a heading
    /// holding a group's codes form the rest of that heading.
    /// </summary>
    /// <remarks>
    /// Rows labelled with a group and rows of the codes within it must not be in the same series: their sum counts the
    /// same trade twice, and the double-count guard, which does not know the hierarchy, cannot refuse it.
    /// </remarks>
    public ProductPartition? ProductGroups { get; init; }
}
