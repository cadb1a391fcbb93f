namespace TradeStats.Tests.Core;

public partial class TerritoryTest
{
    [Fact]
    public void The_catalogue_holds_249_countries_and_34_chinese_divisions()
    {
        Assert.Equal(249, Territory.Countries.Count());
        Assert.Equal(34, Territory.Subdivisions.Count());
        Assert.All(Territory.Subdivisions, s => Assert.StartsWith("CN-", s.Code, StringComparison.Ordinal));
        Assert.All(Territory.Subdivisions, s => Assert.Equal("CN", s.Parent!.Code));
    }

    [Fact]
    public void Every_country_code_is_unique_and_well_formed()
    {
        var countries = Territory.Countries.ToArray();
        Assert.Equal(countries.Length, countries.Select(c => c.Alpha2).Distinct().Count());
        Assert.Equal(countries.Length, countries.Select(c => c.Alpha3).Distinct().Count());
        Assert.Equal(countries.Length, countries.Select(c => c.NumericCode).Distinct().Count());
        Assert.All(countries, c =>
        {
            Assert.Equal(c.Alpha2, c.Code);
            Assert.Matches("^[A-Z]{2}$", c.Alpha2!);
            Assert.Matches("^[A-Z]{3}$", c.Alpha3!);
            Assert.InRange(c.NumericCode!.Value, 4, 999);
            Assert.Same(c, Territory.FromCode(c.Alpha3!));
            Assert.Same(c, Territory.FromCode(c.NumericCode.Value.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)));
            Assert.False(string.IsNullOrWhiteSpace(c.Name));
            Assert.Empty(c.Memberships);
            Assert.Null(c.Parent);
        });
        Assert.Equal(countries.Select(c => c.Code).Order(StringComparer.Ordinal), countries.Select(c => c.Code));
    }

    [Fact]
    public void The_seed_partners_are_in_the_catalogue()
    {
        Assert.Equal("AU", Territory.FromName("Australia").Code);
        Assert.Equal("DE", Territory.FromName("Germany").Code);
        Assert.Equal(156, Territory.FromCode("CHN").NumericCode);
        Assert.Equal(("WLD", 1, TerritoryKind.World), (Territory.World.Alpha3, Territory.World.NumericCode, Territory.World.Kind));
    }
}
