using System.Runtime.CompilerServices;
using System.Text.Json;

namespace TradeStats.Sources;

/// <summary>
/// Reads a UN Comtrade API v1 data response, <c>{"count":4,"data":[...],"error":""}</c>, streaming the records of
/// <c>data</c>.
/// </summary>
/// <remarks>
/// <para>Mapping, shared with <see cref="ComtradeCsvReader"/>:</para>
/// <list type="bullet">
/// <item>reporterISO / reporterCode, partnerISO / partnerCode: territories (the ISO code first; code 0 or W00 is the world). partner2Code must be 0.</item>
/// <item>period and freqCode: a year (A, <c>2010</c>) or a month (M, <c>201001</c>).</item>
/// <item>flowCode: X exports, M imports, RX re-exports, RM re-imports; other flows are refused.</item>
/// <item>cmdCode: TOTAL is all goods (aggrLevel 0); 2, 4 or 6 digits an HS code named by cmdDesc.</item>
/// <item>customsCode C00 is all customs procedures (others are refused); motCode 0 is all modes, 1000 air, 2100 sea,
/// 3100 rail, 3200 road, 9000 unknown, 2200/9100/9200/9300/9900 other.</item>
/// <item>primaryValue: the value, in US dollars, never negative. cifvalue, fobvalue and netWgt are checked but not kept.</item>
/// <item>qty with qtyUnitAbbr (qtyUnitCode -1 or a null qty: no quantity).</item>
/// <item>isReported false: status Estimated; otherwise Final. The source is "UN Comtrade" with the classification.</item>
/// </list>
/// <para>A non-empty <c>error</c>, a response without <c>data</c> (such as <c>{"statusCode":401,"message":...}</c>), or a
/// <c>count</c> that differs from the number of records read is a <see cref="TradeDataFormatException"/>: a partial
/// response is never returned as complete.</para>
/// </remarks>
public sealed class ComtradeJsonReader : StreamTradeDataSource
{
    /// <summary>Reads a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">How to treat bad input.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    public ComtradeJsonReader(string path, ReadOptions? options = null)
        : base(path, options)
    {
    }

    /// <summary>Reads streams that <paramref name="openStream"/> opens (once per read), such as an HTTP response body.</summary>
    /// <param name="openStream">Opens the input.</param>
    /// <param name="name">The name for messages.</param>
    /// <param name="options">How to treat bad input.</param>
    /// <exception cref="ArgumentNullException"><paramref name="openStream"/> is null.</exception>
    public ComtradeJsonReader(Func<Stream> openStream, string name, ReadOptions? options = null)
        : base(openStream, name, options)
    {
    }

    /// <inheritdoc/>
    protected override async IAsyncEnumerable<TradeObservation> ReadStreamAsync(Stream stream, TradeQuery query, ReadContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(context);
        await foreach (var o in JsonStreaming.StreamAsync(stream, new Document(), context.Errors, cancellationToken).ConfigureAwait(false))
        {
            if (query.Matches(o))
            {
                yield return o;
            }
        }
    }

    private sealed class Document : JsonRecordDocument<TradeObservation>
    {
        private string? _count;
        private string? _error;
        private string? _message;

        public override string ArrayProperty => "data";

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
                case "data" when reader.TokenType == JsonTokenType.Null:
                    break;
                case "data":
                    throw context.Error(name, JsonStreaming.Raw(ref reader), "expected an array of records.");
                default:
                    break; // elapsedTime and other informational members
            }
        }

        public override TradeObservation ParseElement(ref Utf8JsonReader reader, RecordContext r)
        {
            JsonStreaming.ExpectObject(ref reader, r, "data");
            var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = JsonStreaming.Text(ref reader, r, null);
                reader.Read();
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    throw r.Error(name, JsonStreaming.Raw(ref reader), "expected a scalar value.");
                }

                if (!fields.TryAdd(name, JsonStreaming.ScalarText(ref reader, r, name)))
                {
                    throw r.Error(name, JsonStreaming.Raw(ref reader), "the member appears twice.");
                }
            }

            return ComtradeMapping.Map(n => fields.TryGetValue(n, out var v) ? v : null, r);
        }

        public override void OnEnd(long count, bool sawArray, RecordContext context)
        {
            CheckError(context);
            if (!sawArray)
            {
                throw context.Error("data", _message, _message is null ? "not a Comtrade data response: the \"data\" array is missing." : "the service answered with an error instead of data.");
            }

            if (_count is not null && _count != count.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                throw context.Error("count", _count, $"the response announces {_count} records but holds {count}: it is incomplete or inconsistent.");
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
