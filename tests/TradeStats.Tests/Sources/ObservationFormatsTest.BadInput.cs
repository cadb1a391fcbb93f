using System.Globalization;
using TradeStats.Sources;
using static TradeStats.Tests.Sources.SourcesTestSupport;

namespace TradeStats.Tests.Sources;

public partial class ObservationFormatsTest
{
    private const string Header = "reporter,partner,period,flow,value,currency";
    private const string JsonStart = """{"format":"tradestats-observations","version":1,"observations":[""";

    public static TheoryData<string, string, long, string?, string?> BadCsv => new()
    {
        { "unterminated quote", Header + "\nCN,NP,2024,X,1,USD\nCN,\"NP,2024,X,1,USD\n", 3, null, "CN,\"NP,2024,X,1,USD" },
        { "stray quote", Header + "\nCN,N\"P,2024,X,1,USD\n", 2, null, "CN,N\"P,2024,X,1,USD" },
        { "missing column", "reporter,partner,period,flow,value\nCN,NP,2024,X,1\n", 1, "currency", null },
        { "duplicated column", Header + ",value\nCN,NP,2024,X,1,USD,2\n", 1, "value", "value" },
        { "unknown column", Header + ",colour\nCN,NP,2024,X,1,USD,red\n", 1, "colour", "colour" },
        { "too many fields", Header + "\nCN,NP,2024,X,1,USD,extra\n", 2, null, "CN,NP,2024,X,1,USD,extra" },
        { "unknown currency", Header + "\nCN,NP,2024,X,1,XXQ\n", 2, "currency", "XXQ" },
        { "unknown territory", Header + "\nCN,ZQ,2024,X,1,USD\n", 2, "partner", "ZQ" },
        { "impossible period", Header + "\nCN,NP,2024-13,X,1,USD\n", 2, "period", "2024-13" },
        { "reversed range", Header + "\nCN,NP,2024-05/2024-02,X,1,USD\n", 2, "period", "2024-05/2024-02" },
        { "non-numeric value", Header + "\nCN,NP,2024,X,12x,USD\n", 2, "value", "12x" },
        { "thousands separator", Header + "\nCN,NP,2024,X,\"1,234\",USD\n", 2, "value", "1,234" },
        { "exponent", Header + "\nCN,NP,2024,X,1e9,USD\n", 2, "value", "1e9" },
        { "overflow", Header + "\nCN,NP,2024,X,99999999999999999999999999999999,USD\n", 2, "value", "99999999999999999999999999999999" },
        { "negative export", Header + "\nCN,NP,2024,X,-5,USD\n", 2, "value", "-5" },
        { "unknown flow", Header + "\nCN,NP,2024,Q,5,USD\n", 2, "flow", "Q" },
        { "numeric flow", Header + "\nCN,NP,2024,2,5,USD\n", 2, "flow", "2" },
        { "group reporter", Header + "\nCA5,NP,2024,X,5,USD\n", 2, "reporter", "CA5" },
        { "empty file", string.Empty, 1, null, null },
    };

    public static TheoryData<string, string, long, string?, string?> BadJson => new()
    {
        { "malformed JSON", JsonStart + """{"reporter": }]}""", 1, null, null },
        { "truncated JSON", JsonStart + """{"reporter":"CN""", 1, null, null },
        { "wrong format", """{"format":"other","version":1,"observations":[]}""", 0, "format", "other" },
        { "wrong version", """{"format":"tradestats-observations","version":2,"observations":[]}""", 0, "version", "2" },
        { "missing version", """{"format":"tradestats-observations","observations":[]}""", 0, "version", null },
        { "missing currency", JsonStart + """{"reporter":"CN","partner":"NP","period":"2024","flow":"Exports","value":{"amount":1}}]}""", 0, "value.currency", null },
        { "missing reporter", JsonStart + """{"partner":"NP","period":"2024","flow":"Exports","value":{"amount":1,"currency":"USD"}}]}""", 0, "reporter", null },
        { "duplicated member", JsonStart + """{"reporter":"CN","reporter":"NP","partner":"NP","period":"2024","flow":"Exports","value":{"amount":1,"currency":"USD"}}]}""", 0, "reporter", "NP" },
        { "unknown member", JsonStart + """{"reporter":"CN","colour":"red","partner":"NP","period":"2024","flow":"Exports","value":{"amount":1,"currency":"USD"}}]}""", 0, "colour", "red" },
        { "unknown currency", JsonStart + """{"reporter":"CN","partner":"NP","period":"2024","flow":"Exports","value":{"amount":1,"currency":"XXQ"}}]}""", 0, "value.currency", "XXQ" },
        { "unknown territory", JsonStart + """{"reporter":"CN","partner":"ZQ","period":"2024","flow":"Exports","value":{"amount":1,"currency":"USD"}}]}""", 0, "partner", "ZQ" },
        { "impossible period", JsonStart + """{"reporter":"CN","partner":"NP","period":"2024-Q5","flow":"Exports","value":{"amount":1,"currency":"USD"}}]}""", 0, "period", "2024-Q5" },
        { "string amount", JsonStart + """{"reporter":"CN","partner":"NP","period":"2024","flow":"Exports","value":{"amount":"12","currency":"USD"}}]}""", 0, "value.amount", "12" },
        { "overflow", JsonStart + """{"reporter":"CN","partner":"NP","period":"2024","flow":"Exports","value":{"amount":1e40,"currency":"USD"}}]}""", 0, "value.amount", "1e40" },
        { "negative import", JsonStart + """{"reporter":"CN","partner":"NP","period":"2024","flow":"Imports","value":{"amount":-3,"currency":"USD"}}]}""", 0, "value.amount", "-3" },
        { "negative quantity", JsonStart + """{"reporter":"CN","partner":"NP","period":"2024","flow":"Imports","value":{"amount":3,"currency":"USD"},"quantity":{"value":-1,"unit":"t"}}]}""", 0, "quantity.value", "-1" },
        { "second record bad", JsonStart + """{"reporter":"CN","partner":"NP","period":"2024","flow":"Exports","value":{"amount":1,"currency":"USD"}},{"reporter":"CN","partner":"NP","period":"2024","flow":"Sideways","value":{"amount":1,"currency":"USD"}}]}""", 1, "flow", "Sideways" },
    };

    [Theory]
    [MemberData(nameof(BadCsv))]
    public async Task Bad_CSV_gives_an_exception_naming_source_record_field_and_value(string because, string csv, long line, string? field, string? value)
    {
        var e = await Assert.ThrowsAsync<TradeDataFormatException>(() => ToListAsync(CsvFromText(csv).ReadAsync(TradeQuery.All)));
        AssertNames(e, because, "test.csv", line, RecordUnit.Line, field, value);
    }

    [Theory]
    [MemberData(nameof(BadJson))]
    public async Task Bad_JSON_gives_an_exception_naming_source_record_field_and_value(string because, string json, long record, string? field, string? value)
    {
        var e = await Assert.ThrowsAsync<TradeDataFormatException>(() => ToListAsync(JsonFromText(json).ReadAsync(TradeQuery.All)));
        var unit = field is null || record == 0 && field is "format" or "version" ? RecordUnit.Line : RecordUnit.Index;
        AssertNames(e, because, "test.json", record, unit, field, value);
    }

    [Fact]
    public async Task Collecting_errors_returns_the_good_records_then_reports_every_bad_one()
    {
        var csv = Header + "\nCN,NP,2024,X,1,USD\nCN,ZQ,2024,X,1,USD\nCN,NP,2024,X,2,USD\nCN,NP,2024,X,oops,USD\nCN,NP,2024,X,3,USD,extra\n";
        var good = new List<TradeObservation>();
        var e = await Assert.ThrowsAsync<TradeDataValidationException>(async () =>
        {
            await foreach (var o in CsvFromText(csv, new ReadOptions { ErrorMode = ErrorMode.CollectAll }).ReadAsync(TradeQuery.All))
            {
                good.Add(o);
            }
        });
        Assert.Equal([1m, 2m], good.Select(o => o.Value.Amount));
        Assert.False(e.Report.IsValid);
        Assert.False(e.Report.IsTruncated);
        Assert.Equal([3L, 5L, 6L], e.Report.Errors.Select(x => x.Record));
        Assert.Equal(["partner", "value", null], e.Report.Errors.Select(x => x.Field));
        Assert.Equal(["ZQ", "oops", "CN,NP,2024,X,3,USD,extra"], e.Report.Errors.Select(x => x.Value));
        Assert.Contains("test.csv, line 5, field 'value', value 'oops'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stopping_at_the_first_error_returns_the_records_before_it_and_nothing_after()
    {
        var json = JsonStart + """
            {"reporter":"CN","partner":"NP","period":"2024","flow":"Exports","value":{"amount":1,"currency":"USD"}},
            {"reporter":"CN","partner":"NP","period":"2024","flow":"Exports","value":{"amount":"x","currency":"USD"}},
            {"reporter":"CN","partner":"NP","period":"2024","flow":"Exports","value":{"amount":3,"currency":"USD"}}]}
            """;
        var good = new List<TradeObservation>();
        await Assert.ThrowsAsync<TradeDataFormatException>(async () =>
        {
            await foreach (var o in JsonFromText(json).ReadAsync(TradeQuery.All))
            {
                good.Add(o);
            }
        });
        Assert.Equal(1m, Assert.Single(good).Value.Amount);
    }

    [Fact]
    public async Task Collecting_stops_with_a_truncated_report_at_the_maximum_number_of_errors()
    {
        var csv = Header + "\n" + string.Concat(Enumerable.Range(0, 10).Select(i => string.Create(CultureInfo.InvariantCulture, $"CN,NP,2024,X,bad{i},USD\n")));
        var e = await Assert.ThrowsAsync<TradeDataValidationException>(() =>
            ToListAsync(CsvFromText(csv, new ReadOptions { ErrorMode = ErrorMode.CollectAll, MaxErrors = 3 }).ReadAsync(TradeQuery.All)));
        Assert.True(e.Report.IsTruncated);
        Assert.Equal(3, e.Report.Errors.Length);
    }

    [Fact]
    public async Task A_fatal_error_while_collecting_ends_the_read_with_every_error_so_far()
    {
        var json = JsonStart + """{"reporter":"ZQ","partner":"NP","period":"2024","flow":"Exports","value":{"amount":1,"currency":"USD"}},{"reporter": ]}""";
        var e = await Assert.ThrowsAsync<TradeDataValidationException>(() =>
            ToListAsync(JsonFromText(json, new ReadOptions { ErrorMode = ErrorMode.CollectAll }).ReadAsync(TradeQuery.All)));
        Assert.True(e.Report.IsTruncated);
        Assert.Equal(2, e.Report.Errors.Length);
        Assert.Equal("reporter", e.Report.Errors[0].Field);
        Assert.Contains("malformed JSON", e.Report.Errors[1].Message, StringComparison.Ordinal);
    }

    internal static void AssertNames(TradeDataFormatException e, string because, string source, long record, RecordUnit unit, string? field, string? value)
    {
        Assert.True(source == e.SourceName, because);
        Assert.True(record == e.Record, $"{because}: record {e.Record}, expected {record}. {e.Message}");
        Assert.True(unit == e.RecordUnit, $"{because}: unit {e.RecordUnit}. {e.Message}");
        Assert.True(field == e.Field, $"{because}: field '{e.Field}', expected '{field}'. {e.Message}");
        Assert.True(value == e.Value, $"{because}: value '{e.Value}', expected '{value}'. {e.Message}");
        Assert.StartsWith(source + ", " + e.Location, e.Message, StringComparison.Ordinal);
        if (field is not null)
        {
            Assert.Contains($"field '{field}'", e.Message, StringComparison.Ordinal);
        }

        if (value is not null)
        {
            Assert.Contains($"value '{value}'", e.Message, StringComparison.Ordinal);
        }
    }
}
