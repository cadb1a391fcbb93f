namespace TradeStats.Sources;

/// <summary>What a reader does with an invalid record.</summary>
public enum ErrorMode
{
    /// <summary>Throw a <see cref="TradeDataFormatException"/> at the first invalid record.</summary>
    StopAtFirstError = 0,

    /// <summary>
    /// Keep reading, return the valid records, and throw one <see cref="TradeDataValidationException"/> holding a
    /// <see cref="ValidationReport"/> of every error when the end of the input is reached.
    /// </summary>
    CollectAll = 1,
}

/// <summary>How a reader treats bad input.</summary>
/// <example>
/// <code>
/// var reader = new ObservationCsvFile("trade.csv", new ReadOptions { ErrorMode = ErrorMode.CollectAll });
/// try
/// {
///     await foreach (var o in reader.ReadAsync(TradeQuery.All)) { /* ... */ }
/// }
/// catch (TradeDataValidationException e)
/// {
///     Console.WriteLine(e.Report); // every bad record, with its line, field and value
/// }
/// </code>
/// </example>
public sealed record ReadOptions
{
    /// <summary>Stop at the first error (the default).</summary>
    public static ReadOptions Default { get; } = new();

    /// <summary>Stop at the first error, or collect them all.</summary>
    public ErrorMode ErrorMode { get; init; } = ErrorMode.StopAtFirstError;

    /// <summary>
    /// The text encoding of CSV and tab-separated input; null (the default) for UTF-8, with or without a byte-order
    /// mark, where an invalid byte sequence is a <see cref="TradeDataFormatException"/> naming the line and field,
    /// never a replacement character. Set <see cref="System.Text.Encoding.Latin1"/> for files saved in ISO 8859-1, as
    /// some UN Comtrade website downloads are. UTF-16 and UTF-32 input is refused with a message naming the encoding.
    /// </summary>
    public System.Text.Encoding? Encoding { get; init; }

    /// <summary>
    /// In <see cref="ErrorMode.CollectAll"/> mode, the number of errors after which reading stops (with the
    /// validation exception, marked truncated), so that a file of garbage does not fill memory with errors.
    /// </summary>
    public int MaxErrors
    {
        get;
        init
        {
            Guard.Against.LessThan(value, 1);
            field = value;
        }
    } = 10_000;
}
