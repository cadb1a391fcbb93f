namespace TradeStats.Verification.Network;

/// <summary>What a variable stands for: a level that statements publish or imply, or a parameter of a relation.</summary>
internal enum VariableKind
{
    Level,
    Parameter,
}

/// <summary>A quantity of the network with the domain it has before any statement is applied.</summary>
internal sealed record Variable(int Index, VariableKind Kind, string Name, DecimalInterval Initial)
{
    public StatementSubject? Subject { get; init; }

    public string UnitKey { get; init; } = string.Empty;

    public string Unit { get; init; } = string.Empty;

    public DisplayUnit Shown { get; init; } = DisplayUnit.Amount;
}

/// <summary>A published figure: a statement says that a variable lies in an interval.</summary>
internal sealed record Fact(int Variable, int Statement, string Role, PublishedNumber Number)
{
    public DecimalInterval Interval => Number.Interval;
}

/// <summary>How the two sides of a constraint relate.</summary>
internal enum Comparison
{
    Equal,
    AtMost,
}

/// <summary>
/// A relation between expressions: <c>left = right</c> or <c>left &lt;= right</c>. It belongs to a statement
/// (a growth rate, a share) or to no statement (an accounting identity, a part within its whole), in which case it
/// always holds.
/// </summary>
internal sealed class Constraint
{
    public Constraint(string wording, FindingKind kind, Expr left, Comparison comparison, Expr right, int statement = -1)
    {
        Wording = wording;
        Kind = kind;
        Left = left;
        Comparison = comparison;
        Right = right;
        Statement = statement;
        var vars = new List<int>();
        left.CollectVariables(vars);
        right.CollectVariables(vars);
        Variables = [.. vars.Distinct()];
    }

    public string Wording { get; }

    public FindingKind Kind { get; }

    public Expr Left { get; }

    public Comparison Comparison { get; }

    public Expr Right { get; }

    /// <summary>The statement the relation comes from; -1 for a relation that always holds.</summary>
    public int Statement { get; }

    public int[] Variables { get; }

    public string Print(Func<int, string> name) => Left.Print(name) + (Comparison == Comparison.Equal ? " = " : " <= ") + Right.Print(name);

    /// <summary>Narrows both sides to what the relation allows; false when a domain becomes empty.</summary>
    public bool Revise(IDomains domains, INarrowing narrowing)
    {
        var left = Left.Evaluate(domains);
        var right = Right.Evaluate(domains);
        if (left is { } l && right is { } r)
        {
            if (Comparison == Comparison.Equal)
            {
                if (IntervalMath.Intersect(l, r) is not { } both)
                {
                    return narrowing.Clash(l, r);
                }

                return Left.Narrow(both, domains, narrowing) && Right.Narrow(both, domains, narrowing);
            }

            if (!l.Overlaps(IntervalMath.AtMost(r)))
            {
                return narrowing.Clash(l, r);
            }

            return Left.Narrow(IntervalMath.AtMost(r), domains, narrowing)
                && Right.Narrow(new DecimalInterval(l.Lower, decimal.MaxValue, l.LowerInclusive || l.IsLowerUnbounded, true), domains, narrowing);
        }

        if (Comparison == Comparison.Equal)
        {
            return (left is not { } onlyLeft || Right.Narrow(onlyLeft, domains, narrowing))
                && (right is not { } onlyRight || Left.Narrow(onlyRight, domains, narrowing));
        }

        return true;
    }
}
