using TradeStats.Tests.Infrastructure;

namespace TradeStats.Tests.Core;

public partial class TerritoryTest
{
    [Theory]
    [InlineData("NP")]
    [InlineData("NPL")]
    [InlineData("524")]
    [InlineData("np")]
    [InlineData("npl")]
    [InlineData(" NP ")]
    public void Nepal_is_found_by_every_code(string code)
    {
        var nepal = Territory.FromCode(code);
        Assert.Equal(("NP", "NP", "NPL", 524, "Nepal", TerritoryKind.Country), (nepal.Code, nepal.Alpha2, nepal.Alpha3, nepal.NumericCode, nepal.Name, nepal.Kind));
        Assert.Equal("Federal Democratic Republic of Nepal", nepal.OfficialName);
    }

    [Theory]
    [InlineData("4")]
    [InlineData("04")]
    [InlineData("004")]
    [InlineData("AF")]
    [InlineData("AFG")]
    public void M49_codes_work_with_and_without_leading_zeros(string code) =>
        Assert.Equal("AF", Territory.FromCode(code).Code);

    [Theory]
    [InlineData("WLD")]
    [InlineData("W00")]
    [InlineData("001")]
    [InlineData("1")]
    [InlineData("wld")]
    public void World_codes_find_the_world(string code) =>
        Assert.Same(Territory.World, Territory.FromCode(code));

    [Theory]
    [InlineData("CN-XZ", "Xizang", "Xizang Zizhiqu")]
    [InlineData("cn-xz", "Xizang", "Xizang Zizhiqu")]
    [InlineData("CN-XJ", "Xinjiang", "Xinjiang Uygur Zizhiqu")]
    public void Chinese_subdivisions_are_found_by_iso_3166_2_code(string code, string name, string official)
    {
        var t = Territory.FromCode(code);
        Assert.Equal(TerritoryKind.Subdivision, t.Kind);
        Assert.Equal(code.ToUpperInvariant(), t.Code);
        Assert.Equal(name, t.Name);
        Assert.Equal(official, t.OfficialName);
        Assert.Equal(Territory.FromCode("CN"), t.Parent);
        Assert.Null(t.Alpha2);
        Assert.Null(t.NumericCode);
    }

    [Fact]
    public void Lookup_is_not_fooled_by_turkish_casing()
    {
        using var scope = new CultureScope("tr-TR");
        Assert.Equal("IN", Territory.FromCode("in").Code);
        Assert.Equal("IT", Territory.FromCode("ita").Code);
        Assert.Equal("CN-XJ", Territory.FromCode("cn-xj").Code);
        Assert.Equal("IN", Territory.FromName("india").Code);
    }

    [Theory]
    [InlineData("Nepal", "NP")]
    [InlineData("nepal", "NP")]
    [InlineData("Federal Democratic Republic of Nepal", "NP")]
    [InlineData("Xizang", "CN-XZ")]
    [InlineData("Xinjiang Uygur Zizhiqu", "CN-XJ")]
    [InlineData("World", "WLD")]
    [InlineData("Central Asia 5", "CA5")]
    [InlineData("Hong Kong", "HK")] // the country entry wins over the subdivision of the same name
    public void FromName_finds_short_and_official_names(string name, string code) =>
        Assert.Equal(code, Territory.FromName(name).Code);

    [Theory]
    [InlineData("XX")]
    [InlineData("ZZZ")]
    [InlineData("999")]
    [InlineData("CN-ZZ")]
    [InlineData("Tibet")]
    [InlineData("99999999999")]
    [InlineData("-4")]
    public void Unknown_codes_throw_naming_the_code(string code)
    {
        var e = Assert.Throws<UnknownTerritoryException>(() => Territory.FromCode(code));
        Assert.Equal(code, e.Code);
        Assert.Contains($"'{code}'", e.Message, StringComparison.Ordinal);
        Assert.False(Territory.TryFromCode(code, out _));
    }

    [Fact]
    public void Blank_and_null_codes_are_not_found()
    {
        Assert.Throws<ArgumentNullException>(() => Territory.FromCode(null!));
        Assert.Throws<UnknownTerritoryException>(() => Territory.FromCode(""));
        Assert.False(Territory.TryFromCode(null, out _));
        Assert.False(Territory.TryFromCode("  ", out _));
        var e = Assert.Throws<UnknownTerritoryException>(() => Territory.FromName("Atlantis"));
        Assert.Contains("'Atlantis'", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => Territory.FromName(null!));
    }

    [Fact]
    public void Territories_are_equal_by_canonical_code()
    {
        EqualityAssert.Equal(Territory.FromCode("NP"), Territory.FromCode("524"));
        EqualityAssert.NotEqual(Territory.FromCode("NP"), Territory.FromCode("CN"));
        EqualityAssert.NotEqual(Territory.FromCode("CN"), Territory.FromCode("CN-XZ"));
        Assert.Equal("CN-XZ", Territory.FromCode("cn-xz").ToString());
        Assert.False(Territory.World.Equals(null));
    }
}
