namespace TradeStats.Verification.Network;

/// <summary>
/// total = exports + imports and balance = exports - imports, for every subject and unit with at least two of the
/// four flows; the missing flows become variables. Re-exports are within exports, re-imports within imports.
/// </summary>
internal sealed class IdentityRelation : IRelationKind
{
    private static readonly TradeFlow[] Flows = [TradeFlow.Exports, TradeFlow.Imports, TradeFlow.Total, TradeFlow.Balance];

    public void Build(NetworkBuilder builder)
    {
        var network = builder.Network;
        var groups = network.Levels
            .Where(v => Flows.Contains(v.Subject!.Flow))
            .GroupBy(v => (Subject: v.Subject!.WithFlow(TradeFlow.Exports), v.UnitKey))
            .Where(g => g.Select(v => v.Subject!.Flow).Distinct().Count() >= 2)
            .Select(g => (g.Key.Subject, g.Key.UnitKey, g.First().Unit))
            .ToList();
        foreach (var (subject, key, unit) in groups)
        {
            var x = network.Level(subject, key, unit);
            var m = network.Level(subject.WithFlow(TradeFlow.Imports), key, unit);
            var t = network.Level(subject.WithFlow(TradeFlow.Total), key, unit);
            var b = network.Level(subject.WithFlow(TradeFlow.Balance), key, unit);
            var where = $"{subject.Reporter.Code}-{subject.Partner.Code} {subject.Period} in {unit}";
            network.AddConstraint(new Constraint($"total = exports + imports, {where}", FindingKind.Identity, new VariableExpr(t), Comparison.Equal, new SumExpr([new VariableExpr(x), new VariableExpr(m)])));
            network.AddConstraint(new Constraint($"balance = exports - imports, {where}", FindingKind.Identity, new VariableExpr(b), Comparison.Equal, new DifferenceExpr(new VariableExpr(x), new VariableExpr(m))));
        }

        foreach (var (part, whole) in new[] { (TradeFlow.ReExports, TradeFlow.Exports), (TradeFlow.ReImports, TradeFlow.Imports) })
        {
            foreach (var v in network.Levels.Where(v => v.Subject!.Flow == part).ToList())
            {
                if (network.FindLevel(v.Subject!.WithFlow(whole), v.UnitKey) is { } w)
                {
                    network.AddConstraint(new Constraint($"{ConstraintNetwork.FlowWord(part)} within {ConstraintNetwork.FlowWord(whole)}, {v.Subject}", FindingKind.PartOfWhole, new VariableExpr(v.Index), Comparison.AtMost, new VariableExpr(w)));
                }
            }
        }
    }
}
