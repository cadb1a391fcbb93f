namespace TradeStats;

/// <summary>What an <see cref="ExchangeRate"/>'s value is measured as over its period.</summary>
public enum ExchangeRateKind
{
    /// <summary>The average over the period (an annual or monthly average): the usual rate for converting flows.</summary>
    PeriodAverage = 0,

    /// <summary>The rate at the end of the period: for converting stocks, not flows.</summary>
    EndOfPeriod = 1,

    /// <summary>An official central parity rate, such as the PBOC's daily CNY central parity.</summary>
    CentralParity = 2,
}
