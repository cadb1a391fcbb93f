namespace TradeStats.Verification.Network;

/// <summary>
/// level = base x (1 + growth): a stated growth rate, or a direction word read as a bound on it ("rose" is growth
/// above zero), links a level with the same subject a year earlier, which it creates when nobody published it.
/// </summary>
internal sealed class GrowthRelation : IRelationKind
{
    public void Build(NetworkBuilder builder)
    {
        var network = builder.Network;
        for (var i = 0; i < network.Statements.Count; i++)
        {
            var s = network.Statements[i];
            if (s.Growth is not { } g || s.Subject.Flow == TradeFlow.Balance)
            {
                // The growth of a balance is undefined when its sign may change.
                continue;
            }

            var baseSubject = s.Subject.WithPeriod(s.Subject.Period.YearEarlier());

            // A rate stated with a level applies to that level's unit (growth in dollars differs from growth in
            // yuan); a rate stated alone applies to the units the subject is published in.
            var units = NetworkBuilder.UnitsOf(s).ToList();
            if (units.Count == 0)
            {
                units = [.. builder.UnitsKnownFor(s.Subject, baseSubject)];
            }

            if (units.Count == 0)
            {
                continue;
            }

            var growth = network.Parameter($"growth ({s.Id})", new DecimalInterval(-1m, decimal.MaxValue), DisplayUnit.Percent);
            network.AddFact(new Fact(growth, i, "growth", g));
            foreach (var (key, unit) in units)
            {
                var level = network.Level(s.Subject, key, unit);
                var before = network.Level(baseSubject, key, unit);
                network.AddConstraint(new Constraint(
                    $"the growth stated by {s.Id} links {s.Subject.Period} with {baseSubject.Period}",
                    FindingKind.Growth,
                    new VariableExpr(level),
                    Comparison.Equal,
                    new ProductExpr(new VariableExpr(before), new SumExpr([new ConstantExpr(DecimalInterval.Point(1m)), new VariableExpr(growth)])),
                    i));
            }
        }
    }
}
