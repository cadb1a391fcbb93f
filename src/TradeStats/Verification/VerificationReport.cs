using System.Text;

namespace TradeStats.Verification;

/// <summary>The findings of one verification run, in the order the relations were checked.</summary>
/// <param name="Findings">Every finding, consistent ones included.</param>
/// <param name="Omitted">How many combinations of statements were left out because of <see cref="VerifierOptions.MaxCombinations"/>.</param>
public sealed record VerificationReport(IReadOnlyList<Finding> Findings, int Omitted)
{
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

        return text.ToString();
    }

    /// <summary>The text of <see cref="ToText"/> without consistent findings.</summary>
    /// <returns>Multi-line text: a summary line, then the contradictions and explainable gaps.</returns>
    public override string ToString() => ToText();
}
