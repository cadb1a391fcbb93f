using System.Runtime.CompilerServices;

namespace TradeStats.Sources;

/// <summary>Where exchange rates come from: a file, a database, a service. Load them into an <see cref="ExchangeRateTable"/> with <see cref="ExchangeRateSourceExtensions.LoadTableAsync"/>.</summary>
public interface IExchangeRateSource
{
    /// <summary>A short name for messages.</summary>
    string Name { get; }

    /// <summary>Streams the rates.</summary>
    /// <param name="cancellationToken">Stops the stream.</param>
    /// <returns>Every rate the source holds, read as the sequence is enumerated.</returns>
    /// <exception cref="TradeDataFormatException">The source holds invalid data.</exception>
    IAsyncEnumerable<ExchangeRate> ReadAsync(CancellationToken cancellationToken = default);
}

/// <summary>Helpers for <see cref="IExchangeRateSource"/>.</summary>
public static class ExchangeRateSourceExtensions
{
    /// <summary>Reads every rate of a source into a table.</summary>
    /// <param name="source">The source to read to the end.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>A new in-memory table holding every rate read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="TradeDataFormatException">The source holds invalid data, or two rates for the same pair, period and kind.</exception>
    public static async Task<ExchangeRateTable> LoadTableAsync(this IExchangeRateSource source, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(source);
        var rates = new List<ExchangeRate>();
        await foreach (var r in source.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rates.Add(r);
        }

        try
        {
            return new ExchangeRateTable(rates);
        }
        catch (ArgumentException e)
        {
            throw new TradeDataFormatException(source.Name, 0, RecordUnit.Line, null, null, e.Message, e);
        }
    }
}

/// <summary>
/// Reads exchange rates from CSV with the columns <c>base</c>, <c>quote</c>, <c>value</c>, <c>period</c> (required),
/// <c>kind</c> (an <see cref="ExchangeRateKind"/> name; empty for PeriodAverage) and <c>source</c> (optional).
/// One row is "1 base = value quote" for the period, such as <c>USD,CNY,7.1217,2024,PeriodAverage,PBOC</c>.
/// </summary>
/// <example>
/// <code>
/// ExchangeRateTable table = await new ExchangeRateCsvReader("rates.csv").LoadTableAsync();
/// </code>
/// </example>
public sealed class ExchangeRateCsvReader : IExchangeRateSource
{
    private static readonly string[] Columns = ["base", "quote", "value", "period", "kind", "source"];
    private readonly Func<Stream> _open;

    /// <summary>Reads a file.</summary>
    /// <param name="path">Path of the CSV file; it is opened afresh, read-only, on each read.</param>
    /// <param name="options">How to treat bad input.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    public ExchangeRateCsvReader(string path, ReadOptions? options = null)
    {
        Guard.Against.NullOrWhiteSpace(path);
        _open = () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous);
        Name = path;
        Options = options ?? ReadOptions.Default;
    }

    /// <summary>Reads streams that <paramref name="openStream"/> opens (once per read).</summary>
    /// <param name="openStream">Opens the input.</param>
    /// <param name="name">The name that error messages and exceptions give as the source, such as the original file name; not blank.</param>
    /// <param name="options">How to treat bad input.</param>
    /// <exception cref="ArgumentNullException"><paramref name="openStream"/> is null.</exception>
    public ExchangeRateCsvReader(Func<Stream> openStream, string name, ReadOptions? options = null)
    {
        Guard.Against.Null(openStream);
        Guard.Against.NullOrWhiteSpace(name);
        _open = openStream;
        Name = name;
        Options = options ?? ReadOptions.Default;
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <summary>How bad input is treated.</summary>
    public ReadOptions Options { get; }

    /// <inheritdoc/>
    public async IAsyncEnumerable<ExchangeRate> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var errors = new ErrorCollector(Name, Options);
        var stream = _open();
        await using (stream.ConfigureAwait(false))
        {
            var table = await CsvTable.OpenAsync(stream, Name, errors, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
            await using var disposeTable = table.ConfigureAwait(false);
            table.Require(errors, "base", "quote", "value", "period");
            table.RejectUnknown(errors, Columns.Contains);
            int b = table.IndexOf("base"), q = table.IndexOf("quote"), v = table.IndexOf("value"), p = table.IndexOf("period"), k = table.IndexOf("kind"), s = table.IndexOf("source");
            while (await table.ReadAsync(errors, cancellationToken).ConfigureAwait(false))
            {
                ExchangeRate rate;
                try
                {
                    var r = table.Context;
                    var baseCurrency = r.Currency("base", table[b]);
                    var quoteCurrency = r.Currency("quote", table[q]);
                    if (baseCurrency == quoteCurrency)
                    {
                        throw r.Error("quote", table[q], "the quote currency must differ from the base currency.");
                    }

                    var value = r.Decimal("value", table[v]);
                    if (value <= 0m)
                    {
                        throw r.Error("value", table[v], "an exchange rate must be positive.");
                    }

                    if (value < ExchangeRate.MinValue || value > ExchangeRate.MaxValue)
                    {
                        throw r.Error("value", table[v], "an exchange rate must lie between 1e-14 and 1e14, so that its inverse keeps at least 14 significant digits.");
                    }

                    rate = new ExchangeRate(
                        baseCurrency,
                        quoteCurrency,
                        value,
                        r.Period("period", table[p]),
                        r.OptionalEnum<ExchangeRateKind>("kind", table[k]) ?? ExchangeRateKind.PeriodAverage,
                        table[s] is { Length: > 0 } src ? src : null);
                }
                catch (TradeDataFormatException e)
                {
                    errors.Record(e);
                    continue;
                }

                yield return rate;
            }
        }

        errors.ThrowIfAny();
    }
}
