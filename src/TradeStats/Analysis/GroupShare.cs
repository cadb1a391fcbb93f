namespace TradeStats.Analysis;

/// <summary>One group's value of a flow and its share of the whole.</summary>
/// <param name="Key">The group's key; null for the "others" row of <see cref="TradeGrouping.Top"/>.</param>
/// <param name="Value">The group's value; null when the group has none for the flow.</param>
/// <param name="Share">The group's value over the grand total's for the flow; undefined when either is missing or the grand total is zero.</param>
public sealed record GroupShare(GroupKey? Key, Money? Value, Ratio Share);
