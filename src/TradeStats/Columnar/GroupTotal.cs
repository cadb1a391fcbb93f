namespace TradeStats.Columnar;

/// <summary>
/// One group of a columnar aggregation as a plain record. A null dimension was not grouped by: the value is the
/// sum over it (all reporters, all partners, all periods, all flows or all goods of the input).
/// </summary>
/// <param name="Reporter">The reporter, or null when summed over.</param>
/// <param name="Partner">The partner, or null when summed over.</param>
/// <param name="Period">The period, or null when summed over.</param>
/// <param name="Flow">The flow, or null when summed over.</param>
/// <param name="Commodity">The commodity, or null when summed over or when the rows cover all goods.</param>
/// <param name="Value">The exact sum.</param>
/// <param name="RowCount">How many input rows the group sums.</param>
public sealed record GroupTotal(Territory? Reporter, Territory? Partner, Period? Period, TradeFlow? Flow, Commodity? Commodity, Money Value, int RowCount);

/// <summary>The year-on-year growth of one group: its value against the value of the same series one year earlier.</summary>
/// <param name="Current">The group in the later period.</param>
/// <param name="Base">The same series in the period one year earlier.</param>
/// <param name="Growth">(current - base) / base as a fraction (0.154 for +15.4%); null when undefined (see <see cref="UndefinedReason"/>).</param>
/// <param name="UndefinedReason">Why the growth is undefined (a zero base, a balance that is not positive in the base year), or null.</param>
public sealed record GroupGrowth(GroupTotal Current, GroupTotal Base, decimal? Growth, string? UndefinedReason);

/// <summary>The share of one group in the total of the groups that differ from it only in the dimensions the share is taken across.</summary>
/// <param name="Group">The group.</param>
/// <param name="Whole">The total it is a share of (the dimensions taken across are null in it).</param>
/// <param name="Share">Group / whole as a fraction; null when the whole is zero.</param>
public sealed record GroupTotalShare(GroupTotal Group, GroupTotal Whole, decimal? Share);
