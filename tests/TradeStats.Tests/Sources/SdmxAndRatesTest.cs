using System.Text;
using TradeStats.Sources;
using static TradeStats.Tests.Sources.SourcesTestSupport;

namespace TradeStats.Tests.Sources;

public class SdmxAndRatesTest
{
    private static readonly Dictionary<string, TradeFlow> Flows = new() { ["TOT"] = TradeFlow.Total, ["EXP"] = TradeFlow.Exports, ["IMP"] = TradeFlow.Imports };

    private static readonly SdmxCsvMapping Mapping = new("REPORTER", "FLOW", Flows)
    {
        PartnerColumn = "PARTNER",
        CurrencyColumn = "CURRENCY",
        IgnoredColumns = ["FREQ"],
    };

    [Fact]
    public async Task Reads_SDMX_CSV_1_0_with_unit_multipliers_and_statuses()
    {
        var read = await ToListAsync(new SdmxCsvReader(TestData("sources", "sdmx-1.0.csv"), Mapping).ReadAsync(TradeQuery.All));
        Assert.Equal(4, read.Count);
        Assert.Equal(new TradeObservation(Territory.FromCode("CN-XZ"), Territory.World, Period.Year(2024), TradeFlow.Total, Money.Cny(12670000000m)) { Source = new SourceReference("TS:XIZANG_TRADE(1.0)") }, read[0]);
        Assert.Equal(Money.Cny(8470000000m), read[1].Value);
        Assert.Equal(ObservationStatus.Estimated, read[1].Status);
        Assert.Equal(Territory.FromCode("NP"), read[1].Partner);
        Assert.Equal((Period.Quarter(2024, 1), TradeFlow.Exports, 2500000000m, ObservationStatus.Preliminary), (read[2].Period, read[2].Flow, read[2].Value.Amount, read[2].Status));
        Assert.Equal((Period.Month(2024, 3), TradeFlow.Imports, 120500000m, ObservationStatus.Final), (read[3].Period, read[3].Flow, read[3].Value.Amount, read[3].Status));
    }

    [Fact]
    public async Task Reads_SDMX_CSV_2_0_with_a_fixed_currency()
    {
        var mapping = new SdmxCsvMapping("REPORTER", "FLOW", Flows) { PartnerColumn = "PARTNER", Currency = Currency.CNY, IgnoredColumns = ["FREQ"] };
        var read = await ToListAsync(new SdmxCsvReader(TestData("sources", "sdmx-2.0.csv"), mapping).ReadAsync(TradeQuery.All));
        Assert.Equal(2, read.Count);
        Assert.Equal(Money.Cny(12670000000m), read[0].Value);
        Assert.Equal((Territory.FromCode("CN-XJ"), Territory.FromCode("KZ"), Period.Half(2024, 1), 1500000000m), (read[1].Reporter, read[1].Partner, read[1].Period, read[1].Value.Amount));
    }

    public static TheoryData<string, string, long, string?, string?> BadSdmx => new()
    {
        { "not SDMX", "FOO,REPORTER,PARTNER,FLOW,CURRENCY,TIME_PERIOD,OBS_VALUE\nx,CN,NP,EXP,USD,2024,1\n", 1, "FOO", "FOO" },
        { "unmapped dimension", "DATAFLOW,REPORTER,PARTNER,FLOW,CURRENCY,PRODUCT,TIME_PERIOD,OBS_VALUE\nx,CN,NP,EXP,USD,87,2024,1\n", 1, "PRODUCT", "PRODUCT" },
        { "missing TIME_PERIOD", "DATAFLOW,REPORTER,PARTNER,FLOW,CURRENCY,OBS_VALUE\nx,CN,NP,EXP,USD,1\n", 1, "TIME_PERIOD", null },
        { "unmapped flow", "DATAFLOW,REPORTER,PARTNER,FLOW,CURRENCY,TIME_PERIOD,OBS_VALUE\nx,CN,NP,BAL,USD,2024,1\n", 2, "FLOW", "BAL" },
        { "missing observation", "DATAFLOW,REPORTER,PARTNER,FLOW,CURRENCY,TIME_PERIOD,OBS_VALUE\nx,CN,NP,EXP,USD,2024,\n", 2, "OBS_VALUE", string.Empty },
        { "impossible period", "DATAFLOW,REPORTER,PARTNER,FLOW,CURRENCY,TIME_PERIOD,OBS_VALUE\nx,CN,NP,EXP,USD,2024-W05,1\n", 2, "TIME_PERIOD", "2024-W05" },
        { "bad multiplier", "DATAFLOW,REPORTER,PARTNER,FLOW,CURRENCY,TIME_PERIOD,OBS_VALUE,UNIT_MULT\nx,CN,NP,EXP,USD,2024,1,six\n", 2, "UNIT_MULT", "six" },
        { "overflow after scaling", "DATAFLOW,REPORTER,PARTNER,FLOW,CURRENCY,TIME_PERIOD,OBS_VALUE,UNIT_MULT\nx,CN,NP,EXP,USD,2024,1e20,12\n", 2, "OBS_VALUE", "1e20" },
        { "unknown currency", "DATAFLOW,REPORTER,PARTNER,FLOW,CURRENCY,TIME_PERIOD,OBS_VALUE\nx,CN,NP,EXP,MIO_EUR,2024,1\n", 2, "CURRENCY", "MIO_EUR" },
        { "unknown territory", "DATAFLOW,REPORTER,PARTNER,FLOW,CURRENCY,TIME_PERIOD,OBS_VALUE\nx,CN,EU28,EXP,USD,2024,1\n", 2, "PARTNER", "EU28" },
        { "unmapped status", "DATAFLOW,REPORTER,PARTNER,FLOW,CURRENCY,TIME_PERIOD,OBS_VALUE,OBS_STATUS\nx,CN,NP,EXP,USD,2024,1,B\n", 2, "OBS_STATUS", "B" },
        { "negative export", "DATAFLOW,REPORTER,PARTNER,FLOW,CURRENCY,TIME_PERIOD,OBS_VALUE\nx,CN,NP,EXP,USD,2024,-1\n", 2, "OBS_VALUE", "-1" },
        { "delete action", "STRUCTURE,STRUCTURE_ID,ACTION,REPORTER,PARTNER,FLOW,CURRENCY,TIME_PERIOD,OBS_VALUE\ndataflow,x,D,CN,NP,EXP,USD,2024,1\n", 2, "ACTION", "D" },
    };

    [Theory]
    [MemberData(nameof(BadSdmx))]
    public async Task Bad_SDMX_gives_an_exception_naming_record_field_and_value(string because, string csv, long line, string? field, string? value)
    {
        var reader = new SdmxCsvReader(() => new MemoryStream(Encoding.UTF8.GetBytes(csv)), "sdmx.csv", Mapping with { IgnoredColumns = [] });
        var e = await Assert.ThrowsAsync<TradeDataFormatException>(() => ToListAsync(reader.ReadAsync(TradeQuery.All)));
        ObservationFormatsTest.AssertNames(e, because, "sdmx.csv", line, RecordUnit.Line, field, value);
    }

    [Fact]
    public async Task Territory_and_currency_code_maps_translate_data_set_codes()
    {
        var mapping = Mapping with
        {
            IgnoredColumns = [],
            TerritoryCodes = new Dictionary<string, string> { ["EL"] = "GR" },
            CurrencyCodes = new Dictionary<string, Currency> { ["MIO_USD"] = Currency.USD },
            UnitMultiplier = 6,
        };
        var csv = "DATAFLOW,REPORTER,PARTNER,FLOW,CURRENCY,TIME_PERIOD,OBS_VALUE\nx,EL,CN,EXP,MIO_USD,2024,1.5\n";
        var o = Assert.Single(await ToListAsync(new SdmxCsvReader(() => new MemoryStream(Encoding.UTF8.GetBytes(csv)), "sdmx.csv", mapping).ReadAsync(TradeQuery.All)));
        Assert.Equal(Territory.FromCode("GR"), o.Reporter);
        Assert.Equal(Money.Usd(1500000m), o.Value);
    }

    [Fact]
    public async Task Loads_an_exchange_rate_table()
    {
        var table = await new ExchangeRateCsvReader(TestData("sources", "rates.csv")).LoadTableAsync();
        Assert.Equal(3, table.Rates.Length);
        var rate = table.GetRate(Currency.USD, Currency.CNY, Period.Year(2024));
        Assert.Equal(7.1217m, rate.Value);
        Assert.Equal("user-supplied annual average", rate.Source);
        Assert.Equal(7.1884m, table.GetRate(Currency.USD, Currency.CNY, Period.Year(2024), ExchangeRateKind.EndOfPeriod).Value);
        Assert.Equal(ExchangeRateKind.PeriodAverage, table.GetRate(Currency.CNY, Currency.USD, Period.Year(2023)).Kind);
    }

    public static TheoryData<string, string, long, string?, string?> BadRates => new()
    {
        { "zero rate", "base,quote,value,period\nUSD,CNY,0,2024\n", 2, "value", "0" },
        { "same currency", "base,quote,value,period\nUSD,USD,1,2024\n", 2, "quote", "USD" },
        { "unknown kind", "base,quote,value,period,kind\nUSD,CNY,7,2024,Spot\n", 2, "kind", "Spot" },
        { "unknown currency", "base,quote,value,period\nUSD,XXQ,7,2024\n", 2, "quote", "XXQ" },
        { "unknown column", "base,quote,value,period,rate_type\nUSD,CNY,7,2024,x\n", 1, "rate_type", "rate_type" },
        { "two rates for one pair and period", "base,quote,value,period\nUSD,CNY,7,2024\nCNY,USD,0.14,2024\n", 0, null, null },
    };

    [Theory]
    [MemberData(nameof(BadRates))]
    public async Task Bad_rate_tables_give_an_exception_naming_record_field_and_value(string because, string csv, long line, string? field, string? value)
    {
        var reader = new ExchangeRateCsvReader(() => new MemoryStream(Encoding.UTF8.GetBytes(csv)), "rates.csv");
        var e = await Assert.ThrowsAsync<TradeDataFormatException>(() => reader.LoadTableAsync());
        ObservationFormatsTest.AssertNames(e, because, "rates.csv", line, RecordUnit.Line, field, value);
    }
}
