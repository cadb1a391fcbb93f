namespace TradeStats.Columnar;

/// <summary>
/// One group of a columnar aggregation as a plain record. A null reporter, partner, period or flow means that
/// dimension was not grouped by and the value is the sum over all of it. A null commodity means either that
/// commodities were not grouped by, or, when they were, that this group holds the rows recorded for all goods (no
/// commodity code): those rows stay a group of their own and are never merged into the coded groups, with or
/// without an HS roll-up.
/// </summary>
/// <param name="Reporter">The reporter, or null when reporters were summed over.</param>
/// <param name="Partner">The partner (a country, subdivision or group such as the world), or null when partners were summed over.</param>
/// <param name="Period">The period, rolled up to the requested kind (a year for monthly rows summed by year), or null when periods were summed over.</param>
/// <param name="Flow">The flow, or null when flows were summed over (the value then adds exports, imports and any other stored flows together).</param>
/// <param name="Commodity">The commodity, cut to the requested HS level after a roll-up (<c>8703</c> for rows coded <c>870321</c>); null when commodities were summed over, or for the group of rows that carry no commodity (all goods).</param>
/// <param name="Value">The exact, unrounded sum of the group's rows, in the totals' single currency (the target currency after a conversion).</param>
/// <param name="RowCount">How many stored rows (input observations) were added into <paramref name="Value"/>, at least 1 for a group; for the whole of a <see cref="GroupTotalShare"/>, the rows of all the groups it adds up.</param>
public sealed record GroupTotal(Territory? Reporter, Territory? Partner, Period? Period, TradeFlow? Flow, Commodity? Commodity, Money Value, int RowCount);

/// <summary>The year-on-year growth of one group: its value against the value of the same series one year earlier.</summary>
/// <param name="Current">The group in the later period.</param>
/// <param name="Base">The same series in the period one year earlier.</param>
/// <param name="Growth">(current - base) / base as a fraction (0.154 for +15.4%); null when undefined (see <see cref="UndefinedReason"/>).</param>
/// <param name="UndefinedReason">Why the growth is undefined (a zero base, a balance that is not positive in the base year), or null.</param>
public sealed record GroupGrowth(GroupTotal Current, GroupTotal Base, decimal? Growth, string? UndefinedReason);

/// <summary>The share of one group in the total of the groups that differ from it only in the dimensions the share is taken across.</summary>
/// <param name="Group">The group whose share this is, as in the totals.</param>
/// <param name="Whole">The total it is a share of (the dimensions taken across are null in it).</param>
/// <param name="Share">Group / whole as a fraction; null when the whole is zero.</param>
public sealed record GroupTotalShare(GroupTotal Group, GroupTotal Whole, decimal? Share);
