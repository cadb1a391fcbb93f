using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using TradeStats.Columnar;
using TradeStats.Sources;
using TradeStats.Tests.Infrastructure;
using Xunit.Abstractions;

namespace TradeStats.Tests.Hardening;

/// <summary>
/// Feeds every reader generated and mutated files (truncated, bytes flipped or deleted, lines and columns swapped,
/// huge and negative numbers, quotes, empty input, deeply nested JSON) and reads each to the end in both error modes.
/// Only the documented exception types may escape, a format error must say where, and a reader that recorded errors
/// must never finish as if its result were complete.
/// </summary>
public class ReaderFuzzTest(ITestOutputHelper output)
{
    private const int InputsPerReader = 400;

    private static readonly Dictionary<string, TradeFlow> SdmxFlows = new() { ["TOT"] = TradeFlow.Total, ["EXP"] = TradeFlow.Exports, ["IMP"] = TradeFlow.Imports };

    [Fact]
    public void Own_csv_reader() => Fuzz("own-csv", Seeds("sources/observations.csv"), (open, mode) => new ObservationCsvFile(open, "fuzz.csv", Options(mode)));

    [Fact]
    public void Own_json_reader() => Fuzz("own-json", Seeds("sources/observations.json"), (open, mode) => new ObservationJsonFile(open, "fuzz.json", Options(mode)), json: true);

    [Fact]
    public void Comtrade_json_reader() => Fuzz("comtrade-json", Seeds("comtrade/api-v1-china-arg-deu-2010.json"), (open, mode) => new ComtradeJsonReader(open, "fuzz.json", Options(mode)), json: true);

    [Fact]
    public void Comtrade_csv_reader() => Fuzz("comtrade-csv", Seeds("comtrade/comtrade-download.csv"), (open, mode) => new ComtradeCsvReader(open, "fuzz.csv", Options(mode)));

    [Fact]
    public void Sdmx_csv_reader() => Fuzz(
        "sdmx-csv",
        Seeds("sources/sdmx-1.0.csv", "sources/sdmx-2.0.csv"),
        (open, mode) => new SdmxCsvReader(open, "fuzz.csv", new SdmxCsvMapping("REPORTER", "FLOW", SdmxFlows) { PartnerColumn = "PARTNER", Currency = Currency.CNY, IgnoredColumns = ["FREQ"] }, Options(mode)));

    [Fact]
    public void Exchange_rate_csv_reader()
    {
        var seeds = Seeds("sources/rates.csv");
        Check("rates-csv", seeds, bytes =>
        {
            foreach (var mode in new[] { ErrorMode.StopAtFirstError, ErrorMode.CollectAll })
            {
                var reader = new ExchangeRateCsvReader(() => new MemoryStream(bytes), "fuzz.csv", Options(mode));
                Outcome(() => Drain(reader.ReadAsync()), bytes);
            }
        });
    }

    [Fact]
    public void Columnar_csv_loader()
    {
        var seeds = Seeds("sources/observations.csv", "sample/trade.csv");
        Check("columnar-csv", seeds, bytes =>
        {
            try
            {
                TradeCsvLoader.Load(new MemoryStream(bytes), "fuzz.csv");
            }
            catch (TradeCsvException e)
            {
                Assert.Contains("fuzz.csv", e.Message, StringComparison.Ordinal);
            }
            catch (OverflowException e)
            {
                Assert.False(string.IsNullOrWhiteSpace(e.Message));
            }
        });
    }

    private static ReadOptions Options(ErrorMode mode) => new() { ErrorMode = mode };

    private void Fuzz(string name, byte[][] seeds, Func<Func<Stream>, ErrorMode, ITradeDataSource> create, bool json = false) =>
        Check(name, seeds, bytes =>
        {
            foreach (var mode in new[] { ErrorMode.StopAtFirstError, ErrorMode.CollectAll })
            {
                var source = create(() => new MemoryStream(bytes), mode);
                Outcome(() => Drain(source.ReadAsync(TradeQuery.All)), bytes);
            }
        }, json);

    private void Check(string name, byte[][] seeds, Action<byte[]> read, bool json = false)
    {
        var gen = Mutations(seeds, json);
        var tried = 0;
        Properties.Check(Prop.ForAll(Arb.From(gen, Shrink), (byte[] bytes) =>
        {
            Interlocked.Increment(ref tried);
            read(bytes);
        }), InputsPerReader);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fuzz: {name} {tried} inputs"));
        Assert.True(tried >= InputsPerReader, $"only {tried} inputs were tried");
    }

    private static void Outcome(Action read, byte[] bytes)
    {
        try
        {
            read();
        }
        catch (TradeDataFormatException e)
        {
            Assert.Equal("fuzz." + (e.SourceName.EndsWith("json", StringComparison.Ordinal) ? "json" : "csv"), e.SourceName);
            Assert.Contains(e.SourceName, e.Message, StringComparison.Ordinal);
        }
        catch (TradeDataValidationException e)
        {
            // CollectAll, or the error limit: thrown at the end, with every error listed and located.
            Assert.NotEmpty(e.Report.Errors);
            Assert.All(e.Report.Errors, x => Assert.Contains(x.SourceName, x.Message, StringComparison.Ordinal));
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            Assert.Fail($"Undocumented {e.GetType().Name} for input of {bytes.Length} bytes starting '{Preview(bytes)}': {e}");
        }
    }

    private static void Drain<T>(IAsyncEnumerable<T> items)
    {
        var task = Task.Run(async () =>
        {
            await foreach (var _ in items)
            {
            }
        });
        task.GetAwaiter().GetResult();
    }

    private static string Preview(byte[] bytes) => Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 120)).ReplaceLineEndings("\\n");

    private static byte[][] Seeds(params string[] files) =>
        [.. files.Select(f => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", f)))];

    private static Gen<byte[]> Mutations(byte[][] seeds, bool json) =>
        from seed in Gen.Elements(seeds)
        from kind in Gen.Choose(0, 13)
        from a in Gen.Choose(0, int.MaxValue)
        from b in Gen.Choose(0, int.MaxValue)
        from repeat in Gen.Choose(1, 3)
        select Apply(seed, kind, a, b, repeat, json);

    private static byte[] Apply(byte[] seed, int kind, int a, int b, int repeat, bool json)
    {
        var bytes = seed;
        for (var i = 0; i < repeat; i++)
        {
            bytes = Mutate(bytes, kind, a + (i * 7919), b + (i * 104729), json);
        }

        return bytes;
    }

    private static byte[] Mutate(byte[] input, int kind, int a, int b, bool json)
    {
        if (input.Length == 0)
        {
            return input;
        }

        var at = a % input.Length;
        var text = Encoding.UTF8.GetString(input);
        var lines = text.Split('\n');
        switch (kind)
        {
            case 0: // truncate
                return input[..at];
            case 1: // flip a byte
                var flipped = (byte[])input.Clone();
                flipped[at] = (byte)b;
                return flipped;
            case 2: // delete a range
                var len = Math.Min(input.Length - at, 1 + (b % 40));
                return [.. input[..at], .. input[(at + len)..]];
            case 3: // insert noise
                var noise = Enumerable.Range(0, 1 + (b % 8)).Select(i => (byte)((b >> i) ^ (a + i))).ToArray();
                return [.. input[..at], .. noise, .. input[at..]];
            case 4: // swap two lines
                var (i1, i2) = (a % lines.Length, b % lines.Length);
                (lines[i1], lines[i2]) = (lines[i2], lines[i1]);
                return Encoding.UTF8.GetBytes(string.Join('\n', lines));
            case 5: // swap two columns on one line (the header when a is even)
                var li = a % 2 == 0 ? 0 : a % lines.Length;
                var cells = lines[li].Split(',');
                if (cells.Length > 1)
                {
                    var (c1, c2) = (b % cells.Length, (b / 7) % cells.Length);
                    (cells[c1], cells[c2]) = (cells[c2], cells[c1]);
                    lines[li] = string.Join(',', cells);
                }

                return Encoding.UTF8.GetBytes(string.Join('\n', lines));
            case 6: // a huge number in place of the first number after the position
                return Encoding.UTF8.GetBytes(ReplaceNumber(text, at, b % 3 == 0 ? "1e40" : b % 3 == 1 ? "99999999999999999999999999999999999" : "-5"));
            case 7: // empty or whitespace
                return b % 2 == 0 ? [] : Encoding.UTF8.GetBytes("\n \r\n");
            case 8: // header only
                return Encoding.UTF8.GetBytes(lines[0] + "\n");
            case 9: // duplicate a line
                var dup = lines.ToList();
                dup.Insert(a % dup.Count, lines[b % lines.Length]);
                return Encoding.UTF8.GetBytes(string.Join('\n', dup));
            case 10: // deeply nested JSON, or a line of many commas for CSV
                var depth = 2_000 + (b % 8_000);
                var nested = json ? new string('[', depth) + new string(']', depth) : new string(',', depth);
                return Encoding.UTF8.GetBytes(text[..Math.Min(at, text.Length)] + nested + text[Math.Min(at, text.Length)..]);
            case 11: // an unterminated quote
                return Encoding.UTF8.GetBytes(text[..Math.Min(at, text.Length)] + "\"" + text[Math.Min(at, text.Length)..]);
            case 12: // CRLF line ends and a byte-order mark
                return [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\r\n"))];
            default: // invalid UTF-8
                return [.. input[..at], 0xC3, 0x28, 0xFF, .. input[at..]];
        }
    }

    private static string ReplaceNumber(string text, int from, string replacement)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                var end = i;
                while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] == '.'))
                {
                    end++;
                }

                return text[..i] + replacement + text[end..];
            }
        }

        return text;
    }

    private static IEnumerable<byte[]> Shrink(byte[] bytes)
    {
        if (bytes.Length > 1)
        {
            yield return bytes[..(bytes.Length / 2)];
            yield return bytes[(bytes.Length / 2)..];
        }
    }
}
