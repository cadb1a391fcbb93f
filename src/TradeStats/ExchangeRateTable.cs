using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace TradeStats;

/// <summary>An immutable, in-memory set of exchange rates that answers rate look-ups by currency pair, period and kind.</summary>
/// <remarks>A rate for USD/CNY also answers CNY/USD, inverted. Looking up a rate that is not there throws an exception listing what the table has for the pair.</remarks>
/// <example>
/// <code>
/// var table = new ExchangeRateTable([
///     new ExchangeRate(Currency.USD, Currency.CNY, 7.1217m, Period.Year(2024), source: "SAFE annual average")]);
/// var rate = table.GetRate(Currency.CNY, Currency.USD, Period.Year(2024)); // CNY/USD 0.1404...
/// </code>
/// </example>
public sealed class ExchangeRateTable : IExchangeRateProvider
{
    private readonly ImmutableDictionary<(string Base, string Quote, Period Period, ExchangeRateKind Kind), ExchangeRate> _rates;

    /// <summary>Creates a table.</summary>
    /// <param name="rates">The rates; at most one per pair (either direction), period and kind.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rates"/> or one of its rates is null.</exception>
    /// <exception cref="ArgumentException">Two rates are given for the same pair (in either direction), period and kind.</exception>
    public ExchangeRateTable(IEnumerable<ExchangeRate> rates)
    {
        Guard.Against.Null(rates);
        var builder = ImmutableDictionary.CreateBuilder<(string, string, Period, ExchangeRateKind), ExchangeRate>();
        foreach (var r in rates)
        {
            Guard.Against.Null(r, nameof(rates));
            var key = (r.BaseCurrency.Code, r.QuoteCurrency.Code, r.Period, r.Kind);
            var reverse = (r.QuoteCurrency.Code, r.BaseCurrency.Code, r.Period, r.Kind);
            if (builder.TryGetValue(key, out var existing) || builder.TryGetValue(reverse, out existing))
            {
                throw new ArgumentException($"Two rates for {r.Pair} {r.Period} ({r.Kind}): {existing} and {r}.", nameof(rates));
            }

            builder.Add(key, r);
        }

        _rates = builder.ToImmutable();
        Rates = [.. _rates.Values.OrderBy(r => r.Pair, StringComparer.Ordinal).ThenBy(r => r.Period)];
    }

    /// <summary>An empty table.</summary>
    public static ExchangeRateTable Empty { get; } = new([]);

    /// <summary>The rates in the table, ordered by pair and period.</summary>
    public ImmutableArray<ExchangeRate> Rates { get; }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException">A currency is null.</exception>
    public bool TryGetRate(Currency sourceCurrency, Currency targetCurrency, Period period, ExchangeRateKind kind, [NotNullWhen(true)] out ExchangeRate? rate)
    {
        Guard.Against.Null(sourceCurrency);
        Guard.Against.Null(targetCurrency);
        if (_rates.TryGetValue((sourceCurrency.Code, targetCurrency.Code, period, kind), out rate))
        {
            return true;
        }

        if (_rates.TryGetValue((targetCurrency.Code, sourceCurrency.Code, period, kind), out var reverse))
        {
            rate = reverse.Invert();
            return true;
        }

        rate = null;
        return false;
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException">A currency is null.</exception>
    public ExchangeRate GetRate(Currency sourceCurrency, Currency targetCurrency, Period period, ExchangeRateKind kind = ExchangeRateKind.PeriodAverage)
    {
        if (TryGetRate(sourceCurrency, targetCurrency, period, kind, out var rate))
        {
            return rate;
        }

        var available = Rates
            .Where(r => (r.BaseCurrency == sourceCurrency && r.QuoteCurrency == targetCurrency) || (r.BaseCurrency == targetCurrency && r.QuoteCurrency == sourceCurrency))
            .Select(r => $"{r.Pair} {r.Period} {r.Kind}")
            .ToArray();
        throw new ExchangeRateNotFoundException(sourceCurrency, targetCurrency, period, kind, available);
    }
}

/// <summary>Thrown when no exchange rate applies to a currency pair, period and kind.</summary>
public sealed class ExchangeRateNotFoundException : KeyNotFoundException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="from">The currency converted from.</param>
    /// <param name="to">The currency converted to.</param>
    /// <param name="period">The exact period a rate was asked for.</param>
    /// <param name="kind">The kind of rate asked for, such as a period average.</param>
    /// <param name="available">What the provider has for the pair, in either direction, as text.</param>
    /// <exception cref="ArgumentNullException">A currency or <paramref name="available"/> is null.</exception>
    public ExchangeRateNotFoundException(Currency from, Currency to, Period period, ExchangeRateKind kind, IReadOnlyList<string> available)
        : base(Describe(from, to, period, kind, available))
    {
        From = from;
        To = to;
        Period = period;
        Kind = kind;
        Available = available;
    }

    /// <summary>The currency converted from.</summary>
    public Currency From { get; }

    /// <summary>The currency converted to.</summary>
    public Currency To { get; }

    /// <summary>The period asked for.</summary>
    public Period Period { get; }

    /// <summary>The kind asked for.</summary>
    public ExchangeRateKind Kind { get; }

    /// <summary>The rates the provider has for the pair, as text.</summary>
    public IReadOnlyList<string> Available { get; }

    private static string Describe(Currency from, Currency to, Period period, ExchangeRateKind kind, IReadOnlyList<string> available)
    {
        Guard.Against.Null(from);
        Guard.Against.Null(to);
        Guard.Against.Null(available);
        return $"No {kind} exchange rate {from}/{to} for {period}. "
            + (available.Count == 0 ? $"The provider has no {from}/{to} rates at all." : $"It has: {string.Join("; ", available)}.");
    }
}
