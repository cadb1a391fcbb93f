using System.Globalization;
using System.Runtime.CompilerServices;

namespace TradeStats.Sources;

/// <summary>
/// Reads SDMX-CSV: version 1.0 (first column <c>DATAFLOW</c>) and version 2.0 (first columns <c>STRUCTURE</c>,
/// <c>STRUCTURE_ID</c> and optionally <c>ACTION</c>), with a <see cref="SdmxCsvMapping"/> saying which dimension
/// columns hold the reporter, partner, flow and currency.
/// </summary>
/// <remarks>
/// <para>TIME_PERIOD is read in the SDMX period forms (<c>2024</c>, <c>2024-Q1</c>, <c>2024-S1</c>, <c>2024-01</c>,
/// <c>2024-M01</c>, <c>2024-A1</c>); OBS_VALUE is an invariant number multiplied by 10^UNIT_MULT (or
/// <see cref="SdmxCsvMapping.UnitMultiplier"/>); OBS_STATUS A or empty is Final, P Preliminary, E Estimated, other codes
/// only through <see cref="SdmxCsvMapping.StatusCodes"/>. An empty OBS_VALUE (a missing observation) is an error,
/// not a zero. Version 2.0 rows with ACTION D (delete) are refused: they are not observations.</para>
/// </remarks>
public sealed class SdmxCsvReader : StreamTradeDataSource
{
    private static readonly HashSet<string> StandardAttributes = new(StringComparer.Ordinal)
    {
        "OBS_FLAG", "CONF_STATUS", "DECIMALS", "UNIT_MEASURE", "TITLE", "COMMENT", "OBS_COMMENT", "EMBARGO_TIME", "LAST_UPDATE",
    };

    /// <summary>Reads a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="mapping">The column mapping.</param>
    /// <param name="options">How to treat bad input.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="mapping"/> is null.</exception>
    public SdmxCsvReader(string path, SdmxCsvMapping mapping, ReadOptions? options = null)
        : base(path, options)
    {
        Mapping = Check(mapping);
    }

    /// <summary>Reads streams that <paramref name="openStream"/> opens (once per read).</summary>
    /// <param name="openStream">Opens the input.</param>
    /// <param name="name">The name for messages.</param>
    /// <param name="mapping">The column mapping.</param>
    /// <param name="options">How to treat bad input.</param>
    /// <exception cref="ArgumentNullException"><paramref name="openStream"/> or <paramref name="mapping"/> is null.</exception>
    public SdmxCsvReader(Func<Stream> openStream, string name, SdmxCsvMapping mapping, ReadOptions? options = null)
        : base(openStream, name, options)
    {
        Mapping = Check(mapping);
    }

    /// <summary>The column mapping.</summary>
    public SdmxCsvMapping Mapping { get; }

    /// <inheritdoc/>
    protected override async IAsyncEnumerable<TradeObservation> ReadStreamAsync(Stream stream, TradeQuery query, ReadContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(context);
        var errors = context.Errors;
        var m = Mapping;
        var table = await CsvTable.OpenAsync(stream, context.SourceName, errors, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        await using var disposeTable = table.ConfigureAwait(false);
        var first = table.Header[0].TrimStart('\uFEFF');
        var isV2 = first == "STRUCTURE";
        if (!isV2 && first != "DATAFLOW")
        {
            throw errors.Fatal(new TradeDataFormatException(context.SourceName, 1, RecordUnit.Line, table.Header[0], table.Header[0], "not SDMX-CSV: the first column must be DATAFLOW (1.0) or STRUCTURE (2.0)."));
        }

        if (isV2)
        {
            table.Require(errors, "STRUCTURE_ID");
        }

        var required = new List<string> { "TIME_PERIOD", "OBS_VALUE", m.ReporterColumn, m.FlowColumn };
        required.AddRange(new[] { m.PartnerColumn, m.CurrencyColumn, m.CommodityColumn }.OfType<string>());
        table.Require(errors, required);
        var known = new HashSet<string>(required, StringComparer.Ordinal) { table.Header[0], "STRUCTURE_ID", "ACTION", "STRUCTURE_NAME", "OBS_STATUS", "UNIT_MULT" };
        known.UnionWith(m.IgnoredColumns);
        table.RejectUnknown(errors, c => known.Contains(c) || StandardAttributes.Contains(c) || c == first);

        var cols = (
            Time: table.IndexOf("TIME_PERIOD"),
            Value: table.IndexOf("OBS_VALUE"),
            Status: table.IndexOf("OBS_STATUS"),
            UnitMult: table.IndexOf("UNIT_MULT"),
            Action: table.IndexOf("ACTION"),
            Reporter: table.IndexOf(m.ReporterColumn),
            Partner: m.PartnerColumn is null ? -1 : table.IndexOf(m.PartnerColumn),
            Flow: table.IndexOf(m.FlowColumn),
            Currency: m.CurrencyColumn is null ? -1 : table.IndexOf(m.CurrencyColumn),
            Commodity: m.CommodityColumn is null ? -1 : table.IndexOf(m.CommodityColumn));

        while (await table.ReadAsync(errors, cancellationToken).ConfigureAwait(false))
        {
            TradeObservation o;
            try
            {
                var r = table.Context;
                if (table[cols.Action] is { Length: > 0 } action && action != "I" && action != "R" && action != "M")
                {
                    throw r.Error("ACTION", action, "only observations to insert or replace (I, R, M) can be read; D deletes.");
                }

                var reporter = Territory(r, m.ReporterColumn, table[cols.Reporter]);
                var partner = m.PartnerColumn is null ? m.Partner : Territory(r, m.PartnerColumn, table[cols.Partner]);
                var flowCode = table[cols.Flow];
                var flow = flowCode is not null && m.FlowCodes.TryGetValue(flowCode, out var f)
                    ? f
                    : throw r.Error(m.FlowColumn, flowCode, $"unknown flow code (mapped: {string.Join(", ", m.FlowCodes.Keys)}).");
                var period = r.Period("TIME_PERIOD", table[cols.Time]);
                var rawValue = table[cols.Value];
                var multiplier = m.UnitMultiplier;
                if (table[cols.UnitMult] is { Length: > 0 } multText
                    && !int.TryParse(multText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out multiplier))
                {
                    throw r.Error("UNIT_MULT", multText, "not an integer power of ten.");
                }

                if (multiplier is < -28 or > 28)
                {
                    throw r.Error("UNIT_MULT", multiplier.ToString(CultureInfo.InvariantCulture), "out of range (-28 to 28).");
                }

                // The multiplier is applied in the parse, so that a value it would round or underflow is refused.
                var value = r.Decimal("OBS_VALUE", rawValue, allowExponent: true, powerOfTen: multiplier);
                var currency = Currency(r, m, table[cols.Currency]);
                var status = Status(r, m, table[cols.Status]);
                o = r.Observation(reporter, partner, period, flow, new Money(value, currency), m.ReporterColumn, "OBS_VALUE", rawValue);
                var commodityText = table[cols.Commodity];
                Commodity? commodity = null;
                if (m.CommodityColumn is not null && commodityText is { Length: > 0 } && commodityText != "TOTAL" && commodityText != "_T")
                {
                    commodity = RecordContext.IsHsCode(commodityText)
                        ? TradeStats.Commodity.Hs(commodityText)
                        : throw r.Error(m.CommodityColumn, commodityText, "expected TOTAL, _T or an HS code of 2, 4 or 6 digits.");
                }

                o = o with { Status = status, Commodity = commodity, Source = new SourceReference(table[0] ?? "SDMX") };
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

    private static SdmxCsvMapping Check(SdmxCsvMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        if (mapping.CurrencyColumn is null && mapping.Currency is null)
        {
            throw new ArgumentException("The mapping needs a CurrencyColumn or a fixed Currency.", nameof(mapping));
        }

        return mapping;
    }

    private Territory Territory(RecordContext r, string column, string? code)
    {
        if (code is not null && Mapping.TerritoryCodes.TryGetValue(code, out var mapped))
        {
            code = mapped;
        }

        return r.Territory(column, code);
    }

    private static Currency Currency(RecordContext r, SdmxCsvMapping m, string? code)
    {
        if (m.CurrencyColumn is null)
        {
            return m.Currency!;
        }

        return code is not null && m.CurrencyCodes.TryGetValue(code, out var c) ? c : r.Currency(m.CurrencyColumn, code);
    }

    private static ObservationStatus Status(RecordContext r, SdmxCsvMapping m, string? code)
    {
        if (code is not null && m.StatusCodes.TryGetValue(code, out var mapped))
        {
            return mapped;
        }

        return code switch
        {
            null or "" or "A" => ObservationStatus.Final,
            "P" => ObservationStatus.Preliminary,
            "E" => ObservationStatus.Estimated,
            _ => throw r.Error("OBS_STATUS", code, "unmapped observation status (A, P and E are built in; add others to SdmxCsvMapping.StatusCodes)."),
        };
    }
}
