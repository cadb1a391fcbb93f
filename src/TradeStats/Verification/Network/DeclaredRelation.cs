namespace TradeStats.Verification.Network;

/// <summary>The partitions (sum of the parts = whole) and part-of relations declared on the <see cref="StatementSet"/>.</summary>
internal sealed class DeclaredRelation : IRelationKind
{
    public void Build(NetworkBuilder builder)
    {
        var network = builder.Network;
        foreach (var relation in builder.Set.Relations)
        {
            var whole = builder.Set[relation.WholeId];
            foreach (var (key, _) in NetworkBuilder.UnitsOf(whole))
            {
                var w = network.FindLevel(whole.Subject, key);
                var parts = relation.PartIds.Select(id => network.FindLevel(builder.Set[id].Subject, key)).ToList();
                if (w is not { } wholeVariable || parts.Any(p => p is null))
                {
                    continue;
                }

                var terms = parts.Select(p => (Expr)new VariableExpr(p!.Value)).ToList();
                network.AddConstraint(relation.Kind == StatementRelationKind.Partition
                    ? new Constraint($"the parts {string.Join(", ", relation.PartIds)} make up {relation.WholeId}", FindingKind.Partition, new SumExpr(terms), Comparison.Equal, new VariableExpr(wholeVariable))
                    : new Constraint($"{relation.PartIds[0]} within {relation.WholeId}", FindingKind.PartOfWhole, terms[0], Comparison.AtMost, new VariableExpr(wholeVariable)));
            }
        }
    }
}
