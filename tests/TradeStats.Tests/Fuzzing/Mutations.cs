using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;

namespace TradeStats.Tests.Fuzzing;

/// <summary>The syntax a mutation may rely on.</summary>
internal enum FileKind
{
    /// <summary>Comma-separated lines with a header.</summary>
    Csv,

    /// <summary>A JSON document.</summary>
    Json,
}

/// <summary>One input given to a reader: the bytes and how they were made (shown when a property fails).</summary>
/// <param name="Steps">The mutations applied to a valid file, in order; empty for the valid file itself.</param>
/// <param name="Bytes">The input.</param>
/// <param name="Original">The valid file the mutations started from.</param>
internal sealed record FuzzInput(IReadOnlyList<string> Steps, byte[] Bytes, byte[] Original)
{
    /// <summary>Whether the input is the valid file, unchanged.</summary>
    public bool IsValid => Steps.Count == 0;

    /// <summary>The mutation kinds applied (the part of each step before ':').</summary>
    public IEnumerable<string> Kinds => Steps.Select(s => s.Split(':')[0]);

    public override string ToString()
    {
        var text = Encoding.UTF8.GetString(Bytes);
        var preview = text.Length > 800 ? text[..800] + $"... ({Bytes.Length} bytes)" : text;
        return $"[{(IsValid ? "valid" : string.Join(" | ", Steps))}]{Environment.NewLine}{preview}";
    }
}

/// <summary>
/// Mutates valid files the way files get damaged or hand-edited: truncated, bytes flipped, inserted or deleted, columns
/// swapped, values replaced by huge or negative numbers, emptied, reduced to the header, given a BOM or CRLF line ends,
/// an unterminated quote, deeply nested JSON or invalid UTF-8. Every choice comes from one seed that FsCheck generates,
/// so a failure replays from FsCheck's seed.
/// </summary>
internal static class Mutations
{
    /// <summary>Values that sit at or beyond the edges of the numeric types, or are not numbers at all.</summary>
    public static readonly string[] EdgeValues =
    [
        "1e40", "1E+40", "99999999999999999999999999999999", "-99999999999999999999999999999999",
        "79228162514264337593543950335", "79228162514264337593543950336", "-79228162514264337593543950335",
        "9223372036854775807", "9223372036854775808", "-9223372036854775809", "18446744073709551616",
        "0.0000000000000000000000000001", "0.00000000000000000000000000000001", "1E-400", "1e400",
        "1e-30", "0.00000000000000000000000000001", "9.0000000000000000000000000001", "7922816251426433759354395033.5",
        "12345678901234567890123456789.4", "1.50000000000000000000000000000", "96198598890000000000000000000E-28",
        "-1", "-0", "-0.5", "+5", "0", "", " ", "  ", "NaN", "Infinity", "-Infinity", "1,5", "1.2.3", "12e", "-",
        "٣٤٥", "１２３", "0x1F", "1_000", "9999-13", "0000", "99999", "202413", "2024-Q5", "2024-00", "9999-12/0001-01",
        "2024-01/2023-12", "null", "true", "N/A", "TOTAL", "W00", "-1", "C00", "AAA", "亿", "\t",
    ];

    /// <summary>JSON tokens that replace a value.</summary>
    public static readonly string[] JsonEdgeValues =
    [
        "1e40", "1E+40", "99999999999999999999999999999999", "-99999999999999999999999999999999",
        "79228162514264337593543950336", "-79228162514264337593543950335", "0.0000000000000000000000000001",
        "1E-400", "1e400", "1e-30", "9.0000000000000000000000000001", "7922816251426433759354395033.5", "-1", "-0", "-0.5", "0", "\"1e40\"", "\" \"", "\"\"", "\"\\u0000\"", "\"\\ud800\"", "null",
        "true", "false", "[]", "{}", "[1]", "{\"a\":1}", "\"N/A\"", "\"-1\"", "\"TOTAL\"", "\"99999\"", "\"2024-Q5\"",
    ];

    private static readonly byte[][] InvalidUtf8 = [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0x80], [0xE2, 0x82], [0xF4, 0x90, 0x80, 0x80], [0xFE, 0xFF]];

    private static readonly byte[] Interesting = "\"\n\r,;{}[]:\\-.9eE0 \t"u8.ToArray().Concat(new byte[] { 0x00, 0xFF, 0xC3, 0x7F }).ToArray();

    private static readonly Regex JsonToken = new("\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?|true|false|null", RegexOptions.CultureInvariant);

    private delegate byte[] Mutation(byte[] data, Random random, List<string> steps);

    private static readonly (string Kind, Mutation Apply)[] Common =
    [
        ("truncate", Truncate),
        ("flip-bits", FlipBits),
        ("insert-bytes", InsertBytes),
        ("delete-bytes", DeleteBytes),
        ("duplicate-bytes", DuplicateBytes),
        ("empty", (_, _, steps) => Note(steps, "empty", [])),
        ("bom", (d, _, steps) => Note(steps, "bom", [0xEF, 0xBB, 0xBF, .. d])),
        ("crlf", (d, _, steps) => Note(steps, "crlf", Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(d).Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal)))),
        ("invalid-utf8", InsertInvalidUtf8),
        ("long-value", LongValue),
    ];

    private static readonly (string Kind, Mutation Apply)[] CsvOnly =
    [
        ("swap-header-columns", (d, r, s) => SwapFields(d, r, s, header: true)),
        ("swap-row-columns", (d, r, s) => SwapFields(d, r, s, header: false)),
        ("edge-value", CsvEdgeValue),
        ("edge-value", CsvEdgeValue),
        ("edge-value", CsvEdgeValue),
        ("header-only", HeaderOnly),
        ("unterminated-quote", CsvUnterminatedQuote),
        ("duplicate-line", DuplicateLine),
        ("drop-line", DropLine),
        ("extra-field", ExtraField),
    ];

    private static readonly (string Kind, Mutation Apply)[] JsonOnly =
    [
        ("swap-tokens", SwapJsonTokens),
        ("edge-value", JsonEdgeValue),
        ("edge-value", JsonEdgeValue),
        ("edge-value", JsonEdgeValue),
        ("deep-nesting", DeepNesting),
        ("header-only", JsonHeaderOnly),
        ("unterminated-quote", JsonUnterminatedString),
        ("drop-token", DropJsonToken),
    ];

    /// <summary>Inputs made from valid files: one in ten unchanged, the rest with one to three mutations.</summary>
    public static Gen<FuzzInput> Of(Gen<byte[]> valid, FileKind kind) =>
        from data in valid
        from seed in Gen.Choose(0, int.MaxValue)
        select Apply(data, kind, seed);

    /// <summary>Applies the mutations a seed chooses.</summary>
    public static FuzzInput Apply(byte[] data, FileKind kind, int seed)
    {
        var random = new Random(seed);
        var roll = random.Next(10);
        var count = roll == 0 ? 0 : roll <= 6 ? 1 : random.Next(2, 4);
        var kinds = Common.Concat(kind == FileKind.Csv ? CsvOnly : JsonOnly).ToArray();
        var steps = new List<string>();
        var bytes = data;
        for (var i = 0; i < count; i++)
        {
            bytes = kinds[random.Next(kinds.Length)].Apply(bytes, random, steps);
        }

        return new FuzzInput(steps, bytes, data);
    }

    /// <summary>All mutation kinds for a file kind, for the report.</summary>
    public static IEnumerable<string> KindsFor(FileKind kind) =>
        Common.Concat(kind == FileKind.Csv ? CsvOnly : JsonOnly).Select(k => k.Kind).Distinct();

    private static byte[] Note(List<string> steps, string step, byte[] result)
    {
        steps.Add(step);
        return result;
    }

    private static byte[] Truncate(byte[] d, Random r, List<string> steps)
    {
        var at = d.Length == 0 ? 0 : r.Next(d.Length);
        return Note(steps, $"truncate:{at}", d[..at]);
    }

    private static byte[] FlipBits(byte[] d, Random r, List<string> steps)
    {
        if (d.Length == 0)
        {
            return Note(steps, "flip-bits:none", d);
        }

        var copy = (byte[])d.Clone();
        var n = r.Next(1, 5);
        var where = new List<string>();
        for (var i = 0; i < n; i++)
        {
            var at = r.Next(copy.Length);
            var bit = r.Next(8);
            copy[at] ^= (byte)(1 << bit);
            where.Add($"{at}.{bit}");
        }

        return Note(steps, "flip-bits:" + string.Join(",", where), copy);
    }

    private static byte[] InsertBytes(byte[] d, Random r, List<string> steps)
    {
        var at = r.Next(d.Length + 1);
        var insert = Enumerable.Range(0, r.Next(1, 5)).Select(_ => Interesting[r.Next(Interesting.Length)]).ToArray();
        return Note(steps, $"insert-bytes:{at}:{Convert.ToHexString(insert)}", [.. d[..at], .. insert, .. d[at..]]);
    }

    private static byte[] DeleteBytes(byte[] d, Random r, List<string> steps)
    {
        if (d.Length == 0)
        {
            return Note(steps, "delete-bytes:none", d);
        }

        var at = r.Next(d.Length);
        var length = Math.Min(r.Next(1, 17), d.Length - at);
        return Note(steps, $"delete-bytes:{at}+{length}", [.. d[..at], .. d[(at + length)..]]);
    }

    private static byte[] DuplicateBytes(byte[] d, Random r, List<string> steps)
    {
        if (d.Length == 0)
        {
            return Note(steps, "duplicate-bytes:none", d);
        }

        var from = r.Next(d.Length);
        var length = Math.Min(r.Next(1, 64), d.Length - from);
        var to = r.Next(d.Length + 1);
        return Note(steps, $"duplicate-bytes:{from}+{length}->{to}", [.. d[..to], .. d.AsSpan(from, length), .. d[to..]]);
    }

    private static byte[] InsertInvalidUtf8(byte[] d, Random r, List<string> steps)
    {
        // Prefer the inside of a quoted string or a field, where a decoder actually looks at the bytes.
        var quotes = Enumerable.Range(0, d.Length).Where(i => d[i] is (byte)'"' or (byte)',').ToArray();
        var at = quotes.Length > 0 && r.Next(3) > 0 ? quotes[r.Next(quotes.Length)] + 1 : r.Next(d.Length + 1);
        var bad = InvalidUtf8[r.Next(InvalidUtf8.Length)];
        return Note(steps, $"invalid-utf8:{at}:{Convert.ToHexString(bad)}", [.. d[..at], .. bad, .. d[at..]]);
    }

    private static byte[] LongValue(byte[] d, Random r, List<string> steps)
    {
        // A value larger than the readers' first buffers (64 KiB, 1 MiB for the columnar loader).
        var length = r.Next(2) == 0 ? 70_000 : 1_100_000;
        var quotes = Enumerable.Range(0, d.Length).Where(i => d[i] is (byte)'"' or (byte)',').ToArray();
        var at = quotes.Length > 0 ? quotes[r.Next(quotes.Length)] + 1 : 0;
        var fill = (byte)(r.Next(2) == 0 ? '7' : 'A');
        return Note(steps, $"long-value:{at}:{(char)fill}x{length}", [.. d[..at], .. Enumerable.Repeat(fill, length), .. d[at..]]);
    }

    private static string[] Lines(byte[] d) => Encoding.UTF8.GetString(d).Split('\n');

    private static byte[] Join(IEnumerable<string> lines) => Encoding.UTF8.GetBytes(string.Join('\n', lines));

    private static byte[] SwapFields(byte[] d, Random r, List<string> steps, bool header)
    {
        var lines = Lines(d);
        var dataLines = Enumerable.Range(1, Math.Max(0, lines.Length - 1)).Where(i => lines[i].Length > 0).ToArray();
        var index = header || dataLines.Length == 0 ? 0 : dataLines[r.Next(dataLines.Length)];
        var fields = lines[index].Split(',');
        if (fields.Length < 2)
        {
            return Note(steps, $"swap-{(header ? "header" : "row")}-columns:none", d);
        }

        var a = r.Next(fields.Length);
        var b = (a + r.Next(1, fields.Length)) % fields.Length;
        (fields[a], fields[b]) = (fields[b], fields[a]);
        lines[index] = string.Join(',', fields);
        return Note(steps, $"swap-{(header ? "header" : "row")}-columns:line {index + 1}:{a}<->{b}", Join(lines));
    }

    private static byte[] CsvEdgeValue(byte[] d, Random r, List<string> steps)
    {
        var lines = Lines(d);
        var candidates = Enumerable.Range(1, Math.Max(0, lines.Length - 1)).Where(i => lines[i].Length > 0).ToArray();
        if (candidates.Length == 0)
        {
            return Note(steps, "edge-value:none", d);
        }

        var index = candidates[r.Next(candidates.Length)];
        var fields = lines[index].Split(',');
        var field = r.Next(fields.Length);
        var value = EdgeValues[r.Next(EdgeValues.Length)];
        fields[field] = value;
        lines[index] = string.Join(',', fields);
        return Note(steps, $"edge-value:line {index + 1}:field {field}:'{value}'", Join(lines));
    }

    private static byte[] HeaderOnly(byte[] d, Random r, List<string> steps)
    {
        var lines = Lines(d);
        return Note(steps, "header-only", Encoding.UTF8.GetBytes(lines[0] + (r.Next(2) == 0 ? "\n" : string.Empty)));
    }

    private static byte[] CsvUnterminatedQuote(byte[] d, Random r, List<string> steps)
    {
        var starts = Enumerable.Range(0, d.Length).Where(i => d[i] is (byte)',' or (byte)'\n').Select(i => i + 1).Prepend(0).ToArray();
        var at = starts[r.Next(starts.Length)];
        return Note(steps, $"unterminated-quote:{at}", [.. d[..at], (byte)'"', .. d[at..]]);
    }

    private static byte[] DuplicateLine(byte[] d, Random r, List<string> steps)
    {
        var lines = Lines(d).ToList();
        var i = r.Next(lines.Count);
        lines.Insert(r.Next(lines.Count + 1), lines[i]);
        return Note(steps, $"duplicate-line:{i + 1}", Join(lines));
    }

    private static byte[] DropLine(byte[] d, Random r, List<string> steps)
    {
        var lines = Lines(d).ToList();
        var i = r.Next(lines.Count);
        lines.RemoveAt(i);
        return Note(steps, $"drop-line:{i + 1}", Join(lines));
    }

    private static byte[] ExtraField(byte[] d, Random r, List<string> steps)
    {
        var lines = Lines(d);
        var i = r.Next(lines.Length);
        lines[i] += r.Next(2) == 0 ? "," : ",extra";
        return Note(steps, $"extra-field:line {i + 1}", Join(lines));
    }

    private static byte[] ReplaceJsonToken(byte[] d, Random r, List<string> steps, string kind, Func<Match, string> replacement)
    {
        var text = Encoding.UTF8.GetString(d);
        var tokens = JsonToken.Matches(text);
        if (tokens.Count == 0)
        {
            return Note(steps, kind + ":none", d);
        }

        var token = tokens[r.Next(tokens.Count)];
        var value = replacement(token);
        var shown = value.Length > 40 ? value[..40] + "..." : value;
        return Note(steps, $"{kind}:{token.Value}@{token.Index}:{shown}", Encoding.UTF8.GetBytes(text[..token.Index] + value + text[(token.Index + token.Length)..]));
    }

    private static byte[] JsonEdgeValue(byte[] d, Random r, List<string> steps) =>
        ReplaceJsonToken(d, r, steps, "edge-value", _ => JsonEdgeValues[r.Next(JsonEdgeValues.Length)]);

    private static byte[] DropJsonToken(byte[] d, Random r, List<string> steps) =>
        ReplaceJsonToken(d, r, steps, "drop-token", _ => string.Empty);

    private static byte[] DeepNesting(byte[] d, Random r, List<string> steps)
    {
        var depth = r.Next(2) == 0 ? 10_000 : r.Next(60, 70);
        var closed = r.Next(4) > 0;
        var nested = r.Next(2) == 0
            ? new string('[', depth) + (closed ? new string(']', depth) : string.Empty)
            : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + (closed ? new string('}', depth) : string.Empty);
        return ReplaceJsonToken(d, r, steps, $"deep-nesting:{depth}{(closed ? string.Empty : " unclosed")}", _ => nested);
    }

    private static byte[] SwapJsonTokens(byte[] d, Random r, List<string> steps)
    {
        var text = Encoding.UTF8.GetString(d);
        var tokens = JsonToken.Matches(text);
        if (tokens.Count < 2)
        {
            return Note(steps, "swap-tokens:none", d);
        }

        var a = r.Next(tokens.Count);
        var b = (a + r.Next(1, tokens.Count)) % tokens.Count;
        var (first, second) = a < b ? (tokens[a], tokens[b]) : (tokens[b], tokens[a]);
        var swapped = text[..first.Index] + second.Value + text[(first.Index + first.Length)..second.Index] + first.Value + text[(second.Index + second.Length)..];
        return Note(steps, $"swap-tokens:{first.Value}<->{second.Value}", Encoding.UTF8.GetBytes(swapped));
    }

    private static byte[] JsonHeaderOnly(byte[] d, Random r, List<string> steps)
    {
        var text = Encoding.UTF8.GetString(d);
        var open = text.IndexOf('[', StringComparison.Ordinal);
        if (open < 0)
        {
            return Note(steps, "header-only:none", d);
        }

        var closed = r.Next(2) == 0;
        return Note(steps, $"header-only:{(closed ? "closed" : "open")}", Encoding.UTF8.GetBytes(text[..(open + 1)] + (closed ? "]}" : string.Empty)));
    }

    private static byte[] JsonUnterminatedString(byte[] d, Random r, List<string> steps)
    {
        var quotes = Enumerable.Range(0, d.Length).Where(i => d[i] == (byte)'"').ToArray();
        if (quotes.Length == 0)
        {
            return Note(steps, "unterminated-quote:none", d);
        }

        var at = quotes[r.Next(quotes.Length)];
        return Note(steps, $"unterminated-quote:{at}", [.. d[..at], .. d[(at + 1)..]]);
    }
}
