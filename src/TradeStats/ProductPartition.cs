using System.Collections.Immutable;

namespace TradeStats;

/// <summary>
/// Product groups declared disjoint by <see cref="ProductHierarchy.Partition"/>: no code lies in two of them, so
/// their values can be added up. Each commodity lies in at most one of them.
/// </summary>
/// <remarks>
/// A partition need not cover everything: a commodity in none of its groups has no group here, and grouping keeps its
/// own code (see <c>GroupingOptions.ProductGroups</c>).
/// </remarks>
public sealed class ProductPartition
{
    internal ProductPartition(ProductHierarchy hierarchy, ImmutableArray<Commodity> groups)
    {
        Hierarchy = hierarchy;
        Groups = groups;
    }

    /// <summary>The hierarchy the groups are defined in.</summary>
    public ProductHierarchy Hierarchy { get; }

    /// <summary>The disjoint groups, in the order given.</summary>
    public ImmutableArray<Commodity> Groups { get; }

    /// <summary>The one group of this partition that a commodity lies within, as <see cref="ProductHierarchy.IsWithin"/> says.</summary>
    /// <param name="commodity">A code or a named group.</param>
    /// <returns>The group, or null when the commodity lies in none (a code coarser than a group's codes lies in none).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="commodity"/> is null.</exception>
    public Commodity? GroupOf(Commodity commodity)
    {
        Guard.Against.Null(commodity);
        Commodity? found = null;
        foreach (var g in Groups)
        {
            if (Hierarchy.IsWithin(commodity, g))
            {
                // Disjoint groups cannot both hold a commodity; kept as a check on that invariant.
                if (found is not null)
                {
                    throw new InvalidOperationException($"'{commodity}' lies within both product groups '{found}' and '{g}'.");
                }

                found = g;
            }
        }

        return found;
    }

    /// <summary>The groups separated by <c> + </c>, such as <c>Natural graphite + Synthetic graphite</c>.</summary>
    /// <returns>The groups' text forms joined by <c> + </c>.</returns>
    public override string ToString() => string.Join(" + ", Groups);
}
