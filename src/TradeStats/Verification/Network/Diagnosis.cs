using System.Globalization;

namespace TradeStats.Verification.Network;

/// <summary>
/// Reads a constraint network: minimal sets of statements that cannot all hold (deletion-based minimisation of the
/// statements behind an empty domain, more sets through a hitting-set tree over the ones found), whether a named
/// cause explains each set, the chain of arithmetic behind it, and the bounds the remaining statements imply.
/// </summary>
internal sealed class Diagnosis
{
    private readonly ConstraintNetwork _network;
    private readonly NetworkBuilder _builder;
    private readonly VerifierOptions _options;
    private readonly IReadOnlyList<Finding> _direct;
    private readonly HashSet<int> _all;
    private readonly int _budget;
    private int _checks;
    private Propagation? _full;

    private Diagnosis(NetworkBuilder builder, IReadOnlyList<Finding> direct)
    {
        _builder = builder;
        _network = builder.Network;
        _options = builder.Options;
        _direct = direct;
        _all = [.. _network.Facts.Select(f => f.Statement).Concat(_network.Constraints.Select(c => c.Statement)).Where(s => s >= 0)];
        _budget = Math.Max(64, 16 * _options.MaxConflicts);
    }

    public List<Conflict> Conflicts { get; } = [];

    /// <summary>Findings for sets that no relation-by-relation finding already reports.</summary>
    public List<Finding> NewFindings { get; } = [];

    public List<ImpliedBound> Bounds { get; } = [];

    public List<SuspectStatement> Suspects { get; } = [];

    public List<string> SetAside { get; } = [];

    public static Diagnosis Run(NetworkBuilder builder, IReadOnlyList<Finding> direct)
    {
        var d = new Diagnosis(builder, direct);
        var sets = d.Enumerate();
        foreach (var set in sets)
        {
            d.Classify(set);
        }

        d.Rank(sets);
        d.Imply(sets);
        return d;
    }

    private Propagation Check(IReadOnlySet<int> enabled, Relaxation? relaxation = null, bool trace = false)
    {
        _checks++;
        return Propagation.Run(_network, enabled, relaxation, trace);
    }

    /// <summary>
    /// Deletion-based minimisation: drop statements whose removal leaves the rest contradictory. Blocks of halving
    /// size go first (a conflict drawn from a large network names many statements it does not need), then single
    /// statements, so that at the end removing any one statement makes the rest consistent.
    /// </summary>
    private int[] Minimize(Reason conflict, Relaxation? relaxation = null)
    {
        var candidate = new List<int>(conflict.Items);
        var needed = new HashSet<int>();
        for (var chunk = Math.Max(1, candidate.Count / 2); chunk >= 1; chunk /= 2)
        {
            var i = 0;
            while (i < candidate.Count)
            {
                var block = candidate.Skip(i).Take(chunk).Where(s => !needed.Contains(s)).ToList();
                if (block.Count == 0)
                {
                    i += chunk;
                    continue;
                }

                var rest = candidate.Except(block).ToHashSet();
                var p = Check(rest, relaxation);
                if (!p.Consistent)
                {
                    // The statements behind the new empty domain are a subset of the rest that already cannot hold.
                    candidate = [.. p.Conflict.Items];
                    continue;
                }

                if (chunk == 1)
                {
                    needed.Add(block[0]);
                }

                i += chunk;
            }

            if (chunk == 1)
            {
                break;
            }
        }

        return [.. candidate.Order()];
    }

    private List<int[]> Enumerate()
    {
        var sets = new List<int[]>();
        bool Known(int[] m) => sets.Any(s => s.SequenceEqual(m));
        HashSet<int> Without(IEnumerable<int> removed) => [.. _all.Except(removed)];

        // First a quick descent that removes one statement of each set found, so that disjoint sets all turn up
        // within as many propagations as there are sets.
        var removed = new List<int>();
        _full = Check(_all);
        if (_full.Consistent)
        {
            return sets;
        }

        while (_checks < _budget && sets.Count < _options.MaxConflicts)
        {
            var p = removed.Count == 0 ? _full : Check(Without(removed));
            if (p.Consistent || p.Conflict.Count == 0)
            {
                break;
            }

            var m = Minimize(p.Conflict);
            if (m.Length == 0 || Known(m))
            {
                break;
            }

            sets.Add(m);
            removed.Add(m[^1]);
        }

        // Then a breadth-first hitting-set tree for the sets that overlap.
        var queue = new Queue<int[]>();
        queue.Enqueue([]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { string.Empty };
        var consistent = new List<int[]>();
        var nodes = 0;
        while (queue.Count > 0 && _checks < _budget && sets.Count < _options.MaxConflicts && nodes++ < 4000)
        {
            var path = queue.Dequeue();
            if (consistent.Any(c => c.All(path.Contains)))
            {
                continue;
            }

            var label = sets.FirstOrDefault(s => !s.Any(path.Contains));
            if (label is null)
            {
                var p = Check(Without(path));
                if (p.Consistent || p.Conflict.Count == 0)
                {
                    consistent.Add(path);
                    continue;
                }

                label = Minimize(p.Conflict);
                if (label.Length == 0)
                {
                    continue;
                }

                if (!Known(label))
                {
                    sets.Add(label);
                }
            }

            foreach (var s in label)
            {
                int[] child = [.. path.Append(s).Order()];
                if (seen.Add(string.Join(',', child)))
                {
                    queue.Enqueue(child);
                }
            }
        }

        return sets;
    }

    private void Classify(int[] set)
    {
        var ids = set.Select(i => _network.Statements[i].Id).ToList();
        var statements = set.Select(i => _network.Statements[i]).Select(s => new FindingStatement(s.Id, s.Text)).ToList();
        var chain = Chain(set, null, out var clash);

        // A set that a direct relation already reports is that finding, seen through the network.
        var direct = _direct
            .Where(f => f.Classification != FindingClassification.ConsistentWithinRounding && ids.All(f.Involves))
            .OrderBy(f => f.Statements.Count)
            .ThenByDescending(f => f.Classification)
            .FirstOrDefault();
        if (direct is not null)
        {
            Conflicts.Add(new Conflict(statements, chain, direct.Classification, direct.Kind, direct.Message));
            return;
        }

        var expected = Expected(ids);
        var arithmetic = string.Join("; ", chain);

        // A set that shares a statement with a contradiction already reported is another consequence of that
        // figure: it is listed among the conflicts, but only a set disjoint from them is a finding of its own.
        var report = !ids.Any(id => _direct.Concat(NewFindings).Any(f => f.IsContradiction && f.Involves(id)));
        if (Explain(set, Relaxation.None) is { } explained)
        {
            var message = $"{Capitalize(expected)} holds only if {explained.Cause}; read strictly, {clash.Text}, a gap of {clash.GapText}.";
            Conflicts.Add(new Conflict(statements, chain, FindingClassification.ExplainableGap, explained.Kind, message));
            if (report)
            {
                NewFindings.Add(new Finding(explained.Kind, FindingClassification.ExplainableGap, expected, statements, arithmetic, clash.Gap, clash.Relative, clash.Unit, message) with
                {
                    Computed = clash.Have,
                    Stated = clash.Need,
                });
            }

            return;
        }

        var text = $"Contradiction (expected: {expected}). Through a chain of {chain.Count - 1} steps, {clash.Text}; the gap is {clash.GapText}, beyond any rounding.";
        Conflicts.Add(new Conflict(statements, chain, FindingClassification.Contradiction, FindingKind.Chain, text));
        if (report)
        {
            NewFindings.Add(new Finding(FindingKind.Chain, FindingClassification.Contradiction, expected, statements, arithmetic, clash.Gap, clash.Relative, clash.Unit, text) with
            {
                Computed = clash.Have,
                Stated = clash.Need,
            });
        }
    }

    private static string Expected(List<string> ids) =>
        ids.Count == 1 ? $"the figures of {ids[0]} hold together" : $"{string.Join(", ", ids.Take(ids.Count - 1))} and {ids[^1]} hold together";

    /// <summary>A single named cause under which the set holds: a figure truncated, approximate, a revised base, another rate.</summary>
    private (FindingKind Kind, string Cause, Relaxation Relaxation)? Explain(int[] set, Relaxation current)
    {
        var enabled = set.ToHashSet();
        var facts = _network.Facts.Select((f, i) => (Fact: f, Index: i)).Where(x => enabled.Contains(x.Fact.Statement)).ToList();
        bool Holds(Relaxation r) => Check(enabled, current.Merge(r)).Consistent;
        Relaxation ForFact(int fact, DecimalInterval interval) => new(new Dictionary<int, DecimalInterval> { [fact] = interval }, new Dictionary<int, DecimalInterval>());

        foreach (var (fact, index) in facts.Where(x => x.Fact.Number.Style == RoundingStyle.Nearest && x.Fact.Number.Resolution > 0m))
        {
            var truncated = new PublishedNumber(fact.Number.Value, fact.Number.Resolution, RoundingStyle.Truncated).Interval;
            var r = ForFact(index, truncated);
            if (Holds(r))
            {
                var s = _network.Statements[fact.Statement];
                return (FindingKind.RoundingStyle, $"{s.Id}'s {fact.Role} {Printed(fact)} was truncated (cut off) rather than rounded, so that it stands for {Display.Interval(truncated, _network.Variables[fact.Variable].Shown)}", r);
            }
        }

        foreach (var (fact, index) in facts.Where(x => IsApproximate(x.Fact)))
        {
            var margin = Math.Abs(fact.Number.Value) * _options.ApproximationTolerance;
            var wide = IntervalMath.Add(fact.Interval, new DecimalInterval(-margin, margin));
            var r = ForFact(index, wide);
            if (Holds(r))
            {
                var s = _network.Statements[fact.Statement];
                return (FindingKind.Approximation, $"{s.Id}'s approximate {fact.Role} {Printed(fact)} is off by up to {Display.Percent(_options.ApproximationTolerance)} of its value", r);
            }
        }

        var sources = set.Select(i => _network.Statements[i].Source is { } src ? src with { Excerpt = null } : null).Distinct().Count();
        if (sources > 1)
        {
            foreach (var (fact, index) in facts.Where(x => x.Fact.Role == "growth"))
            {
                var t = _options.RevisionTolerance;
                var factor = IntervalMath.Add(DecimalInterval.Point(1m), fact.Interval);
                var wide = IntervalMath.Subtract(IntervalMath.Multiply(factor, new DecimalInterval(1m / (1m + t), 1m + t)), DecimalInterval.Point(1m));
                var r = ForFact(index, wide);
                if (Holds(r))
                {
                    var s = _network.Statements[fact.Statement];
                    return (FindingKind.ImpliedBase, $"the base of {s.Id}'s growth {Printed(fact)} was revised since it was published elsewhere, by up to {Display.Percent(t)}", r);
                }
            }
        }

        if (_builder.TableRates.Count > 0)
        {
            var t = _options.RateTolerance;
            var initial = _builder.TableRates.ToDictionary(v => v, v => IntervalMath.Multiply(_network.Variables[v].Initial, new DecimalInterval(1m - t, 1m + t)));
            var r = new Relaxation(new Dictionary<int, DecimalInterval>(), initial);
            if (Holds(r))
            {
                return (FindingKind.CurrencyEquivalent, $"another exchange rate within {Display.Percent(t)} of the reference rate was used (market against central parity, another period's average)", r);
            }
        }

        return null;
    }

    private bool IsApproximate(Fact fact)
    {
        var flags = _network.Statements[fact.Statement].Approximate;
        var role = fact.Role switch
        {
            "value" => StatementFigures.Value,
            "count" => StatementFigures.Count,
            "share" => StatementFigures.Share,
            "growth" => StatementFigures.Growth,
            "equivalent" => StatementFigures.Equivalent,
            _ => StatementFigures.None,
        };
        return (flags & role) != 0 && fact.Number.Style is RoundingStyle.Nearest or RoundingStyle.Truncated or RoundingStyle.Exact;
    }

    private string Printed(Fact fact)
    {
        var v = _network.Variables[fact.Variable];
        var n = fact.Number;
        var bound = n.Style switch
        {
            RoundingStyle.AtLeast => "at least ",
            RoundingStyle.AtMost => "at most ",
            _ => string.Empty,
        };
        return v.Shown switch
        {
            DisplayUnit.Percent => bound + (fact.Role == "growth" && n.Value > 0m && bound.Length == 0 ? "+" : string.Empty) + Display.Percent(n.Value),
            _ => bound + Display.Amount(n.Value) + " " + v.Unit,
        };
    }

    private sealed record Clash(string Text, DecimalInterval Have, DecimalInterval Need, decimal Gap, decimal? Relative, string Unit, string GapText);

    /// <summary>The steps that lead to the empty domain, from the published figures to the relation that cannot hold.</summary>
    private List<string> Chain(int[] set, Relaxation? relaxation, out Clash clash)
    {
        var p = Check(set.ToHashSet(), relaxation, trace: true);
        var trace = p.Trace;
        var vars = _network.Variables;
        string Name(int v) => vars[v].Name;
        string Domain(int v, DecimalInterval d) => Display.Interval(d, vars[v].Shown) + (vars[v].Kind == VariableKind.Level ? " " + vars[v].Unit : string.Empty);

        var included = new SortedSet<int>();
        var pending = new Stack<(int Variable, int Before)>();
        var start = p.ClashConstraint >= 0 ? _network.Constraints[p.ClashConstraint].Variables : (p.ClashVariable >= 0 ? [p.ClashVariable] : []);
        foreach (var v in start)
        {
            pending.Push((v, trace.Count));
        }

        if (p.ClashConstraint < 0 && p.ClashVariable >= 0)
        {
            // Two published figures met on one variable: both are steps of the chain.
            foreach (var (step, i) in trace.Select((s, i) => (s, i)).Where(x => x.s.Variable == p.ClashVariable && x.s.Fact >= 0))
            {
                included.Add(i);
            }
        }

        var visited = new HashSet<(int, int)>();
        while (pending.Count > 0)
        {
            var (v, before) = pending.Pop();
            if (!visited.Add((v, before)))
            {
                continue;
            }

            var last = -1;
            for (var i = Math.Min(before, trace.Count) - 1; i >= 0; i--)
            {
                if (trace[i].Variable == v)
                {
                    last = i;
                    break;
                }
            }

            if (last < 0 || !included.Add(last))
            {
                continue;
            }

            var step = trace[last];
            if (step.Constraint >= 0)
            {
                foreach (var other in _network.Constraints[step.Constraint].Variables)
                {
                    pending.Push((other, last));
                }
            }
        }

        var lines = new List<string>();
        foreach (var i in included.TakeLast(16))
        {
            var step = trace[i];
            if (step.Fact >= 0)
            {
                var fact = _network.Facts[step.Fact];
                lines.Add($"{_network.Statements[fact.Statement].Id}: {Name(step.Variable)} = {Printed(fact)}, in {Domain(step.Variable, fact.Interval)}");
            }
            else
            {
                var c = _network.Constraints[step.Constraint];
                lines.Add($"{c.Print(Name)} gives {Name(step.Variable)} in {Domain(step.Variable, step.Domain)}");
            }
        }

        var unit = p.ClashVariable >= 0 ? vars[p.ClashVariable] : (p.ClashConstraint >= 0 ? vars[_network.Constraints[p.ClashConstraint].Variables[0]] : null);
        var shown = unit?.Shown ?? DisplayUnit.Plain;
        var unitName = unit is null ? string.Empty : unit.Kind == VariableKind.Level ? unit.Unit : shown == DisplayUnit.Percent ? "growth" : "rate";
        var gap = p.Consistent ? 0m : IntervalMath.Gap(p.ClashHave, p.ClashNeed);
        var nearest = p.ClashNeed.Lower >= p.ClashHave.Upper ? p.ClashNeed.Lower : p.ClashNeed.Upper;
        decimal? relative = nearest == 0m || nearest == decimal.MinValue || nearest == decimal.MaxValue ? null : Display.Ratio(gap, Math.Abs(nearest));
        var gapText = Display.Value(gap, shown) + (shown == DisplayUnit.Amount ? " " + unitName : string.Empty) + (relative is { } rel ? " (" + Display.Percent(rel) + " relative)" : string.Empty);
        string text;
        if (p.Consistent)
        {
            text = "the statements hold together";
        }
        else if (p.ClashConstraint >= 0)
        {
            var c = _network.Constraints[p.ClashConstraint];
            var what = p.ClashVariable >= 0
                ? $"{Name(p.ClashVariable)} would have to lie in {Domain(p.ClashVariable, p.ClashHave)} and in {Domain(p.ClashVariable, p.ClashNeed)}"
                : $"its two sides are {Display.Interval(p.ClashHave, shown)} and {Display.Interval(p.ClashNeed, shown)}";
            text = $"{c.Print(Name)} cannot hold ({c.Wording}): {what}";
            lines.Add(text);
        }
        else
        {
            text = $"{Name(p.ClashVariable)} is published as {Domain(p.ClashVariable, p.ClashHave)} and as {Domain(p.ClashVariable, p.ClashNeed)}";
            lines.Add(text);
        }

        clash = new Clash(text, p.ClashHave, p.ClashNeed, gap, relative, unitName, gapText);
        return lines;
    }

    private void Rank(List<int[]> sets)
    {
        var contradictory = sets.Where((s, i) => Conflicts[i].IsContradiction).ToList();
        Suspects.AddRange(contradictory
            .SelectMany(s => s)
            .GroupBy(s => s)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key)
            .Select(g => new SuspectStatement(_network.Statements[g.Key].Id, g.Count())));
    }

    /// <summary>
    /// Sets aside a small set of statements that hits every contradictory set (greedily, the statement in most
    /// unhit sets first) and reads explainable gaps as explained, until the rest hold; then reports what the rest pin
    /// down.
    /// </summary>
    private void Imply(List<int[]> sets)
    {
        var contradictory = sets.Where((s, i) => Conflicts[i].IsContradiction).ToList();
        var relaxation = Relaxation.None;
        var aside = new HashSet<int>();
        void HitAll()
        {
            while (contradictory.Where(m => !m.Any(aside.Contains)).ToList() is { Count: > 0 } open)
            {
                // The source behind most open sets first (one wrong table or conversion spreads), then its statement
                // in most of them.
                var bySource = open.SelectMany(m => m.Select(SourceOf).Distinct()).GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
                aside.Add(open.SelectMany(m => m).GroupBy(s => s)
                    .OrderByDescending(g => bySource[SourceOf(g.Key)])
                    .ThenByDescending(g => g.Count())
                    .ThenByDescending(g => g.Key)
                    .First().Key);
            }
        }

        HitAll();
        Propagation p;
        var rounds = 0;
        while (true)
        {
            p = aside.Count == 0 && rounds == 0 && _full is not null ? _full : Check(_all.Except(aside).ToHashSet(), relaxation);
            if (p.Consistent || p.Conflict.Count == 0 || rounds++ > _options.MaxConflicts)
            {
                break;
            }

            var m = Minimize(p.Conflict, relaxation);
            if (m.Length == 0)
            {
                break;
            }

            if (Explain(m, relaxation) is { } explained)
            {
                relaxation = relaxation.Merge(explained.Relaxation);
                continue;
            }

            contradictory.Add(m);
            HitAll();
        }

        if (!p.Consistent)
        {
            return;
        }

        SetAside.AddRange(aside.Order().Select(s => _network.Statements[s].Id));
        var published = _network.Facts.Select(f => f.Variable).ToHashSet();
        foreach (var v in _network.Levels.Where(v => !published.Contains(v.Index)))
        {
            var d = p[v.Index];
            if (d.IsLowerUnbounded || d.IsUpperUnbounded || d == v.Initial)
            {
                continue;
            }

            var from = p.LowerReason(v.Index).Union(p.UpperReason(v.Index));
            var ids = from.Items.Select(s => _network.Statements[s].Id).ToList();
            var text = string.Create(CultureInfo.InvariantCulture, $"{v.Name}: {Display.Interval(d, DisplayUnit.Amount)}{(v.UnitKey.StartsWith('#') ? " " + v.Unit : string.Empty)}, from {string.Join(", ", ids)}");
            Bounds.Add(new ImpliedBound(v.Subject!, v.Unit, d, ids, text));
        }
    }

    private string SourceOf(int statement) =>
        _network.Statements[statement].Source is { } s ? s.Publisher + "|" + s.Title : "#" + statement.ToString(CultureInfo.InvariantCulture);

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
