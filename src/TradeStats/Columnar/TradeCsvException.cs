using System.Globalization;

namespace TradeStats.Columnar;

/// <summary>Thrown when a file in the library's CSV format cannot be read: names the source, line, field and value.</summary>
public sealed class TradeCsvException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="sourceName">The file or stream name.</param>
    /// <param name="line">The 1-based line where the record starts.</param>
    /// <param name="field">The column name, or null for a record-level problem.</param>
    /// <param name="value">The offending text, or null.</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public TradeCsvException(string sourceName, long line, string? field, string? value, string problem, Exception? innerException = null)
        : base(Compose(sourceName, line, field, value, problem), innerException)
    {
        SourceName = sourceName;
        Line = line;
        Field = field;
        Value = value;
        Problem = problem;
    }

    /// <summary>The file or stream name.</summary>
    public string SourceName { get; }

    /// <summary>The 1-based line where the record starts.</summary>
    public long Line { get; }

    /// <summary>The column name, or null for a record-level problem.</summary>
    public string? Field { get; }

    /// <summary>The offending text, or null.</summary>
    public string? Value { get; }

    /// <summary>What is wrong, without the place (kept so that a part of a file read on its own can be re-reported at its absolute line).</summary>
    internal string Problem { get; }

    private static string Compose(string sourceName, long line, string? field, string? value, string problem)
    {
        var where = string.Create(CultureInfo.InvariantCulture, $"{sourceName}, line {line}");
        if (field is not null)
        {
            where += $", field '{field}'";
        }

        return value is null ? $"{where}: {problem}" : $"{where}: '{value}' {problem}";
    }
}
