namespace TradeStats;

/// <summary>Thrown when a currency code is neither built in nor registered.</summary>
public sealed class UnknownCurrencyException : KeyNotFoundException
{
    /// <summary>Creates the exception for a code.</summary>
    /// <param name="code">The code that was looked up.</param>
    public UnknownCurrencyException(string code)
        : base($"Unknown currency code '{code}'. Known: the {Currency.BuiltIn.Count} codes of ISO 4217 list one (CNY, USD, EUR, ...){RegisteredSuffix()}. Register others with Currency.Register.")
    {
        Code = code;
    }

    /// <summary>The code that was looked up.</summary>
    public string Code { get; }

    private static string RegisteredSuffix()
    {
        var registered = Currency.All.Except(Currency.BuiltIn).Select(c => c.Code).ToList();
        return registered.Count == 0 ? string.Empty : " and the registered " + string.Join(", ", registered);
    }
}

/// <summary>
/// Thrown when two amounts in different currencies meet in one operation (adding CNY to USD,
/// comparing them, or converting money with a rate for another currency).
/// </summary>
public sealed class CurrencyMismatchException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="expected">The currency the operation required.</param>
    /// <param name="actual">The currency it was given.</param>
    /// <param name="operation">What was attempted, such as "add".</param>
    /// <exception cref="ArgumentNullException">A currency or the operation is null.</exception>
    public CurrencyMismatchException(Currency expected, Currency actual, string operation)
        : this($"Cannot {operation} {expected?.Code} and {actual?.Code}: the currencies differ. Convert one of them with an explicit ExchangeRate first.", expected, actual)
    {
        Guard.Against.Null(operation);
    }

    private CurrencyMismatchException(string message, Currency? expected, Currency? actual)
        : base(message)
    {
        Guard.Against.Null(expected);
        Guard.Against.Null(actual);
        Expected = expected;
        Actual = actual;
    }

    /// <summary>The exception for a rate asked to convert an amount in neither currency of its pair.</summary>
    internal static CurrencyMismatchException ForRate(ExchangeRate rate, Currency actual) =>
        new($"The {rate.Pair} rate cannot convert an amount in {actual.Code}: it converts only {rate.BaseCurrency.Code} and {rate.QuoteCurrency.Code}.", rate.BaseCurrency, actual);

    /// <summary>The currency the operation required.</summary>
    public Currency Expected { get; }

    /// <summary>The currency it was given.</summary>
    public Currency Actual { get; }
}

/// <summary>Thrown when a territory code is neither in the built-in catalogue nor registered.</summary>
public sealed class UnknownTerritoryException : KeyNotFoundException
{
    /// <summary>Creates the exception for a code.</summary>
    /// <param name="code">The code that was looked up.</param>
    public UnknownTerritoryException(string code)
        : base($"Unknown territory code '{code}'. Use an ISO 3166-1 alpha-2, alpha-3 or M49 numeric code, an ISO 3166-2 subdivision code such as CN-XZ, 'WLD' for the world, or the code of a registered group.")
    {
        Code = code;
    }

    /// <summary>The code that was looked up.</summary>
    public string Code { get; }
}
