using TradeStats.Sources;
using Xunit.Abstractions;

namespace TradeStats.Tests.Fuzzing;

/// <summary>UN Comtrade JSON and CSV, SDMX-CSV 1.0 and 2.0 and the exchange-rate CSV on fuzzed files.</summary>
public class ExternalFormatsFuzzTest(ITestOutputHelper output)
{
    [Fact]
    public void ComtradeJsonReader_lets_only_documented_exceptions_escape_and_never_reports_a_partial_read_as_complete()
    {
        FuzzHarness.Run(
            Mutations.Of(FuzzFiles.ComtradeJson, FileKind.Json),
            input => FuzzHarness.CheckBothModes(
                "ComtradeJsonReader", input, (open, name, options) => new ComtradeJsonReader(open, name, options).ReadAsync(TradeQuery.All),
                validMustSucceed: true, truncationMustFail: true),
            FuzzBudget.PerReader);
        FuzzHarness.Report(output, "ComtradeJsonReader");
    }

    [Fact]
    public void ComtradeCsvReader_lets_only_documented_exceptions_escape_and_never_reports_a_partial_read_as_complete()
    {
        FuzzHarness.Run(
            Mutations.Of(FuzzFiles.ComtradeCsv, FileKind.Csv),
            input => FuzzHarness.CheckBothModes(
                "ComtradeCsvReader", input, (open, name, options) => new ComtradeCsvReader(open, name, options).ReadAsync(TradeQuery.All),
                validMustSucceed: true, truncationMustFail: false),
            FuzzBudget.PerReader);
        FuzzHarness.Report(output, "ComtradeCsvReader");
    }

    [Fact]
    public void SdmxCsvReader_lets_only_documented_exceptions_escape_and_never_reports_a_partial_read_as_complete()
    {
        FuzzHarness.Run(
            Mutations.Of(FuzzFiles.Sdmx, FileKind.Csv),
            input => FuzzHarness.CheckBothModes(
                "SdmxCsvReader", input, (open, name, options) => new SdmxCsvReader(open, name, FuzzFiles.SdmxMapping, options).ReadAsync(TradeQuery.All),
                validMustSucceed: true, truncationMustFail: false),
            FuzzBudget.PerReader);
        FuzzHarness.Report(output, "SdmxCsvReader");
    }

    [Fact]
    public void ExchangeRateCsvReader_lets_only_documented_exceptions_escape_and_never_reports_a_partial_read_as_complete()
    {
        FuzzHarness.Run(
            Mutations.Of(FuzzFiles.Rates, FileKind.Csv),
            input => FuzzHarness.CheckBothModes(
                "ExchangeRateCsvReader", input, (open, name, options) => new ExchangeRateCsvReader(open, name, options).ReadAsync(),
                validMustSucceed: true, truncationMustFail: false),
            FuzzBudget.PerReader);
        FuzzHarness.Report(output, "ExchangeRateCsvReader");
    }
}
