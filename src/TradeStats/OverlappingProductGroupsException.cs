namespace TradeStats;

/// <summary>
/// Thrown when product groups declared as disjoint parts share goods: a code of one lies within a code of the other,
/// at whatever levels (a group holding heading 2504 and one holding subheading 250410 share 250410).
/// </summary>
public sealed class OverlappingProductGroupsException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="first">The first group.</param>
    /// <param name="second">The second group.</param>
    /// <param name="sharedCodes">The codes both cover: of each pair of codes where one lies within the other, the finer one.</param>
    public OverlappingProductGroupsException(Commodity first, Commodity second, IReadOnlyList<Commodity> sharedCodes)
        : base($"Product groups '{first}' and '{second}' overlap: both cover {string.Join(", ", sharedCodes ?? [])}. Give groups that share no code, or group by one of them.")
    {
        Guard.Against.Null(first);
        Guard.Against.Null(second);
        Guard.Against.Null(sharedCodes);
        First = first;
        Second = second;
        SharedCodes = sharedCodes;
    }

    /// <summary>The first of the two overlapping groups.</summary>
    public Commodity First { get; }

    /// <summary>The second of the two overlapping groups.</summary>
    public Commodity Second { get; }

    /// <summary>The codes both groups cover: of each pair where one code lies within the other, the finer one.</summary>
    public IReadOnlyList<Commodity> SharedCodes { get; }
}
