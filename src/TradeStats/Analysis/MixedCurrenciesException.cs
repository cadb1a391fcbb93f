using System.Globalization;

namespace TradeStats.Analysis;

/// <summary>Thrown when a sum over a series meets observations in different currencies.</summary>
/// <remarks>Convert the series first with <see cref="TradeSeries.ConvertTo(Currency, IExchangeRateProvider, ExchangeRateKind)"/> and an explicit exchange-rate table.</remarks>
public sealed class MixedCurrenciesException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="first">An observation in the first currency met.</param>
    /// <param name="second">An observation in another currency.</param>
    public MixedCurrenciesException(TradeObservation first, TradeObservation second)
        : base(string.Create(
            CultureInfo.InvariantCulture,
            $"Cannot add amounts in different currencies: '{first}' is in {first?.Value.Currency} and '{second}' is in {second?.Value.Currency}. Convert the series with TradeSeries.ConvertTo and an explicit exchange-rate table first."))
    {
        Guard.Against.Null(first);
        Guard.Against.Null(second);
        First = first;
        Second = second;
    }

    /// <summary>An observation in the first currency met.</summary>
    public TradeObservation First { get; }

    /// <summary>An observation in another currency.</summary>
    public TradeObservation Second { get; }
}
