namespace TradeStats.Tests.Core;

public partial class TerritoryTest
{
    /// <summary>Membership expectations around accessions, exits and suspensions: group, member, month, expected.</summary>
    public static TheoryData<string, string, string, bool> MonthlyMembership => new()
    {
        // The EU and the EEC before it, with every enlargement and the United Kingdom's withdrawal.
        { "EU", "DE", "1958-01", true },
        { "EU", "FR", "1957-12", false },
        { "EU", "DK", "1972-12", false },
        { "EU", "DK", "1973-01", true },
        { "EU", "GB", "1973-01", true },
        { "EU", "GR", "1980-12", false },
        { "EU", "GR", "1981-01", true },
        { "EU", "ES", "1985-12", false },
        { "EU", "PT", "1986-01", true },
        { "EU", "SE", "1994-12", false },
        { "EU", "AT", "1995-01", true },
        { "EU", "PL", "2004-04", false },
        { "EU", "PL", "2004-05", true },
        { "EU", "CY", "2004-05", true },
        { "EU", "BG", "2006-12", false },
        { "EU", "RO", "2007-01", true },
        { "EU", "HR", "2013-06", false },
        { "EU", "HR", "2013-07", true },
        { "EU", "GB", "2019-12", true },
        { "EU", "GB", "2020-01", true },
        { "EU", "GB", "2020-02", false },
        { "EU", "NO", "2020-02", false },

        // Eurostat's fixed compositions hold at every date.
        { "EU27_2020", "HR", "2000-01", true },
        { "EU27_2020", "GB", "2019-12", false },
        { "EXTRA_EU27_2020", "CN", "2024-01", true },
        { "EXTRA_EU27_2020", "GB", "2019-12", true },
        { "EXTRA_EU27_2020", "US", "1999-01", true },
        { "EXTRA_EU27_2020", "DE", "2024-01", false },
        { "EXTRA_EU27_2020", "HR", "2010-01", false },

        // The euro area and EA20.
        { "EA", "DE", "1998-12", false },
        { "EA", "DE", "1999-01", true },
        { "EA", "GR", "2000-12", false },
        { "EA", "GR", "2001-01", true },
        { "EA", "SI", "2007-01", true },
        { "EA", "MT", "2007-12", false },
        { "EA", "CY", "2008-01", true },
        { "EA", "SK", "2009-01", true },
        { "EA", "EE", "2010-12", false },
        { "EA", "EE", "2011-01", true },
        { "EA", "LV", "2014-01", true },
        { "EA", "LT", "2014-12", false },
        { "EA", "LT", "2015-01", true },
        { "EA", "HR", "2022-12", false },
        { "EA", "HR", "2023-01", true },
        { "EA", "BG", "2025-12", false },
        { "EA", "BG", "2026-01", true },
        { "EA", "DK", "2024-01", false },
        { "EA20", "HR", "2000-01", true },
        { "EA20", "BG", "2026-01", false },

        // RCEP.
        { "RCEP", "CN", "2021-12", false },
        { "RCEP", "CN", "2022-01", true },
        { "RCEP", "KR", "2022-01", false },
        { "RCEP", "KR", "2022-02", true },
        { "RCEP", "MY", "2022-02", false },
        { "RCEP", "MY", "2022-03", true },
        { "RCEP", "ID", "2022-12", false },
        { "RCEP", "ID", "2023-01", true },
        { "RCEP", "PH", "2023-05", false },
        { "RCEP", "PH", "2023-06", true },
        { "RCEP", "MM", "2025-01", false },

        // BRICS.
        { "BRICS", "CN", "2009-05", false },
        { "BRICS", "CN", "2009-06", true },
        { "BRICS", "ZA", "2010-12", false },
        { "BRICS", "ZA", "2011-01", true },
        { "BRICS", "IR", "2023-12", false },
        { "BRICS", "IR", "2024-01", true },
        { "BRICS", "AE", "2024-01", true },
        { "BRICS", "SA", "2024-06", false },
        { "BRICS", "ID", "2024-12", false },
        { "BRICS", "ID", "2025-01", true },

        // Mercosur, with suspensions and Bolivia.
        { "MERCOSUR", "AR", "1991-11", true },
        { "MERCOSUR", "VE", "2012-06", false },
        { "MERCOSUR", "VE", "2012-07", true },
        { "MERCOSUR", "VE", "2016-11", true },
        { "MERCOSUR", "VE", "2016-12", false },
        { "MERCOSUR", "PY", "2012-06", true },
        { "MERCOSUR", "PY", "2012-07", false },
        { "MERCOSUR", "PY", "2013-08", true },
        { "MERCOSUR", "BO", "2024-06", false },
        { "MERCOSUR", "BO", "2024-07", true },

        // SCO.
        { "SCO", "KZ", "2001-06", true },
        { "SCO", "IN", "2017-05", false },
        { "SCO", "PK", "2017-06", true },
        { "SCO", "IR", "2023-06", false },
        { "SCO", "IR", "2023-07", true },
        { "SCO", "BY", "2024-06", false },
        { "SCO", "BY", "2024-07", true },

        // ASEAN, GCC, APEC, G20, OECD.
        { "ASEAN", "TH", "1967-08", true },
        { "ASEAN", "VN", "1995-06", false },
        { "ASEAN", "VN", "1995-07", true },
        { "ASEAN", "KH", "1999-04", true },
        { "ASEAN", "TL", "2025-09", false },
        { "ASEAN", "TL", "2025-10", true },
        { "GCC", "QA", "1981-05", true },
        { "GCC", "YE", "2024-01", false },
        { "APEC", "HK", "1991-11", true },
        { "APEC", "TW", "1991-10", false },
        { "APEC", "RU", "1998-11", true },
        { "APEC", "CL", "1994-10", false },
        { "G20", "SA", "2024-01", true },
        { "G20", "DE", "2024-01", true },
        { "G20", "ES", "2024-01", false },
        { "OECD", "IT", "1962-02", false },
        { "OECD", "IT", "1962-03", true },
        { "OECD", "CO", "2020-03", false },
        { "OECD", "CO", "2020-04", true },
        { "OECD", "CR", "2021-05", true },
        { "OECD", "CN", "2024-01", false },
    };

    [Theory]
    [MemberData(nameof(MonthlyMembership))]
    public void Built_in_groups_have_dated_membership(string group, string member, string month, bool expected)
    {
        var period = Period.Month(int.Parse(month[..4], System.Globalization.CultureInfo.InvariantCulture), int.Parse(month[5..], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected, Territory.FromCode(group).IsMember(Territory.FromCode(member), period));
    }

    [Fact]
    public void A_period_counts_only_when_every_month_is_covered()
    {
        var gb = Territory.FromCode("GB");
        var hr = Territory.FromCode("HR");
        var ir = Territory.FromCode("IR");
        Assert.True(Territory.EuropeanUnion.IsMember(gb, Period.Year(2019)));
        Assert.True(Territory.EuropeanUnion.IsMember(gb, Period.Month(2020, 1)));
        Assert.False(Territory.EuropeanUnion.IsMember(gb, Period.Year(2020))); // out from February
        Assert.False(Territory.EuropeanUnion.IsMember(gb, Period.Quarter(2020, 1)));
        Assert.False(Territory.EuropeanUnion.IsMember(hr, Period.Year(2013))); // in from July only
        Assert.True(Territory.EuropeanUnion.IsMember(hr, Period.Half(2013, 2)));
        Assert.False(Territory.EuropeanUnion.IsMember(hr, Period.Range(Period.Month(2013, 6), Period.Month(2013, 7))));
        Assert.True(Territory.Brics.IsMember(ir, Period.Year(2024)));
        Assert.False(Territory.Brics.IsMember(ir, Period.Year(2023)));
        Assert.False(Territory.Brics.IsMember(ir, Period.Range(Period.Year(2023), Period.Year(2024))));
        Assert.True(Territory.Rcep.IsMember(Territory.FromCode("ID"), Period.Year(2023)));
        Assert.False(Territory.Rcep.IsMember(Territory.FromCode("ID"), Period.Year(2022)));
        Assert.False(Territory.Mercosur.IsMember(Territory.FromCode("PY"), Period.Year(2012)));
        Assert.False(Territory.Mercosur.IsMember(Territory.FromCode("PY"), Period.Year(2013)));
        Assert.True(Territory.Mercosur.IsMember(Territory.FromCode("PY"), Period.Year(2014)));
    }

    [Fact]
    public void Member_counts_follow_the_enlargements()
    {
        int Count(Territory g, Period p) => g.MembersDuring(p).Count;
        Assert.Equal(6, Count(Territory.EuropeanUnion, Period.Year(1960)));
        Assert.Equal(12, Count(Territory.EuropeanUnion, Period.Year(1990)));
        Assert.Equal(15, Count(Territory.EuropeanUnion, Period.Year(2000)));
        Assert.Equal(25, Count(Territory.EuropeanUnion, Period.Year(2005)));
        Assert.Equal(28, Count(Territory.EuropeanUnion, Period.Year(2014)));
        Assert.Equal(27, Count(Territory.EuropeanUnion, Period.Year(2021)));
        Assert.Equal(Territory.EuropeanUnion.MembersDuring(Period.Year(2021)), Territory.EuropeanUnion27.MembersDuring(Period.Year(1990)));
        Assert.Equal(11, Count(Territory.EuroArea, Period.Year(1999)));
        Assert.Equal(20, Count(Territory.EuroArea, Period.Year(2024)));
        Assert.Equal(21, Count(Territory.EuroArea, Period.Year(2026)));
        Assert.Equal(Territory.EuroArea.MembersDuring(Period.Year(2024)), Territory.EuroArea20.MembersDuring(Period.Year(2030)));
        Assert.Equal(15, Count(Territory.Rcep, Period.Year(2024)) + 1); // 15 signatories, Myanmar not in force
        Assert.Equal(10, Count(Territory.Brics, Period.Year(2025)));
        Assert.Equal(6, Count(Territory.Gcc, Period.Year(2024)));
        Assert.Equal(5, Count(Territory.Mercosur, Period.Year(2025)));
        Assert.Equal(10, Count(Territory.Sco, Period.Year(2025)));
        Assert.Equal(21, Count(Territory.Apec, Period.Year(2024)));
        Assert.Equal(19, Count(Territory.G20, Period.Year(2024)));
        Assert.Equal(38, Count(Territory.Oecd, Period.Year(2024)));
        Assert.Equal(10, Count(Territory.Asean, Period.Year(2024)));
        Assert.Equal(11, Count(Territory.Asean, Period.Year(2026)));
    }

    [Fact]
    public void Extra_eu27_is_every_other_country_and_a_partner_like_any_group()
    {
        var extra = Territory.FromCode("EXTRA_EU27_2020");
        Assert.Same(Territory.ExtraEuropeanUnion27, extra);
        Assert.Equal(Territory.Countries.Count() - 27, extra.MembersDuring(Period.Year(2024)).Count);
        Assert.Empty(extra.MembersDuring(Period.Year(2024)).Intersect(Territory.EuropeanUnion27.MembersDuring(Period.Year(2024))));
        Assert.False(extra.IsMember(Territory.FromCode("CN-XZ"), Period.Year(2024))); // subdivisions are inside their country

        var observation = new TradeObservation(Territory.FromCode("CN"), extra, Period.Year(2024), TradeFlow.Exports, Money.Cny(1m));
        Assert.Same(extra, observation.Partner);
    }

    [Theory]
    [InlineData("ASEAN", "Asean")]
    [InlineData("EU", "EuropeanUnion")]
    [InlineData("eu27_2020", "EuropeanUnion27")]
    [InlineData("EXTRA_EU27_2020", "ExtraEuropeanUnion27")]
    [InlineData("EA", "EuroArea")]
    [InlineData("EA20", "EuroArea20")]
    [InlineData("RCEP", "Rcep")]
    [InlineData("BRICS", "Brics")]
    [InlineData("GCC", "Gcc")]
    [InlineData("MERCOSUR", "Mercosur")]
    [InlineData("SCO", "Sco")]
    [InlineData("APEC", "Apec")]
    [InlineData("G20", "G20")]
    [InlineData("OECD", "Oecd")]
    public void Built_in_groups_are_found_by_code_and_property(string code, string property)
    {
        var group = Territory.FromCode(code);
        Assert.Equal(TerritoryKind.Group, group.Kind);
        Assert.Same(group, typeof(Territory).GetProperty(property)!.GetValue(null));
        Assert.Same(group, Territory.FromName(group.Name));
        Assert.Contains(group, Territory.Groups);
        Assert.All(group.Memberships, m => Assert.False(string.IsNullOrWhiteSpace(m.Source)));
        Assert.All(group.Memberships, m => Assert.Equal(TerritoryKind.Country, m.Member.Kind));
    }

    [Fact]
    public void Group_codes_do_not_shadow_countries_and_sources_are_recorded()
    {
        Assert.All(Territory.Countries, c => Assert.NotEqual(TerritoryKind.Group, Territory.FromCode(c.Alpha3!).Kind));
        var exit = Territory.EuropeanUnion.Memberships.Single(m => m.Member.Code == "GB");
        Assert.Equal(Period.Month(2020, 1), exit.Until);
        Assert.Contains("withdrawal", exit.Source, StringComparison.OrdinalIgnoreCase);
        Assert.Throws<ArgumentException>(() => Territory.RegisterGroup("EU", "Another EU", ["DE"]));
    }
}
