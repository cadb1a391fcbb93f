namespace TradeStats.Verification.Network;

/// <summary>
/// A longer span = a shorter span with the same start + the months after it: January-November and the full year
/// imply December, January-June and January-September imply the third quarter.
/// </summary>
internal sealed class YearToDateRelation : IRelationKind
{
    public void Build(NetworkBuilder builder)
    {
        var network = builder.Network;
        var groups = network.Levels
            .GroupBy(v => (Subject: v.Subject!.WithPeriod(Period.Year(2000)), v.UnitKey, Start: (v.Subject.Period.StartYear * 12) + v.Subject.Period.StartMonth - 1))
            .Where(g => g.Skip(1).Any())
            .ToList();
        foreach (var group in groups)
        {
            var spans = group.OrderBy(v => v.Subject!.Period.LengthInMonths).ToList();
            for (var i = 0; i < spans.Count; i++)
            {
                for (var j = i + 1; j < spans.Count; j++)
                {
                    var shorter = spans[i];
                    var longer = spans[j];
                    var extra = longer.Subject!.Period.LengthInMonths - shorter.Subject!.Period.LengthInMonths;
                    if (extra <= 0)
                    {
                        continue;
                    }

                    var start = group.Key.Start + shorter.Subject.Period.LengthInMonths;
                    var rest = Period.FromMonths(start / 12, (start % 12) + 1, extra);
                    var restVariable = network.Level(shorter.Subject.WithPeriod(rest), shorter.UnitKey, shorter.Unit);
                    network.AddConstraint(new Constraint(
                        $"{longer.Subject.Period} = {shorter.Subject.Period} + {rest}",
                        FindingKind.Partition,
                        new VariableExpr(longer.Index),
                        Comparison.Equal,
                        new SumExpr([new VariableExpr(shorter.Index), new VariableExpr(restVariable)])));
                }
            }
        }
    }
}
