using System.Globalization;

namespace TradeStats.Sources;

/// <summary>What a <see cref="TradeDataFormatException.Record"/> number counts.</summary>
public enum RecordUnit
{
    /// <summary>A physical line of a text file, starting at 1 (in CSV the header is line 1).</summary>
    Line = 0,

    /// <summary>A zero-based position in a JSON array.</summary>
    Index = 1,
}

/// <summary>
/// Thrown when a data source holds something that is not valid data: malformed JSON or CSV, a missing, unknown or
/// duplicated column, an unknown currency or territory code, an impossible period, a value that is not a number,
/// overflows or is negative where the format forbids it, or an error response from a service.
/// The exception names the source, the record, the field and the offending value.
/// </summary>
public sealed class TradeDataFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="sourceName">The data source, such as a file name.</param>
    /// <param name="record">The line number or array index of the record; 0 with <see cref="RecordUnit.Line"/> when the error concerns the whole input.</param>
    /// <param name="recordUnit">What <paramref name="record"/> counts.</param>
    /// <param name="field">The field (column or JSON member), or null when the error is not about one field.</param>
    /// <param name="value">The offending value as read, or null when there is none (a missing field, the end of the input).</param>
    /// <param name="reason">What is wrong, as a sentence.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public TradeDataFormatException(string sourceName, long record, RecordUnit recordUnit, string? field, string? value, string reason, Exception? innerException = null)
        : base(Describe(sourceName, record, recordUnit, field, value, reason), innerException)
    {
        SourceName = sourceName;
        Record = record;
        RecordUnit = recordUnit;
        Field = field;
        Value = value;
        Reason = reason;
    }

    /// <summary>The data source, such as a file name.</summary>
    public string SourceName { get; }

    /// <summary>The line number (1-based) or array index (0-based) of the record; see <see cref="RecordUnit"/>.</summary>
    public long Record { get; }

    /// <summary>What <see cref="Record"/> counts.</summary>
    public RecordUnit RecordUnit { get; }

    /// <summary>The field (column or JSON member), or null when the error is not about one field.</summary>
    public string? Field { get; }

    /// <summary>The offending value as read, or null when there is none.</summary>
    public string? Value { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Reason { get; }

    /// <summary>The location as text: <c>line 5</c>, <c>index 2</c>, or <c>the document</c> for an error about the whole input.</summary>
    public string Location => FormatLocation(Record, RecordUnit);

    private static string FormatLocation(long record, RecordUnit unit) =>
        unit == RecordUnit.Line && record == 0
            ? "the document"
            : unit == RecordUnit.Line
            ? string.Create(CultureInfo.InvariantCulture, $"line {record}")
            : string.Create(CultureInfo.InvariantCulture, $"index {record}");

    private static string Describe(string sourceName, long record, RecordUnit unit, string? field, string? value, string reason)
    {
        var where = $"{sourceName}, {FormatLocation(record, unit)}";
        if (field is not null)
        {
            where += $", field '{field}'";
        }

        if (value is not null)
        {
            where += $", value '{value}'";
        }

        return $"{where}: {reason}";
    }
}
