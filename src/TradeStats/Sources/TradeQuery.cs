using System.Collections.Immutable;

namespace TradeStats.Sources;

/// <summary>
/// The filters of a read: which reporters, partners, period, flows and breakdowns. Every filter is optional; an
/// empty list or <see cref="BreakdownFilterKind.Any"/> means "no filter". A source may apply the filters itself
/// (in SQL, while streaming); one that cannot calls <see cref="Matches"/> on each observation.
/// </summary>
/// <example>
/// <code>
/// var query = TradeQuery.All with
/// {
///     Reporters = [Territory.FromCode("CN-XZ")],
///     Partners = [Territory.FromCode("NP")],
///     Period = Period.Year(2024),                       // observations within 2024: the year, its quarters, its months
///     Flows = [TradeFlow.Exports, TradeFlow.Imports],
///     Commodity = BreakdownFilter.Only(Commodity.Hs("87")), // chapter 87 and its headings
///     EnterpriseType = BreakdownFilter.TotalOnly&lt;EnterpriseType&gt;(),     // all enterprises only
/// };
/// </code>
/// </example>
public sealed record TradeQuery
{
    /// <summary>No filter: every observation.</summary>
    public static TradeQuery All { get; } = new();

    /// <summary>Only these reporters; empty for any.</summary>
    public ImmutableArray<Territory> Reporters { get; init; } = [];

    /// <summary>Only these partners (exactly: a group here does not select its members); empty for any.</summary>
    public ImmutableArray<Territory> Partners { get; init; } = [];

    /// <summary>Only observations whose period lies within this one; null for any.</summary>
    public Period? Period { get; init; }

    /// <summary>Only these flows; empty for any.</summary>
    public ImmutableArray<TradeFlow> Flows { get; init; } = [];

    /// <summary>The commodity filter; <see cref="BreakdownFilterKind.Only"/> keeps the commodity and everything within it (HS 87 keeps 8703).</summary>
    public BreakdownFilter<Commodity> Commodity { get; init; }

    /// <summary>The customs-regime filter.</summary>
    public BreakdownFilter<CustomsRegime> CustomsRegime { get; init; }

    /// <summary>The enterprise-type filter.</summary>
    public BreakdownFilter<EnterpriseType> EnterpriseType { get; init; }

    /// <summary>The transport-mode filter.</summary>
    public BreakdownFilter<TransportMode> TransportMode { get; init; }

    /// <summary>The second-partner filter; <see cref="BreakdownFilterKind.Only"/> keeps exactly that territory (a group does not select its members).</summary>
    public BreakdownFilter<Territory> SecondPartner { get; init; }

    /// <summary>Whether the query has no filter at all.</summary>
    public bool IsAll => this == All;

    /// <summary>Whether an observation passes every filter.</summary>
    /// <param name="observation">The observation to test.</param>
    /// <returns>True when the observation passes every filter of this query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observation"/> is null.</exception>
    public bool Matches(TradeObservation observation)
    {
        Guard.Against.Null(observation);
        return MatchesReporter(observation.Reporter)
            && MatchesPartner(observation.Partner)
            && MatchesPeriod(observation.Period)
            && MatchesFlow(observation.Flow)
            && MatchesCommodity(observation.Commodity)
            && MatchesBreakdowns(observation.CustomsRegime, observation.EnterpriseType, observation.TransportMode, observation.SecondPartner);
    }

    // One test per field, so that an engine holding each field in a dictionary can evaluate the query once per
    // distinct value instead of once per row; Matches is their conjunction.
    internal bool MatchesReporter(Territory reporter) => Reporters.IsDefaultOrEmpty || Reporters.Contains(reporter);

    internal bool MatchesPartner(Territory partner) => Partners.IsDefaultOrEmpty || Partners.Contains(partner);

    internal bool MatchesPeriod(Period period) => Period is not { } p || period.IsWithin(p);

    internal bool MatchesFlow(TradeFlow flow) => Flows.IsDefaultOrEmpty || Flows.Contains(flow);

    internal bool MatchesBreakdowns(CustomsRegime? regime, EnterpriseType? enterprise, TransportMode? transport, Territory? secondPartner) =>
        MatchesEnum(CustomsRegime, regime)
        && MatchesEnum(EnterpriseType, enterprise)
        && MatchesEnum(TransportMode, transport)
        && MatchesSecondPartner(secondPartner);

    /// <summary>Equal when every filter is equal (lists compared by their elements, in order).</summary>
    /// <param name="other">The query to compare with, or null.</param>
    /// <returns>True when every filter of both queries is equal.</returns>
    public bool Equals(TradeQuery? other) =>
        other is not null
        && Same(Reporters, other.Reporters)
        && Same(Partners, other.Partners)
        && Period == other.Period
        && Same(Flows, other.Flows)
        && Commodity == other.Commodity
        && CustomsRegime == other.CustomsRegime
        && EnterpriseType == other.EnterpriseType
        && TransportMode == other.TransportMode
        && SecondPartner == other.SecondPartner;

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(HashCode.Combine(Count(Reporters), Count(Partners), Period, Count(Flows), Commodity, CustomsRegime, EnterpriseType, TransportMode), SecondPartner);

    private static int Count<T>(ImmutableArray<T> items) => items.IsDefault ? 0 : items.Length;

    private static bool Same<T>(ImmutableArray<T> a, ImmutableArray<T> b) =>
        (a.IsDefaultOrEmpty && b.IsDefaultOrEmpty) || (!a.IsDefault && !b.IsDefault && a.SequenceEqual(b));

    private static bool MatchesEnum<T>(BreakdownFilter<T> filter, T? value)
        where T : struct, Enum => filter.Kind switch
        {
            BreakdownFilterKind.TotalOnly => value is null,
            BreakdownFilterKind.Only => value is { } v && EqualityComparer<T>.Default.Equals(v, filter.Value),
            _ => true,
        };

    private bool MatchesSecondPartner(Territory? value) => SecondPartner.Kind switch
    {
        BreakdownFilterKind.TotalOnly => value is null,
        BreakdownFilterKind.Only => value is not null && value == SecondPartner.Value,
        _ => true,
    };

    internal bool MatchesCommodity(TradeStats.Commodity? value) => Commodity.Kind switch
    {
        BreakdownFilterKind.TotalOnly => value is null,
        BreakdownFilterKind.Only => value is not null && value.IsWithin(Commodity.Value!),
        _ => true,
    };
}
