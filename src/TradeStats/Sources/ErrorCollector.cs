using System.Collections.Immutable;

namespace TradeStats.Sources;

/// <summary>Applies a <see cref="ReadOptions"/> error mode while one source is read.</summary>
internal sealed class ErrorCollector(string sourceName, ReadOptions options)
{
    private readonly ImmutableArray<TradeDataFormatException>.Builder _errors = ImmutableArray.CreateBuilder<TradeDataFormatException>();

    public string SourceName { get; } = sourceName;

    public ReadOptions Options { get; } = options;

    /// <summary>Records an error in a record that can be skipped; throws when the mode says to stop.</summary>
    public void Record(TradeDataFormatException error)
    {
        if (Options.ErrorMode == ErrorMode.StopAtFirstError)
        {
            throw error;
        }

        _errors.Add(error);
        if (_errors.Count >= Options.MaxErrors)
        {
            throw new TradeDataValidationException(new ValidationReport(SourceName, _errors.ToImmutable(), IsTruncated: true));
        }
    }

    /// <summary>Reports an error after which nothing more can be read, and throws.</summary>
    public Exception Fatal(TradeDataFormatException error)
    {
        if (Options.ErrorMode == ErrorMode.StopAtFirstError)
        {
            return error;
        }

        _errors.Add(error);
        return new TradeDataValidationException(new ValidationReport(SourceName, _errors.ToImmutable(), IsTruncated: true));
    }

    /// <summary>At the end of the input: throws if any record was invalid.</summary>
    public void ThrowIfAny()
    {
        if (_errors.Count > 0)
        {
            throw new TradeDataValidationException(new ValidationReport(SourceName, _errors.ToImmutable(), IsTruncated: false));
        }
    }
}
