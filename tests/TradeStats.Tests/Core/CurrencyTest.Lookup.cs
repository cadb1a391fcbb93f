using TradeStats.Tests.Infrastructure;

namespace TradeStats.Tests.Core;

public partial class CurrencyTest
{
    /// <summary>The Nepalese rupee as ISO 4217 defines it (built in); registering exactly this definition is allowed.</summary>
    internal static Currency Npr => Currency.Register("NPR", 524, 2, "Nepalese Rupee", "Rs");

    /// <summary>The euro, built in; registering its built-in definition again is allowed.</summary>
    internal static Currency Eur => Currency.Register("EUR", 978, 2, "Euro", "€");

    /// <summary>The Kazakhstani tenge, built in under its ISO 4217 name.</summary>
    internal static Currency Kzt => Currency.Register("KZT", 398, 2, "Tenge", "₸");

    /// <summary>ISO 4217's code reserved for testing: no minor unit in ISO ("N.A."), 0 digits in the library.</summary>
    internal static Currency Xts => Currency.Register("XTS", 963, 0, "Codes specifically reserved for testing purposes", "XTS");

    [Fact]
    public void Cny_and_usd_are_built_in_with_their_iso_definitions()
    {
        Assert.Equal(("CNY", 156, 2, 0.01m, "Chinese yuan renminbi", "¥"), Describe(Currency.CNY));
        Assert.Equal(("USD", 840, 2, 0.01m, "US dollar", "$"), Describe(Currency.USD));
        Assert.Contains(Currency.CNY, Currency.All);
        Assert.Contains(Currency.USD, Currency.All);
    }

    [Theory]
    [InlineData("CNY")]
    [InlineData("cny")]
    [InlineData("Cny")]
    [InlineData(" CNY ")]
    public void FromCode_ignores_case_and_spaces(string code) =>
        Assert.Same(Currency.CNY, Currency.FromCode(code));

    [Fact]
    public void FromCode_is_not_fooled_by_turkish_casing()
    {
        using var scope = new CultureScope("tr-TR");
        Assert.Same(Currency.Register("XTI", 30, 2, "Test currency with an i", "XTI"), Currency.FromCode("xti"));
        Assert.Same(Currency.FromCode("XTI"), Currency.FromCode("Xti"));
    }

    [Fact]
    public void FromNumericCode_finds_built_in_and_registered_currencies()
    {
        Assert.Same(Currency.CNY, Currency.FromNumericCode(156));
        Assert.Same(Currency.USD, Currency.FromNumericCode(840));
        Assert.Same(Npr, Currency.FromNumericCode(524));
    }

    [Theory]
    [InlineData("XYZ")]
    [InlineData("")]
    [InlineData("C N Y")]
    [InlineData("yuan")]
    [InlineData("CNYX")]
    public void Unknown_codes_throw_naming_the_code(string code)
    {
        var e = Assert.Throws<UnknownCurrencyException>(() => Currency.FromCode(code));
        Assert.Equal(code, e.Code);
        Assert.Contains($"'{code}'", e.Message, StringComparison.Ordinal);
        Assert.Contains("CNY", e.Message, StringComparison.Ordinal); // lists what is known
        Assert.IsAssignableFrom<KeyNotFoundException>(e);
        Assert.False(Currency.TryFromCode(code, out _));
    }

    [Fact]
    public void Unknown_numeric_codes_throw_naming_the_code()
    {
        var e = Assert.Throws<UnknownCurrencyException>(() => Currency.FromNumericCode(7));
        Assert.Equal("007", e.Code);
        Assert.Contains("'007'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_codes_are_refused_or_not_found()
    {
        Assert.Throws<ArgumentNullException>(() => Currency.FromCode(null!));
        Assert.False(Currency.TryFromCode(null, out var none));
        Assert.Null(none);
    }

    [Fact]
    public void Equality_is_by_code_and_ordering_by_code()
    {
        EqualityAssert.Equal(Currency.CNY, Currency.FromCode("cny"));
        EqualityAssert.NotEqual(Currency.CNY, Currency.USD);
        Assert.False(Currency.CNY.Equals(null));
        Assert.True(Currency.CNY < Currency.USD);
        Assert.True(Currency.CNY <= Currency.USD);
        Assert.True(Currency.USD > Currency.CNY);
        Assert.True(Currency.USD >= Currency.FromCode("usd"));
        Assert.True(Currency.CNY.CompareTo(null) > 0);
        Assert.True((Currency?)null < Currency.CNY);
        Assert.Equal("CNY", Currency.CNY.ToString());
        Assert.Equal(Currency.All.Select(c => c.Code).Order(StringComparer.Ordinal), Currency.All.Select(c => c.Code));
    }

    private static (string, int, int, decimal, string, string) Describe(Currency c) =>
        (c.Code, c.NumericCode, c.MinorUnitDigits, c.MinorUnit, c.Name, c.Symbol);
}
