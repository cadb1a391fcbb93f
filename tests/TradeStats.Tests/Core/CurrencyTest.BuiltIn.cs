using System.Globalization;

namespace TradeStats.Tests.Core;

public partial class CurrencyTest
{
    [Theory]
    [InlineData("EUR", 978, 2, "Euro")]
    [InlineData("GBP", 826, 2, "Pound Sterling")]
    [InlineData("JPY", 392, 0, "Yen")]
    [InlineData("KWD", 414, 3, "Kuwaiti Dinar")]
    [InlineData("NPR", 524, 2, "Nepalese Rupee")]
    [InlineData("KZT", 398, 2, "Tenge")]
    [InlineData("AMD", 51, 2, "Armenian Dram")]
    [InlineData("CLF", 990, 4, "Unidad de Fomento")]
    [InlineData("XCG", 532, 2, "Caribbean Guilder")]
    [InlineData("ZWG", 924, 2, "Zimbabwe Gold")]
    public void The_iso_4217_list_is_built_in(string code, int numeric, int digits, string name)
    {
        var currency = Currency.FromCode(code);
        Assert.Equal((code, numeric, digits, name), (currency.Code, currency.NumericCode, currency.MinorUnitDigits, currency.Name));
        Assert.Same(currency, Currency.FromNumericCode(numeric));
        Assert.Same(currency, Currency.FromCode(code.ToLowerInvariant()));
        Assert.Contains(currency, Currency.BuiltIn);
    }

    [Theory]
    [InlineData("XAU", 959)]
    [InlineData("XAG", 961)]
    [InlineData("XDR", 960)]
    [InlineData("XXX", 999)]
    public void Codes_without_an_iso_minor_unit_have_whole_units(string code, int numeric)
    {
        var currency = Currency.FromNumericCode(numeric);
        Assert.Equal(code, currency.Code);
        Assert.Equal(0, currency.MinorUnitDigits);
        Assert.Equal(1m, currency.MinorUnit);
    }

    [Theory]
    [InlineData("HRK")] // withdrawn 2023 (Croatia adopted the euro)
    [InlineData("BGN")] // withdrawn 2026 (Bulgaria adopted the euro)
    [InlineData("SLL")]
    [InlineData("ANG")]
    public void Withdrawn_codes_are_not_built_in(string code) => Assert.DoesNotContain(Currency.BuiltIn, c => c.Code == code);

    [Fact]
    public void Every_built_in_numeric_code_is_unique_and_every_code_is_three_letters()
    {
        Assert.Equal(Currency.BuiltIn.Count, Currency.BuiltIn.Select(c => c.NumericCode).Distinct().Count());
        Assert.All(Currency.BuiltIn, c =>
        {
            Assert.Matches("^[A-Z]{3}$", c.Code);
            Assert.InRange(c.NumericCode, 1, 999);
            Assert.InRange(c.MinorUnitDigits, 0, 4);
            Assert.False(string.IsNullOrWhiteSpace(c.Name));
            Assert.False(string.IsNullOrWhiteSpace(c.Symbol));
            Assert.Same(c, Currency.FromNumericCode(c.NumericCode));
        });
        Assert.Equal(Currency.BuiltIn.Select(c => c.Code).Order(StringComparer.Ordinal), Currency.BuiltIn.Select(c => c.Code));
    }

    [Fact]
    public void The_built_in_count_matches_the_data_file()
    {
        using var stream = typeof(Currency).Assembly.GetManifestResourceStream("TradeStats.Data.currencies.tsv")!;
        using var reader = new StreamReader(stream);
        var rows = reader.ReadToEnd().Split('\n')
            .Select(l => l.TrimEnd('\r'))
            .Where(l => l.Length > 0 && l[0] != '#' && !l.StartsWith("code\t", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(rows.Count, Currency.BuiltIn.Count);
        Assert.Equal(178, rows.Count); // list one of 2026-01-01, one row per alphabetic code
        Assert.Equal(rows.Select(r => r.Split('\t')[0]), Currency.BuiltIn.Select(c => c.Code));
    }

    [Fact]
    public void A_built_in_code_registered_with_its_own_definition_is_the_built_in_instance()
    {
        var euro = Currency.FromCode("EUR");
        Assert.Same(euro, Currency.Register("EUR", 978, 2, "Euro", "€"));
        var jpy = Assert.Throws<ArgumentException>(() => Currency.Register("JPY", 392, 2, "Yen", "¥"));
        Assert.Contains("JPY 392 with 0 minor digits", jpy.Message, StringComparison.Ordinal);
        var stolen = Assert.Throws<ArgumentException>(() => Currency.Register("XEU", 978, 2, "Not the euro"));
        Assert.Contains("EUR", stolen.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Withdrawn_codes_can_be_registered_and_found_by_number()
    {
        var kuna = Currency.Register("HRK", 191, 2, "Kuna", "kn");
        Assert.Same(kuna, Currency.FromNumericCode(191));
        Assert.Contains(kuna, Currency.All);
        Assert.DoesNotContain(kuna, Currency.BuiltIn);
    }

    [Fact]
    public void Unknown_code_messages_stay_short()
    {
        var e = Assert.Throws<UnknownCurrencyException>(() => Currency.FromCode("QQQ"));
        Assert.Contains(Currency.BuiltIn.Count.ToString(CultureInfo.InvariantCulture), e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("ZWG", e.Message, StringComparison.Ordinal);
    }
}
