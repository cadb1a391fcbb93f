using System.Globalization;

namespace TradeStats.Verification;

/// <summary>
/// What a published figure describes: the dimensions of a <see cref="TradeObservation"/> without its value.
/// "Xizang's exports to the world in 2024" is one subject; "private enterprises' share of it" another.
/// </summary>
/// <remarks>
/// As in <see cref="TradeObservation"/>, a null breakdown means "all" and a partner of <see cref="Territory.World"/>
/// means "all partners". Two statements are about the same thing when their subjects are equal.
/// </remarks>
/// <param name="Reporter">Who reports the trade (a country or subdivision).</param>
/// <param name="Partner">With whom; <see cref="Territory.World"/> for all partners.</param>
/// <param name="Period">The months the figure covers.</param>
/// <param name="Flow">The flow the figure is for: exports, imports, total trade or the balance.</param>
public sealed record StatementSubject(Territory Reporter, Territory Partner, Period Period, TradeFlow Flow)
{
    /// <summary>The goods covered; null for all goods.</summary>
    public Commodity? Commodity { get; init; }

    /// <summary>The customs regime; null for all regimes.</summary>
    public CustomsRegime? CustomsRegime { get; init; }

    /// <summary>The enterprise type; null for all enterprises.</summary>
    public EnterpriseType? EnterpriseType { get; init; }

    /// <summary>The transport mode; null for all modes.</summary>
    public TransportMode? TransportMode { get; init; }

    /// <summary>The second partner (country of consignment or destination); null for all second partners.</summary>
    public Territory? SecondPartner { get; init; }

    /// <summary>The subject of an observation.</summary>
    /// <param name="observation">The observation whose dimensions to copy; its value, quantities, status and source are dropped.</param>
    /// <returns>Its reporter, partner, period, flow and breakdowns.</returns>
    public static StatementSubject From(TradeObservation observation)
    {
        Guard.Against.Null(observation);
        return new StatementSubject(observation.Reporter, observation.Partner, observation.Period, observation.Flow)
        {
            Commodity = observation.Commodity,
            CustomsRegime = observation.CustomsRegime,
            EnterpriseType = observation.EnterpriseType,
            TransportMode = observation.TransportMode,
            SecondPartner = observation.SecondPartner,
        };
    }

    /// <summary>The same subject for another flow (exports of the same total).</summary>
    /// <param name="flow">The flow to put in place of <see cref="Flow"/>.</param>
    /// <returns>A copy with that flow; every other dimension unchanged.</returns>
    public StatementSubject WithFlow(TradeFlow flow) => this with { Flow = flow };

    /// <summary>The same subject for another period.</summary>
    /// <param name="period">The period to put in place of <see cref="Period"/>, such as the year before.</param>
    /// <returns>A copy with that period; every other dimension unchanged.</returns>
    public StatementSubject WithPeriod(Period period) => this with { Period = period };

    /// <summary>
    /// Whether every value of this subject is counted in <paramref name="whole"/> as well, for the same flow and a
    /// period within the whole's: a partner inside the whole's partner (a country inside the world or inside a
    /// group it belongs to), a reporter inside the whole's reporter (Xizang inside China), and each breakdown equal or
    /// "all" on the whole's side. A subject is not strictly within itself.
    /// </summary>
    /// <param name="whole">The subject that may contain this one.</param>
    /// <returns>True when this subject is a proper part of <paramref name="whole"/>.</returns>
    public bool IsStrictlyWithin(StatementSubject whole)
    {
        Guard.Against.Null(whole);
        return !Equals(whole)
            && Flow == whole.Flow
            && Period.IsWithin(whole.Period)
            && ReporterWithin(Reporter, whole.Reporter)
            && PartnerWithin(Partner, whole.Partner, Period)
            && (whole.Commodity is null || (Commodity is not null && Commodity.IsWithin(whole.Commodity)))
            && (whole.CustomsRegime is null || CustomsRegime == whole.CustomsRegime)
            && (whole.EnterpriseType is null || EnterpriseType == whole.EnterpriseType)
            && (whole.TransportMode is null || TransportMode == whole.TransportMode)
            && (whole.SecondPartner is null || SecondPartner == whole.SecondPartner);
    }

    /// <summary>A short invariant description, such as <c>CN-XZ-WLD 2024 Exports</c> or <c>CN-XZ-WLD 2025 Total Private</c>.</summary>
    /// <returns>The reporter and partner codes joined by a hyphen, the period, the flow and any breakdowns, such as <c>CN-XZ-WLD 2024 Exports</c>.</returns>
    public override string ToString()
    {
        var parts = new List<string> { string.Create(CultureInfo.InvariantCulture, $"{Reporter.Code}-{Partner.Code}"), Period.ToString(), Flow.ToString() };
        TradeObservation.AddBreakdowns(parts, Commodity, CustomsRegime, EnterpriseType, TransportMode, SecondPartner);
        return string.Join(' ', parts);
    }

    private static bool ReporterWithin(Territory part, Territory whole)
    {
        for (var t = part; t is not null; t = t.Parent)
        {
            if (t == whole)
            {
                return true;
            }
        }

        return false;
    }

    private static bool PartnerWithin(Territory part, Territory whole, Period period) =>
        part == whole
        || whole.Kind == TerritoryKind.World
        || (whole.Kind == TerritoryKind.Group && part.Kind != TerritoryKind.Group && whole.IsMember(part, period));
}
