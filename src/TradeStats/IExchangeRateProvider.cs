namespace TradeStats;

/// <summary>Answers "which rate converts between these currencies for this period".</summary>
/// <remarks>Implement it over a database, a web service or a file; <see cref="ExchangeRateTable"/> is the in-memory implementation.</remarks>
public interface IExchangeRateProvider
{
    /// <summary>Finds the rate between two currencies for exactly a period, in either direction.</summary>
    /// <param name="sourceCurrency">The currency converted from.</param>
    /// <param name="targetCurrency">The currency converted to.</param>
    /// <param name="period">The exact period the rate must be for; a year's rate does not answer for a month.</param>
    /// <param name="kind">The kind of rate wanted, such as a period average or an end-of-period rate.</param>
    /// <param name="rate">The rate, quoted from <paramref name="sourceCurrency"/> to <paramref name="targetCurrency"/>, when found.</param>
    /// <returns>True when a rate was found; <paramref name="rate"/> is then set.</returns>
    bool TryGetRate(Currency sourceCurrency, Currency targetCurrency, Period period, ExchangeRateKind kind, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ExchangeRate? rate);

    /// <summary>Finds the rate between two currencies for a period.</summary>
    /// <param name="sourceCurrency">The currency converted from.</param>
    /// <param name="targetCurrency">The currency converted to.</param>
    /// <param name="period">The exact period the rate must be for.</param>
    /// <param name="kind">The kind of rate wanted; a period average when omitted.</param>
    /// <returns>The rate, quoted from <paramref name="sourceCurrency"/> to <paramref name="targetCurrency"/>.</returns>
    /// <exception cref="ExchangeRateNotFoundException">No rate applies; the message lists the rates the provider has for that pair.</exception>
    ExchangeRate GetRate(Currency sourceCurrency, Currency targetCurrency, Period period, ExchangeRateKind kind = ExchangeRateKind.PeriodAverage);
}
