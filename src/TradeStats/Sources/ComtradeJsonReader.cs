using System.Runtime.CompilerServices;
using System.Text.Json;

namespace TradeStats.Sources;

/// <summary>
/// Reads a UN Comtrade JSON response: the API v1 one, <c>{"count":4,"data":[...],"error":""}</c>, or the legacy
/// comtrade.un.org one, <c>{"validation":{...},"dataset":[{"pfCode":"H4","yr":2017,"rgCode":1,"rtCode":...}]}</c>,
/// streaming its records.
/// </summary>
/// <remarks>
/// <para>Mapping, shared with <see cref="ComtradeCsvReader"/> (every spelling of a field is one field):</para>
/// <list type="bullet">
/// <item>reporterCode / rtCode and reporterISO / rt3ISO, partnerCode / ptCode and partnerISO / pt3ISO: territories. Numbers
/// are UN Comtrade's (842 the USA, 251 France, 490 Other Asia, nes as an <see cref="TerritoryKind.Area"/>, 0 the world),
/// ISO codes are trimmed; a number and an ISO code that name different territories are an error naming both.
/// partner2Code / ptCode2 and partner2ISO / pt3ISO2 (legacy CSV: 2nd Partner Code, 2nd Partner ISO) are read the same way
/// into <see cref="TradeObservation.SecondPartner"/>, the country of consignment (imports) or destination (exports);
/// 0, W00 or an empty field is all second partners (null).</item>
/// <item>period (or the year alone) and freqCode: a year (<c>2010</c>) or a month (<c>201001</c>).</item>
/// <item>flowCode X, M, RX, RM; legacy rgCode 1 import, 2 export, 3 re-export, 4 re-import, or 0 with the flow in rgDesc
/// (<c>X</c>, <c>Export</c>). Processing flows (MIP, XOP, ...) are refused.</item>
/// <item>cmdCode with classificationCode / pfCode (H0..H6, HS, S1..S4, SITC, B4, B5, BEC): a code of that classification,
/// named by cmdDesc; TOTAL or ALL (aggregate level 0) is all goods. Legacy HS codes that lost their leading zero are padded.</item>
/// <item>The value: primaryValue / TradeValue, or cifvalue / CIFValue, or fobvalue / FOBValue as chosen, in US dollars,
/// never negative; a missing chosen value is an error, never replaced by another.</item>
/// <item>qty, altQty, netWgt, grossWgt (kg) are kept with their units; unit -1 (N/A) or 1 (no quantity) with 0 is no quantity.
/// Unit codes 2 to 13 read as their WCO abbreviation (5 <c>u</c>, 8 <c>kg</c>), and a unit text that names another unit is
/// an error. On an all-goods (TOTAL) record a weight of 0 is not given (Comtrade does not add weights across commodities).
/// isQtyEstimated, isAltQtyEstimated, isNetWgtEstimated, isGrossWgtEstimated and the legacy flag (0 none, 2 quantity,
/// 4 net weight, 6 both estimated) mark the quantity estimated, never the value; the two must agree when both are given.</item>
/// <item>isReported false with isAggregate true: <see cref="ObservationStatus.Computed"/>; isReported false otherwise:
/// <see cref="ObservationStatus.Estimated"/>; else Final.</item>
/// <item>customsCode C00 and motCode 0 are all (other customs codes are refused; transport codes map to
/// <see cref="TransportMode"/>); mosCode must be 0.</item>
/// </list>
/// <para>A member the mapping neither reads nor knowingly ignores is an error. A non-empty <c>error</c>, a legacy
/// validation status other than 0, a response without records (such as <c>{"statusCode":401,"message":...}</c>), or a
/// count that differs from the number of records read is a <see cref="TradeDataFormatException"/>: a partial response
/// is never returned as complete.</para>
/// </remarks>
public sealed class ComtradeJsonReader : StreamTradeDataSource
{
    private readonly ComtradeValue _value;

    /// <summary>Reads a file.</summary>
    /// <param name="path">Path of the file; it is opened afresh, read-only, on each read, and gzip content is recognised.</param>
    /// <param name="options">How to treat bad input.</param>
    /// <param name="value">Which value to read: primary (the default), CIF or FOB; a record without it is an error.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined choice.</exception>
    public ComtradeJsonReader(string path, ReadOptions? options = null, ComtradeValue value = ComtradeValue.Primary)
        : base(path, options)
    {
        _value = ComtradeCsvReader.Checked(value);
    }

    /// <summary>Reads streams that <paramref name="openStream"/> opens (once per read), such as an HTTP response body.</summary>
    /// <param name="openStream">Opens the input.</param>
    /// <param name="name">The name that error messages and exceptions give as the source, such as the original file name; not blank.</param>
    /// <param name="options">How to treat bad input.</param>
    /// <param name="value">Which value to read: primary (the default), CIF or FOB; a record without it is an error.</param>
    /// <exception cref="ArgumentNullException"><paramref name="openStream"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined choice.</exception>
    public ComtradeJsonReader(Func<Stream> openStream, string name, ReadOptions? options = null, ComtradeValue value = ComtradeValue.Primary)
        : base(openStream, name, options)
    {
        _value = ComtradeCsvReader.Checked(value);
    }

    /// <inheritdoc/>
    protected override async IAsyncEnumerable<TradeObservation> ReadStreamAsync(Stream stream, TradeQuery query, ReadContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Guard.Against.Null(query);
        Guard.Against.Null(context);
        await foreach (var o in JsonStreaming.StreamAsync(stream, new Document(_value), context.Errors, cancellationToken).ConfigureAwait(false))
        {
            if (query.Matches(o))
            {
                yield return o;
            }
        }
    }

    private sealed class Document(ComtradeValue value) : JsonRecordDocument<TradeObservation>
    {
        private string? _count;
        private string? _error;
        private string? _message;
        private string? _lastName;
        private string? _arrayName;

        public override string ArrayProperty => "data";

        public override bool IsArrayProperty(string name)
        {
            _lastName = name;
            return name is "data" or "dataset";
        }

        public override void OnArrayStart(RecordContext context)
        {
            if (_arrayName is not null)
            {
                throw context.Error(_lastName, null, $"a second array of records next to \"{_arrayName}\".");
            }

            _arrayName = _lastName;
        }

        public override void OnProperty(string name, ref Utf8JsonReader reader, RecordContext context)
        {
            switch (name)
            {
                case "count":
                    _count = JsonStreaming.ScalarText(ref reader, context, name);
                    break;
                case "error":
                    _error = JsonStreaming.ScalarText(ref reader, context, name);
                    CheckError(context);
                    break;
                case "message" or "statusCode":
                    _message = (_message is null ? string.Empty : _message + " ") + JsonStreaming.Raw(ref reader);
                    break;
                case "validation":
                    Validation(ref reader, context);
                    break;
                case "data" or "dataset" when reader.TokenType == JsonTokenType.Null:
                    break;
                case "data" or "dataset":
                    throw context.Error(name, JsonStreaming.Raw(ref reader), "expected an array of records.");
                default:
                    break; // elapsedTime and other informational members
            }
        }

        public override TradeObservation ParseElement(ref Utf8JsonReader reader, RecordContext r)
        {
            JsonStreaming.ExpectObject(ref reader, r, _arrayName ?? "data");
            var layout = _arrayName == "dataset" ? ComtradeLayout.Legacy : ComtradeLayout.Plus;
            var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = JsonStreaming.Text(ref reader, r, null);
                reader.Read();
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    throw r.Error(name, JsonStreaming.Raw(ref reader), "expected a scalar value.");
                }

                var text = JsonStreaming.ScalarText(ref reader, r, name);
                if (ComtradeFields.Ignored.Contains(name))
                {
                    continue;
                }

                if (!ComtradeFields.Aliases.TryGetValue(name, out var alias))
                {
                    throw r.Error(name, text, "unknown Comtrade member: neither read nor known to be ignorable.");
                }

                if (alias.Layout == ComtradeLayout.Legacy && layout == ComtradeLayout.Plus)
                {
                    throw r.Error(name, text, "a legacy Comtrade member in an API v1 \"data\" record.");
                }

                if (!names.TryAdd(alias.Field, name))
                {
                    throw r.Error(name, text, names[alias.Field] == name ? "the member appears twice." : $"the member repeats {names[alias.Field]}.");
                }

                fields[alias.Field] = text;
            }

            return ComtradeMapping.Map(new ComtradeRecord(layout, names, n => fields.TryGetValue(n, out var v) ? v : null), r, value);
        }

        public override void OnEnd(long count, bool sawArray, RecordContext context)
        {
            CheckError(context);
            if (!sawArray)
            {
                throw context.Error("data", _message, _message is null ? "not a Comtrade data response: the \"data\" (or legacy \"dataset\") array is missing." : "the service answered with an error instead of data.");
            }

            if (_count is not null && _count != count.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                throw context.Error("count", _count, $"the response announces {_count} records but holds {count}: it is incomplete or inconsistent.");
            }
        }

        /// <summary>The legacy response's <c>validation</c>: status.value 0 is success; count.value is the number of records.</summary>
        private void Validation(ref Utf8JsonReader reader, RecordContext context)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return;
            }

            using var doc = JsonDocument.ParseValue(ref reader);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw context.Error("validation", root.GetRawText(), "expected an object.");
            }

            if (root.TryGetProperty("status", out var status) && status.ValueKind == JsonValueKind.Object
                && status.TryGetProperty("value", out var code) && code.GetRawText() != "0")
            {
                throw context.Error("validation.status", status.GetRawText(), "UN Comtrade returned an error.");
            }

            if (root.TryGetProperty("count", out var count) && count.ValueKind == JsonValueKind.Object
                && count.TryGetProperty("value", out var n) && n.ValueKind == JsonValueKind.Number)
            {
                _count = n.GetRawText();
            }
        }

        private void CheckError(RecordContext context)
        {
            if (!string.IsNullOrEmpty(_error))
            {
                throw context.Error("error", _error, "UN Comtrade returned an error.");
            }
        }
    }
}
