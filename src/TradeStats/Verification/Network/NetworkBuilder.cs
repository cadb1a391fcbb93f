namespace TradeStats.Verification.Network;

/// <summary>
/// One kind of relation among the network's variables. Adding a kind is one small class: it finds the variables the
/// relation links (creating implied ones when it must) and adds its constraints, each an expression that evaluates
/// and prints itself.
/// </summary>
internal interface IRelationKind
{
    void Build(NetworkBuilder builder);
}

/// <summary>Builds the constraint network of a statement set: published figures first, then each relation kind in turn.</summary>
internal sealed class NetworkBuilder
{
    /// <summary>The relation kinds, in the order they run: later kinds see the variables earlier ones created.</summary>
    private static readonly IRelationKind[] Kinds =
    [
        new PublishedFigures(),
        new GrowthRelation(),
        new ShareRelation(),
        new YearToDateRelation(),
        new IdentityRelation(),
        new CurrencyRelation(),
        new PartOfRelation(),
        new DeclaredRelation(),
    ];

    private NetworkBuilder(StatementSet set, VerifierOptions options)
    {
        Set = set;
        Options = options;
        Network = new ConstraintNetwork([.. set]);
    }

    public StatementSet Set { get; }

    public VerifierOptions Options { get; }

    public ConstraintNetwork Network { get; }

    /// <summary>Rate variables whose domain is a point from a rate table, which another rate within the tolerance may explain.</summary>
    public List<int> TableRates { get; } = [];

    public static NetworkBuilder Build(StatementSet set, VerifierOptions options)
    {
        var builder = new NetworkBuilder(set, options);
        foreach (var kind in Kinds)
        {
            kind.Build(builder);
        }

        return builder;
    }

    /// <summary>The unit key and unit name of each level a statement publishes (money by currency, counts by what is counted).</summary>
    public static IEnumerable<(string Key, string Unit)> UnitsOf(Statement s)
    {
        if (s.Value is { } v)
        {
            yield return (v.Currency.Code, v.Currency.Code);
        }

        if (s.Count is not null && s.CountUnit is { } unit)
        {
            yield return (CountKey(unit), unit.Trim());
        }
    }

    public static string CountKey(string unit) => "#" + unit.Trim().ToUpperInvariant();

    /// <summary>The units in which the network already has a level for any of the subjects.</summary>
    public IEnumerable<(string Key, string Unit)> UnitsKnownFor(params StatementSubject[] subjects) =>
        Network.Levels.Where(v => subjects.Contains(v.Subject)).Select(v => (v.UnitKey, v.Unit)).Distinct();
}
