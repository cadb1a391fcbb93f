using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using TradeStats.Serialization;

namespace TradeStats.Sources;

/// <summary>
/// The library's own JSON format, version 1: reads it as a source (streaming, one observation in memory at a time)
/// and writes it.
/// </summary>
/// <remarks>
/// <para>A file is <c>{"format":"tradestats-observations","version":1,"observations":[...]}</c>. The
/// <c>format</c> and <c>version</c> members come before <c>observations</c> so that a reader knows the version before
/// it streams the records. Each observation is:</para>
/// <code>
/// {"reporter":"CN-XZ","partner":"WLD","period":"2024","flow":"Total",
///  "value":{"amount":12670000000,"currency":"CNY"},
///  "quantity":{"value":12938,"unit":"vehicles","estimated":true},
///  "netWeight":{"value":1500,"unit":"kg"},"grossWeight":{"value":1600,"unit":"kg"},"alternativeQuantity":{"value":3,"unit":"u"},
///  "commodity":{"hs":"8703","name":"Motor cars"}  or  {"code":"42","classification":"S1"}  or  {"group":"New energy vehicles"},
///  "customsRegime":"GeneralTrade","enterpriseType":"Private","transportMode":"Air","secondPartner":"US","status":"Final",
///  "source":{"publisher":"Xinhua","date":"2025-02-17","title":"...","address":"...","excerpt":"..."}}
/// </code>
/// <para>reporter, partner, period, flow and value are required; the other members are optional and omitted when
/// null (a null member reads as absent); a quantity's <c>estimated</c> flag is written only when true. A commodity code of
/// a classification other than HS of no stated edition is written with its <c>classification</c>
/// (<see cref="CommodityClassification.Code"/>). Amounts are JSON numbers written exactly from decimal. Flow and enum values
/// are member names; period is its SDMX string; territories and currencies are codes. An unknown or repeated member
/// is an error.</para>
/// </remarks>
/// <example>
/// <code>
/// await ObservationJsonFile.WriteAsync("trade.json", observations);
/// await foreach (var o in new ObservationJsonFile("trade.json").ReadAsync(TradeQuery.All)) { }
/// </code>
/// </example>
public sealed class ObservationJsonFile : StreamTradeDataSource
{
    /// <summary>The value of the root <c>format</c> member.</summary>
    public const string FormatName = "tradestats-observations";

    /// <summary>The format version this library reads and writes.</summary>
    public const int FormatVersion = 1;

    /// <summary>Reads a file.</summary>
    /// <param name="path">Path of the file; it is opened afresh, read-only, on each read, and gzip content is recognised.</param>
    /// <param name="options">How to treat bad input.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    public ObservationJsonFile(string path, ReadOptions? options = null)
        : base(path, options)
    {
    }

    /// <summary>Reads streams that <paramref name="openStream"/> opens (once per read).</summary>
    /// <param name="openStream">Opens the input.</param>
    /// <param name="name">The name that error messages and exceptions give as the source, such as the original file name; not blank.</param>
    /// <param name="options">How to treat bad input.</param>
    /// <exception cref="ArgumentNullException"><paramref name="openStream"/> is null.</exception>
    public ObservationJsonFile(Func<Stream> openStream, string name, ReadOptions? options = null)
        : base(openStream, name, options)
    {
    }

    /// <summary>Writes observations to a file (UTF-8, indented when asked).</summary>
    /// <param name="path">The file to write; created, or replaced if it exists.</param>
    /// <param name="observations">The observations to write, in the order given.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>A task that completes when every observation has been written.</returns>
    public static async Task WriteAsync(string path, IEnumerable<TradeObservation> observations, bool indented = false, CancellationToken cancellationToken = default)
    {
        Guard.Against.NullOrWhiteSpace(path);
        var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous);
        await using (stream.ConfigureAwait(false))
        {
            await WriteAsync(stream, observations, indented, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes observations to a stream; the stream stays open.</summary>
    /// <param name="stream">The stream to write to, from its current position; it is left open.</param>
    /// <param name="observations">The observations to write, in the order given.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>A task that completes when every observation has been written.</returns>
    public static async Task WriteAsync(Stream stream, IEnumerable<TradeObservation> observations, bool indented = false, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(stream);
        Guard.Against.Null(observations);
        var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented });
        await using (writer.ConfigureAwait(false))
        {
            writer.WriteStartObject();
            writer.WriteString("format", FormatName);
            writer.WriteNumber("version", FormatVersion);
            writer.WriteStartArray("observations");
            foreach (var o in observations)
            {
                cancellationToken.ThrowIfCancellationRequested();
                WriteObservation(writer, o);
                if (writer.BytesPending > 1 << 16)
                {
                    await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes one observation as a JSON object in the format.</summary>
    /// <param name="writer">The writer to write the object to, positioned where a value may go (such as inside an array).</param>
    /// <param name="observation">The observation to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteObservation(Utf8JsonWriter writer, TradeObservation observation)
    {
        Guard.Against.Null(writer);
        Guard.Against.Null(observation);

        // One JSON shape for an observation across the library: the file format writes what the converter writes.
        ObservationConverter.Write(writer, observation, TradeStatsJson.Options);
    }

    private static readonly TradeObservationJsonConverter ObservationConverter = new();

    /// <inheritdoc/>
    protected override async IAsyncEnumerable<TradeObservation> ReadStreamAsync(Stream stream, TradeQuery query, ReadContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Guard.Against.Null(query);
        Guard.Against.Null(context);
        await foreach (var o in JsonStreaming.StreamAsync(stream, new Document(), context.Errors, cancellationToken).ConfigureAwait(false))
        {
            if (query.Matches(o))
            {
                yield return o;
            }
        }
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private sealed class Document : JsonRecordDocument<TradeObservation>
    {
        private string? _format;
        private string? _version;

        public override string ArrayProperty => "observations";

        public override void OnProperty(string name, ref Utf8JsonReader reader, RecordContext context)
        {
            switch (name)
            {
                case "format" when _format is null:
                    _format = JsonStreaming.ScalarText(ref reader, context, name) ?? "null";
                    if (_format != FormatName)
                    {
                        throw context.Error(name, _format, $"not a TradeStats observation file: the format must be \"{FormatName}\".");
                    }

                    break;
                case "version" when _version is null:
                    _version = JsonStreaming.ScalarText(ref reader, context, name) ?? "null";
                    if (_version != "1")
                    {
                        throw context.Error(name, _version, "unsupported format version: this library reads version 1.");
                    }

                    break;
                case "format" or "version" or "observations":
                    throw context.Error(name, JsonStreaming.Raw(ref reader), name == "observations" ? "the member must be an array and appear once." : "the member appears twice.");
                default:
                    throw context.Error(name, JsonStreaming.Raw(ref reader), "unknown member of the root object.");
            }
        }

        public override void OnArrayStart(RecordContext context)
        {
            if (_format is null || _version is null)
            {
                throw context.Error(_format is null ? "format" : "version", null, "the member is missing: \"format\" and \"version\" must come before \"observations\".");
            }
        }

        public override void OnEnd(long count, bool sawArray, RecordContext context)
        {
            if (_format is null)
            {
                throw context.Error("format", null, "the member is missing.");
            }

            if (_version is null)
            {
                throw context.Error("version", null, "the member is missing.");
            }

            if (!sawArray)
            {
                throw context.Error("observations", null, "the member is missing.");
            }
        }

        public override TradeObservation ParseElement(ref Utf8JsonReader reader, RecordContext r)
        {
            JsonStreaming.ExpectObject(ref reader, r, "observation");
            var seen = new HashSet<string>(StringComparer.Ordinal);
            string? reporter = null, partner = null, period = null, flow = null, currency = null;
            string? amountText = null;
            decimal? amount = null;
            Quantity? quantity = null, netWeight = null, grossWeight = null, alternativeQuantity = null;
            Commodity? commodity = null;
            string? regime = null, enterprise = null, transport = null, secondPartner = null, status = null;
            SourceReference? source = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = JsonStreaming.Text(ref reader, r, null);
                reader.Read();
                if (!seen.Add(name))
                {
                    throw r.Error(name, JsonStreaming.Raw(ref reader), "the member appears twice.");
                }

                switch (name)
                {
                    case "reporter": reporter = JsonStreaming.StringValue(ref reader, r, name); break;
                    case "partner": partner = JsonStreaming.StringValue(ref reader, r, name); break;
                    case "period": period = JsonStreaming.StringValue(ref reader, r, name); break;
                    case "flow": flow = JsonStreaming.StringValue(ref reader, r, name); break;
                    case "customsRegime": regime = JsonStreaming.StringValue(ref reader, r, name); break;
                    case "enterpriseType": enterprise = JsonStreaming.StringValue(ref reader, r, name); break;
                    case "transportMode": transport = JsonStreaming.StringValue(ref reader, r, name); break;
                    case "secondPartner": secondPartner = JsonStreaming.StringValue(ref reader, r, name); break;
                    case "status": status = JsonStreaming.StringValue(ref reader, r, name); break;
                    case "value":
                        JsonStreaming.ExpectObject(ref reader, r, name);
                        ReadMembers(ref reader, r, name, (string member, ref Utf8JsonReader v, ref ValueParts parts) =>
                        {
                            switch (member)
                            {
                                case "amount": parts.AmountText = JsonStreaming.Raw(ref v); parts.Amount = JsonStreaming.NumberValue(ref v, parts.Context, "value.amount"); break;
                                case "currency": parts.Currency = JsonStreaming.StringValue(ref v, parts.Context, "value.currency"); break;
                                default: throw parts.Context.Error("value." + member, JsonStreaming.Raw(ref v), "unknown member.");
                            }
                        }, out var valueParts);
                        amount = valueParts.Amount;
                        amountText = valueParts.AmountText;
                        currency = valueParts.Currency;
                        if (amount is null)
                        {
                            throw r.Error("value.amount", null, "a value is required.");
                        }

                        currency = r.Required("value.currency", currency);
                        break;
                    case "quantity": quantity = ParseQuantity(ref reader, r, name); break;
                    case "netWeight": netWeight = ParseQuantity(ref reader, r, name); break;
                    case "grossWeight": grossWeight = ParseQuantity(ref reader, r, name); break;
                    case "alternativeQuantity": alternativeQuantity = ParseQuantity(ref reader, r, name); break;
                    case "commodity":
                        if (reader.TokenType == JsonTokenType.Null)
                        {
                            break;
                        }

                        JsonStreaming.ExpectObject(ref reader, r, name);
                        ReadMembers(ref reader, r, name, (string member, ref Utf8JsonReader v, ref ValueParts parts) =>
                        {
                            switch (member)
                            {
                                case "hs": parts.AmountText = JsonStreaming.StringValue(ref v, parts.Context, "commodity.hs"); break;
                                case "name": parts.Currency = JsonStreaming.StringValue(ref v, parts.Context, "commodity.name"); break;
                                case "group": parts.Extra = JsonStreaming.StringValue(ref v, parts.Context, "commodity.group"); break;
                                case "code": parts.Code = JsonStreaming.StringValue(ref v, parts.Context, "commodity.code"); break;
                                case "classification": parts.Classification = JsonStreaming.StringValue(ref v, parts.Context, "commodity.classification"); break;
                                default: throw parts.Context.Error("commodity." + member, JsonStreaming.Raw(ref v), "unknown member.");
                            }
                        }, out var c);
                        var commodityContext = r;
                        commodity = CommodityJsonConverter.Create(c.AmountText, c.Currency, c.Extra, c.Code, c.Classification, message => commodityContext.Error("commodity", c.Code ?? c.AmountText ?? c.Extra, message + "."));
                        break;
                    case "source":
                        if (reader.TokenType == JsonTokenType.Null)
                        {
                            break;
                        }

                        JsonStreaming.ExpectObject(ref reader, r, name);
                        source = ReadSource(ref reader, r);
                        break;
                    default:
                        throw r.Error(name, JsonStreaming.Raw(ref reader), "unknown member of an observation.");
                }
            }

            var o = r.Observation(
                r.Territory("reporter", reporter),
                r.Territory("partner", partner),
                r.Period("period", period),
                r.Flow("flow", flow),
                new Money(amount ?? throw r.Error("value", null, "a value is required."), r.Currency("value.currency", currency)),
                "reporter",
                "value.amount",
                amountText);
            return o with
            {
                Quantity = quantity,
                NetWeight = netWeight,
                GrossWeight = grossWeight,
                AlternativeQuantity = alternativeQuantity,
                Commodity = commodity,
                CustomsRegime = r.OptionalEnum<CustomsRegime>("customsRegime", regime),
                EnterpriseType = r.OptionalEnum<EnterpriseType>("enterpriseType", enterprise),
                TransportMode = r.OptionalEnum<TransportMode>("transportMode", transport),
                SecondPartner = string.IsNullOrEmpty(secondPartner) ? null : r.Territory("secondPartner", secondPartner),
                Status = r.OptionalEnum<ObservationStatus>("status", status) ?? ObservationStatus.Final,
                Source = source,
            };
        }

        private static Quantity? ParseQuantity(ref Utf8JsonReader reader, RecordContext r, string name)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return null;
            }

            JsonStreaming.ExpectObject(ref reader, r, name);
            ReadMembers(ref reader, r, name, (string member, ref Utf8JsonReader v, ref ValueParts parts) =>
            {
                var field = parts.Field + "." + member;
                switch (member)
                {
                    case "value": parts.AmountText = JsonStreaming.Raw(ref v); parts.Amount = JsonStreaming.NumberValue(ref v, parts.Context, field); break;
                    case "unit": parts.Currency = JsonStreaming.StringValue(ref v, parts.Context, field); break;
                    case "estimated":
                        parts.Estimated = v.TokenType switch
                        {
                            JsonTokenType.True => true,
                            JsonTokenType.False => false,
                            _ => throw parts.Context.Error(field, JsonStreaming.Raw(ref v), "expected true or false."),
                        };
                        break;
                    default: throw parts.Context.Error(field, JsonStreaming.Raw(ref v), "unknown member.");
                }
            }, out var q);
            if (q.Amount is not { } qv)
            {
                throw r.Error(name + ".value", null, "a value is required.");
            }

            if (qv < 0m)
            {
                throw r.Error(name + ".value", q.AmountText, "the value must not be negative.");
            }

            return new Quantity(RecordContext.WithoutNegativeZero(qv), r.Required(name + ".unit", q.Currency)) { IsEstimated = q.Estimated };
        }

        private static SourceReference ReadSource(ref Utf8JsonReader reader, RecordContext r)
        {
            string? publisher = null, date = null, title = null, address = null, excerpt = null;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var member = JsonStreaming.Text(ref reader, r, "source");
                reader.Read();
                var field = "source." + member;
                if (!seen.Add(member))
                {
                    throw r.Error(field, JsonStreaming.Raw(ref reader), "the member appears twice.");
                }

                var value = JsonStreaming.StringValue(ref reader, r, field);
                switch (member)
                {
                    case "publisher": publisher = value; break;
                    case "date": date = value; break;
                    case "title": title = value; break;
                    case "address": address = value; break;
                    case "excerpt": excerpt = value; break;
                    default: throw r.Error(field, value, "unknown member.");
                }
            }

            return new SourceReference(
                r.Required("source.publisher", publisher),
                date is null ? null : r.Date("source.date", date),
                title,
                address,
                excerpt);
        }

        private static void ReadMembers(ref Utf8JsonReader reader, RecordContext r, string field, MemberReader read, out ValueParts parts)
        {
            parts = new ValueParts { Context = r, Field = field };
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var member = JsonStreaming.Text(ref reader, r, field);
                reader.Read();
                if (!seen.Add(member))
                {
                    throw r.Error(field + "." + member, JsonStreaming.Raw(ref reader), "the member appears twice.");
                }

                read(member, ref reader, ref parts);
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    reader.Skip();
                }
            }
        }
    }

    private delegate void MemberReader(string member, ref Utf8JsonReader reader, ref ValueParts parts);

    private struct ValueParts
    {
        public RecordContext Context;
        public decimal? Amount;
        public string? AmountText;
        public string? Currency;
        public string? Extra;
        public string? Code;
        public string? Classification;
        public string? Field;
        public bool Estimated;
    }
}
