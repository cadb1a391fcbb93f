using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TradeStats.Analysis;
using TradeStats.Columnar;

namespace TradeStats.Tests.Analysis;

/// <summary>Product hierarchies: named groups of codes and groups, HS sections, filters and roll-ups on both engines.</summary>
public class ProductHierarchyTest
{
    private static readonly Territory China = Territory.FromCode("CN");

    private static readonly Commodity Graphite = Commodity.Named("Graphite");
    private static readonly Commodity Natural = Commodity.Named("Natural graphite");
    private static readonly Commodity Synthetic = Commodity.Named("Synthetic graphite");
    private static readonly Commodity RareEarths = Commodity.Named("Rare earths");
    private static readonly Commodity Magnets = Commodity.Named("Rare-earth magnets");
    private static readonly Commodity Oxides = Commodity.Named("Rare-earth oxides");
    private static readonly Commodity Metals = Commodity.Named("Rare-earth metals");

    private static readonly ProductHierarchy Minerals = ProductHierarchy.Empty
        .Define("Natural graphite", Commodity.Hs("2504"))
        .Define("Synthetic graphite", Commodity.Hs("380110"))
        .Define("Graphite", Natural, Synthetic)
        .Define("Rare-earth magnets", Commodity.Hs("850511"))
        .Define("Rare-earth oxides", Commodity.Hs("284690"))
        .Define("Rare-earth metals", Commodity.Hs("280530"))
        .Define("Rare earths", Magnets, Oxides, Metals);

    /// <summary>Subheadings of four chapters, three each: the codes the properties draw rows from.</summary>
    private static readonly string[] Chapters = ["25", "28", "38", "85"];

    private static readonly Commodity[] Pool = [.. Chapters.SelectMany(c => new[] { "0510", "0590", "1010" }.Select(s => Commodity.Hs(c + s)))];

    private static TradeObservation Exports(Commodity? commodity, decimal amount, int month = 1) =>
        new(China, Territory.World, Period.Month(2024, month), TradeFlow.Exports, Money.Usd(amount)) { Commodity = commodity };

    [Fact]
    public void A_group_of_groups_holds_the_codes_of_its_members_at_any_level()
    {
        Assert.Equal([Commodity.Hs("2504"), Commodity.Hs("380110")], Minerals.CodesOf(Graphite));
        Assert.Equal([Natural, Synthetic], Minerals.MembersOf(Graphite));
        Assert.True(Minerals.IsWithin(Commodity.Hs("250410"), Graphite));
        Assert.True(Minerals.IsWithin(Commodity.Hs("2504"), Natural));
        Assert.True(Minerals.IsWithin(Natural, Graphite));
        Assert.True(Minerals.IsWithin(Graphite, Graphite));
        Assert.False(Minerals.IsWithin(Commodity.Hs("3801"), Graphite));   // coarser than 380110: not all of it is graphite
        Assert.False(Minerals.IsWithin(Graphite, Natural));
        Assert.False(Minerals.IsWithin(Commodity.Named("Lithium"), Graphite));
        Assert.False(Minerals.IsWithin(Commodity.Create("278", CommodityClassification.FromCode("S4")), Graphite));
        Assert.Equal([Natural, Graphite], Minerals.GroupsOf(Commodity.Hs("250410")));
        Assert.Equal(7, Minerals.Groups.Count);
    }

    [Fact]
    public void Definitions_naming_unknown_groups_no_members_or_a_name_twice_are_refused_with_the_group_and_member_named()
    {
        var unknown = Assert.Throws<ArgumentException>(() => ProductHierarchy.Empty.Define("Graphite", Natural, Commodity.Hs("380110")));
        Assert.Contains("'Natural graphite'", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("'Graphite'", unknown.Message, StringComparison.Ordinal);
        var empty = Assert.Throws<ArgumentException>(() => ProductHierarchy.Empty.Define("Lithium"));
        Assert.Contains("'Lithium' has no member", empty.Message, StringComparison.Ordinal);
        var twice = Assert.Throws<ArgumentException>(() => Minerals.Define("Graphite", Commodity.Hs("2504")));
        Assert.Contains("'Graphite' is already defined", twice.Message, StringComparison.Ordinal);
        var itself = Assert.Throws<ArgumentException>(() => ProductHierarchy.Empty.Define("Loop", Commodity.Named("Loop")));
        Assert.Contains("'Loop'", itself.Message, StringComparison.Ordinal);
        var notDefined = Assert.Throws<ArgumentException>(() => Minerals.CodesOf(Commodity.Named("Lithium")));
        Assert.Contains("'Lithium' is not defined", notDefined.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlapping_groups_are_refused_naming_both_and_the_finer_shared_code()
    {
        var e = Assert.Throws<OverlappingProductGroupsException>(() => Minerals.Partition(Natural, Graphite));
        Assert.Equal(Natural, e.First);
        Assert.Equal(Graphite, e.Second);
        Assert.Equal([Commodity.Hs("2504")], e.SharedCodes);
        Assert.Contains("'Natural graphite' and 'Graphite' overlap: both cover HS 2504", e.Message, StringComparison.Ordinal);

        var flakes = Minerals.Define("Flake graphite", Commodity.Hs("250410"));
        var levels = Assert.Throws<OverlappingProductGroupsException>(() => flakes.Partition(Natural, Commodity.Named("Flake graphite")));
        Assert.Equal([Commodity.Hs("250410")], levels.SharedCodes); // 2504 overlaps 250410: they share 250410
        Assert.Throws<OverlappingProductGroupsException>(() => flakes.Partition(Commodity.Hs("25"), Commodity.Named("Flake graphite")));
        Assert.Equal("Natural graphite + Synthetic graphite", Minerals.Partition(Natural, Synthetic).ToString());
    }

    [Fact]
    public void Hs_sections_hold_their_chapters_and_partition_the_nomenclature()
    {
        var sections = ProductHierarchy.HsSections;
        Assert.Equal(21, sections.Groups.Count);
        Assert.Equal([Commodity.Hs("25"), Commodity.Hs("26"), Commodity.Hs("27")], sections.CodesOf(Commodity.Named("Section V")));
        Assert.True(sections.IsWithin(Commodity.Hs("270900"), Commodity.Named("Section V")));
        Assert.Equal(Commodity.Named("Section XV"), ProductHierarchy.HsSectionOf(77));
        Assert.Equal(Commodity.Named("Section I"), ProductHierarchy.HsSectionOf(1));
        Assert.Equal(Commodity.Named("Section XXI"), ProductHierarchy.HsSectionOf(97));
        Assert.Throws<ArgumentOutOfRangeException>(() => ProductHierarchy.HsSectionOf(98));
        var all = sections.Partition(sections.Groups);
        Assert.All(Enumerable.Range(1, 97), c => Assert.Equal(ProductHierarchy.HsSectionOf(c), all.GroupOf(Commodity.Hs(c.ToString("00", System.Globalization.CultureInfo.InvariantCulture)))));
        Assert.Null(all.GroupOf(Commodity.Hs("98")));

        var series = TradeSeries.From([Exports(Commodity.Hs("270900"), 5m), Exports(Commodity.Hs("2601"), 2m), Exports(Commodity.Hs("870380"), 1m)]);
        Assert.Equal(2, series.WhereCommodityWithin(Commodity.Named("Section V"), sections).Count);
        var bySection = series.GroupBy(new GroupingOptions(TradeDimension.Commodity) { ProductGroups = all });
        Assert.Equal([("Section V", 7m), ("Section XVII", 1m)], bySection.Groups.Select(g => (g.Key.Commodity!.Code, g.Totals.Exports!.Value.Amount)));
    }

    [Fact]
    public void WhereCommodityWithin_a_group_selects_its_codes_with_the_hierarchy_and_refuses_a_label_no_row_holds_without_it()
    {
        var series = TradeSeries.From([
            Exports(Commodity.Hs("250410"), 3m),
            Exports(Commodity.Hs("250490"), 4m),
            Exports(Commodity.Hs("380110"), 5m),
            Exports(Commodity.Hs("380190"), 6m),
            Exports(Commodity.Hs("850511"), 7m),
        ]);

        Assert.Equal(12m, series.WhereCommodityWithin(Graphite, Minerals).Sum(TradeFlow.Exports)!.Value.Amount);
        Assert.Equal(7m, series.WhereCommodityWithin(Natural, Minerals).Sum(TradeFlow.Exports)!.Value.Amount);
        var e = Assert.Throws<ArgumentException>(() => series.WhereCommodityWithin(Graphite));
        Assert.Contains("'Graphite'", e.Message, StringComparison.Ordinal);
        Assert.Contains("ProductHierarchy", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => series.WhereCommodityWithin(Commodity.Named("Lithium"), Minerals));
        Assert.Empty(TradeSeries.From([]).WhereCommodityWithin(Graphite));

        var labelled = TradeSeries.From([Exports(Natural, 1m), Exports(Synthetic, 2m), Exports(Magnets, 4m)]);
        Assert.Single(labelled.WhereCommodityWithin(Natural));                                 // the label itself
        Assert.Equal(2, labelled.WhereCommodityWithin(Graphite, Minerals).Count);               // its labelled subgroups
    }

    [Fact]
    public void Rows_labelled_with_subgroups_roll_up_to_their_group_and_add_up()
    {
        var rows = TradeSeries.From([Exports(Natural, 1m), Exports(Synthetic, 2m), Exports(Magnets, 4m), Exports(Oxides, 8m), Exports(Metals, 16m)]);
        var options = new GroupingOptions(TradeDimension.Commodity) { ProductGroups = Minerals.Partition(Graphite, RareEarths) };
        var grouping = rows.GroupBy(options);
        Assert.Equal([(Graphite, 3m), (RareEarths, 28m)], grouping.Groups.Select(g => (g.Key.Commodity!, g.Totals.Exports!.Value.Amount)));
        AssertSame(grouping, TradeColumns.FromObservations(rows.Observations).GroupBy(options));
    }

    [Fact]
    public void Critical_minerals_roll_up_on_both_engines_with_subgroup_shares()
    {
        var rows = TradeSeries.From(Enumerable.Range(1, 12).SelectMany(m => new[]
        {
            Exports(Commodity.Hs("250410"), 10m, m),
            Exports(Commodity.Hs("380110"), 30m, m),
            Exports(Commodity.Hs("850511"), 50m, m),
            Exports(Commodity.Hs("284690"), 25m, m),
            Exports(Commodity.Hs("280530"), 25m, m),
            Exports(Commodity.Hs("380190"), 1m, m),
        }));

        var subgroups = new GroupingOptions(TradeDimension.Commodity) { ProductGroups = Minerals.Partition(Magnets, Oxides, Metals) };
        var rareEarths = rows.WhereCommodityWithin(RareEarths, Minerals).GroupBy(subgroups);
        Assert.Equal(["Rare-earth magnets 50.0%", "Rare-earth metals 25.0%", "Rare-earth oxides 25.0%"], rareEarths.Shares(TradeFlow.Exports).Select(s => $"{s.Key.Commodity} {s.Share}"));

        // Codes outside the groups keep their code, rolled up to the HS level: 380190 becomes the rest of heading 3801.
        var byGroup = new GroupingOptions(TradeDimension.Commodity | TradeDimension.Period)
        {
            ProductGroups = Minerals.Partition(Graphite, RareEarths),
            HsLevel = 4,
            PeriodRollUp = PeriodKind.Year,
        };
        var series = rows.GroupBy(byGroup);
        Assert.Equal(
            [("Graphite", 480m), ("Rare earths", 1200m), ("3801", 12m)],
            series.Groups.Select(g => (g.Key.Commodity!.Code, g.Totals.Exports!.Value.Amount)).OrderBy(g => g.Code.Length > 4 ? 0 : 1));
        Assert.Equal(rows.Sum(TradeFlow.Exports), series.GrandTotal.Exports);
        AssertSame(series, TradeColumns.FromObservations(rows.Observations).GroupBy(byGroup));
        AssertSame(rareEarths, TradeColumns.FromObservations(rows.WhereCommodityWithin(RareEarths, Minerals).Observations).GroupBy(subgroups));
    }

    /// <summary>A partition drawn over <see cref="Pool"/>: each chapter goes whole to a group, or each subheading to a group or to none.</summary>
    private static readonly Gen<(ProductPartition Partition, int[] Assignment)> PartitionGen =
        from whole in Gen.ArrayOf(Gen.Elements(-1, 0, 1, 2), Chapters.Length)
        from parts in Gen.ArrayOf(Gen.Elements(-1, 0, 1, 2), Pool.Length)
        let members = Enumerable.Range(0, 3).Select(g =>
            Chapters.Where((_, i) => whole[i] == g).Select(c => Commodity.Hs(c))
                .Concat(Pool.Where((_, i) => whole[i / 3] == -1 && parts[i] == g))
                .ToArray()).ToArray()
        where members.Any(m => m.Length > 0)
        let defined = Enumerable.Range(0, 3).Where(g => members[g].Length > 0).ToArray()
        let hierarchy = defined.Aggregate(ProductHierarchy.Empty, (h, g) => h.Define("Group " + g, members[g]))
        select (hierarchy.Partition(defined.Select(g => Commodity.Named("Group " + g))), Enumerable.Range(0, Pool.Length).Select(i => whole[i / 3] >= 0 ? whole[i / 3] : parts[i]).ToArray());

    private static readonly Gen<(int Code, decimal Amount)[]> RowsGen =
        Gen.ListOf(from c in Gen.Choose(0, Pool.Length - 1) from a in Gen.Choose(0, 1_000_000) select (c, a / 100m)).Select(l => l.ToArray());

    [Property(MaxTest = 200)]
    public Property Rolling_codes_up_to_a_partition_keeps_the_grand_total_and_puts_each_row_in_at_most_one_group() => Prop.ForAll(
        Arb.From(PartitionGen),
        Arb.From(RowsGen),
        (p, rows) =>
        {
            // Each code lies in exactly the group it was drawn into, or in none.
            for (var i = 0; i < Pool.Length; i++)
            {
                var within = p.Partition.Groups.Where(g => p.Partition.Hierarchy.IsWithin(Pool[i], g)).ToList();
                Assert.True(within.Count <= 1);
                Assert.Equal(p.Assignment[i] < 0 ? null : Commodity.Named("Group " + p.Assignment[i]), p.Partition.GroupOf(Pool[i]));
            }

            var series = TradeSeries.From(rows.Select((r, i) => Exports(Pool[r.Code], r.Amount) with { Period = Period.Month(2000, 1).Shift(i) }));
            var options = new GroupingOptions(TradeDimension.Commodity) { ProductGroups = p.Partition };
            var grouping = series.GroupBy(options);
            Assert.Equal(series.Sum(TradeFlow.Exports), grouping.GrandTotal.Exports);
            Assert.Equal(series.Count, grouping.Groups.Sum(g => g.Totals.ObservationCount));
            Assert.Equal(
                rows.Length == 0 ? 0m : rows.Sum(r => r.Amount),
                grouping.Groups.Sum(g => g.Totals.Exports?.Amount ?? 0m));
            foreach (var g in grouping.Groups)
            {
                var expected = rows.Where(r => (p.Assignment[r.Code] < 0 ? Pool[r.Code] : Commodity.Named("Group " + p.Assignment[r.Code])) == g.Key.Commodity).Sum(r => r.Amount);
                Assert.Equal(expected, g.Totals.Exports!.Value.Amount);
            }

            if (series.Count > 0)
            {
                AssertSame(grouping, TradeColumns.FromObservations(series.Observations).GroupBy(options));
            }
        });

    [Property(MaxTest = 200)]
    public Property A_definition_that_overlaps_another_group_is_refused_naming_the_overlap() => Prop.ForAll(
        Arb.From(PartitionGen),
        Arb.From(Gen.Choose(0, Pool.Length - 1)),
        Arb.From(Gen.Elements(2, 4, 6)),
        (p, code, level) =>
        {
            // A new group holding a code at any level along an assigned code's hierarchy overlaps that code's group.
            var taken = Enumerable.Range(0, Pool.Length).FirstOrDefault(i => p.Assignment[(code + i) % Pool.Length] >= 0, -1);
            if (taken < 0)
            {
                return;
            }

            var target = Pool[(code + taken) % Pool.Length];
            var owner = Commodity.Named("Group " + p.Assignment[(code + taken) % Pool.Length]);
            var intruder = target.RollUp(level);
            var hierarchy = p.Partition.Hierarchy.Define("Intruder", intruder);
            var e = Assert.Throws<OverlappingProductGroupsException>(() => hierarchy.Partition([.. p.Partition.Groups, Commodity.Named("Intruder")]));
            Assert.Equal(Commodity.Named("Intruder"), e.Second);
            Assert.Contains(e.First, p.Partition.Groups);
            Assert.Contains(e.SharedCodes, c => c.IsWithin(intruder) || intruder.IsWithin(c));
            Assert.Contains($"'{e.First}' and 'Intruder' overlap", e.Message, StringComparison.Ordinal);
            if (e.First == owner)
            {
                Assert.Contains(e.SharedCodes, c => c == target || c.IsWithin(target) || target.IsWithin(c));
            }
        });

    [Fact]
    public void The_readme_product_group_example_gives_the_values_it_claims()
    {
        var minerals = ProductHierarchy.Empty
            .Define("Natural graphite", Commodity.Hs("2504"))
            .Define("Synthetic graphite", Commodity.Hs("380110"))
            .Define("Graphite", Commodity.Named("Natural graphite"), Commodity.Named("Synthetic graphite"))
            .Define("Rare-earth magnets", Commodity.Hs("850511"))
            .Define("Rare-earth oxides", Commodity.Hs("284690"))
            .Define("Rare-earth metals", Commodity.Hs("280530"))
            .Define("Rare earths", Commodity.Named("Rare-earth magnets"), Commodity.Named("Rare-earth oxides"), Commodity.Named("Rare-earth metals"));

        var cn = Territory.FromCode("CN");
        TradeObservation Row(string hs, decimal usd) =>
            new(cn, Territory.World, Period.Year(2024), TradeFlow.Exports, Money.Usd(usd)) { Commodity = Commodity.Hs(hs) };
        var hs6 = TradeSeries.From([
            Row("250410", 120m), Row("250490", 30m), Row("380110", 450m), Row("380190", 40m),
            Row("850511", 500m), Row("284690", 250m), Row("280530", 250m),
        ]);

        TradeSeries graphiteRows = hs6.WhereCommodityWithin(Commodity.Named("Graphite"), minerals);
        TradeGrouping byGroup = hs6.GroupBy(new GroupingOptions(TradeDimension.Commodity)
        {
            ProductGroups = minerals.Partition(Commodity.Named("Graphite"), Commodity.Named("Rare earths")),
            HsLevel = 4,
        });
        var subgroups = minerals.Partition(minerals.MembersOf(Commodity.Named("Rare earths")));
        var shares = hs6.WhereCommodityWithin(Commodity.Named("Rare earths"), minerals)
            .GroupBy(new GroupingOptions(TradeDimension.Commodity) { ProductGroups = subgroups })
            .Shares(TradeFlow.Exports);
        TradeGrouping fast = TradeColumns.FromObservations(hs6.Observations).GroupBy(byGroup.Options);
        var sections = ProductHierarchy.HsSections.Partition(ProductHierarchy.HsSections.Groups);

        Assert.Equal(["250410", "250490", "380110"], graphiteRows.Observations.Select(o => o.Commodity!.Code));
        Assert.Equal(["HS 3801 40", "Graphite 600", "Rare earths 1000"], byGroup.Groups.Select(g => $"{g.Key.Commodity} {g.Totals.Exports!.Value.Amount:0}"));
        Assert.Equal(1640m, byGroup.GrandTotal.Exports!.Value.Amount);
        Assert.Equal(["Rare-earth magnets 50.0%", "Rare-earth metals 25.0%", "Rare-earth oxides 25.0%"], shares.Select(s => $"{s.Key.Commodity} {s.Share}"));
        AssertSame(byGroup, fast);
        Assert.Equal(21, sections.Groups.Length);
        var e = Assert.Throws<OverlappingProductGroupsException>(() => minerals.Partition(Commodity.Named("Natural graphite"), Commodity.Named("Graphite")));
        Assert.StartsWith("Product groups 'Natural graphite' and 'Graphite' overlap: both cover HS 2504.", e.Message, StringComparison.Ordinal);
    }

    private static void AssertSame(TradeGrouping expected, TradeGrouping actual)
    {
        Assert.Equal(expected.Groups.Select(g => g.Key), actual.Groups.Select(g => g.Key));
        Assert.Equal(expected.Groups.Select(g => (g.Totals.Exports?.Amount, g.Totals.ObservationCount)), actual.Groups.Select(g => (g.Totals.Exports?.Amount, g.Totals.ObservationCount)));
        Assert.Equal(expected.GrandTotal.Exports?.Amount, actual.GrandTotal.Exports?.Amount);
    }
}
