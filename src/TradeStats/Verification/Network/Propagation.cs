namespace TradeStats.Verification.Network;

/// <summary>Changes to the network tried when looking for an explanation: figures read otherwise, domains widened.</summary>
internal sealed record Relaxation(IReadOnlyDictionary<int, DecimalInterval> Facts, IReadOnlyDictionary<int, DecimalInterval> Initial)
{
    public static Relaxation None { get; } = new(new Dictionary<int, DecimalInterval>(), new Dictionary<int, DecimalInterval>());

    public Relaxation Merge(Relaxation other) =>
        new(
            Facts.Concat(other.Facts).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value),
            Initial.Concat(other.Initial).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value));
}

/// <summary>One narrowing of a variable, recorded when a chain of arithmetic is to be shown.</summary>
/// <param name="Variable">The variable narrowed.</param>
/// <param name="Domain">Its domain afterwards.</param>
/// <param name="Constraint">The relation that narrowed it; -1 for a published figure.</param>
/// <param name="Fact">The published figure that narrowed it; -1 for a relation.</param>
internal readonly record struct Step(int Variable, DecimalInterval Domain, int Constraint, int Fact);

/// <summary>
/// One run of constraint propagation over the enabled statements, to a fixed point (or the revision budget, which
/// only leaves domains wider). Every bound remembers the statements it follows from, so that an empty domain names
/// a set of statements that cannot all hold and an implied bound names the statements it comes from.
/// </summary>
internal sealed class Propagation : IDomains, INarrowing
{
    // A narrowing smaller than this fraction of the bound does not wake the variable's other relations: interval
    // propagation around a cycle can otherwise creep forever. Published figures carry three to five significant
    // digits, so a part in a million is far below any rounding that matters.
    private const decimal Significant = 0.000001m;

    private readonly ConstraintNetwork _network;
    private readonly DecimalInterval[] _domains;
    private readonly Reason[] _lower;
    private readonly Reason[] _upper;
    private readonly bool[] _queued;
    private readonly Queue<int> _queue = new();
    private readonly List<Step>? _trace;
    private int _current = -1;

    private Propagation(ConstraintNetwork network, bool trace)
    {
        _network = network;
        var n = network.Variables.Count;
        _domains = new DecimalInterval[n];
        _lower = new Reason[n];
        _upper = new Reason[n];
        _queued = new bool[network.Constraints.Count];
        _trace = trace ? [] : null;
    }

    public bool Consistent { get; private set; } = true;

    /// <summary>The statements behind the empty domain when <see cref="Consistent"/> is false.</summary>
    public Reason Conflict { get; private set; }

    /// <summary>The variable whose domain became empty; -1 when two sides of a relation could not meet.</summary>
    public int ClashVariable { get; private set; } = -1;

    /// <summary>The relation being revised when the domain became empty; -1 when two published figures clashed.</summary>
    public int ClashConstraint { get; private set; } = -1;

    public DecimalInterval ClashHave { get; private set; }

    public DecimalInterval ClashNeed { get; private set; }

    public IReadOnlyList<Step> Trace => _trace ?? [];

    public DecimalInterval this[int variable] => _domains[variable];

    public Reason LowerReason(int variable) => _lower[variable];

    public Reason UpperReason(int variable) => _upper[variable];

    /// <summary>Applies the figures of the enabled statements and propagates.</summary>
    /// <param name="network">The network.</param>
    /// <param name="enabled">Which statements hold, by index; null for all.</param>
    /// <param name="relaxation">Figures and domains read otherwise; null for none.</param>
    /// <param name="trace">Whether to record every narrowing.</param>
    public static Propagation Run(ConstraintNetwork network, IReadOnlySet<int>? enabled, Relaxation? relaxation = null, bool trace = false)
    {
        var p = new Propagation(network, trace);
        p.Execute(enabled, relaxation ?? Relaxation.None);
        return p;
    }

    public bool Narrow(int variable, DecimalInterval target)
    {
        var old = _domains[variable];
        if (IntervalMath.Intersect(old, target) is not { } next)
        {
            ClashVariable = variable;
            ClashHave = old;
            ClashNeed = target;
            return Fail(ReasonExcept(variable).Union(_lower[variable]).Union(_upper[variable]));
        }

        var lowerMoved = next.Lower > old.Lower || (next.Lower == old.Lower && old.LowerInclusive && !next.LowerInclusive);
        var upperMoved = next.Upper < old.Upper || (next.Upper == old.Upper && old.UpperInclusive && !next.UpperInclusive);
        if (!lowerMoved && !upperMoved)
        {
            return true;
        }

        var reason = ReasonExcept(variable);
        if (lowerMoved)
        {
            _lower[variable] = reason;
        }

        if (upperMoved)
        {
            _upper[variable] = reason;
        }

        _domains[variable] = next;
        _trace?.Add(new Step(variable, next, _current, -1));
        if ((lowerMoved && Moved(old.Lower, next.Lower)) || (upperMoved && Moved(old.Upper, next.Upper)))
        {
            Wake(variable);
        }

        return true;
    }

    public bool Clash(DecimalInterval left, DecimalInterval right)
    {
        ClashVariable = -1;
        ClashHave = left;
        ClashNeed = right;
        return Fail(ReasonExcept(-1));
    }

    private void Execute(IReadOnlySet<int>? enabled, Relaxation relaxation)
    {
        var variables = _network.Variables;
        for (var v = 0; v < variables.Count; v++)
        {
            _domains[v] = relaxation.Initial.TryGetValue(v, out var wide) ? wide : variables[v].Initial;
        }

        var facts = _network.Facts;
        for (var f = 0; f < facts.Count && Consistent; f++)
        {
            var fact = facts[f];
            if (enabled is not null && !enabled.Contains(fact.Statement))
            {
                continue;
            }

            var interval = relaxation.Facts.TryGetValue(f, out var read) ? read : fact.Interval;
            ApplyFact(f, fact.Variable, interval, fact.Statement);
        }

        var constraints = _network.Constraints;
        for (var c = 0; c < constraints.Count; c++)
        {
            var s = constraints[c].Statement;
            if (s >= 0 && (enabled is null || enabled.Contains(s)))
            {
                Enqueue(c);
            }
        }

        // Enough for any realistic network to settle; reaching it only leaves domains wider than they could be.
        var budget = (20 * constraints.Count) + 1000;
        while (Consistent && _queue.Count > 0 && budget-- > 0)
        {
            var c = _queue.Dequeue();
            _queued[c] = false;
            var constraint = constraints[c];
            if (constraint.Statement >= 0 && enabled is not null && !enabled.Contains(constraint.Statement))
            {
                continue;
            }

            _current = c;
            constraint.Revise(this, this);
            _current = -1;
        }
    }

    private void ApplyFact(int fact, int variable, DecimalInterval interval, int statement)
    {
        var old = _domains[variable];
        if (IntervalMath.Intersect(old, interval) is not { } next)
        {
            ClashVariable = variable;
            ClashHave = old;
            ClashNeed = interval;
            Fail(Reason.Of(statement).Union(_lower[variable]).Union(_upper[variable]));
            return;
        }

        if (next.Lower != old.Lower || next.LowerInclusive != old.LowerInclusive)
        {
            _lower[variable] = _lower[variable].With(statement);
        }

        if (next.Upper != old.Upper || next.UpperInclusive != old.UpperInclusive)
        {
            _upper[variable] = _upper[variable].With(statement);
        }

        if (next != old)
        {
            _domains[variable] = next;
            _trace?.Add(new Step(variable, next, -1, fact));
            Wake(variable);
        }
    }

    private bool Fail(Reason reason)
    {
        Consistent = false;
        Conflict = reason;
        ClashConstraint = _current;
        return false;
    }

    private Reason ReasonExcept(int variable)
    {
        if (_current < 0)
        {
            return Reason.Empty;
        }

        var constraint = _network.Constraints[_current];
        var reason = Reason.Of(constraint.Statement);
        foreach (var v in constraint.Variables)
        {
            if (v != variable)
            {
                reason = reason.Union(_lower[v]).Union(_upper[v]);
            }
        }

        return reason;
    }

    private void Wake(int variable)
    {
        foreach (var c in _network.ConstraintsOf(variable))
        {
            if (c != _current)
            {
                Enqueue(c);
            }
        }
    }

    private void Enqueue(int c)
    {
        if (!_queued[c])
        {
            _queued[c] = true;
            _queue.Enqueue(c);
        }
    }

    private static bool Moved(decimal before, decimal after)
    {
        if (before == decimal.MinValue || before == decimal.MaxValue)
        {
            return true;
        }

        var scale = Math.Max(Math.Abs(before), Math.Abs(after));
        // Halves keep the difference of two extreme bounds inside decimal's range.
        return Math.Abs((after / 2m) - (before / 2m)) > scale / 2m * Significant;
    }
}
