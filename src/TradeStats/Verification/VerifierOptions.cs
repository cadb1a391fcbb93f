namespace TradeStats.Verification;

/// <summary>Settings of a <see cref="Verifier"/>: where exchange rates come from and how large a gap a named cause may explain.</summary>
public sealed record VerifierOptions
{
    /// <summary>The default settings: no rate table, the default plausible bands, 2% revision and rate tolerances.</summary>
    public static VerifierOptions Default { get; } = new();

    /// <summary>Where reference exchange rates come from; null to use only <see cref="RateBands"/>.</summary>
    public IExchangeRateProvider? Rates { get; init; }

    /// <summary>The kind of rate asked of <see cref="Rates"/>.</summary>
    public ExchangeRateKind RateKind { get; init; } = ExchangeRateKind.PeriodAverage;

    /// <summary>Ranges that rates plausibly stayed within, used when <see cref="Rates"/> has no rate for a pair and period.</summary>
    public IReadOnlyList<PlausibleRateBand> RateBands { get; init; } = PlausibleRateBand.Defaults;

    /// <summary>
    /// The largest relative gap between a base implied by a growth rate and a base published by another source
    /// that a revision of the base explains (default 0.02: customs revise a year's total by a percent or two).
    /// </summary>
    public decimal RevisionTolerance { get; init; } = 0.02m;

    /// <summary>
    /// The largest relative gap between an implied exchange rate and a rate from <see cref="Rates"/> that the use
    /// of another rate explains (default 0.02: central parity against market rate, monthly against annual average).
    /// </summary>
    public decimal RateTolerance { get; init; } = 0.02m;

    /// <summary>
    /// The most combinations of statements checked for one relation when several statements give the same figure
    /// (default 64); further combinations are left out, and <see cref="VerificationReport.Omitted"/> counts them.
    /// </summary>
    public int MaxCombinations { get; init; } = 64;

    /// <summary>
    /// The most minimal sets of contradictory statements the constraint network looks for (default 32); the search
    /// stops there, and on a budget of propagations proportional to it.
    /// </summary>
    public int MaxConflicts { get; init; } = 32;

    /// <summary>
    /// How much further than its digits a figure qualified "about", "some", "nearly" or "approximately" (see
    /// <see cref="Statement.Approximate"/>) may be off, relative to its value, before a gap it causes stops being
    /// explainable (default 0.02).
    /// </summary>
    public decimal ApproximationTolerance { get; init; } = 0.02m;

    /// <summary>
    /// Whether to run the constraint network after the relation-by-relation checks (default true): it finds
    /// contradictions through chains, minimal sets of culprits and implied bounds.
    /// </summary>
    public bool UseNetwork { get; init; } = true;
}
