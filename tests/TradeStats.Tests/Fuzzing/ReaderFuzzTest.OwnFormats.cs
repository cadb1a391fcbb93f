using TradeStats.Columnar;
using TradeStats.Sources;
using Xunit.Abstractions;

namespace TradeStats.Tests.Fuzzing;

/// <summary>The library's own CSV and JSON formats, and the columnar loader of the CSV format, on fuzzed files.</summary>
public class OwnFormatsFuzzTest(ITestOutputHelper output)
{
    [Fact]
    public void ObservationCsvFile_lets_only_documented_exceptions_escape_and_never_reports_a_partial_read_as_complete()
    {
        FuzzHarness.Run(
            Mutations.Of(FuzzFiles.ObservationCsv, FileKind.Csv),
            input => FuzzHarness.CheckBothModes(
                "ObservationCsvFile", input, (open, name, options) => new ObservationCsvFile(open, name, options).ReadAsync(TradeQuery.All),
                validMustSucceed: true, truncationMustFail: false),
            FuzzBudget.PerReader);
        FuzzHarness.Report(output, "ObservationCsvFile");
    }

    [Fact]
    public void ObservationJsonFile_lets_only_documented_exceptions_escape_and_never_reports_a_partial_read_as_complete()
    {
        FuzzHarness.Run(
            Mutations.Of(FuzzFiles.ObservationJson, FileKind.Json),
            input => FuzzHarness.CheckBothModes(
                "ObservationJsonFile", input, (open, name, options) => new ObservationJsonFile(open, name, options).ReadAsync(TradeQuery.All),
                validMustSucceed: true, truncationMustFail: true),
            FuzzBudget.PerReader);
        FuzzHarness.Report(output, "ObservationJsonFile");
    }

    [Fact]
    public void TradeCsvLoader_throws_only_TradeCsvException_with_its_line_on_fuzzed_files()
    {
        FuzzHarness.Run(
            Mutations.Of(FuzzFiles.ObservationCsv, FileKind.Csv),
            input =>
            {
                const string name = "fuzz-input";
                FuzzHarness.Count("TradeCsvLoader", input);
                var outcome = Load(input.Bytes, name);
                FuzzHarness.Check(outcome.Error is null or TradeCsvException, "the loader let an undocumented exception escape", outcome, input);
                if (outcome.Error is TradeCsvException e)
                {
                    FuzzHarness.Check(e.SourceName == name && e.Line >= 1 && e.Message.StartsWith(name + ", line ", StringComparison.Ordinal), "a loader exception without context", outcome, input);
                }
            },
            FuzzBudget.PerReader);
        FuzzHarness.Report(output, "TradeCsvLoader");
    }

    private static ReadOutcome Load(byte[] bytes, string name)
    {
        try
        {
            var store = TradeCsvLoader.Load(new MemoryStream(bytes, writable: false), name);
            return new ReadOutcome([store], null);
        }
        catch (Exception e)
        {
            return new ReadOutcome([], e);
        }
    }
}
