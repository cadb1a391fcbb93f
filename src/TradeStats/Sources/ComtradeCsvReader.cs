using System.Runtime.CompilerServices;

namespace TradeStats.Sources;

/// <summary>
/// Reads a UN Comtrade CSV download (the same field names as the API: period, freqCode, reporterCode, reporterISO,
/// partnerCode, partnerISO, partner2Code, flowCode, cmdCode, aggrLevel, customsCode, motCode, qty, qtyUnitCode,
/// netWgt, cifvalue, fobvalue, primaryValue, isReported, isAggregate), mapped as <see cref="ComtradeJsonReader"/>
/// describes. Columns it does not use (descriptions and the like) are ignored; a repeated column is an error.
/// </summary>
public sealed class ComtradeCsvReader : StreamTradeDataSource
{
    /// <summary>Reads a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">How to treat bad input.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    public ComtradeCsvReader(string path, ReadOptions? options = null)
        : base(path, options)
    {
    }

    /// <summary>Reads streams that <paramref name="openStream"/> opens (once per read).</summary>
    /// <param name="openStream">Opens the input.</param>
    /// <param name="name">The name for messages.</param>
    /// <param name="options">How to treat bad input.</param>
    /// <exception cref="ArgumentNullException"><paramref name="openStream"/> is null.</exception>
    public ComtradeCsvReader(Func<Stream> openStream, string name, ReadOptions? options = null)
        : base(openStream, name, options)
    {
    }

    /// <inheritdoc/>
    protected override async IAsyncEnumerable<TradeObservation> ReadStreamAsync(Stream stream, TradeQuery query, ReadContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(context);
        var errors = context.Errors;
        var table = await CsvTable.OpenAsync(stream, context.SourceName, errors, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        await using var disposeTable = table.ConfigureAwait(false);
        table.Require(errors, ComtradeMapping.RequiredFields);
        if (!table.Has("reporterCode") && !table.Has("reporterISO"))
        {
            table.Require(errors, "reporterCode");
        }

        if (!table.Has("partnerCode") && !table.Has("partnerISO"))
        {
            table.Require(errors, "partnerCode");
        }

        string? Field(string name)
        {
            var value = table[table.IndexOf(name)];
            return value is null || value.Length == 0 ? null : value;
        }

        while (await table.ReadAsync(errors, cancellationToken).ConfigureAwait(false))
        {
            TradeObservation o;
            try
            {
                o = ComtradeMapping.Map(Field, table.Context);
            }
            catch (TradeDataFormatException e)
            {
                errors.Record(e);
                continue;
            }

            if (query.Matches(o))
            {
                yield return o;
            }
        }
    }
}
