using System.Collections.Immutable;

namespace TradeStats;

/// <summary>
/// Named product groups and what they contain: each group has members that are codes (at any level, of any
/// classification; a code covers the codes within it, as <see cref="Commodity.IsWithin"/> says) or other named
/// groups of the same hierarchy. Immutable: <see cref="Define"/> returns a new hierarchy.
/// </summary>
/// <remarks>
/// <para>
/// A group's member groups must be defined before it, and a name is defined once, so a hierarchy has no cycles.
/// A commodity lies within a group when it is the group, one of its member groups (at any depth), a code within one
/// of the codes the group covers, or a named group of this hierarchy all of whose codes lie within the group.
/// Codes are compared only with codes of the same classification and edition: an SITC code is never within a group
/// of HS codes, and HS codes of no stated edition are not compared with HS 2022 codes.
/// </para>
/// <para>
/// Two groups overlap when a code of one lies within a code of the other, at whatever levels: a group holding
/// heading 2504 overlaps one holding subheading 250410. <see cref="Partition"/> refuses overlapping groups with
/// <see cref="OverlappingProductGroupsException"/>, so the groups of a partition can be added up.
/// </para>
/// <para>
/// The hierarchy is for selecting and rolling up rows of codes. A series that holds a row labelled with a group
/// (say "Graphite") together with rows of the codes it contains counts that trade twice when summed, and the
/// library's double-count guard cannot see it (it does not know the hierarchy): keep group rows and code rows apart.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var minerals = ProductHierarchy.Empty
///     .Define("Natural graphite", Commodity.Hs("2504"))
///     .Define("Synthetic graphite", Commodity.Hs("380110"))
///     .Define("Graphite", Commodity.Named("Natural graphite"), Commodity.Named("Synthetic graphite"));
/// bool inside = minerals.IsWithin(Commodity.Hs("250410"), Commodity.Named("Graphite")); // true
/// </code>
/// </example>
public sealed partial class ProductHierarchy
{
    private readonly ImmutableDictionary<Commodity, Definition> _groups;

    private ProductHierarchy(ImmutableDictionary<Commodity, Definition> groups)
    {
        _groups = groups;
    }

    /// <summary>A hierarchy without groups, to define groups on.</summary>
    public static ProductHierarchy Empty { get; } = new(ImmutableDictionary<Commodity, Definition>.Empty);

    /// <summary>The named groups defined, in the order they were defined.</summary>
    public IReadOnlyList<Commodity> Groups => [.. _groups.Values.OrderBy(d => d.Order).Select(d => d.Group)];

    /// <summary>Defines a named group by its members: codes of any level and classification, or groups defined before.</summary>
    /// <param name="name">The group's name, as <see cref="Commodity.Named"/> takes it; not yet defined here.</param>
    /// <param name="members">At least one member: codes, or named groups already defined in this hierarchy.</param>
    /// <returns>A new hierarchy with the group added; this one is unchanged.</returns>
    /// <exception cref="ArgumentException">The name is blank or already defined, there is no member, or a member is a named group not defined here; the message names the group and the member.</exception>
    /// <exception cref="ArgumentNullException">A member is null.</exception>
    public ProductHierarchy Define(string name, params IEnumerable<Commodity> members)
    {
        var group = Commodity.Named(name);
        Guard.Against.Null(members);
        if (_groups.ContainsKey(group))
        {
            throw new ArgumentException($"Product group '{group}' is already defined; a group is defined once, with all its members.", nameof(name));
        }

        var list = members.ToImmutableArray();
        if (list.IsEmpty)
        {
            throw new ArgumentException($"Product group '{group}' has no member; give at least one code or defined group.", nameof(members));
        }

        var codes = ImmutableHashSet.CreateBuilder<Commodity>();
        foreach (var m in list)
        {
            Guard.Against.Null(m, nameof(members));
            if (m.IsCode)
            {
                codes.Add(m);
            }
            else if (m == group)
            {
                throw new ArgumentException($"Product group '{group}' cannot be a member of itself.", nameof(members));
            }
            else if (_groups.TryGetValue(m, out var d))
            {
                codes.UnionWith(d.Codes);
            }
            else
            {
                throw new ArgumentException($"Member '{m}' of product group '{group}' is not a defined group; define it first, or give its codes.", nameof(members));
            }
        }

        return new ProductHierarchy(_groups.Add(group, new Definition(group, list, codes.ToImmutable(), _groups.Count)));
    }

    /// <summary>Whether a named group is defined in this hierarchy.</summary>
    /// <param name="group">The named group.</param>
    /// <returns>True when <paramref name="group"/> was defined here.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="group"/> is null.</exception>
    public bool Contains(Commodity group)
    {
        Guard.Against.Null(group);
        return _groups.ContainsKey(group);
    }

    /// <summary>The members a group was defined with: codes and named groups, as given.</summary>
    /// <param name="group">A named group of this hierarchy.</param>
    /// <returns>The direct members, in the order given.</returns>
    /// <exception cref="ArgumentException"><paramref name="group"/> is not defined here; the message names it.</exception>
    public IReadOnlyList<Commodity> MembersOf(Commodity group) => Get(group).Members;

    /// <summary>The codes a group covers, through its member groups at any depth (each code covers the codes within it).</summary>
    /// <param name="group">A named group of this hierarchy, or a code (which covers itself).</param>
    /// <returns>The codes, ordered by classification and code.</returns>
    /// <exception cref="ArgumentException"><paramref name="group"/> is a named group not defined here; the message names it.</exception>
    public IReadOnlyList<Commodity> CodesOf(Commodity group) =>
        [.. CodeSet(group).OrderBy(c => c.Classification!.Code, StringComparer.Ordinal).ThenBy(c => c.Code, StringComparer.Ordinal)];

    /// <summary>
    /// Whether a commodity lies within a group: it is the group or one of its member groups at any depth, a code
    /// within a code the group covers, or a named group of this hierarchy whose codes all lie within the group.
    /// </summary>
    /// <param name="commodity">The commodity of a row: a code, or a named group.</param>
    /// <param name="group">A named group of this hierarchy, or a code.</param>
    /// <returns>True when every good of <paramref name="commodity"/> belongs to <paramref name="group"/>. A named group not defined here lies only within itself.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="group"/> is a named group not defined here; the message names it.</exception>
    public bool IsWithin(Commodity commodity, Commodity group)
    {
        Guard.Against.Null(commodity);
        var codes = CodeSet(group);
        if (commodity == group)
        {
            return true;
        }

        if (commodity.IsCode)
        {
            return Covers(codes, commodity);
        }

        return _groups.TryGetValue(commodity, out var d) && d.Codes.All(c => Covers(codes, c));
    }

    /// <summary>The named groups of this hierarchy that a commodity lies within, in the order they were defined.</summary>
    /// <param name="commodity">A code or a named group.</param>
    /// <returns>Every defined group containing <paramref name="commodity"/> (a group contains itself).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="commodity"/> is null.</exception>
    public IReadOnlyList<Commodity> GroupsOf(Commodity commodity)
    {
        Guard.Against.Null(commodity);
        return [.. Groups.Where(g => IsWithin(commodity, g))];
    }

    /// <summary>
    /// Declares groups as disjoint parts that can be added up: for grouping (<c>GroupingOptions.ProductGroups</c>)
    /// and for finding the one group of a commodity.
    /// </summary>
    /// <param name="groups">Named groups of this hierarchy, or codes; no two may overlap.</param>
    /// <returns>The partition.</returns>
    /// <exception cref="ArgumentException">There is no group, a group is given twice, or a named group is not defined here.</exception>
    /// <exception cref="OverlappingProductGroupsException">Two groups overlap; the exception names both and their shared codes.</exception>
    public ProductPartition Partition(params IEnumerable<Commodity> groups)
    {
        Guard.Against.Null(groups);
        var list = groups.ToImmutableArray();
        if (list.IsEmpty)
        {
            throw new ArgumentException("A partition needs at least one product group.", nameof(groups));
        }

        for (var i = 0; i < list.Length; i++)
        {
            Guard.Against.Null(list[i], nameof(groups));
            var codes = CodeSet(list[i]);
            for (var j = 0; j < i; j++)
            {
                if (list[j] == list[i])
                {
                    throw new ArgumentException($"Product group '{list[i]}' is given twice.", nameof(groups));
                }

                var shared = Shared(CodeSet(list[j]), codes);
                if (shared.Count > 0)
                {
                    throw new OverlappingProductGroupsException(list[j], list[i], shared);
                }
            }
        }

        return new ProductPartition(this, list);
    }

    internal ImmutableHashSet<Commodity> CodeSet(Commodity group)
    {
        Guard.Against.Null(group);
        return group.IsCode ? [group] : Get(group).Codes;
    }

    /// <summary>Whether a code lies within one of a set of codes: some coarser (or equal) level of it is in the set.</summary>
    internal static bool Covers(ImmutableHashSet<Commodity> codes, Commodity code)
    {
        foreach (var level in code.Classification!.Levels)
        {
            if (level <= code.Code.Length && codes.Contains(code.RollUp(level)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The codes two sets share: for each pair where one lies within the other, the finer of the two.</summary>
    private static List<Commodity> Shared(ImmutableHashSet<Commodity> a, ImmutableHashSet<Commodity> b)
    {
        var shared = new SortedSet<Commodity>(Comparer<Commodity>.Create((x, y) =>
        {
            var c = string.CompareOrdinal(x.Classification!.Code, y.Classification!.Code);
            return c != 0 ? c : string.CompareOrdinal(x.Code, y.Code);
        }));
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (x.Classification == y.Classification)
                {
                    if (x.Code.StartsWith(y.Code, StringComparison.Ordinal))
                    {
                        shared.Add(x);
                    }
                    else if (y.Code.StartsWith(x.Code, StringComparison.Ordinal))
                    {
                        shared.Add(y);
                    }
                }
            }
        }

        return [.. shared];
    }

    private Definition Get(Commodity group)
    {
        Guard.Against.Null(group);
        return _groups.TryGetValue(group, out var d)
            ? d
            : throw new ArgumentException(group.IsCode
                ? $"'{group}' is a code, not a named product group."
                : $"Product group '{group}' is not defined in this hierarchy; define it with its members first.", nameof(group));
    }

    private sealed record Definition(Commodity Group, ImmutableArray<Commodity> Members, ImmutableHashSet<Commodity> Codes, int Order);
}
