namespace TradeStats.Analysis;

/// <summary>What the groups left out of a <see cref="GroupRanking"/> add up to.</summary>
/// <param name="GroupCount">How many groups were left out, at least one.</param>
/// <param name="Value">Their summed value of the ranked flow.</param>
/// <param name="Share">That sum over the grand total of the flow.</param>
public sealed record OthersShare(int GroupCount, Money Value, Ratio Share);
