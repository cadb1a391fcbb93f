using System.Globalization;
using System.Runtime.CompilerServices;
using CsvHelper;

namespace TradeStats.Sources;

/// <summary>
/// The library's own CSV format, version 1: reads it as a source and writes it.
/// </summary>
/// <remarks>
/// <para>UTF-8, comma-separated, RFC 4180 quoting, a header line of exact lower-case names in any order. An unknown or
/// duplicated column is an error.</para>
/// <list type="table">
/// <listheader><term>Column</term><description>Content</description></listheader>
/// <item><term>reporter, partner (required)</term><description>Any code <see cref="Territory.FromCode"/> accepts; written as <see cref="Territory.Code"/>.</description></item>
/// <item><term>period (required)</term><description>SDMX form: <c>2024</c>, <c>2024-Q1</c>, <c>2024-01</c>, <c>2025-01/2025-10</c>.</description></item>
/// <item><term>flow (required)</term><description><c>X</c>, <c>M</c>, <c>T</c>, <c>B</c>, <c>RX</c>, <c>RM</c> (the <see cref="TradeFlow"/> names are read too).</description></item>
/// <item><term>value (required)</term><description>Invariant decimal, no thousands separator, no exponent; negative only for B.</description></item>
/// <item><term>currency (required)</term><description>ISO 4217 code.</description></item>
/// <item><term>commodity</term><description>Empty for all goods; with an empty <c>classification</c>, 2, 4 or 6 digits for an HS code (edition not stated), otherwise a named product group.</description></item>
/// <item><term>classification</term><description>Optional: the <see cref="CommodityClassification"/> code of the commodity code (<c>H6</c>, <c>S3</c>, <c>CN</c>, <c>NAT-CN</c>); empty for an HS code of no stated edition or a named group. Written whenever the classification is another.</description></item>
/// <item><term>quantity, quantity_unit, quantity_estimated</term><description>A non-negative decimal and its unit, both or neither; the flag is <c>true</c>, <c>false</c> or empty (false), and may be true only with a quantity.</description></item>
/// <item><term>net_weight, net_weight_unit, net_weight_estimated</term><description>The net weight, as the quantity.</description></item>
/// <item><term>gross_weight, gross_weight_unit, gross_weight_estimated</term><description>The gross weight, as the quantity.</description></item>
/// <item><term>alt_quantity, alt_quantity_unit, alt_quantity_estimated</term><description>The alternative quantity, as the quantity.</description></item>
/// <item><term>customs_regime, enterprise_type, transport_mode</term><description>Enum member names; empty for "all".</description></item>
/// <item><term>second_partner</term><description>The <see cref="TradeObservation.SecondPartner"/> as a territory code, like partner; empty for all second partners.</description></item>
/// <item><term>status</term><description>An <see cref="ObservationStatus"/> name (<c>Computed</c>, <c>BreakInSeries</c>, ...); empty for Final.</description></item>
/// <item><term>source_publisher, source_date, source_title, source_address, source_excerpt</term><description>The <see cref="SourceReference"/>; the date is yyyy-MM-dd.</description></item>
/// </list>
/// <para>The columns added after the first release (classification and the <c>_estimated</c>, weight, alternative
/// quantity and second_partner columns) are optional, so older files read unchanged. The format cannot hold the name of a commodity code
/// (only its code), and a named product group may not look like an HS code; the writer refuses what it cannot write
/// faithfully.</para>
/// </remarks>
/// <example>
/// <code>
/// await ObservationCsvFile.WriteAsync("trade.csv", observations);
/// await foreach (var o in new ObservationCsvFile("trade.csv").ReadAsync(TradeQuery.All)) { }
/// </code>
/// </example>
public sealed class ObservationCsvFile : StreamTradeDataSource
{
    /// <summary>The columns, in the order the writer writes them.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "reporter", "partner", "period", "flow", "commodity", "value", "currency", "quantity", "quantity_unit",
        "customs_regime", "enterprise_type", "transport_mode", "status",
        "source_publisher", "source_date", "source_title", "source_address", "source_excerpt",
        "classification", "quantity_estimated", "net_weight", "net_weight_unit", "net_weight_estimated",
        "gross_weight", "gross_weight_unit", "gross_weight_estimated", "alt_quantity", "alt_quantity_unit", "alt_quantity_estimated",
        "second_partner",
    ];

    private static readonly string[] RequiredColumns = ["reporter", "partner", "period", "flow", "value", "currency"];

    /// <summary>Reads a file.</summary>
    /// <param name="path">Path of the file; it is opened afresh, read-only, on each read, and gzip content is recognised.</param>
    /// <param name="options">How to treat bad input.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    public ObservationCsvFile(string path, ReadOptions? options = null)
        : base(path, options)
    {
    }

    /// <summary>Reads streams that <paramref name="openStream"/> opens (once per read).</summary>
    /// <param name="openStream">Opens the input.</param>
    /// <param name="name">The name that error messages and exceptions give as the source, such as the original file name; not blank.</param>
    /// <param name="options">How to treat bad input.</param>
    /// <exception cref="ArgumentNullException"><paramref name="openStream"/> is null.</exception>
    public ObservationCsvFile(Func<Stream> openStream, string name, ReadOptions? options = null)
        : base(openStream, name, options)
    {
    }

    /// <summary>Writes observations to a file in the format (UTF-8 without byte-order mark).</summary>
    /// <param name="path">The file to write; created, or replaced if it exists.</param>
    /// <param name="observations">The observations to write, in the order given.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>A task that completes when every observation has been written.</returns>
    /// <exception cref="ArgumentException">An observation cannot be written faithfully (see the remarks).</exception>
    public static async Task WriteAsync(string path, IEnumerable<TradeObservation> observations, CancellationToken cancellationToken = default)
    {
        Guard.Against.NullOrWhiteSpace(path);
        var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous);
        await using (stream.ConfigureAwait(false))
        {
            await WriteAsync(stream, observations, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes observations to a stream in the format (UTF-8 without byte-order mark); the stream stays open.</summary>
    /// <param name="stream">The stream to write to, from its current position; it is left open.</param>
    /// <param name="observations">The observations to write, in the order given.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>A task that completes when every observation has been written.</returns>
    /// <exception cref="ArgumentException">An observation cannot be written faithfully (see the remarks).</exception>
    public static Task WriteAsync(Stream stream, IEnumerable<TradeObservation> observations, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(observations);
        return WriteAsync(stream, ToAsync(observations), cancellationToken);
    }

    /// <summary>Writes a stream of observations to a stream in the format; the stream stays open.</summary>
    /// <param name="stream">The stream to write to, from its current position; it is left open.</param>
    /// <param name="observations">The observations to write, in the order they arrive.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>A task that completes when every observation has been written.</returns>
    /// <exception cref="ArgumentException">An observation cannot be written faithfully (see the remarks).</exception>
    public static async Task WriteAsync(Stream stream, IAsyncEnumerable<TradeObservation> observations, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(stream);
        Guard.Against.Null(observations);
        var csv = CsvWriter.Create(stream, CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: true);
        await using (csv.ConfigureAwait(false))
        {
            csv.WriteHeader([.. Columns]);
            long index = 0;
            await foreach (var o in observations.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                WriteRecord(csv, o, index++);
                await csv.EndRecordAsync(cancellationToken).ConfigureAwait(false);
            }

            await csv.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    protected override async IAsyncEnumerable<TradeObservation> ReadStreamAsync(Stream stream, TradeQuery query, ReadContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Guard.Against.Null(query);
        Guard.Against.Null(context);
        var errors = context.Errors;
        var table = await CsvTable.OpenAsync(stream, context.SourceName, errors, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        await using var disposeTable = table.ConfigureAwait(false);
        table.Require(errors, RequiredColumns);
        table.RejectUnknown(errors, Columns.Contains);
        var map = new ColumnMap(table);
        while (await table.ReadAsync(errors, cancellationToken).ConfigureAwait(false))
        {
            TradeObservation o;
            try
            {
                o = Parse(table, map);
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

    private static TradeObservation Parse(CsvTable t, ColumnMap m)
    {
        var r = t.Context;
        var reporter = r.Territory("reporter", t[m.Reporter]);
        var partner = r.Territory("partner", t[m.Partner]);
        var period = r.Period("period", t[m.Period]);
        var flow = r.Flow("flow", t[m.Flow]);
        var rawValue = t[m.Value];
        var amount = r.Decimal("value", rawValue);
        var currency = r.Currency("currency", t[m.Currency]);
        var o = r.Observation(reporter, partner, period, flow, new Money(amount, currency), "reporter", "value", rawValue);

        var quantity = ReadQuantity(r, "quantity", t[m.Quantity], t[m.QuantityUnit], t[m.QuantityEstimated]);
        var netWeight = ReadQuantity(r, "net_weight", t[m.NetWeight], t[m.NetWeightUnit], t[m.NetWeightEstimated]);
        var grossWeight = ReadQuantity(r, "gross_weight", t[m.GrossWeight], t[m.GrossWeightUnit], t[m.GrossWeightEstimated]);
        var altQuantity = ReadQuantity(r, "alt_quantity", t[m.AltQuantity], t[m.AltQuantityUnit], t[m.AltQuantityEstimated]);

        SourceReference? source = null;
        var publisher = t[m.SourcePublisher];
        var date = t[m.SourceDate];
        var title = t[m.SourceTitle];
        var address = t[m.SourceAddress];
        var excerpt = t[m.SourceExcerpt];
        if (!string.IsNullOrEmpty(publisher) || !string.IsNullOrEmpty(date) || !string.IsNullOrEmpty(title) || !string.IsNullOrEmpty(address) || !string.IsNullOrEmpty(excerpt))
        {
            source = new SourceReference(
                r.Required("source_publisher", publisher),
                string.IsNullOrEmpty(date) ? null : r.Date("source_date", date),
                NullIfEmpty(title),
                NullIfEmpty(address),
                NullIfEmpty(excerpt));
        }

        return o with
        {
            Commodity = ReadCommodity(r, t[m.Commodity], t[m.Classification]),
            Quantity = quantity,
            NetWeight = netWeight,
            GrossWeight = grossWeight,
            AlternativeQuantity = altQuantity,
            CustomsRegime = r.OptionalEnum<CustomsRegime>("customs_regime", t[m.CustomsRegime]),
            EnterpriseType = r.OptionalEnum<EnterpriseType>("enterprise_type", t[m.EnterpriseType]),
            TransportMode = r.OptionalEnum<TransportMode>("transport_mode", t[m.TransportMode]),
            SecondPartner = string.IsNullOrEmpty(t[m.SecondPartner]) ? null : r.Territory("second_partner", t[m.SecondPartner]),
            Status = r.OptionalEnum<ObservationStatus>("status", t[m.Status]) ?? ObservationStatus.Final,
            Source = source,
        };
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;

    private static Commodity? ReadCommodity(RecordContext r, string? code, string? classification)
    {
        if (string.IsNullOrWhiteSpace(classification))
        {
            // A stray CR or LF inside a quoted field (8703\r80) is a broken line, not the name of a product group.
            return code is not null && code.Any(char.IsControl)
                ? throw r.Error("commodity", code, "holds a control character (a stray line break?); a commodity is an HS code or a product group's name.")
                : RecordContext.Commodity(code);
        }

        if (!CommodityClassification.TryFromCode(classification, out var c))
        {
            throw r.Error("classification", classification, "not a known commodity classification (HS, H0..H6, SITC, S1..S4, BEC, B4, B5, CN or NAT- and a country's alpha-2 code).");
        }

        if (string.IsNullOrWhiteSpace(code))
        {
            throw r.Error("classification", classification, "a classification is given without a commodity code.");
        }

        try
        {
            return Commodity.Create(code.Trim(), c);
        }
        catch (FormatException e)
        {
            throw r.Error("commodity", code, e.Message, e);
        }
    }

    private static Quantity? ReadQuantity(RecordContext r, string field, string? valueText, string? unitText, string? estimatedText)
    {
        var estimated = ReadFlag(r, field + "_estimated", estimatedText);
        if (string.IsNullOrEmpty(valueText) && string.IsNullOrEmpty(unitText))
        {
            return estimated ? throw r.Error(field + "_estimated", estimatedText, $"flagged as estimated, but {field} is empty.") : null;
        }

        if (string.IsNullOrWhiteSpace(unitText))
        {
            throw r.Error(field + "_unit", unitText, $"{field} needs its unit.");
        }

        return new Quantity(r.NonNegativeDecimal(field, valueText), unitText) { IsEstimated = estimated };
    }

    private static bool ReadFlag(RecordContext r, string field, string? text) => text switch
    {
        null or "" or "false" => false,
        "true" => true,
        _ => throw r.Error(field, text, "expected true, false or an empty field."),
    };

    private static void WriteQuantity(CsvWriter csv, Quantity? quantity)
    {
        csv.WriteField(quantity?.Value.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
        csv.WriteField(quantity?.Unit ?? string.Empty);
        csv.WriteField(quantity is { IsEstimated: true } ? "true" : string.Empty);
    }

    private static void WriteRecord(CsvWriter csv, TradeObservation o, long index)
    {
        Guard.Against.Null(o);
        if (o.Commodity is { IsCode: false } named && CsvReaderHelpers.LooksLikeHs(named.Code))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Observation {index}: the named product group '{named.Code}' would read back as an HS code."), nameof(o));
        }

        var inv = CultureInfo.InvariantCulture;
        csv.WriteField(o.Reporter.Code);
        csv.WriteField(o.Partner.Code);
        csv.WriteField(o.Period.ToString());
        csv.WriteField(FlowCode(o.Flow));
        csv.WriteField(o.Commodity?.Code ?? string.Empty);
        csv.WriteField(o.Value.Amount.ToString(inv));
        csv.WriteField(o.Value.Currency.Code);
        csv.WriteField(o.Quantity?.Value.ToString(inv) ?? string.Empty);
        csv.WriteField(o.Quantity?.Unit ?? string.Empty);
        csv.WriteField(o.CustomsRegime?.ToString() ?? string.Empty);
        csv.WriteField(o.EnterpriseType?.ToString() ?? string.Empty);
        csv.WriteField(o.TransportMode?.ToString() ?? string.Empty);
        csv.WriteField(o.Status.ToString());
        csv.WriteField(o.Source?.Publisher ?? string.Empty);
        csv.WriteField(o.Source?.Date?.ToString("yyyy-MM-dd", inv) ?? string.Empty);
        csv.WriteField(o.Source?.Title ?? string.Empty);
        csv.WriteField(o.Source?.Address ?? string.Empty);
        csv.WriteField(o.Source?.Excerpt ?? string.Empty);
        csv.WriteField(o.Commodity?.Classification is { } c && c != CommodityClassification.Hs ? c.Code : string.Empty);
        csv.WriteField(o.Quantity is { IsEstimated: true } ? "true" : string.Empty);
        WriteQuantity(csv, o.NetWeight);
        WriteQuantity(csv, o.GrossWeight);
        WriteQuantity(csv, o.AlternativeQuantity);
        csv.WriteField(o.SecondPartner?.Code ?? string.Empty);
    }

    /// <summary>The format's code for a flow: X, M, T, B, RX, RM.</summary>
    /// <param name="flow">A defined flow.</param>
    /// <returns>The one- or two-letter code the format writes in the <c>flow</c> column, such as <c>X</c> for exports.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The flow is not a defined member.</exception>
    public static string FlowCode(TradeFlow flow) => FlowCodes.Code(flow);

    private static async IAsyncEnumerable<TradeObservation> ToAsync(IEnumerable<TradeObservation> items)
    {
        foreach (var i in items)
        {
            yield return i;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    private sealed class ColumnMap(CsvTable t)
    {
        public int Reporter { get; } = t.IndexOf("reporter");

        public int Partner { get; } = t.IndexOf("partner");

        public int Period { get; } = t.IndexOf("period");

        public int Flow { get; } = t.IndexOf("flow");

        public int Value { get; } = t.IndexOf("value");

        public int Currency { get; } = t.IndexOf("currency");

        public int Commodity { get; } = t.IndexOf("commodity");

        public int Quantity { get; } = t.IndexOf("quantity");

        public int QuantityUnit { get; } = t.IndexOf("quantity_unit");

        public int CustomsRegime { get; } = t.IndexOf("customs_regime");

        public int EnterpriseType { get; } = t.IndexOf("enterprise_type");

        public int TransportMode { get; } = t.IndexOf("transport_mode");

        public int SecondPartner { get; } = t.IndexOf("second_partner");

        public int Status { get; } = t.IndexOf("status");

        public int SourcePublisher { get; } = t.IndexOf("source_publisher");

        public int SourceDate { get; } = t.IndexOf("source_date");

        public int SourceTitle { get; } = t.IndexOf("source_title");

        public int SourceAddress { get; } = t.IndexOf("source_address");

        public int SourceExcerpt { get; } = t.IndexOf("source_excerpt");

        public int Classification { get; } = t.IndexOf("classification");

        public int QuantityEstimated { get; } = t.IndexOf("quantity_estimated");

        public int NetWeight { get; } = t.IndexOf("net_weight");

        public int NetWeightUnit { get; } = t.IndexOf("net_weight_unit");

        public int NetWeightEstimated { get; } = t.IndexOf("net_weight_estimated");

        public int GrossWeight { get; } = t.IndexOf("gross_weight");

        public int GrossWeightUnit { get; } = t.IndexOf("gross_weight_unit");

        public int GrossWeightEstimated { get; } = t.IndexOf("gross_weight_estimated");

        public int AltQuantity { get; } = t.IndexOf("alt_quantity");

        public int AltQuantityUnit { get; } = t.IndexOf("alt_quantity_unit");

        public int AltQuantityEstimated { get; } = t.IndexOf("alt_quantity_estimated");
    }
}

/// <summary>Small helpers shared by the readers.</summary>
internal static class CsvReaderHelpers
{
    public static bool LooksLikeHs(string text) => RecordContext.IsHsCode(text);
}
