namespace TradeStats.Verification.Network;

/// <summary>part = share x whole: a stated share links a part with its whole, which it creates when nobody published it.</summary>
internal sealed class ShareRelation : IRelationKind
{
    public void Build(NetworkBuilder builder)
    {
        var network = builder.Network;
        for (var i = 0; i < network.Statements.Count; i++)
        {
            var s = network.Statements[i];
            if (s.Share is not { } share || s.ShareOf is not { } whole)
            {
                continue;
            }

            var units = builder.UnitsKnownFor(s.Subject, whole).ToList();
            if (units.Count == 0)
            {
                continue;
            }

            var fraction = network.Parameter($"share ({s.Id})", new DecimalInterval(0m, 1m), DisplayUnit.Percent);
            network.AddFact(new Fact(fraction, i, "share", share));
            foreach (var (key, unit) in units)
            {
                var part = network.Level(s.Subject, key, unit);
                var all = network.Level(whole, key, unit);
                network.AddConstraint(new Constraint(
                    $"the share stated by {s.Id} links {s.Subject} with {whole}",
                    FindingKind.Share,
                    new VariableExpr(part),
                    Comparison.Equal,
                    new ProductExpr(new VariableExpr(fraction), new VariableExpr(all)),
                    i));
            }
        }
    }
}
