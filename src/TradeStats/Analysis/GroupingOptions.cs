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
}
