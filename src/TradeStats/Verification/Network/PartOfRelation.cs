namespace TradeStats.Verification.Network;

/// <summary>
/// part &lt;= whole for every pair of levels in the same unit where one subject lies strictly within the other: a
/// partner within the world or a group it belongs to, a breakdown within "all", a subdivision within its country,
/// a month within a year-to-date span within the year.
/// </summary>
internal sealed class PartOfRelation : IRelationKind
{
    public void Build(NetworkBuilder builder)
    {
        var network = builder.Network;
        var groups = network.Levels
            .Where(v => v.Subject!.Flow != TradeFlow.Balance)
            .GroupBy(v => (v.UnitKey, v.Subject!.Flow))
            .ToList();
        foreach (var group in groups)
        {
            var levels = group.ToList();
            foreach (var part in levels)
            {
                foreach (var whole in levels)
                {
                    if (part.Index != whole.Index && part.Subject!.Period.IsWithin(whole.Subject!.Period) && part.Subject.IsStrictlyWithin(whole.Subject))
                    {
                        network.AddConstraint(new Constraint(
                            $"{part.Subject} within {whole.Subject}",
                            FindingKind.PartOfWhole,
                            new VariableExpr(part.Index),
                            Comparison.AtMost,
                            new VariableExpr(whole.Index)));
                    }
                }
            }
        }
    }
}
