using System.Text;

namespace TradeStats.Verification;

/// <summary>The findings of one verification run, in the order the relations were checked.</summary>
/// <param name="Findings">Every finding, consistent ones included.</param>
/// <param name="Omitted">How many combinations of statements were left out because of <see cref="VerifierOptions.MaxCombinations"/>.</param>
public sealed record VerificationReport(IReadOnlyList<Finding> Findings, int Omitted)
{
    /// <summary>
    /// The minimal sets of statements that cannot all hold, found by the constraint network, each with its chain of
    /// arithmetic; contradictions and explainable gaps alike. Empty when the statements are consistent.
    /// </summary>
    public IReadOnlyList<Conflict> Conflicts { get; init; } = [];

    /// <summary>Intervals the statements pin down for figures none of them publishes, with the statements they come from.</summary>
    public IReadOnlyList<ImpliedBound> ImpliedBounds { get; init; } = [];

    /// <summary>
    /// The ids of statements left out when the implied bounds were computed, because they take part in contradictions
    /// (the most suspect statement of each contradiction that remained, until the rest were consistent).
    /// </summary>
    public IReadOnlyList<string> SetAside { get; init; } = [];

    /// <summary>The statements of contradictory minimal sets, most frequent first (then in statement order): the likeliest wrong figures lead.</summary>
    public IReadOnlyList<SuspectStatement> Suspects { get; init; } = [];

    /// <summary>The findings classified as contradictions.</summary>
    public IReadOnlyList<Finding> Contradictions => [.. Findings.Where(f => f.Classification == FindingClassification.Contradiction)];

    /// <summary>The findings with a gap that a named cause explains.</summary>
    public IReadOnlyList<Finding> ExplainableGaps => [.. Findings.Where(f => f.Classification == FindingClassification.ExplainableGap)];

    /// <summary>The findings consistent within rounding.</summary>
    public IReadOnlyList<Finding> Consistent => [.. Findings.Where(f => f.Classification == FindingClassification.ConsistentWithinRounding)];

    /// <summary>The findings that name a statement.</summary>
    /// <param name="statementId">A statement id as given to <see cref="Statement.Id"/>; compared case-sensitively.</param>
    /// <returns>The findings that list that statement, in report order; empty when none does.</returns>
    public IReadOnlyList<Finding> About(string statementId) => [.. Findings.Where(f => f.Involves(statementId))];

    /// <summary>A summary line, then contradictions, explainable gaps and (when asked) consistent findings.</summary>
    /// <param name="includeConsistent">Whether to list consistent findings too.</param>
    /// <returns>Multi-line text: a summary line, then each listed finding with its arithmetic.</returns>
    public string ToText(bool includeConsistent = false)
    {
        var text = new StringBuilder();
        text.Append(Findings.Count).Append(" relations checked: ")
            .Append(Contradictions.Count).Append(" contradictions, ")
            .Append(ExplainableGaps.Count).Append(" explainable gaps, ")
            .Append(Consistent.Count).Append(" consistent within rounding");
        if (Omitted > 0)
        {
            text.Append(" (").Append(Omitted).Append(" combinations omitted)");
        }

        text.AppendLine(".");
        foreach (var f in Contradictions.Concat(ExplainableGaps).Concat(includeConsistent ? Consistent : []))
        {
            text.AppendLine(f.ToString());
        }

        var contradictory = Conflicts.Where(c => c.IsContradiction).ToList();
        if (contradictory.Count > 0)
        {
            text.Append(contradictory.Count).AppendLine(" minimal contradictory sets (remove any one statement of a set and the rest hold):");
            foreach (var c in contradictory)
            {
                text.Append("  {").AppendJoin(", ", c.Statements.Select(s => s.Id)).Append("}: ").AppendJoin("; ", c.Chain).AppendLine();
            }

            text.Append("Most suspect: ").AppendJoin(", ", Suspects.Take(5).Select(s => $"{s.Id} ({s.MinimalSets})")).AppendLine(".");
        }

        if (ImpliedBounds.Count > 0)
        {
            text.Append("Implied by the statements").Append(SetAside.Count > 0 ? " (setting aside " + string.Join(", ", SetAside) + ")" : string.Empty).AppendLine(":");
            foreach (var b in ImpliedBounds)
            {
                text.Append("  ").AppendLine(b.Text);
            }
        }

        return text.ToString();
    }

    /// <summary>The text of <see cref="ToText"/> without consistent findings.</summary>
    /// <returns>Multi-line text: a summary line, then the contradictions and explainable gaps.</returns>
    public override string ToString() => ToText();
}
