using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace TradeStats.Sources;

/// <summary>
/// Reads SDMX-CSV: version 1.0 (first column <c>DATAFLOW</c>) and version 2.0 (first columns <c>STRUCTURE</c> or
/// <c>STRUCTURE[;]</c>, <c>STRUCTURE_ID</c> and optionally <c>ACTION</c>), delimited by commas, semicolons or tabs,
/// with ids or <c>labels=both</c> headers (<c>FREQ: Frequency</c>, cells <c>A: Annual</c>), with a
/// <see cref="SdmxCsvMapping"/> saying which dimension columns hold the reporter, partner, flow, commodity and measure.
/// </summary>
/// <remarks>
/// <para>Column ids are matched without regard to case. Every column is mapped, checked, ignored by name in the
/// mapping, or an error.</para>
/// <para>TIME_PERIOD is read in the SDMX period forms (<c>2024</c>, <c>2024-Q1</c>, <c>2024-S1</c>, <c>2024-01</c>,
/// <c>2024-M01</c>, <c>2024-A1</c>); a FREQ (or FREQUENCY) column not ignored by the mapping must agree with it
/// (A, S, Q, M). OBS_VALUE is an invariant number times 10^UNIT_MULT (or <see cref="SdmxCsvMapping.UnitMultiplier"/>),
/// applied while parsing, so that a value the multiplier would round, underflow or push past 28 digits is an error.
/// An empty OBS_VALUE (a missing observation) is an error, not a zero.</para>
/// <para>The currency is taken from every place a file gives one: the mapping's currency column, the standard
/// <c>CURRENCY</c> and <c>UNIT_MEASURE</c> columns, the measure (<see cref="SdmxCsvMapping.Measures"/>) and
/// <see cref="SdmxCsvMapping.Currency"/>; they must agree. A UNIT_MEASURE that is not a currency (a percentage, an
/// index, kilograms on a value row) is an error, and <c>XDC</c> (national currency) only stands when another column
/// names the currency.</para>
/// <para>Status: OBS_STATUS holds SDMX CL_OBS_STATUS codes (A or empty Final, P Preliminary, E Estimated,
/// F Forecast, I Imputed, B BreakInSeries, D DefinitionDiffers, U LowReliability, V Unvalidated, G Experimental,
/// N NotSignificant; H, L, M, O, Q say the value is missing). OBS_FLAG holds Eurostat's flags (p Preliminary,
/// e and s Estimated, r Revised, b BreakInSeries, d DefinitionDiffers, u LowReliability, n NotSignificant,
/// f Forecast; c confidential, z not applicable and <c>:</c> say the value is missing). Several Eurostat flags in
/// one cell (<c>bp</c>) give one status by precedence: Forecast, Preliminary, Estimated, LowReliability, Revised,
/// BreakInSeries, DefinitionDiffers, NotSignificant. A missing-value status with a value, or a value missing, is an
/// error. <see cref="SdmxCsvMapping.StatusCodes"/> overrides any of these. When OBS_STATUS and OBS_FLAG both say
/// something, they must agree.</para>
/// <para>With a <see cref="SdmxCsvMapping.MeasureColumn"/>, value rows become observations and quantity rows
/// attach to the value row of the same reporter, partner, flow, period and commodity as its net weight, quantity or
/// alternative quantity (estimated when the quantity row's status is Estimated; the quantity row's other statuses are
/// not held by <see cref="TradeStats.Quantity"/>). An observation is yielded once its value and every quantity measure of
/// the mapping have been read, the others at the end of the file; two rows of the same key and measure, and a
/// quantity row without a value row, are errors.</para>
/// <para>Version 2.0 rows with ACTION D (delete) are refused: they are not observations.</para>
/// </remarks>
public sealed class SdmxCsvReader : StreamTradeDataSource
{
    private static readonly ImmutableHashSet<string> HarmlessAttributes = ImmutableHashSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "CONF_STATUS",
        "DECIMALS",
        "TITLE",
        "TITLE_COMPL",
        "COMMENT",
        "OBS_COMMENT",
        "EMBARGO_TIME",
        "LAST_UPDATE",
        "STRUCTURE_NAME",
        "TIME_FORMAT");

    private static readonly ImmutableHashSet<string> MissingSdmxStatus = ImmutableHashSet.Create(StringComparer.Ordinal, "H", "L", "M", "O", "Q");

    private static readonly ImmutableDictionary<string, ObservationStatus> SdmxStatus = new Dictionary<string, ObservationStatus>(StringComparer.Ordinal)
    {
        ["A"] = ObservationStatus.Final,
        ["P"] = ObservationStatus.Preliminary,
        ["E"] = ObservationStatus.Estimated,
        ["F"] = ObservationStatus.Forecast,
        ["I"] = ObservationStatus.Imputed,
        ["B"] = ObservationStatus.BreakInSeries,
        ["D"] = ObservationStatus.DefinitionDiffers,
        ["U"] = ObservationStatus.LowReliability,
        ["V"] = ObservationStatus.Unvalidated,
        ["G"] = ObservationStatus.Experimental,
        ["N"] = ObservationStatus.NotSignificant,
    }.ToImmutableDictionary();

    // Eurostat flags, in the order of precedence used when a cell holds several.
    private static readonly (char Flag, ObservationStatus Status)[] EurostatFlags =
    [
        ('f', ObservationStatus.Forecast),
        ('p', ObservationStatus.Preliminary),
        ('e', ObservationStatus.Estimated),
        ('s', ObservationStatus.Estimated),
        ('u', ObservationStatus.LowReliability),
        ('r', ObservationStatus.Revised),
        ('b', ObservationStatus.BreakInSeries),
        ('d', ObservationStatus.DefinitionDiffers),
        ('n', ObservationStatus.NotSignificant),
    ];

    /// <summary>Reads a file.</summary>
    /// <param name="path">Path of the file; it is opened afresh, read-only, on each read, and gzip content is recognised.</param>
    /// <param name="mapping">Which columns hold the reporter, partner, period, flow, value and other fields, and how their codes translate.</param>
    /// <param name="options">How to treat bad input.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty, or the mapping is inconsistent.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="mapping"/> is null.</exception>
    public SdmxCsvReader(string path, SdmxCsvMapping mapping, ReadOptions? options = null)
        : base(path, options)
    {
        Mapping = Check(mapping);
    }

    /// <summary>Reads streams that <paramref name="openStream"/> opens (once per read).</summary>
    /// <param name="openStream">Opens the input.</param>
    /// <param name="name">The name that error messages and exceptions give as the source, such as the original file name; not blank.</param>
    /// <param name="mapping">Which columns hold the reporter, partner, period, flow, value and other fields, and how their codes translate.</param>
    /// <param name="options">How to treat bad input.</param>
    /// <exception cref="ArgumentNullException"><paramref name="openStream"/> or <paramref name="mapping"/> is null.</exception>
    /// <exception cref="ArgumentException">The mapping is inconsistent.</exception>
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
        Guard.Against.Null(query);
        Guard.Against.Null(context);
        var errors = context.Errors;
        var m = Mapping;
        var labelled = false;
        var table = await CsvTable.OpenAsync(stream, context.SourceName, errors, StringComparer.OrdinalIgnoreCase, cancellationToken, separator: null, headerId: h =>
        {
            var id = h.TrimStart('\uFEFF').Trim();
            var colon = id.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && !id.StartsWith("STRUCTURE[", StringComparison.OrdinalIgnoreCase))
            {
                labelled = true;
                id = id[..colon].TrimEnd();
            }

            return id;
        }, allowTrailingEmptyField: true).ConfigureAwait(false);
        await using var disposeTable = table.ConfigureAwait(false);
        var first = table.Header[0];
        var isV2 = first.Equals("STRUCTURE", StringComparison.OrdinalIgnoreCase)
            || (first.Length == 12 && first.StartsWith("STRUCTURE[", StringComparison.OrdinalIgnoreCase) && first[11] == ']');
        if (!isV2 && !first.Equals("DATAFLOW", StringComparison.OrdinalIgnoreCase))
        {
            throw errors.Fatal(new TradeDataFormatException(context.SourceName, 1, RecordUnit.Line, first, first, "not SDMX-CSV: the first column must be DATAFLOW (1.0) or STRUCTURE (2.0)."));
        }

        if (isV2)
        {
            table.Require(errors, "STRUCTURE_ID");
        }

        var required = new List<string> { "TIME_PERIOD", "OBS_VALUE", m.ReporterColumn, m.FlowColumn };
        required.AddRange(new[] { m.PartnerColumn, m.CurrencyColumn, m.CommodityColumn, m.MeasureColumn }.OfType<string>());
        table.Require(errors, required);
        var ignored = new HashSet<string>(m.IgnoredColumns, StringComparer.OrdinalIgnoreCase);
        var known = new HashSet<string>(required, StringComparer.OrdinalIgnoreCase)
        {
            first, "STRUCTURE_ID", "ACTION", "OBS_STATUS", "OBS_FLAG", "UNIT_MULT", "UNIT_MEASURE", "CURRENCY", "FREQ", "FREQUENCY",
        };
        known.UnionWith(ignored);
        table.RejectUnknown(errors, c => known.Contains(c) || HarmlessAttributes.Contains(c));

        int Optional(string column) => ignored.Contains(column) || Same(column, m.CurrencyColumn) ? -1 : table.IndexOf(column);
        var cols = new Columns(
            Time: table.IndexOf("TIME_PERIOD"),
            Value: table.IndexOf("OBS_VALUE"),
            Status: Optional("OBS_STATUS"),
            Flag: Optional("OBS_FLAG"),
            UnitMult: Optional("UNIT_MULT"),
            UnitMeasure: Optional("UNIT_MEASURE"),
            CurrencyAttribute: Optional("CURRENCY"),
            Freq: Optional("FREQ") >= 0 ? Optional("FREQ") : Optional("FREQUENCY"),
            Action: table.IndexOf("ACTION"),
            Reporter: table.IndexOf(m.ReporterColumn),
            Partner: m.PartnerColumn is null ? -1 : table.IndexOf(m.PartnerColumn),
            Flow: table.IndexOf(m.FlowColumn),
            Currency: m.CurrencyColumn is null ? -1 : table.IndexOf(m.CurrencyColumn),
            Commodity: m.CommodityColumn is null ? -1 : table.IndexOf(m.CommodityColumn),
            Measure: m.MeasureColumn is null ? -1 : table.IndexOf(m.MeasureColumn),
            Source: isV2 ? table.IndexOf("STRUCTURE_ID") : 0);

        var quantityKinds = m.Measures.Values.Select(x => x.Kind).Where(k => k != SdmxMeasureKind.Value).Distinct().Count();
        var pending = new Dictionary<SeriesKey, Pending>();
        while (await table.ReadAsync(errors, cancellationToken).ConfigureAwait(false))
        {
            TradeObservation? ready = null;
            try
            {
                var row = new Row(table, cols, labelled);
                ready = ReadRow(row, pending, quantityKinds);
            }
            catch (TradeDataFormatException e)
            {
                errors.Record(e);
                continue;
            }

            if (ready is not null && query.Matches(ready))
            {
                yield return ready;
            }
        }

        foreach (var p in pending.Values.OrderBy(p => p.FirstLine))
        {
            if (p.Value is null)
            {
                errors.Record(new TradeDataFormatException(context.SourceName, p.FirstLine, RecordUnit.Line, m.MeasureColumn, p.FirstMeasure, "a quantity without a value row of the same reporter, partner, flow, period and commodity: it cannot be attached to an observation."));
                continue;
            }

            var o = p.Complete();
            if (query.Matches(o))
            {
                yield return o;
            }
        }
    }

    private static bool Same(string a, string? b) => b is not null && a.Equals(b, StringComparison.OrdinalIgnoreCase);

    private static SdmxCsvMapping Check(SdmxCsvMapping mapping)
    {
        Guard.Against.Null(mapping);
        if (mapping.MeasureColumn is not null && mapping.Measures.Count == 0)
        {
            throw new ArgumentException("The mapping has a MeasureColumn but no Measures: say what each measure code holds.", nameof(mapping));
        }

        if (mapping.MeasureColumn is not null && !mapping.Measures.Values.Any(x => x.Kind == SdmxMeasureKind.Value))
        {
            throw new ArgumentException("The mapping's Measures have no Value measure: no row would become an observation.", nameof(mapping));
        }

        return mapping;
    }

    private TradeObservation? ReadRow(Row row, Dictionary<SeriesKey, Pending> pending, int quantityKinds)
    {
        var m = Mapping;
        var r = row.Context;
        if (row.Raw(row.Cols.Action) is { Length: > 0 } action && action != "I" && action != "R" && action != "M")
        {
            throw r.Error("ACTION", action, "only observations to insert or replace (I, R, M) can be read; D deletes.");
        }

        SdmxMeasure? measure = null;
        string? measureCode = null;
        if (m.MeasureColumn is not null)
        {
            measureCode = row.Code(row.Cols.Measure);
            measure = measureCode is not null && m.Measures.TryGetValue(measureCode, out var found)
                ? found
                : throw r.Error(m.MeasureColumn, measureCode, $"unknown measure (mapped: {string.Join(", ", m.Measures.Keys)}); a value of an unknown measure is never read as money.");
        }

        var reporter = Territory(r, m.ReporterColumn, row.Code(row.Cols.Reporter));
        var partner = m.PartnerColumn is null ? m.Partner : Territory(r, m.PartnerColumn, row.Code(row.Cols.Partner));
        var flowCode = row.Code(row.Cols.Flow);
        var flow = flowCode is not null && m.FlowCodes.TryGetValue(flowCode, out var f)
            ? f
            : throw r.Error(m.FlowColumn, flowCode, $"unknown flow code (mapped: {string.Join(", ", m.FlowCodes.Keys)}).");
        var period = r.Period("TIME_PERIOD", row.Raw(row.Cols.Time));
        CheckFrequency(row, period);
        var commodity = Commodity(r, m, row.Code(row.Cols.Commodity));
        var rawValue = row.Raw(row.Cols.Value);
        var status = Status(row, rawValue);
        var multiplier = Multiplier(row);

        // The multiplier is applied in the parse, so that a value it would round or underflow is refused.
        var amount = r.Decimal("OBS_VALUE", rawValue, allowExponent: true, powerOfTen: multiplier);
        if (measure is not null && measure.Kind != SdmxMeasureKind.Value)
        {
            if (amount < 0m)
            {
                throw r.Error("OBS_VALUE", rawValue, "a quantity must not be negative.");
            }

            CheckNoCurrencyOnQuantity(row);
            var quantity = new Quantity(RecordContext.WithoutNegativeZero(amount), measure.Unit ?? throw r.Error(m.MeasureColumn, measureCode, "the mapping gives this quantity measure no unit."))
            {
                IsEstimated = status == ObservationStatus.Estimated,
            };
            var key = new SeriesKey(reporter, partner, flow, period, commodity);
            var entry = Entry(pending, key, row.Line, measureCode!);
            entry.Add(r, m.MeasureColumn!, measureCode!, measure.Kind, quantity);
            return TryComplete(pending, key, entry, quantityKinds);
        }

        var currency = Currency(row, measure);
        var o = r.Observation(reporter, partner, period, flow, new Money(amount, currency), m.ReporterColumn, "OBS_VALUE", rawValue) with
        {
            Status = status,
            Commodity = commodity,
            Source = new SourceReference(row.Raw(row.Cols.Source) is { Length: > 0 } s ? s : "SDMX"),
        };
        if (measure is null)
        {
            return o;
        }

        var valueKey = new SeriesKey(reporter, partner, flow, period, commodity);
        var valueEntry = Entry(pending, valueKey, row.Line, measureCode!);
        if (valueEntry.Value is not null)
        {
            throw r.Error(m.MeasureColumn, measureCode, string.Create(CultureInfo.InvariantCulture, $"a second value row for the same reporter, partner, flow, period and commodity (the first is on line {valueEntry.ValueLine}): a dimension the mapping ignores may split the series."));
        }

        valueEntry.Value = o;
        valueEntry.ValueLine = row.Line;
        return TryComplete(pending, valueKey, valueEntry, quantityKinds);
    }

    private static Pending Entry(Dictionary<SeriesKey, Pending> pending, SeriesKey key, long line, string measureCode)
    {
        if (!pending.TryGetValue(key, out var entry))
        {
            entry = new Pending { FirstLine = line, FirstMeasure = measureCode };
            pending.Add(key, entry);
        }

        return entry;
    }

    private static TradeObservation? TryComplete(Dictionary<SeriesKey, Pending> pending, SeriesKey key, Pending entry, int quantityKinds)
    {
        if (entry.Value is null || entry.QuantityCount < quantityKinds)
        {
            return null;
        }

        pending.Remove(key);
        return entry.Complete();
    }

    private void CheckNoCurrencyOnQuantity(Row row)
    {
        foreach (var (index, field) in new[] { (row.Cols.Currency, Mapping.CurrencyColumn), (row.Cols.CurrencyAttribute, "CURRENCY") })
        {
            if (row.Code(index) is { Length: > 0 } code && code != "_Z")
            {
                throw row.Context.Error(field, code, "a currency on a quantity row: the measure says this value is a quantity, the currency says money.");
            }
        }

        if (row.Code(row.Cols.UnitMeasure) is { Length: > 0 } unit && ResolveCurrency(unit) is not null)
        {
            throw row.Context.Error("UNIT_MEASURE", unit, "a currency on a quantity row: the measure says this value is a quantity, the unit says money.");
        }
    }

    private static void CheckFrequency(Row row, Period period)
    {
        if (row.Code(row.Cols.Freq) is not { Length: > 0 } freq)
        {
            return;
        }

        PeriodKind? expected = freq switch
        {
            "A" => PeriodKind.Year,
            "S" => PeriodKind.Half,
            "Q" => PeriodKind.Quarter,
            "M" => PeriodKind.Month,
            _ => null,
        };
        if (expected is null)
        {
            throw row.Context.Error(row.Header(row.Cols.Freq), freq, "unsupported frequency (A, S, Q or M).");
        }

        if (period.Kind != expected)
        {
            throw row.Context.Error(row.Header(row.Cols.Freq), freq, $"the frequency says {expected} but TIME_PERIOD is a {period.Kind} ({period}).");
        }
    }

    private int Multiplier(Row row)
    {
        var multiplier = Mapping.UnitMultiplier;
        if (row.Code(row.Cols.UnitMult) is { Length: > 0 } multText
            && !int.TryParse(multText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out multiplier))
        {
            throw row.Context.Error("UNIT_MULT", multText, "not an integer power of ten.");
        }

        return multiplier is < -28 or > 28
            ? throw row.Context.Error("UNIT_MULT", multiplier.ToString(CultureInfo.InvariantCulture), "out of range (-28 to 28).")
            : multiplier;
    }

    private Territory Territory(RecordContext r, string column, string? code)
    {
        var text = r.Required(column, code);
        var viaMap = Mapping.TerritoryCodes.TryGetValue(text, out var mapped);
        if (viaMap)
        {
            text = mapped!;
        }
        else if (!Mapping.NumericTerritoryCodesAreM49 && text.All(char.IsAsciiDigit))
        {
            throw r.Error(column, code, "a numeric territory code of a provider whose numeric codes are its own, not UN M49: map it in TerritoryCodes.");
        }

        if (TradeStats.Territory.TryFromCode(text, out var t))
        {
            return t;
        }

        return viaMap && SdmxProviderGroups.TryGet(text, out var group)
            ? group
            : throw r.Error(column, code, "unknown territory code (expected ISO 3166-1 alpha-2, alpha-3 or M49, ISO 3166-2, WLD or a registered group; map others in TerritoryCodes).");
    }

    private static Commodity? Commodity(RecordContext r, SdmxCsvMapping m, string? code)
    {
        if (m.CommodityColumn is null)
        {
            return null;
        }

        var text = r.Required(m.CommodityColumn, code);
        if (m.AllCommodityCodes.Contains(text, StringComparer.Ordinal))
        {
            return null;
        }

        try
        {
            return TradeStats.Commodity.Create(text, m.CommodityClassification ?? CommodityClassification.Hs);
        }
        catch (FormatException e)
        {
            throw r.Error(m.CommodityColumn, code, e.Message + $" (or {string.Join(", ", m.AllCommodityCodes)} for all goods).", e);
        }
    }

    private Currency? ResolveCurrency(string code) =>
        Mapping.CurrencyCodes.TryGetValue(code, out var c) ? c
        : code.Length == 3 && TradeStats.Currency.TryFromCode(code, out var iso) ? iso
        : null;

    private Currency Currency(Row row, SdmxMeasure? measure)
    {
        var r = row.Context;
        var m = Mapping;
        var found = new List<(string Field, string Value, Currency Currency)>();
        var nationalField = (string?)null;
        if (m.CurrencyColumn is not null)
        {
            var code = r.Required(m.CurrencyColumn, row.Code(row.Cols.Currency));
            found.Add((m.CurrencyColumn, code, ResolveCurrency(code) ?? throw r.Error(m.CurrencyColumn, code, "unknown currency code (map it in CurrencyCodes or register it with Currency.Register).")));
        }

        if (row.Code(row.Cols.CurrencyAttribute) is { Length: > 0 } currencyCode && currencyCode != "_Z")
        {
            found.Add(("CURRENCY", currencyCode, ResolveCurrency(currencyCode) ?? throw r.Error("CURRENCY", currencyCode, "unknown currency code (map it in CurrencyCodes or register it with Currency.Register).")));
        }

        if (row.Code(row.Cols.UnitMeasure) is { Length: > 0 } unit && unit != "_Z")
        {
            if (ResolveCurrency(unit) is { } c)
            {
                found.Add(("UNIT_MEASURE", unit, c));
            }
            else if (unit == "XDC")
            {
                nationalField = unit;
            }
            else
            {
                throw r.Error("UNIT_MEASURE", unit, "the unit is not a currency the reader knows, so the value cannot be read as money (map it in CurrencyCodes if it is one).");
            }
        }

        if (measure?.Currency is { } measured)
        {
            found.Add((m.MeasureColumn!, row.Code(row.Cols.Measure)!, measured));
        }

        if (m.Currency is { } fixedCurrency)
        {
            found.Add(("mapping", fixedCurrency.Code, fixedCurrency));
        }

        if (found.Count == 0)
        {
            throw nationalField is not null
                ? r.Error("UNIT_MEASURE", nationalField, "national currency (XDC) without a CURRENCY column naming it: the reader does not guess the reporter's currency.")
                : r.Error("OBS_VALUE", row.Raw(row.Cols.Value), "no currency: the file has no CURRENCY or UNIT_MEASURE value here, and the mapping gives none.");
        }

        var first = found[0];
        foreach (var other in found.Skip(1).Where(o => o.Currency != first.Currency))
        {
            throw r.Error(other.Field, other.Value, $"the currency {other.Currency.Code} disagrees with {first.Field} {first.Value} ({first.Currency.Code}).");
        }

        return first.Currency;
    }

    private ObservationStatus Status(Row row, string? rawValue)
    {
        var r = row.Context;
        var fromStatus = Decode(r, "OBS_STATUS", row.Code(row.Cols.Status), eurostat: false);
        var fromFlag = Decode(r, "OBS_FLAG", row.Code(row.Cols.Flag), eurostat: true);
        var hasValue = !string.IsNullOrWhiteSpace(rawValue);
        foreach (var s in new[] { fromStatus, fromFlag })
        {
            if (s is { Missing: true })
            {
                throw hasValue
                    ? r.Error(s.Field, s.Code, $"the status says the value is missing ({s.Meaning}), yet OBS_VALUE is {rawValue}.")
                    : r.Error("OBS_VALUE", rawValue, $"no value: {s.Field} {s.Code} ({s.Meaning}).");
            }
        }

        if (fromStatus is { } a && fromFlag is { } b && a.Status != b.Status)
        {
            throw r.Error("OBS_FLAG", b.Code, $"OBS_STATUS {a.Code} says {a.Status}, OBS_FLAG {b.Code} says {b.Status}.");
        }

        return (fromStatus ?? fromFlag)?.Status ?? ObservationStatus.Final;
    }

    private DecodedStatus? Decode(RecordContext r, string field, string? code, bool eurostat)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        if (Mapping.StatusCodes.TryGetValue(code, out var mapped))
        {
            return new DecodedStatus(field, code, mapped, false, "mapped");
        }

        if (!eurostat)
        {
            if (SdmxStatus.TryGetValue(code, out var s))
            {
                return new DecodedStatus(field, code, s, false, s.ToString());
            }

            return MissingSdmxStatus.Contains(code)
                ? new DecodedStatus(field, code, ObservationStatus.Final, true, "SDMX missing-value status")
                : throw r.Error(field, code, "unmapped observation status (SDMX CL_OBS_STATUS A, P, E, F, I, B, D, U, V, G, N are built in; add others to SdmxCsvMapping.StatusCodes).");
        }

        var letters = code.Trim();
        if (letters.Contains(':', StringComparison.Ordinal) || letters.Contains('c', StringComparison.Ordinal) || letters.Contains('z', StringComparison.Ordinal))
        {
            var meaning = letters.Contains('c', StringComparison.Ordinal) ? "confidential" : letters.Contains('z', StringComparison.Ordinal) ? "not applicable" : "not available";
            return new DecodedStatus(field, code, ObservationStatus.Final, true, "Eurostat flag: " + meaning);
        }

        foreach (var ch in letters.Where(ch => !EurostatFlags.Any(x => x.Flag == ch)))
        {
            throw r.Error(field, code, $"unknown Eurostat flag '{ch}' (p, e, s, r, b, d, u, n, f, c, z and : are built in; add others to SdmxCsvMapping.StatusCodes).");
        }

        var status = EurostatFlags.First(x => letters.Contains(x.Flag, StringComparison.Ordinal)).Status;
        return new DecodedStatus(field, code, status, false, status.ToString());
    }

    private sealed record DecodedStatus(string Field, string Code, ObservationStatus Status, bool Missing, string Meaning);

    private readonly record struct Columns(
        int Time,
        int Value,
        int Status,
        int Flag,
        int UnitMult,
        int UnitMeasure,
        int CurrencyAttribute,
        int Freq,
        int Action,
        int Reporter,
        int Partner,
        int Flow,
        int Currency,
        int Commodity,
        int Measure,
        int Source);

    private readonly record struct SeriesKey(Territory Reporter, Territory Partner, TradeFlow Flow, Period Period, Commodity? Commodity);

    /// <summary>One record, with <c>labels=both</c> cells (<c>A: Annual</c>) cut to their codes.</summary>
    private readonly struct Row(CsvTable table, Columns cols, bool labelled)
    {
        public Columns Cols { get; } = cols;

        public RecordContext Context => table.Context;

        public long Line => table.Line;

        public string Header(int index) => table.Header[index];

        /// <summary>A cell as written (TIME_PERIOD, OBS_VALUE).</summary>
        public string? Raw(int index) => table[index];

        /// <summary>A coded cell: in a file with labels, the code before <c>": "</c>.</summary>
        public string? Code(int index)
        {
            var text = table[index];
            if (!labelled || text is null)
            {
                return text;
            }

            var colon = text.IndexOf(": ", StringComparison.Ordinal);
            return colon > 0 ? text[..colon] : text;
        }
    }

    private sealed class Pending
    {
        public long FirstLine { get; init; }

        public string FirstMeasure { get; init; } = string.Empty;

        public TradeObservation? Value { get; set; }

        public long ValueLine { get; set; }

        public Quantity? NetWeight { get; private set; }

        public Quantity? Quantity { get; private set; }

        public Quantity? AlternativeQuantity { get; private set; }

        public int QuantityCount { get; private set; }

        public void Add(RecordContext r, string field, string code, SdmxMeasureKind kind, Quantity quantity)
        {
            var existing = kind switch
            {
                SdmxMeasureKind.NetWeight => NetWeight,
                SdmxMeasureKind.Quantity => Quantity,
                _ => AlternativeQuantity,
            };
            if (existing is not null)
            {
                throw r.Error(field, code, "a second quantity row of this measure for the same reporter, partner, flow, period and commodity: a dimension the mapping ignores may split the series.");
            }

            switch (kind)
            {
                case SdmxMeasureKind.NetWeight: NetWeight = quantity; break;
                case SdmxMeasureKind.Quantity: Quantity = quantity; break;
                default: AlternativeQuantity = quantity; break;
            }

            QuantityCount++;
        }

        public TradeObservation Complete() => Value! with
        {
            NetWeight = NetWeight ?? Value!.NetWeight,
            Quantity = Quantity ?? Value!.Quantity,
            AlternativeQuantity = AlternativeQuantity ?? Value!.AlternativeQuantity,
        };
    }
}

/// <summary>Provider groups the SDMX reader knows when a mapping's territory codes lead to them and the library has not registered them.</summary>
internal static class SdmxProviderGroups
{
    private static readonly string[] Eu27 = ["AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"];

    private static readonly Lazy<ImmutableDictionary<string, Territory>> Groups = new(() =>
    {
        var eu = TradeStats.Territory.CreateGroup("EU27_2020", "European Union (27 countries, from 2020)", Eu27.Select(c => new GroupMembership(TradeStats.Territory.FromCode(c))));
        var extra = TradeStats.Territory.CreateGroup(
            "EXTRA_EU27_2020",
            "Extra-EU27 (from 2020): the world without the EU27_2020",
            TradeStats.Territory.Countries.Where(c => !Eu27.Contains(c.Code, StringComparer.Ordinal)).Select(c => new GroupMembership(c)));
        return new Dictionary<string, Territory>(StringComparer.OrdinalIgnoreCase) { [eu.Code] = eu, [extra.Code] = extra }.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase);
    });

    public static bool TryGet(string code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Territory? group) => Groups.Value.TryGetValue(code, out group);
}
