namespace TradeStats.Tests.Core;

public partial class TerritoryTest
{
    [Fact]
    public void Central_asia_5_holds_the_five_countries()
    {
        var ca5 = Territory.FromCode("CA5");
        Assert.Same(Territory.CentralAsia5, ca5);
        Assert.Equal(TerritoryKind.Group, ca5.Kind);
        Assert.Equal(["KG", "KZ", "TJ", "TM", "UZ"], ca5.MembersDuring(Period.Year(2023)).Select(t => t.Code));
        Assert.True(ca5.IsMember(Territory.FromCode("KAZ"), Period.Year(2023)));
        Assert.False(ca5.IsMember(Territory.FromCode("CN"), Period.Year(2023)));
        Assert.Contains(ca5, Territory.Groups);
    }

    [Fact]
    public void Saarc_membership_of_afghanistan_starts_in_april_2007()
    {
        var af = Territory.FromCode("AF");
        Assert.False(Territory.SouthAsia.IsMember(af, Period.Year(2006)));
        Assert.False(Territory.SouthAsia.IsMember(af, Period.Year(2007))); // not for the whole year
        Assert.False(Territory.SouthAsia.IsMember(af, Period.Month(2007, 3)));
        Assert.True(Territory.SouthAsia.IsMember(af, Period.Month(2007, 4)));
        Assert.True(Territory.SouthAsia.IsMember(af, Period.Year(2008)));
        Assert.Equal(7, Territory.SouthAsia.MembersDuring(Period.Year(2006)).Count);
        Assert.Equal(8, Territory.SouthAsia.MembersDuring(Period.Year(2024)).Count);
        Assert.True(Territory.SouthAsia.IsMember(Territory.FromCode("NPL"), Period.Year(1990)));
    }

    [Fact]
    public void Users_can_register_groups_with_dated_membership()
    {
        var nepal = Territory.FromCode("NP");
        var group = Territory.RegisterGroup("XBRI", "Test Belt and Road partners", [new GroupMembership(nepal, from: Period.Month(2017, 5)), new GroupMembership(Territory.FromCode("KZ"), until: Period.Year(2020))]);
        Assert.Same(group, Territory.FromCode("xbri"));
        Assert.Same(group, Territory.FromName("test belt and road partners"));
        Assert.True(group.IsMember(nepal, Period.Year(2018)));
        Assert.False(group.IsMember(nepal, Period.Year(2017)));
        Assert.Equal(["KZ"], group.MembersDuring(Period.Year(2016)).Select(t => t.Code));
        Assert.Equal(["KZ", "NP"], group.MembersDuring(Period.Year(2019)).Select(t => t.Code));
        Assert.Equal(["NP"], group.MembersDuring(Period.Year(2021)).Select(t => t.Code));

        // The same definition again is the same group.
        var again = Territory.RegisterGroup("XBRI", "Test Belt and Road partners", [new GroupMembership(nepal, from: Period.Month(2017, 5)), new GroupMembership(Territory.FromCode("KZ"), until: Period.Year(2020))]);
        Assert.Same(group, again);
    }

    [Fact]
    public void Conflicting_group_registration_is_refused()
    {
        Territory.RegisterGroup("XCONF", "Test conflict", ["NP"]);
        var e = Assert.Throws<ArgumentException>(() => Territory.RegisterGroup("XCONF", "Test conflict", ["NP", "IN"]));
        Assert.Contains("'XCONF'", e.Message, StringComparison.Ordinal);
        var country = Assert.Throws<ArgumentException>(() => Territory.RegisterGroup("np", "Not Nepal", ["IN"]));
        Assert.Contains("Nepal", country.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Territory.RegisterGroup("WLD", "Not the world", ["IN"]));
        Assert.Throws<UnknownTerritoryException>(() => Territory.RegisterGroup("XBAD", "Bad member", ["QQ"]));
        Assert.Throws<ArgumentException>(() => Territory.RegisterGroup("XNEST", "Nested", ["CA5"]));
        Assert.Throws<ArgumentException>(() => Territory.RegisterGroup(" ", "Blank", ["NP"]));
        Assert.Throws<ArgumentException>(() => Territory.RegisterGroup("XBLANK", " ", ["NP"]));
    }

    [Fact]
    public void Memberships_are_validated()
    {
        var e = Assert.Throws<ArgumentException>(() => new GroupMembership(Territory.World));
        Assert.Contains("WLD", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new GroupMembership(Territory.CentralAsia5));
        var order = Assert.Throws<ArgumentException>(() => new GroupMembership(Territory.FromCode("NP"), Period.Year(2020), Period.Year(2019)));
        Assert.Contains("2019", order.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => new GroupMembership(null!));
        Assert.True(new GroupMembership(Territory.FromCode("NP")).Covers(Period.Year(1)));
    }

    [Fact]
    public void An_unregistered_group_is_not_found_and_a_non_group_is_its_only_member()
    {
        var g = Territory.CreateGroup("XUNREG", "Unregistered", [new GroupMembership(Territory.FromCode("NP"))]);
        Assert.False(Territory.TryFromCode("XUNREG", out _));
        Assert.True(g.IsMember(Territory.FromCode("NP"), Period.Year(2024)));
        var nepal = Territory.FromCode("NP");
        Assert.True(nepal.IsMember(nepal, Period.Year(2024)));
        Assert.Equal([nepal], nepal.MembersDuring(Period.Year(2024)));
    }

    [Fact]
    public void Concurrent_group_registration_yields_one_group()
    {
        var results = new Territory[16];
        Parallel.For(0, 16, i => results[i] = Territory.RegisterGroup("XPAR", "Parallel group", ["KZ", "KG"]));
        Assert.All(results, r => Assert.Same(results[0], r));
    }
}
