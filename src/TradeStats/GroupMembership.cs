namespace TradeStats;

/// <summary>
/// One territory's membership of a group, valid from a month to a month (both inclusive); an open end is
/// unbounded. Afghanistan, for instance, is a member of the SAARC group only from April 2007.
/// </summary>
public sealed record GroupMembership
{
    /// <summary>Creates a membership.</summary>
    /// <param name="member">The member territory (a country or a subdivision, not the world).</param>
    /// <param name="from">The first month of membership, or null for "always".</param>
    /// <param name="until">The last month of membership, or null for "still a member".</param>
    /// <exception cref="ArgumentException">The member is a group or the world, or the membership ends before it starts.</exception>
    public GroupMembership(Territory member, Period? from = null, Period? until = null)
    {
        Guard.Against.Null(member);
        if (member.Kind is TerritoryKind.World or TerritoryKind.Group)
        {
            throw new ArgumentException($"A group's member must be a country or subdivision; '{member.Code}' is {member.Kind}.", nameof(member));
        }

        if (from is { } f && until is { } u && u.EndIndex < f.StartIndex)
        {
            throw new ArgumentException($"Membership of '{member.Code}' ends ({u}) before it starts ({f}).", nameof(until));
        }

        Member = member;
        From = from;
        Until = until;
    }

    /// <summary>The member territory.</summary>
    public Territory Member { get; }

    /// <summary>The period whose first month starts the membership; null when unbounded.</summary>
    public Period? From { get; }

    /// <summary>The period whose last month ends the membership; null when unbounded.</summary>
    public Period? Until { get; }

    /// <summary>
    /// Where the membership and its dates come from (a treaty, an organisation's member list, a web address); null when
    /// not recorded. Every membership of the built-in groups (<see cref="Territory.EuropeanUnion"/>, ...) names one.
    /// </summary>
    public string? Source { get; init; }

    /// <summary>Whether the membership covers every month of a period.</summary>
    /// <param name="period">The period to test, such as the period of an observation.</param>
    /// <returns>True when the member belonged to the group throughout the period.</returns>
    public bool Covers(Period period) =>
        (From is not { } f || period.StartIndex >= f.StartIndex) && (Until is not { } u || period.EndIndex <= u.EndIndex);
}
