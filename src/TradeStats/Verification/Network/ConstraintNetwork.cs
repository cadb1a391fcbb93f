namespace TradeStats.Verification.Network;

/// <summary>
/// Variables with interval domains, the published figures that restrict them, and the relations among them. Built
/// once by <see cref="NetworkBuilder"/>; each <see cref="Propagation"/> applies the figures of a chosen subset of
/// statements and narrows every domain to a fixed point.
/// </summary>
internal sealed class ConstraintNetwork
{
    private readonly List<Variable> _variables = [];
    private readonly List<Fact> _facts = [];
    private readonly List<Constraint> _constraints = [];
    private readonly List<List<int>> _constraintsOf = [];
    private readonly Dictionary<(StatementSubject Subject, string UnitKey), int> _levels = [];

    public ConstraintNetwork(IReadOnlyList<Statement> statements) => Statements = statements;

    public IReadOnlyList<Statement> Statements { get; }

    public IReadOnlyList<Variable> Variables => _variables;

    public IReadOnlyList<Fact> Facts => _facts;

    public IReadOnlyList<Constraint> Constraints => _constraints;

    public IReadOnlyList<int> ConstraintsOf(int variable) => _constraintsOf[variable];

    public IEnumerable<Variable> Levels => _variables.Where(v => v.Kind == VariableKind.Level);

    public int? FindLevel(StatementSubject subject, string unitKey) => _levels.TryGetValue((subject, unitKey), out var v) ? v : null;

    /// <summary>The level variable of a subject in a unit, created with a domain of [0, +inf) (any value for a balance).</summary>
    public int Level(StatementSubject subject, string unitKey, string unit)
    {
        if (_levels.TryGetValue((subject, unitKey), out var existing))
        {
            return existing;
        }

        var initial = subject.Flow == TradeFlow.Balance
            ? new DecimalInterval(decimal.MinValue, decimal.MaxValue)
            : new DecimalInterval(0m, decimal.MaxValue);
        var index = Add(new Variable(_variables.Count, VariableKind.Level, LevelName(subject, unit), initial)
        {
            Subject = subject,
            UnitKey = unitKey,
            Unit = unit,
        });
        _levels[(subject, unitKey)] = index;
        return index;
    }

    public int Parameter(string name, DecimalInterval initial, DisplayUnit shown) =>
        Add(new Variable(_variables.Count, VariableKind.Parameter, name, initial) { Shown = shown });

    public void AddFact(Fact fact) => _facts.Add(fact);

    public void AddConstraint(Constraint constraint)
    {
        var index = _constraints.Count;
        _constraints.Add(constraint);
        foreach (var v in constraint.Variables)
        {
            _constraintsOf[v].Add(index);
        }
    }

    public static string LevelName(StatementSubject subject, string unit) =>
        FlowWord(subject.Flow) + " " + subject.WithFlow(TradeFlow.Total).ToString().Replace(" Total", string.Empty, StringComparison.Ordinal) + " in " + unit;

    public static string FlowWord(TradeFlow flow) => flow switch
    {
        TradeFlow.Exports => "exports",
        TradeFlow.Imports => "imports",
        TradeFlow.Total => "total",
        TradeFlow.Balance => "balance",
        TradeFlow.ReExports => "re-exports",
        TradeFlow.ReImports => "re-imports",
        _ => flow.ToString(),
    };

    private int Add(Variable variable)
    {
        _variables.Add(variable);
        _constraintsOf.Add([]);
        return variable.Index;
    }
}
