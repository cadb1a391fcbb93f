namespace TradeStats;

/// <summary>
/// Why a text could not be parsed, described without throwing: the shared parsing cores return one, a Parse method
/// turns it into the exception it documents and a TryParse method drops it and returns false.
/// </summary>
internal readonly struct ParseFailure
{
    private readonly Kind _kind;
    private readonly string _detail;

    private ParseFailure(Kind kind, string detail)
    {
        _kind = kind;
        _detail = detail;
    }

    private enum Kind
    {
        Format,
        UnknownCurrency,
        UnknownTerritory,
    }

    /// <summary>The text is not of the expected form; <paramref name="message"/> is the whole message, quoting the text.</summary>
    public static ParseFailure Format(string message) => new(Kind.Format, message);

    /// <summary>The text is of the expected form but names a currency code that is not known.</summary>
    public static ParseFailure UnknownCurrency(string code) => new(Kind.UnknownCurrency, code);

    /// <summary>The text is of the expected form but names a territory code that is not known.</summary>
    public static ParseFailure UnknownTerritory(string code) => new(Kind.UnknownTerritory, code);

    /// <summary>The exception the Parse method throws for this failure.</summary>
    public Exception ToException() => _kind switch
    {
        Kind.UnknownCurrency => new UnknownCurrencyException(_detail),
        Kind.UnknownTerritory => new UnknownTerritoryException(_detail),
        _ => new FormatException(_detail),
    };
}
