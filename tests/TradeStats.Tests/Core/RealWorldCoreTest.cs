using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TradeStats.Serialization;
using TradeStats.Sources;
using TradeStats.Tests.Infrastructure;
using static TradeStats.Tests.Sources.SourcesTestSupport;

namespace TradeStats.Tests.Core;

/// <summary>Exact decimal parsing, strict UTF-8 and gzip input, commodity classifications and estimated quantities.</summary>
public class RealWorldCoreTest
{
    private static readonly RecordContext Context = new("test.csv", 2, RecordUnit.Line);

    private const string Header = "reporter,partner,period,flow,value,currency,commodity\n";

    [Theory]
    [InlineData("1e-30", true, 0)]
    [InlineData("0.00000000000000000000000000001", false, 0)]
    [InlineData("9.0000000000000000000000000001", false, 0)]
    [InlineData("79228162514264337593543950336", false, 0)]
    [InlineData("99999999999999999999999999999", false, 0)]
    [InlineData("1.5", false, -28)]
    [InlineData("8e28", true, 0)]
    [InlineData("1", false, 29)]
    public void Texts_decimal_cannot_hold_exactly_are_refused_never_rounded(string text, bool exponent, int powerOfTen)
    {
        var e = Assert.Throws<TradeDataFormatException>(() => Context.Decimal("value", text, exponent, powerOfTen));
        Assert.Equal("value", e.Field);
        Assert.Equal(text, e.Value);
    }

    [Theory]
    [InlineData("79228162514264337593543950335", false, 0, "79228162514264337593543950335")]
    [InlineData("-79228162514264337593543950335", false, 0, "-79228162514264337593543950335")]
    [InlineData("0.0000000000000000000000000001", false, 0, "0.0000000000000000000000000001")]
    [InlineData("1.50", false, 0, "1.50")]
    [InlineData("1.5E9", true, 0, "1500000000")]
    [InlineData("12.67", false, 9, "12670000000")]
    [InlineData("1267", false, -2, "12.67")]
    [InlineData("2.5e-3", true, 0, "0.0025")]
    [InlineData("1E+2", true, 0, "100")]
    public void Texts_decimal_holds_parse_exactly_keeping_their_scale(string text, bool exponent, int powerOfTen, string expected)
    {
        var d = Context.Decimal("value", text, exponent, powerOfTen);
        Assert.Equal(expected, d.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Minus_zero_is_zero()
    {
        Assert.Equal(0m, Context.Decimal("value", "-0"));
        Assert.Equal("0", Context.NonNegativeDecimal("quantity", "-0").ToString(CultureInfo.InvariantCulture));
    }

    [Property]
    public Property Any_decimal_reads_back_exactly_from_its_text_and_from_that_text_with_a_shifted_exponent() =>
        Prop.ForAll(
            Arb.From(from d in ArbMap.Default.GeneratorFor<decimal>() from shift in Gen.Choose(-40, 40) select (d, shift)),
            ((decimal D, int Shift) x) =>
            {
                var text = x.D.ToString(CultureInfo.InvariantCulture);
                var parsed = Context.Decimal("value", text);
                Assert.Equal(x.D, parsed);
                Assert.Equal(text, parsed.ToString(CultureInfo.InvariantCulture));

                // The same number written with an exponent: mantissa times 10^-shift, then E+shift.
                var shifted = ShiftPoint(text, -x.Shift) + "E" + x.Shift.ToString(CultureInfo.InvariantCulture);
                Assert.Equal(x.D, Context.Decimal("value", shifted, allowExponent: true));

                // As a unit multiplier: the text shifted by -shift, times 10^shift.
                Assert.Equal(x.D, Context.Decimal("value", ShiftPoint(text, -x.Shift), powerOfTen: x.Shift));
            });

    [Property]
    public Property Texts_with_more_precision_than_decimal_are_refused_never_read_as_another_number() =>
        Prop.ForAll(
            Arb.From(from d in ArbMap.Default.GeneratorFor<decimal>() from extra in Gen.Choose(1, 9) from zeros in Gen.Choose(0, 30) select (d, extra, zeros)),
            ((decimal D, int Extra, int Zeros) x) =>
            {
                // Append a non-zero digit beyond the last one decimal can hold at this magnitude: 29 significant
                // digits or 29 decimal places at least.
                var text = x.D.ToString(CultureInfo.InvariantCulture);
                var withPoint = text.Contains('.', StringComparison.Ordinal) ? text : text + ".";
                var longer = withPoint + new string('0', x.Zeros + 29) + x.Extra.ToString(CultureInfo.InvariantCulture);
                var e = Assert.Throws<TradeDataFormatException>(() => Context.Decimal("value", longer));
                Assert.Equal(longer, e.Value);
            });

    [Fact]
    public void Json_money_with_an_amount_decimal_cannot_hold_is_refused()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Money>("""{"amount":1e-30,"currency":"USD"}""", TradeStatsJson.Options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Money>("""{"amount":9.0000000000000000000000000001,"currency":"USD"}""", TradeStatsJson.Options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Money>("""{"amount":79228162514264337593543950336,"currency":"USD"}""", TradeStatsJson.Options));
        Assert.Equal(79228162514264337593543950335m, JsonSerializer.Deserialize<Money>("""{"amount":79228162514264337593543950335,"currency":"USD"}""", TradeStatsJson.Options).Amount);
        Assert.Equal("1.50", JsonSerializer.Deserialize<Money>("""{"amount":1.50,"currency":"USD"}""", TradeStatsJson.Options).Amount.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(1500000000m, JsonSerializer.Deserialize<Money>("""{"amount":1.5e9,"currency":"USD"}""", TradeStatsJson.Options).Amount);
    }

    [Fact]
    public async Task Library_json_file_refuses_an_amount_decimal_cannot_hold()
    {
        var json = """{"format":"tradestats-observations","version":1,"observations":[{"reporter":"CN","partner":"NP","period":"2024","flow":"Exports","value":{"amount":1e-30,"currency":"USD"}}]}""";
        var e = await Assert.ThrowsAsync<TradeDataFormatException>(() => ToListAsync(JsonFromText(json).ReadAsync(TradeQuery.All)));
        Assert.Equal("value.amount", e.Field);
    }

    [Fact]
    public async Task Library_csv_refuses_a_value_decimal_cannot_hold()
    {
        var e = await Assert.ThrowsAsync<TradeDataFormatException>(() => ToListAsync(CsvFromText(Header + "CN,NP,2024,X,9.0000000000000000000000000001,USD,\n").ReadAsync(TradeQuery.All)));
        Assert.Equal(("value", 2L), (e.Field, e.Record));
    }

    [Fact]
    public async Task Invalid_UTF8_in_a_field_names_the_line_and_field()
    {
        var bytes = Encoding.UTF8.GetBytes(Header + "CN,NP,2024,X,1,USD,\nCN,NP,2024,X,1,USD,Gro")
            .Concat(new byte[] { 0xFF, 0xFE }).Concat(Encoding.UTF8.GetBytes("up\n")).ToArray();
        var e = await Assert.ThrowsAsync<TradeDataFormatException>(() => ToListAsync(new ObservationCsvFile(() => new MemoryStream(bytes), "bad.csv").ReadAsync(TradeQuery.All)));
        Assert.Equal(3L, e.Record);
        Assert.Contains("commodity", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Latin1_reads_when_asked_for()
    {
        var bytes = Encoding.Latin1.GetBytes(Header + "CN,NP,2024,X,1,USD,Caf\u00e9\n");
        var read = await ToListAsync(new ObservationCsvFile(() => new MemoryStream(bytes), "latin1.csv", new ReadOptions { Encoding = Encoding.Latin1 }).ReadAsync(TradeQuery.All));
        Assert.Equal(Commodity.Named("Caf\u00e9"), Assert.Single(read).Commodity);
    }

    [Fact]
    public async Task A_UTF16_byte_order_mark_is_refused_naming_the_encoding_and_a_UTF8_one_accepted()
    {
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Header + "CN,NP,2024,X,1,USD,\n")).ToArray();
        var e = await Assert.ThrowsAnyAsync<Exception>(() => ToListAsync(new ObservationCsvFile(() => new MemoryStream(utf16), "utf16.csv").ReadAsync(TradeQuery.All)));
        Assert.Contains("UTF-16", e.Message, StringComparison.OrdinalIgnoreCase);

        var utf8 = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Header + "CN,NP,2024,X,1,USD,\n")).ToArray();
        Assert.Single(await ToListAsync(new ObservationCsvFile(() => new MemoryStream(utf8), "bom.csv").ReadAsync(TradeQuery.All)));
    }

    [Fact]
    public async Task A_gzipped_library_csv_reads_as_the_plain_one()
    {
        var plain = await File.ReadAllBytesAsync(TestData("sources", "observations.csv"));
        using var packed = new MemoryStream();
        await using (var gz = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true))
        {
            await gz.WriteAsync(plain);
        }

        var gzBytes = packed.ToArray();
        var expected = await ToListAsync(new ObservationCsvFile(() => new MemoryStream(plain), "o.csv").ReadAsync(TradeQuery.All));
        var actual = await ToListAsync(new ObservationCsvFile(() => new MemoryStream(gzBytes), "o.csv.gz").ReadAsync(TradeQuery.All));
        AssertSame(expected, actual);
    }

    [Fact]
    public void Classifications_are_equal_by_code_and_edition()
    {
        Assert.Equal(CommodityClassification.FromCode("h6"), CommodityClassification.FromCode("H6"));
        Assert.NotEqual(CommodityClassification.FromCode("H6"), CommodityClassification.Hs);
        Assert.Equal(CommodityClassification.FromCode("NAT-CN"), CommodityClassification.National(Territory.FromCode("CN")));
        Assert.Equal("S3", CommodityClassification.FromCode("S3").ToString());
        Assert.Equal(ClassificationSystem.Sitc, CommodityClassification.FromCode("SITC").System);
        Assert.Throws<FormatException>(() => CommodityClassification.FromCode("H9"));
        Assert.False(CommodityClassification.TryFromCode("NAT-WLD", out _));
    }

    [Fact]
    public void Commodities_are_equal_only_within_one_classification()
    {
        var sitc = CommodityClassification.FromCode("S1");
        Assert.Equal(Commodity.Create("42", sitc), Commodity.Create("42", CommodityClassification.FromCode("s1"), "Vegetable oils"));
        Assert.NotEqual(Commodity.Create("42", sitc), Commodity.Hs("42"));
        Assert.NotEqual(Commodity.Hs("42"), Commodity.Named("42"));
        Assert.NotEqual(Commodity.Hs("8703"), Commodity.Create("8703", CommodityClassification.FromCode("H6")));
        Assert.Equal("S1 42", Commodity.Create("42", sitc).ToString());
        Assert.Equal("HS 8703", Commodity.Hs("8703").ToString());
        Assert.Equal("Plateau goods", Commodity.Named("Plateau goods").ToString());
        Assert.Equal(3, Commodity.Create("042", sitc).Level);
        Assert.Null(Commodity.Named("x").Level);
    }

    [Fact]
    public void SITC_rolls_up_from_five_digits_to_three_to_one_and_CN_from_eight_to_six()
    {
        var item = Commodity.Create("04211", CommodityClassification.FromCode("S4"));
        var group = item.RollUp(3);
        Assert.Equal(Commodity.Create("042", CommodityClassification.FromCode("S4")), group);
        Assert.Equal(Commodity.Create("0", CommodityClassification.FromCode("S4")), group.RollUp(1));
        Assert.True(item.IsWithin(group));
        Assert.Throws<ArgumentOutOfRangeException>(() => group.RollUp(5));

        var cn = Commodity.Create("39199080", CommodityClassification.FromCode("CN"));
        Assert.Equal(Commodity.Create("391990", CommodityClassification.FromCode("CN")), cn.RollUp(6));
        Assert.Throws<ArgumentOutOfRangeException>(() => cn.RollUp(5));
        Assert.Throws<FormatException>(() => Commodity.Create("3919908", CommodityClassification.FromCode("CN")));
    }

    [Fact]
    public void IsWithin_across_classifications_throws_naming_both()
    {
        var sitc = Commodity.Create("42", CommodityClassification.FromCode("S1"));
        var e = Assert.Throws<MixedClassificationsException>(() => Commodity.Hs("4203").IsWithin(sitc));
        Assert.Contains("HS 4203", e.Message, StringComparison.Ordinal);
        Assert.Contains("S1 42", e.Message, StringComparison.Ordinal);
        Assert.False(Commodity.Named("Leather").IsWithin(sitc));
    }

    [Fact]
    public void Quantity_estimation_counts_in_equality_and_spreads_through_sums()
    {
        var reported = new Quantity(10m, "kg");
        var estimated = new Quantity(10m, "kg") { IsEstimated = true };
        Assert.NotEqual(reported, estimated);
        Assert.Equal(estimated, new Quantity(10.0m, "KG") { IsEstimated = true });
        Assert.True((reported + estimated).IsEstimated);
        Assert.False((reported + reported).IsEstimated);
        Assert.Equal(20m, (estimated + reported).Value);
        Assert.EndsWith("(estimated)", estimated.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_converters_keep_classification_and_estimation()
    {
        var sitc = Commodity.Create("042", CommodityClassification.FromCode("S3"), "Rice");
        var json = JsonSerializer.Serialize(sitc, TradeStatsJson.Options);
        Assert.Equal("""{"code":"042","classification":"S3","name":"Rice"}""", json);
        var back = JsonSerializer.Deserialize<Commodity>(json, TradeStatsJson.Options)!;
        Assert.Equal((sitc, sitc.Name), (back, back.Name));
        Assert.Equal("""{"hs":"8703"}""", JsonSerializer.Serialize(Commodity.Hs("8703"), TradeStatsJson.Options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Commodity>("""{"code":"42"}""", TradeStatsJson.Options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Commodity>("""{"code":"42","classification":"XX"}""", TradeStatsJson.Options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Commodity>("""{"code":"123","classification":"CN"}""", TradeStatsJson.Options));

        var q = new Quantity(1.5m, "kg") { IsEstimated = true };
        var qJson = JsonSerializer.Serialize(q, TradeStatsJsonContext.Default.Quantity);
        Assert.Equal("""{"value":1.5,"unit":"kg","estimated":true}""", qJson);
        Assert.Equal(q, JsonSerializer.Deserialize(qJson, TradeStatsJsonContext.Default.Quantity));
    }

    [Property]
    public Property Observation_json_round_trips_through_the_serializer_with_every_new_field() =>
        Prop.ForAll(Arb.From(Observation(hsNames: true)), (TradeObservation o) =>
        {
            var json = JsonSerializer.Serialize(o, TradeStatsJsonContext.Default.TradeObservation);
            var back = JsonSerializer.Deserialize(json, TradeStatsJsonContext.Default.TradeObservation)!;
            AssertSame([o], [back]);
        });

    [Fact]
    public async Task Csv_refuses_an_unknown_classification_or_a_code_not_of_its_classification()
    {
        const string H = "reporter,partner,period,flow,value,currency,commodity,classification\n";
        var e = await Assert.ThrowsAsync<TradeDataFormatException>(() => ToListAsync(CsvFromText(H + "CN,NP,2024,X,1,USD,42,XX\n").ReadAsync(TradeQuery.All)));
        Assert.Equal(("classification", "XX"), (e.Field, e.Value));
        e = await Assert.ThrowsAsync<TradeDataFormatException>(() => ToListAsync(CsvFromText(H + "CN,NP,2024,X,1,USD,123,CN\n").ReadAsync(TradeQuery.All)));
        Assert.Equal(("commodity", "123"), (e.Field, e.Value));
        var ok = await ToListAsync(CsvFromText(H + "CN,NP,2024,X,1,USD,042,S3\nCN,NP,2024,X,1,USD,8703,\n").ReadAsync(TradeQuery.All));
        Assert.Equal([Commodity.Create("042", CommodityClassification.FromCode("S3")), Commodity.Hs("8703")], ok.Select(o => o.Commodity));
    }

    private static string ShiftPoint(string text, int shift)
    {
        // Moves the decimal point of an invariant decimal text by shift places (right when positive), exactly.
        var negative = text.StartsWith('-');
        var body = negative ? text[1..] : text;
        var point = body.IndexOf('.', StringComparison.Ordinal);
        var digits = point < 0 ? body : body.Remove(point, 1);
        var position = (point < 0 ? body.Length : point) + shift;
        if (position <= 0)
        {
            digits = new string('0', 1 - position) + digits;
            position = 1;
        }
        else if (position > digits.Length)
        {
            digits += new string('0', position - digits.Length);
        }

        var result = position == digits.Length ? digits : digits[..position] + "." + digits[position..];
        return (negative ? "-" : string.Empty) + result;
    }
}
