using System.Collections.Immutable;

namespace TradeStats.Sources;

/// <summary>Every error found while reading a source, in the order found.</summary>
/// <param name="SourceName">The source that was read.</param>
/// <param name="Errors">The errors, each naming its record, field and value.</param>
/// <param name="IsTruncated">Whether reading stopped early because <see cref="ReadOptions.MaxErrors"/> was reached or an error made the rest unreadable.</param>
public sealed record ValidationReport(string SourceName, ImmutableArray<TradeDataFormatException> Errors, bool IsTruncated)
{
    /// <summary>Whether no error was found.</summary>
    public bool IsValid => Errors.IsEmpty;

    /// <summary>One line per error.</summary>
    /// <returns>The source name and "no errors." when valid; otherwise the source name, the error count and whether reading stopped early, then one indented line per error message.</returns>
    public override string ToString() =>
        IsValid
            ? $"{SourceName}: no errors."
            : $"{SourceName}: {Errors.Length} error(s){(IsTruncated ? ", reading stopped early" : string.Empty)}:{Environment.NewLine}"
              + string.Join(Environment.NewLine, Errors.Select(e => "  " + e.Message));
}

/// <summary>
/// Thrown at the end of a read in <see cref="ErrorMode.CollectAll"/> mode when any record was invalid, so that the
/// records that were returned are never mistaken for the complete contents of the source.
/// </summary>
public sealed class TradeDataValidationException : AggregateException
{
    /// <summary>Creates the exception from a report with at least one error.</summary>
    /// <param name="report">The report of the read, with at least one error.</param>
    /// <exception cref="ArgumentException">The report has no errors.</exception>
    public TradeDataValidationException(ValidationReport report)
        : base(Check(report).ToString(), report.Errors)
    {
        Report = report;
    }

    /// <summary>Every error found.</summary>
    public ValidationReport Report { get; }

    private static ValidationReport Check(ValidationReport report)
    {
        Guard.Against.Null(report);
        return report.IsValid
            ? throw new ArgumentException("A validation exception needs at least one error.", nameof(report))
            : report;
    }
}
