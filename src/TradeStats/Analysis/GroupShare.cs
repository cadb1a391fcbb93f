namespace TradeStats.Analysis;

/// <summary>One group's value of a flow and its share of a whole (the grand total, or the groups it is compared within).</summary>
/// <param name="Key">The group's key.</param>
/// <param name="Value">The group's value; null when the group has none for the flow.</param>
/// <param name="Share">The group's value over the whole; undefined when either is missing or the whole is zero.</param>
public sealed record GroupShare(GroupKey Key, Money? Value, Ratio Share);
