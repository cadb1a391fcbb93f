using System.Collections.Concurrent;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using TradeStats.Sources;
using TradeStats.Tests.Infrastructure;
using Xunit.Abstractions;

namespace TradeStats.Tests.Fuzzing;

/// <summary>What one read of an input gave: the items returned before the end, and the exception, if any.</summary>
internal sealed record ReadOutcome(IReadOnlyList<object> Items, Exception? Error)
{
    public bool Succeeded => Error is null;
}

/// <summary>
/// Reads fuzzed inputs in both error modes and checks the readers' contract: only the documented exceptions escape,
/// with context, and a read never ends normally when something was wrong (never a partial result reported as complete).
/// </summary>
internal static class FuzzHarness
{
    /// <summary>Inputs tried per reader in this test run.</summary>
    public static ConcurrentDictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);

    /// <summary>Mutation kinds seen per reader in this test run.</summary>
    public static ConcurrentDictionary<string, ConcurrentDictionary<string, int>> KindsSeen { get; } = new(StringComparer.Ordinal);

    /// <summary>Reads an async stream to its end synchronously, keeping what was returned before an exception.</summary>
    public static ReadOutcome Drain<T>(Func<IAsyncEnumerable<T>> read)
    {
        var items = new List<object>();
        try
        {
            var e = read().GetAsyncEnumerator();
            try
            {
                while (e.MoveNextAsync().AsTask().GetAwaiter().GetResult())
                {
                    items.Add(e.Current!);
                }
            }
            finally
            {
                e.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
        }
        catch (Exception ex)
        {
            return new ReadOutcome(items, ex);
        }

        return new ReadOutcome(items, null);
    }

    /// <summary>Counts an input tried against a reader.</summary>
    public static void Count(string reader, FuzzInput? input = null)
    {
        Counts.AddOrUpdate(reader, 1, (_, n) => n + 1);
        if (input is not null)
        {
            var kinds = KindsSeen.GetOrAdd(reader, _ => new ConcurrentDictionary<string, int>(StringComparer.Ordinal));
            foreach (var k in input.IsValid ? ["valid"] : input.Kinds)
            {
                kinds.AddOrUpdate(k, 1, (_, n) => n + 1);
            }
        }
    }

    /// <summary>
    /// Reads an input with a <see cref="StreamTradeDataSource"/>-style reader in both modes and checks the contract.
    /// </summary>
    /// <param name="reader">The reader's name for the counts.</param>
    /// <param name="input">The input.</param>
    /// <param name="read">Reads the bytes with the given options and source name.</param>
    /// <param name="validMustSucceed">Whether an unmutated input must read without error.</param>
    /// <param name="truncationMustFail">Whether cutting the input short must be detected (JSON: the root is never closed).</param>
    public static void CheckBothModes<T>(string reader, FuzzInput input, Func<Func<Stream>, string, ReadOptions, IAsyncEnumerable<T>> read, bool validMustSucceed, bool truncationMustFail)
    {
        Count(reader, input);
        const string name = "fuzz-input";
        var stop = Drain(() => read(() => new MemoryStream(input.Bytes, writable: false), name, new ReadOptions { ErrorMode = ErrorMode.StopAtFirstError }));
        var collect = Drain(() => read(() => new MemoryStream(input.Bytes, writable: false), name, new ReadOptions { ErrorMode = ErrorMode.CollectAll }));

        Check(stop.Error is null or TradeDataFormatException && stop.Error?.GetType() != typeof(TradeDataValidationException), "StopAtFirstError let an undocumented exception escape", stop, input);
        Check(collect.Error is null or TradeDataValidationException, "CollectAll let something other than TradeDataValidationException escape", collect, input);

        if (stop.Error is TradeDataFormatException f)
        {
            CheckContext(f, name, input);
        }

        if (collect.Error is TradeDataValidationException v)
        {
            Check(v.Report.SourceName == name && !v.Report.Errors.IsEmpty, "the validation report names another source or holds no error", collect, input);
            foreach (var e in v.Report.Errors)
            {
                CheckContext(e, name, input);
            }

            // The first error collected is the one StopAtFirstError stops at.
            Check(stop.Error is TradeDataFormatException first && first.Message == v.Report.Errors[0].Message, "the two modes disagree on the first error", collect, input, stop);
        }

        // Never a partial result reported as complete: one mode cannot succeed where the other found an error, and a
        // success returns the same records in both modes.
        Check(stop.Succeeded == collect.Succeeded, "one error mode ended normally while the other found an error", collect, input, stop);
        Check(StartsWith(collect.Items, stop.Items), "StopAtFirstError returned records that CollectAll did not return first", collect, input, stop);
        if (stop.Succeeded)
        {
            Check(stop.Items.SequenceEqual(collect.Items), "both modes succeeded with different records", collect, input, stop);
        }

        if (input.IsValid && validMustSucceed)
        {
            Check(stop.Succeeded, "a valid file was refused", stop, input);
        }

        if (truncationMustFail && input.Steps is [var only] && only.StartsWith("truncate:", StringComparison.Ordinal)
            && Encoding.UTF8.GetString(input.Bytes).TrimEnd().Length < Encoding.UTF8.GetString(input.Original).TrimEnd().Length)
        {
            Check(!stop.Succeeded, "a truncated JSON document was read as complete", stop, input);
        }
    }

    /// <summary>A format exception must name the source and a record or the document, and carry its reason.</summary>
    public static void CheckContext(TradeDataFormatException e, string name, FuzzInput input)
    {
        var ok = e.SourceName == name
            && e.Message.StartsWith(name + ", ", StringComparison.Ordinal)
            && e.Record >= 0
            && !string.IsNullOrWhiteSpace(e.Reason)
            && (e.Record > 0 || e.RecordUnit == RecordUnit.Index || e.Field is not null || e.Location == "the document");
        Check(ok, "a format exception without context", new ReadOutcome([], e), input);
    }

    /// <summary>Fails with the input, the exception and the other mode's outcome.</summary>
    public static void Check(bool condition, string what, ReadOutcome outcome, FuzzInput input, ReadOutcome? other = null)
    {
        if (!condition)
        {
            // FsCheck prints the input (FuzzInput.ToString) and the seed to replay it above this message.
            throw new FuzzFailure($"{what}.{Environment.NewLine}Outcome: {Describe(outcome)}{(other is null ? string.Empty : Environment.NewLine + "Other mode: " + Describe(other))}{Environment.NewLine}Mutations: {(input.IsValid ? "none" : string.Join(" | ", input.Steps))}");
        }
    }

    /// <summary>Runs a property over generated inputs; FsCheck's failure message carries the seed to replay it.</summary>
    public static void Run(Gen<FuzzInput> inputs, Action<FuzzInput> check, int maxTest) =>
        Properties.ForAll(Arb.From(inputs), check, maxTest);

    /// <summary>Writes the summary line for one reader.</summary>
    public static void Report(ITestOutputHelper output, string reader)
    {
        var kinds = KindsSeen.TryGetValue(reader, out var k)
            ? string.Join(", ", k.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}"))
            : string.Empty;
        output.WriteLine($"fuzz: {reader} {Counts.GetValueOrDefault(reader)} inputs{(kinds.Length > 0 ? " (" + kinds + ")" : string.Empty)}");
    }

    private static string Describe(ReadOutcome o) =>
        o.Error is null ? $"success, {o.Items.Count} records" : $"{o.Items.Count} records, then {o.Error.GetType().FullName}: {o.Error.Message}{Environment.NewLine}{string.Join(Environment.NewLine, (o.Error.StackTrace ?? string.Empty).Split(Environment.NewLine).Take(6))}";

    private static bool StartsWith(IReadOnlyList<object> all, IReadOnlyList<object> prefix) =>
        prefix.Count <= all.Count && prefix.SequenceEqual(all.Take(prefix.Count));
}

/// <summary>A broken reader contract found by fuzzing.</summary>
internal sealed class FuzzFailure(string message) : Exception(message);
