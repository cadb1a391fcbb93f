using System.Runtime.CompilerServices;

namespace TradeStats.Sources;

/// <summary>
/// Reads UN Comtrade files in every shape they are downloaded in, with one mapping (see <see cref="ComtradeJsonReader"/>):
/// the ComtradePlus website download (47 quoted columns, every data row ending in an extra empty field), API records
/// saved as CSV with or without the ISO and description columns, bulk files (tab-separated, usually gzipped: gzip is
/// recognised by its magic bytes), and the legacy comtrade.un.org export (<c>Classification,Year,Period,...,Trade Value
/// (US$),CIF Trade Value (US$),FOB Trade Value (US$),Flag</c>) in its full 35-column layout or with only some columns.
/// </summary>
/// <remarks>
/// <para>The delimiter (comma, tab or semicolon) is taken from the header line. Every column is read, or known and
/// ignored (descriptions other than the commodity's, and fields that repeat another: refPeriodId, refMonth, isLeaf,
/// classificationSearchCode, isOriginalClassification, Period Desc.); an unknown column is an error, as is a
/// header that mixes ComtradePlus and legacy names or lacks a reporter, partner, period, flow, commodity code or the
/// chosen value. Description columns may be Latin-1: read such files with <see cref="ReadOptions.Encoding"/>.</para>
/// <para>Legacy exports write HS codes without their leading zero (<c>1</c> for chapter <c>01</c>); such codes are padded
/// in the legacy layout only, and only for HS. Elsewhere a code of the wrong length is an error.</para>
/// </remarks>
public sealed class ComtradeCsvReader : StreamTradeDataSource
{
    private readonly ComtradeValue _value;

    /// <summary>Reads a file.</summary>
    /// <param name="path">Path of the file; it is opened afresh, read-only, on each read, and gzip content is recognised.</param>
    /// <param name="options">How to treat bad input.</param>
    /// <param name="value">Which value to read: primary (the default), CIF or FOB; a record without it is an error.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined choice.</exception>
    public ComtradeCsvReader(string path, ReadOptions? options = null, ComtradeValue value = ComtradeValue.Primary)
        : base(path, options)
    {
        _value = Checked(value);
    }

    /// <summary>Reads streams that <paramref name="openStream"/> opens (once per read).</summary>
    /// <param name="openStream">Opens the input.</param>
    /// <param name="name">The name that error messages and exceptions give as the source, such as the original file name; not blank.</param>
    /// <param name="options">How to treat bad input.</param>
    /// <param name="value">Which value to read: primary (the default), CIF or FOB; a record without it is an error.</param>
    /// <exception cref="ArgumentNullException"><paramref name="openStream"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined choice.</exception>
    public ComtradeCsvReader(Func<Stream> openStream, string name, ReadOptions? options = null, ComtradeValue value = ComtradeValue.Primary)
        : base(openStream, name, options)
    {
        _value = Checked(value);
    }

    /// <inheritdoc/>
    protected override async IAsyncEnumerable<TradeObservation> ReadStreamAsync(Stream stream, TradeQuery query, ReadContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Guard.Against.Null(query);
        Guard.Against.Null(context);
        var errors = context.Errors;
        var table = await CsvTable.OpenAsync(stream, context.SourceName, errors, StringComparer.Ordinal, cancellationToken, separator: null, allowTrailingEmptyField: true).ConfigureAwait(false);
        await using var disposeTable = table.ConfigureAwait(false);
        // A header ending with a delimiter names an empty last column; its values must stay empty.
        var emptyLast = table.Header.Length > 1 && table.Header[^1].Length == 0 ? table.Header.Length - 1 : -1;
        table.RejectUnknown(errors, c => ComtradeFields.IsKnown(c) || (c.Length == 0 && emptyLast >= 0));
        var ignored = Enumerable.Range(0, table.Header.Length).Where(i => ComtradeFields.Ignored.Contains(table.Header[i])).ToArray();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        ComtradeLayout? layout = null;
        string? layoutColumn = null;
        for (var i = 0; i < table.Header.Length; i++)
        {
            if (!ComtradeFields.Aliases.TryGetValue(table.Header[i], out var alias))
            {
                continue;
            }

            if (!names.TryAdd(alias.Field, table.Header[i]))
            {
                throw errors.Fatal(table.Context.Error(table.Header[i], table.Header[i], $"the column repeats {names[alias.Field]}."));
            }

            indexes[alias.Field] = i;
            if (alias.Layout == ComtradeLayout.Legacy)
            {
                if (layout == ComtradeLayout.Plus)
                {
                    throw errors.Fatal(new TradeDataFormatException(context.SourceName, 1, RecordUnit.Line, table.Header[i], table.Header[i], $"a legacy Comtrade column next to the ComtradePlus column {layoutColumn}: the header mixes two layouts."));
                }

                (layout, layoutColumn) = (ComtradeLayout.Legacy, table.Header[i]);
            }
            else if (IsPlusOnly(alias.Field))
            {
                if (layout == ComtradeLayout.Legacy)
                {
                    throw errors.Fatal(new TradeDataFormatException(context.SourceName, 1, RecordUnit.Line, table.Header[i], table.Header[i], $"a ComtradePlus column next to the legacy column {layoutColumn}: the header mixes two layouts."));
                }

                (layout, layoutColumn) = (ComtradeLayout.Plus, table.Header[i]);
            }
        }

        foreach (var (first, second) in ComtradeMapping.RequiredFields(_value))
        {
            if (!names.ContainsKey(first) && (second is null || !names.ContainsKey(second)))
            {
                var wanted = second is null ? first : first + " or " + second;
                throw errors.Fatal(new TradeDataFormatException(context.SourceName, 1, RecordUnit.Line, first, null, $"the required column is missing ({wanted}, in any Comtrade spelling); the header has: {string.Join(",", table.Header)}."));
            }
        }

        var record = new ComtradeRecord(layout ?? ComtradeLayout.Plus, names, field => table[indexes[field]]);
        while (await table.ReadAsync(errors, cancellationToken).ConfigureAwait(false))
        {
            TradeObservation o;
            try
            {
                foreach (var i in ignored)
                {
                    _ = table[i]; // ignored, but still checked for undecodable text: it shows a wrong encoding
                }

                if (emptyLast >= 0 && table[emptyLast] is { Length: > 0 } extra)
                {
                    throw table.Context.Error(null, extra, "a value under the header's empty last column.");
                }

                o = ComtradeMapping.Map(record, table.Context, _value);
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

    internal static ComtradeValue Checked(ComtradeValue value) =>
        Guard.Against.UndefinedEnum(value, "Unknown Comtrade value choice.");

    /// <summary>Fields only ComtradePlus names: their presence makes a header a ComtradePlus one.</summary>
    private static bool IsPlusOnly(string field) => field is ComtradeFields.FlowCode or ComtradeFields.Primary or ComtradeFields.ReporterCode or ComtradeFields.PartnerCode;
}
