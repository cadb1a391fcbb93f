using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace TradeStats.Sources;

/// <summary>
/// The shape of a JSON document made of one root object whose array member holds the records, such as
/// <c>{"format":...,"version":1,"observations":[...]}</c> or Comtrade's <c>{"count":4,"data":[...],"error":""}</c>.
/// Errors thrown by the root callbacks are fatal; errors thrown by <see cref="ParseElement"/> concern one record.
/// </summary>
internal abstract class JsonRecordDocument<T>
{
    public abstract string ArrayProperty { get; }

    /// <summary>Whether a root member is the array of records (by default, the one named <see cref="ArrayProperty"/>).</summary>
    public virtual bool IsArrayProperty(string name) => name == ArrayProperty;

    /// <summary>A root member other than the array; the reader is on its value, which is complete in the buffer.</summary>
    public abstract void OnProperty(string name, ref Utf8JsonReader reader, RecordContext context);

    /// <summary>Called when the array starts (after the members that precede it).</summary>
    public virtual void OnArrayStart(RecordContext context)
    {
    }

    /// <summary>Parses one element; the reader is on its first token and the whole element is in the buffer.</summary>
    public abstract T ParseElement(ref Utf8JsonReader reader, RecordContext context);

    /// <summary>Called at the end of the root object with the number of array elements read.</summary>
    public abstract void OnEnd(long count, bool sawArray, RecordContext context);
}

/// <summary>Streams the records of a <see cref="JsonRecordDocument{T}"/> with <see cref="Utf8JsonReader"/>, holding one record at a time.</summary>
internal static class JsonStreaming
{
    private const int MaxBuffer = 1 << 28;

    private enum Phase
    {
        BeforeRoot,
        InRoot,
        InArray,
        AfterRoot,
    }

    public static async IAsyncEnumerable<T> StreamAsync<T>(Stream stream, JsonRecordDocument<T> document, ErrorCollector errors, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var state = new State();
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        var filled = 0;
        var final = false;
        var output = new List<T>();
        try
        {
            // A byte-order mark: UTF-8's is skipped, as the CSV readers do; UTF-16 and UTF-32 are refused by name.
            while (filled < 4 && !final)
            {
                var n = await stream.ReadAsync(buffer.AsMemory(filled, 4 - filled), cancellationToken).ConfigureAwait(false);
                final = n == 0;
                filled += n;
            }

            if (TextInput.OtherEncoding(buffer.AsSpan(0, filled)) is { } encoding)
            {
                throw errors.Fatal(new TradeDataFormatException(errors.SourceName, 1, RecordUnit.Line, null, null, $"the file is encoded in {encoding} (its byte-order mark says so); save it as UTF-8 and read it again."));
            }

            if (buffer.AsSpan(0, filled) is [0xEF, 0xBB, 0xBF, ..])
            {
                Buffer.BlockCopy(buffer, 3, buffer, 0, filled - 3);
                filled -= 3;
            }

            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!final)
                {
                    var n = await stream.ReadAsync(buffer.AsMemory(filled), cancellationToken).ConfigureAwait(false);
                    final = n == 0;
                    filled += n;
                }

                int consumed;
                try
                {
                    consumed = Step(buffer.AsSpan(0, filled), final, state, document, errors.SourceName, output);
                }
                catch (JsonException e)
                {
                    var line = (e.LineNumber ?? 0) + 1;
                    var where = state.Phase == Phase.InArray
                        ? string.Create(CultureInfo.InvariantCulture, $" in record index {state.Index}")
                        : string.Empty;
                    throw errors.Fatal(new TradeDataFormatException(
                        errors.SourceName, line, RecordUnit.Line, null, null,
                        string.Create(CultureInfo.InvariantCulture, $"malformed JSON at byte {e.BytePositionInLine ?? 0} of the line{where}: {e.Message.Split(" Path:")[0]}"),
                        e));
                }
                catch (TradeDataFormatException e)
                {
                    throw errors.Fatal(e);
                }

                foreach (var item in output)
                {
                    yield return item;
                }

                output.Clear();
                var hadError = state.PendingError is not null;
                if (state.PendingError is { } pending)
                {
                    state.PendingError = null;
                    errors.Record(pending);
                }

                filled -= consumed;
                if (filled > 0 && consumed > 0)
                {
                    Buffer.BlockCopy(buffer, consumed, buffer, 0, filled);
                }

                if (final && consumed == 0 && !hadError)
                {
                    break;
                }

                if (!final && filled == buffer.Length)
                {
                    // One token or record is larger than the buffer: grow it, within reason.
                    if (buffer.Length >= MaxBuffer)
                    {
                        throw errors.Fatal(new TradeDataFormatException(errors.SourceName, state.Index, RecordUnit.Index, null, null, "a single JSON record is larger than 256 MiB."));
                    }

                    var bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    Buffer.BlockCopy(buffer, 0, bigger, 0, filled);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                }
            }

            if (state.Phase != Phase.AfterRoot)
            {
                throw errors.Fatal(new TradeDataFormatException(errors.SourceName, state.Line, RecordUnit.Line, null, null, "the JSON ends before its root object is complete."));
            }

            try
            {
                document.OnEnd(state.Index, state.SawArray, new RecordContext(errors.SourceName, 0, RecordUnit.Line));
            }
            catch (TradeDataFormatException e)
            {
                throw errors.Fatal(e);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The text of a scalar token: a string's value, a number's digits as written, true/false; null for JSON null.</summary>
    public static string? ScalarText(ref Utf8JsonReader reader, RecordContext context, string field) => reader.TokenType switch
    {
        JsonTokenType.String => Text(ref reader, context, field),
        JsonTokenType.Number => Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => null,
        _ => throw context.Error(field, reader.TokenType.ToString(), "expected a string, number, boolean or null."),
    };

    /// <summary>A string member's value; numbers and booleans are refused.</summary>
    public static string? StringValue(ref Utf8JsonReader reader, RecordContext context, string field) => reader.TokenType switch
    {
        JsonTokenType.String => Text(ref reader, context, field),
        JsonTokenType.Null => null,
        _ => throw context.Error(field, Raw(ref reader), "expected a JSON string."),
    };

    /// <summary>A number member's value as a decimal, exactly as written.</summary>
    public static decimal NumberValue(ref Utf8JsonReader reader, RecordContext context, string field)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw context.Error(field, Raw(ref reader), "expected a JSON number.");
        }

        return context.Decimal(field, ScalarText(ref reader, context, field), allowExponent: true);
    }

    public static void ExpectObject(ref Utf8JsonReader reader, RecordContext context, string field)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw context.Error(field, Raw(ref reader), "expected a JSON object.");
        }
    }

    /// <summary>The token as text for an error message.</summary>
    public static string Raw(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.StartObject => "{...}",
        JsonTokenType.StartArray => "[...]",
        JsonTokenType.String => TryText(ref reader),
        JsonTokenType.Number => Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        _ => reader.TokenType.ToString(),
    };

    /// <summary>
    /// The text of a string or property name. Utf8JsonReader checks neither UTF-8 nor surrogate escapes until the text
    /// is decoded, and then throws InvalidOperationException; this reports the record and field instead.
    /// </summary>
    public static string Text(ref Utf8JsonReader reader, RecordContext context, string? field)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException e) when (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
        {
            throw context.Error(field, Lossy(ref reader), "the text is not valid UTF-8 or holds an unpaired surrogate escape.", e);
        }
    }

    /// <summary>The text of a string for a message, with undecodable bytes replaced.</summary>
    private static string TryText(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            return Lossy(ref reader);
        }
    }

    private static string Lossy(ref Utf8JsonReader reader) =>
        Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);

    private static int Step<T>(ReadOnlySpan<byte> data, bool final, State s, JsonRecordDocument<T> document, string sourceName, List<T> output)
    {
        var reader = new Utf8JsonReader(data, final, s.ReaderState);
        var rootContext = new RecordContext(sourceName, s.Line, RecordUnit.Line);
        while (true)
        {
            var save = reader;
            if (!reader.Read())
            {
                reader = save;
                break;
            }

            if (s.Phase == Phase.BeforeRoot)
            {
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    throw new TradeDataFormatException(sourceName, 1, RecordUnit.Line, null, Raw(ref reader), "the input is not a JSON object.");
                }

                s.Phase = Phase.InRoot;
            }
            else if (s.Phase == Phase.InRoot)
            {
                if (reader.TokenType == JsonTokenType.EndObject)
                {
                    s.Phase = Phase.AfterRoot;
                    continue;
                }

                var name = Text(ref reader, rootContext, null);
                if (!reader.Read())
                {
                    reader = save;
                    break;
                }

                if (document.IsArrayProperty(name) && reader.TokenType == JsonTokenType.StartArray)
                {
                    if (s.SawArray)
                    {
                        throw new TradeDataFormatException(sourceName, s.Line, RecordUnit.Line, name, null, "the member appears twice.");
                    }

                    s.SawArray = true;
                    document.OnArrayStart(rootContext);
                    s.Phase = Phase.InArray;
                    continue;
                }

                var probe = reader;
                if (!probe.TrySkip())
                {
                    reader = save;
                    break;
                }

                var value = reader;
                document.OnProperty(name, ref value, rootContext);
                reader = probe;
            }
            else if (s.Phase == Phase.InArray)
            {
                if (reader.TokenType == JsonTokenType.EndArray)
                {
                    s.Phase = Phase.InRoot;
                    continue;
                }

                var probe = reader;
                if (!probe.TrySkip())
                {
                    reader = save;
                    break;
                }

                var element = reader;
                var context = new RecordContext(sourceName, s.Index, RecordUnit.Index);
                s.Index++;
                reader = probe;
                try
                {
                    output.Add(document.ParseElement(ref element, context));
                }
                catch (TradeDataFormatException e)
                {
                    // Hand the error over after the records before it have been returned.
                    s.PendingError = e;
                    break;
                }
            }
            else
            {
                throw new TradeDataFormatException(sourceName, s.Line, RecordUnit.Line, null, Raw(ref reader), "content after the end of the root object.");
            }
        }

        s.ReaderState = reader.CurrentState;
        return (int)reader.BytesConsumed;
    }

    private sealed class State
    {
        public JsonReaderState ReaderState { get; set; }

        public Phase Phase { get; set; }

        public long Index { get; set; }

        /// <summary>Root-level errors concern the document as a whole (record 0): the reader does not expose its line.</summary>
        public long Line { get; }

        public bool SawArray { get; set; }

        public TradeDataFormatException? PendingError { get; set; }
    }
}
