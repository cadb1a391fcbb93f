using System.Globalization;

namespace TradeStats.Verification.Network;

/// <summary>
/// An arithmetic expression over the network's variables. The same object evaluates itself on intervals, narrows
/// its operands to a target interval (the backward half of HC4 revision), and prints itself, so that the arithmetic
/// a finding shows is the arithmetic that was done.
/// </summary>
internal abstract class Expr
{
    /// <summary>Every value the expression can take when each variable lies in its domain; null when undefined (a divisor containing zero).</summary>
    public abstract DecimalInterval? Evaluate(IDomains domains);

    /// <summary>
    /// Narrows the variables below this node so that the expression can still reach <paramref name="target"/>.
    /// Returns false when some operand's domain becomes empty.
    /// </summary>
    public abstract bool Narrow(DecimalInterval target, IDomains domains, INarrowing narrowing);

    /// <summary>Writes the expression with each variable named by <paramref name="name"/>.</summary>
    public abstract string Print(Func<int, string> name);

    /// <summary>Adds the variables the expression reads.</summary>
    public abstract void CollectVariables(ICollection<int> into);

    /// <summary>Whether the expression is a single operand, so it needs no parentheses.</summary>
    public virtual bool IsAtom => false;

    protected static string Wrap(Expr e, Func<int, string> name) => e.IsAtom ? e.Print(name) : "(" + e.Print(name) + ")";

    /// <summary>Intersects a computed bound with an operand's current value and hands it down.</summary>
    protected static bool NarrowChild(Expr child, DecimalInterval? candidate, IDomains domains, INarrowing narrowing)
    {
        if (candidate is not { } c)
        {
            return true;
        }

        if (child.Evaluate(domains) is not { } current)
        {
            return child.Narrow(c, domains, narrowing);
        }

        return IntervalMath.Intersect(current, c) is { } target ? child.Narrow(target, domains, narrowing) : narrowing.Clash(current, c);
    }
}

/// <summary>The domains of the variables during one propagation.</summary>
internal interface IDomains
{
    DecimalInterval this[int variable] { get; }
}

/// <summary>Receives the narrowing of a variable; returns false when the domain became empty.</summary>
internal interface INarrowing
{
    bool Narrow(int variable, DecimalInterval target);

    /// <summary>Records that the two sides of the relation being revised cannot meet; returns false.</summary>
    bool Clash(DecimalInterval left, DecimalInterval right);
}

/// <summary>A variable of the network.</summary>
internal sealed class VariableExpr(int variable) : Expr
{
    public int Variable { get; } = variable;

    public override bool IsAtom => true;

    public override DecimalInterval? Evaluate(IDomains domains) => domains[Variable];

    public override bool Narrow(DecimalInterval target, IDomains domains, INarrowing narrowing) => narrowing.Narrow(Variable, target);

    public override string Print(Func<int, string> name) => name(Variable);

    public override void CollectVariables(ICollection<int> into) => into.Add(Variable);
}

/// <summary>A known number or interval, such as the 1 of 1 + growth or a reference rate.</summary>
internal sealed class ConstantExpr(DecimalInterval value, string? text = null) : Expr
{
    public DecimalInterval Value { get; } = value;

    public override bool IsAtom => true;

    public override DecimalInterval? Evaluate(IDomains domains) => Value;

    public override bool Narrow(DecimalInterval target, IDomains domains, INarrowing narrowing) => target.Overlaps(Value) || narrowing.Clash(target, Value);

    public override string Print(Func<int, string> name) =>
        text ?? (Value.Lower == Value.Upper ? Value.Lower.ToString(CultureInfo.InvariantCulture) : Display.Interval(Value, DisplayUnit.Plain));

    public override void CollectVariables(ICollection<int> into)
    {
    }
}

/// <summary>The sum of two or more terms.</summary>
internal sealed class SumExpr(IReadOnlyList<Expr> terms) : Expr
{
    public IReadOnlyList<Expr> Terms { get; } = terms;

    public override DecimalInterval? Evaluate(IDomains domains)
    {
        DecimalInterval? sum = null;
        foreach (var t in Terms)
        {
            if (t.Evaluate(domains) is not { } v)
            {
                return null;
            }

            sum = sum is { } s ? IntervalMath.Add(s, v) : v;
        }

        return sum;
    }

    public override bool Narrow(DecimalInterval target, IDomains domains, INarrowing narrowing)
    {
        for (var i = 0; i < Terms.Count; i++)
        {
            // Each term lies within the target less the other terms.
            DecimalInterval? rest = null;
            var defined = true;
            for (var j = 0; j < Terms.Count && defined; j++)
            {
                if (j == i)
                {
                    continue;
                }

                if (Terms[j].Evaluate(domains) is { } v)
                {
                    rest = rest is { } r ? IntervalMath.Add(r, v) : v;
                }
                else
                {
                    defined = false;
                }
            }

            if (defined && rest is { } others && !NarrowChild(Terms[i], IntervalMath.Subtract(target, others), domains, narrowing))
            {
                return false;
            }
        }

        return true;
    }

    public override string Print(Func<int, string> name) => string.Join(" + ", Terms.Select(t => t is SumExpr ? Wrap(t, name) : t.Print(name)));

    public override void CollectVariables(ICollection<int> into)
    {
        foreach (var t in Terms)
        {
            t.CollectVariables(into);
        }
    }
}

/// <summary>The difference of two terms.</summary>
internal sealed class DifferenceExpr(Expr left, Expr right) : Expr
{
    public override DecimalInterval? Evaluate(IDomains domains) =>
        left.Evaluate(domains) is { } a && right.Evaluate(domains) is { } b ? IntervalMath.Subtract(a, b) : null;

    public override bool Narrow(DecimalInterval target, IDomains domains, INarrowing narrowing)
    {
        if (right.Evaluate(domains) is { } b && !NarrowChild(left, IntervalMath.Add(target, b), domains, narrowing))
        {
            return false;
        }

        return left.Evaluate(domains) is not { } a || NarrowChild(right, IntervalMath.Subtract(a, target), domains, narrowing);
    }

    public override string Print(Func<int, string> name) => left.Print(name) + " - " + Wrap(right, name);

    public override void CollectVariables(ICollection<int> into)
    {
        left.CollectVariables(into);
        right.CollectVariables(into);
    }
}

/// <summary>The product of two factors.</summary>
internal sealed class ProductExpr(Expr left, Expr right, string sign = "x") : Expr
{
    public override DecimalInterval? Evaluate(IDomains domains) =>
        left.Evaluate(domains) is { } a && right.Evaluate(domains) is { } b ? IntervalMath.Multiply(a, b) : null;

    public override bool Narrow(DecimalInterval target, IDomains domains, INarrowing narrowing)
    {
        if (right.Evaluate(domains) is { } b && !NarrowChild(left, IntervalMath.Divide(target, b), domains, narrowing))
        {
            return false;
        }

        return left.Evaluate(domains) is not { } a || NarrowChild(right, IntervalMath.Divide(target, a), domains, narrowing);
    }

    public override string Print(Func<int, string> name) => Wrap(left, name) + " " + sign + " " + Wrap(right, name);

    public override void CollectVariables(ICollection<int> into)
    {
        left.CollectVariables(into);
        right.CollectVariables(into);
    }
}

/// <summary>The quotient of two terms; undefined while the divisor may be zero.</summary>
internal sealed class QuotientExpr(Expr dividend, Expr divisor) : Expr
{
    public override DecimalInterval? Evaluate(IDomains domains) =>
        dividend.Evaluate(domains) is { } a && divisor.Evaluate(domains) is { } b ? IntervalMath.Divide(a, b) : null;

    public override bool Narrow(DecimalInterval target, IDomains domains, INarrowing narrowing)
    {
        if (divisor.Evaluate(domains) is { } b && !NarrowChild(dividend, IntervalMath.Multiply(target, b), domains, narrowing))
        {
            return false;
        }

        return dividend.Evaluate(domains) is not { } a || NarrowChild(divisor, IntervalMath.Divide(a, target), domains, narrowing);
    }

    public override string Print(Func<int, string> name) => Wrap(dividend, name) + " / " + Wrap(divisor, name);

    public override void CollectVariables(ICollection<int> into)
    {
        dividend.CollectVariables(into);
        divisor.CollectVariables(into);
    }
}
