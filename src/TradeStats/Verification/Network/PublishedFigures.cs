namespace TradeStats.Verification.Network;

/// <summary>Each published level (value, count, equivalent in another currency) restricts the variable of its subject and unit.</summary>
internal sealed class PublishedFigures : IRelationKind
{
    public void Build(NetworkBuilder builder)
    {
        var network = builder.Network;
        for (var i = 0; i < network.Statements.Count; i++)
        {
            var s = network.Statements[i];
            if (s.Value is { } v)
            {
                network.AddFact(new Fact(network.Level(s.Subject, v.Currency.Code, v.Currency.Code), i, "value", v.Number));
            }

            if (s.Count is { } c && s.CountUnit is { } unit)
            {
                network.AddFact(new Fact(network.Level(s.Subject, NetworkBuilder.CountKey(unit), unit.Trim()), i, "count", c));
            }

            if (s.Equivalent is { } e)
            {
                network.AddFact(new Fact(network.Level(s.Subject, e.Currency.Code, e.Currency.Code), i, "equivalent", e.Number));
            }
        }
    }
}
