namespace TradeStats;

/// <summary>Answers "which rate converts between these currencies for this period".</summary>
/// <remarks>Implement it over a database, a web service or a file; <see cref="ExchangeRateTable"/> is the in-memory implementation.</remarks>
public interface IExchangeRateProvider
{
    /// <summary>Finds the rate between two currencies for exactly a period, in either direction.</summary>
    /// <param name="sourceCurrency">The currency converted from.</param>
    /// <param name="targetCurrency">The currency converted to.</param>
    /// <param name="period">The period the rate must apply to.</param>
    /// <param name="kind">The kind of rate wanted.</param>
    /// <param name="rate">The rate, quoted from <paramref name="sourceCurrency"/> to <paramref name="targetCurrency"/>, when found.</param>
    /// <returns>Whether a rate was found.</returns>
    bool TryGetRate(Currency sourceCurrency, Currency targetCurrency, Period period, ExchangeRateKind kind, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ExchangeRate? rate);

    /// <summary>Finds the rate between two currencies for a period.</summary>
    /// <param name="sourceCurrency">The currency converted from.</param>
    /// <param name="targetCurrency">The currency converted to.</param>
    /// <param name="period">The period.</param>
    /// <param name="kind">The kind of rate wanted.</param>
    /// <returns>The rate, quoted from <paramref name="sourceCurrency"/> to <paramref name="targetCurrency"/>.</returns>
    /// <exception cref="ExchangeRateNotFoundException">No rate applies; the message lists the rates the provider has for that pair.</exception>
    ExchangeRate GetRate(Currency sourceCurrency, Currency targetCurrency, Period period, ExchangeRateKind kind = ExchangeRateKind.PeriodAverage);
}
