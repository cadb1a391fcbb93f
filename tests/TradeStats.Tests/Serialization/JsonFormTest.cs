using System.Text.Json;
using TradeStats.Serialization;

namespace TradeStats.Tests.Serialization;

/// <summary>The exact JSON forms, and how bad JSON is refused.</summary>
public class JsonFormTest
{
    private static readonly TradeObservation Xizang2024 = new(
        Territory.FromCode("CN-XZ"), Territory.World, Period.Year(2024), TradeFlow.Total, Money.Cny(12670000000m))
    {
        Quantity = new Quantity(12938m, "vehicles"),
        Commodity = Commodity.Hs("8703", "Motor cars"),
        CustomsRegime = CustomsRegime.GeneralTrade,
        EnterpriseType = EnterpriseType.Private,
        TransportMode = TransportMode.Air,
        Source = new SourceReference("Xinhua", new DateOnly(2025, 2, 17), "China's Xizang reports surging foreign trade in 2024", "https://example.org/x", "climbed to 12.67 billion yuan"),
    };

    [Fact]
    public void An_observation_has_the_agreed_form()
    {
        const string Expected =
            """{"reporter":"CN-XZ","partner":"WLD","period":"2024","flow":"Total","value":{"amount":12670000000,"currency":"CNY"},"quantity":{"value":12938,"unit":"vehicles"},"commodity":{"hs":"8703","name":"Motor cars"},"customsRegime":"GeneralTrade","enterpriseType":"Private","transportMode":"Air","status":"Final","source":{"publisher":"Xinhua","date":"2025-02-17","title":"China's Xizang reports surging foreign trade in 2024","address":"https://example.org/x","excerpt":"climbed to 12.67 billion yuan"}}""";

        var json = JsonSerializer.Serialize(Xizang2024, TradeStatsJsonContext.Default.TradeObservation);

        Assert.Equal(Expected.Replace("'", "\\u0027", StringComparison.Ordinal), json);
    }

    [Fact]
    public void Optional_members_are_omitted_when_null()
    {
        var bare = new TradeObservation(Territory.FromCode("CN-XJ"), Territory.CentralAsia5, Period.Year(2023), TradeFlow.Exports, Money.Cny(246.57e9m))
        {
            Commodity = Commodity.Named("New energy vehicles"),
        };

        var json = JsonSerializer.Serialize(bare, TradeStatsJson.Options);

        Assert.Equal("""{"reporter":"CN-XJ","partner":"CA5","period":"2023","flow":"Exports","value":{"amount":246570000000,"currency":"CNY"},"commodity":{"group":"New energy vehicles"},"status":"Final"}""", json);
    }

    [Fact]
    public void Status_defaults_to_final_when_absent()
    {
        var o = JsonSerializer.Deserialize("""{"reporter":"CN-XZ","partner":"NP","period":"2024-01/2024-10","flow":"Exports","value":{"amount":1,"currency":"CNY"}}""", TradeStatsJsonContext.Default.TradeObservation)!;
        Assert.Equal(ObservationStatus.Final, o.Status);
        Assert.Equal(Period.YearToDate(2024, 10), o.Period);
    }

    [Theory]
    [InlineData("Money", """{"amount":12670000000,"currency":"CNY"}""")]
    [InlineData("Money", """{"amount":1.50,"currency":"USD"}""")]
    [InlineData("Currency", "\"CNY\"")]
    [InlineData("Period", "\"2024-Q1\"")]
    [InlineData("Period", "\"2025-01/2025-10\"")]
    [InlineData("Territory", "\"CN-XZ\"")]
    [InlineData("ExchangeRate", """{"base":"USD","quote":"CNY","value":7.1217,"period":"2024","kind":"PeriodAverage","source":"SAFE"}""")]
    [InlineData("ExchangeRate", """{"base":"USD","quote":"CNY","value":7.1217,"period":"2024","kind":"EndOfPeriod"}""")]
    [InlineData("Commodity", """{"hs":"870380"}""")]
    [InlineData("Quantity", """{"value":12938,"unit":"vehicles"}""")]
    [InlineData("SourceReference", """{"publisher":"Global Times","date":"2024-02-07"}""")]
    [InlineData("PublishedNumber", """{"value":0.154,"resolution":0.001,"style":"Nearest"}""")]
    [InlineData("PublishedMoney", """{"amount":12670000000,"currency":"CNY","resolution":10000000,"style":"Nearest"}""")]
    [InlineData("DecimalInterval", """{"lower":12665000000,"upper":12675000000,"lowerInclusive":true,"upperInclusive":false}""")]
    [InlineData("DecimalInterval", """{"lower":100000000,"upper":null,"lowerInclusive":true,"upperInclusive":true}""")]
    public void Canonical_forms_read_and_write_back_unchanged(string type, string json)
    {
        var typeInfo = TradeStatsJsonContext.Default.GetTypeInfo(TypeOf(type))!;
        var value = JsonSerializer.Deserialize(json, typeInfo);
        Assert.Equal(json, JsonSerializer.Serialize(value, typeInfo));
    }

    [Fact]
    public void Amounts_are_written_exactly()
    {
        var json = JsonSerializer.Serialize(Money.Cny(0.1m + 0.2m), TradeStatsJson.Options);
        Assert.Equal("""{"amount":0.3,"currency":"CNY"}""", json);
        var big = new Money(79228162514264337593543950335m, Currency.USD);
        Assert.Equal(big, JsonSerializer.Deserialize<Money>(JsonSerializer.Serialize(big, TradeStatsJson.Options), TradeStatsJson.Options));
    }

    [Theory]
    [InlineData("""{"currency":"CNY"}""", "required member 'amount' is missing")]
    [InlineData("""{"amount":1}""", "required member 'currency' is missing")]
    [InlineData("""{"amount":1,"amount":2,"currency":"CNY"}""", "member 'amount' appears twice")]
    [InlineData("""{"amount":1,"currency":"CNY","value":3}""", "unknown member 'value'")]
    [InlineData("""{"amount":"12","currency":"CNY"}""", "member 'amount' must be a JSON number, got the string \"12\"")]
    [InlineData("""{"amount":true,"currency":"CNY"}""", "member 'amount' must be a JSON number, got true")]
    [InlineData("""{"amount":1,"currency":"XYZ"}""", "\"XYZ\", which is not a known currency code")]
    [InlineData("""{"amount":1e40,"currency":"CNY"}""", "the number 1e40, which is outside decimal's range")]
    [InlineData("""{"Amount":1,"currency":"CNY"}""", "unknown member 'Amount'")]
    [InlineData("[1]", "expected a JSON object, got an array")]
    [InlineData("null", "expected a JSON object, got null")]
    public void Bad_money_is_refused_naming_the_member_and_value(string json, string message)
    {
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, TradeStatsJsonContext.Default.Money));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
        Assert.Contains("Money", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"reporter":"CN-XZ","partner":"WLD","period":"2024","flow":"Exports","value":{"amount":-1,"currency":"CNY"}}""", "Only a balance may be negative")]
    [InlineData("""{"reporter":"CN-XZ","partner":"WLD","period":"2024","flow":"exports","value":{"amount":1,"currency":"CNY"}}""", "'flow' is \"exports\", which is not one of")]
    [InlineData("""{"reporter":"CN-XZ","partner":"WLD","period":"2024","flow":"1","value":{"amount":1,"currency":"CNY"}}""", "'flow' is \"1\"")]
    [InlineData("""{"reporter":"CN-XZ","partner":"WLD","period":"2024","flow":1,"value":{"amount":1,"currency":"CNY"}}""", "member 'flow' must be a JSON string, got the number 1")]
    [InlineData("""{"reporter":"CN-XZ","partner":"NOT-A-GROUP","period":"2024","flow":"Total","value":{"amount":1,"currency":"CNY"}}""", "'partner' is \"NOT-A-GROUP\", which is not a known territory code")]
    [InlineData("""{"reporter":"CN-XZ","partner":"WLD","period":"2024-13","flow":"Total","value":{"amount":1,"currency":"CNY"}}""", "'period' is \"2024-13\"")]
    [InlineData("""{"reporter":"CN-XZ","partner":"WLD","period":"2024","flow":"Total"}""", "required member 'value' is missing")]
    [InlineData("""{"reporter":"CN-XZ","partner":"WLD","period":"2024","flow":"Total","value":{"amount":1,"currency":"CNY"},"commodity":{"hs":"87a"}}""", "'hs' is \"87a\"")]
    [InlineData("""{"reporter":"CN-XZ","partner":"WLD","period":"2024","flow":"Total","value":{"amount":1,"currency":"CNY"},"commodity":{"hs":"87","group":"x"}}""", "exactly one of 'hs', 'code' (with 'classification') and 'group'")]
    [InlineData("""{"reporter":"CN-XZ","partner":"WLD","period":"2024","flow":"Total","value":{"amount":1,"currency":"CNY"},"quantity":{"value":-5,"unit":"kg"}}""", "Invalid Quantity JSON")]
    [InlineData("""{"reporter":"CN-XZ","partner":"WLD","period":"2024","flow":"Total","value":{"amount":1,"currency":"CNY"},"source":{"publisher":"X","date":"17/02/2025"}}""", "'date' is \"17/02/2025\"")]
    [InlineData("""{"reporter":"CN-XZ","partner":"WLD","period":"2024","flow":"Total","value":{"amount":1,"currency":"CNY"},"colour":"red"}""", "unknown member 'colour'")]
    public void Bad_observations_are_refused_naming_the_member_and_value(string json, string message)
    {
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, TradeStatsJsonContext.Default.TradeObservation));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_group_must_be_registered_to_be_read_back()
    {
        var unregistered = Territory.CreateGroup("UNREGISTERED-JSON", "Not registered", [new GroupMembership(Territory.FromCode("NP"))]);
        var json = JsonSerializer.Serialize(unregistered, TradeStatsJson.Options);

        Assert.Equal("\"UNREGISTERED-JSON\"", json);
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Territory>(json, TradeStatsJson.Options));
        Assert.Contains("UNREGISTERED-JSON", e.Message, StringComparison.Ordinal);
        Assert.Contains("RegisterGroup", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"value":1,"style":"Nearest"}""", "'resolution' is missing")]
    [InlineData("""{"value":1,"resolution":0,"style":"Nearest"}""", "does not fit style Nearest")]
    [InlineData("""{"value":1,"resolution":-1,"style":"AtLeast"}""", "negative")]
    [InlineData("""{"value":1,"resolution":1,"style":"Roughly"}""", "'style' is \"Roughly\"")]
    public void Bad_published_numbers_are_refused(string json, string message)
    {
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, TradeStatsJsonContext.Default.PublishedNumber));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exact_published_number_may_omit_its_resolution()
    {
        Assert.Equal(PublishedNumber.Exact(12938m), JsonSerializer.Deserialize("""{"value":12938,"style":"Exact"}""", TradeStatsJsonContext.Default.PublishedNumber));
    }

    [Fact]
    public void Bad_exchange_rates_are_refused()
    {
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"base":"USD","quote":"CNY","value":0,"period":"2024","kind":"PeriodAverage"}""", TradeStatsJsonContext.Default.ExchangeRate));
        Assert.Contains("USD/CNY 0", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"base":"USD","quote":"USD","value":1,"period":"2024","kind":"PeriodAverage"}""", TradeStatsJsonContext.Default.ExchangeRate));
        Assert.Contains("two different currencies", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Enums_refuse_numbers_and_other_casings()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("2", TradeStatsJsonContext.Default.TradeFlow));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("\"total\"", TradeStatsJsonContext.Default.TradeFlow));
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize((TradeFlow)42, TradeStatsJsonContext.Default.TradeFlow));
    }

    [Fact]
    public void The_options_are_read_only_and_the_converters_can_be_added_elsewhere()
    {
        Assert.True(TradeStatsJson.Options.IsReadOnly);
        var mine = TradeStatsJson.AddConverters(new JsonSerializerOptions());
        Assert.Equal("""{"amount":1,"currency":"CNY"}""", JsonSerializer.Serialize(Money.Cny(1m), mine));
    }

    private static Type TypeOf(string name) => name switch
    {
        "Money" => typeof(Money),
        "Currency" => typeof(Currency),
        "Period" => typeof(Period),
        "Territory" => typeof(Territory),
        "ExchangeRate" => typeof(ExchangeRate),
        "Commodity" => typeof(Commodity),
        "Quantity" => typeof(Quantity),
        "SourceReference" => typeof(SourceReference),
        "PublishedNumber" => typeof(PublishedNumber),
        "PublishedMoney" => typeof(PublishedMoney),
        "DecimalInterval" => typeof(DecimalInterval),
        _ => throw new ArgumentException(name),
    };
}
