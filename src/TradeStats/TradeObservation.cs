using System.Globalization;

namespace TradeStats;

/// <summary>
/// One value of trade: what a reporter traded with a partner in a period, in one flow, for one breakdown.
/// </summary>
/// <remarks>
/// <para>
/// An absent breakdown (null <see cref="Commodity"/>, <see cref="CustomsRegime"/>, <see cref="EnterpriseType"/> or
/// <see cref="TransportMode"/>) means "all": the observation is a total over that dimension. "Unknown" is a
/// value of its own. A partner of <see cref="Territory.World"/> means "all partners".
/// The analysis API uses these levels to refuse sums that would count a total together with its own parts.
/// </para>
/// <para>Only a <see cref="TradeFlow.Balance"/> may be negative.</para>
/// </remarks>
/// <example>
/// <code>
/// var xizang2024 = new TradeObservation(
///     Territory.FromCode("CN-XZ"), Territory.World, Period.Year(2024), TradeFlow.Total, Money.Cny(12.67e9m))
/// {
///     Source = new SourceReference("Xinhua", new DateOnly(2025, 2, 17)),
/// };
/// var privateFirms = xizang2024 with { EnterpriseType = EnterpriseType.Private, Value = Money.Cny(7.26e9m) };
/// </code>
/// </example>
public sealed record TradeObservation
{
    private readonly Money _value;
    private readonly TradeFlow _flow;

    /// <summary>Creates an observation.</summary>
    /// <param name="reporter">Who reports the trade (China, Xizang).</param>
    /// <param name="partner">With whom (a country, a group, or the world).</param>
    /// <param name="period">The months the value covers.</param>
    /// <param name="flow">The flow.</param>
    /// <param name="value">The value; negative only for a balance.</param>
    /// <exception cref="ArgumentException">The value is negative for a flow other than the balance, or the reporter is a group.</exception>
    public TradeObservation(Territory reporter, Territory partner, Period period, TradeFlow flow, Money value)
    {
        ArgumentNullException.ThrowIfNull(reporter);
        ArgumentNullException.ThrowIfNull(partner);
        if (reporter.Kind == TerritoryKind.Group)
        {
            throw new ArgumentException($"A reporter is a country or subdivision; '{reporter.Code}' is a group.", nameof(reporter));
        }

        Reporter = reporter;
        Partner = partner;
        Period = period;
        _flow = flow;
        Value = value;
    }

    /// <summary>Who reports the trade.</summary>
    public Territory Reporter { get; init; }

    /// <summary>With whom; <see cref="Territory.World"/> for all partners.</summary>
    public Territory Partner { get; init; }

    /// <summary>The months the value covers.</summary>
    public Period Period { get; init; }

    /// <summary>The flow.</summary>
    public TradeFlow Flow
    {
        get => _flow;
        init
        {
            if (!Enum.IsDefined(value))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "Unknown trade flow.");
            }

            CheckSign(_value, value);
            _flow = value;
        }
    }

    /// <summary>The value; negative only for a balance.</summary>
    public Money Value
    {
        get => _value;
        init
        {
            _ = value.Currency; // rejects default(Money)
            CheckSign(value, _flow);
            _value = value;
        }
    }

    /// <summary>A physical quantity, such as 12,938 vehicles; null when not given.</summary>
    public Quantity? Quantity { get; init; }

    /// <summary>The goods covered; null for all goods.</summary>
    public Commodity? Commodity { get; init; }

    /// <summary>The customs regime; null for all regimes.</summary>
    public CustomsRegime? CustomsRegime { get; init; }

    /// <summary>The enterprise type; null for all enterprises.</summary>
    public EnterpriseType? EnterpriseType { get; init; }

    /// <summary>The transport mode; null for all modes.</summary>
    public TransportMode? TransportMode { get; init; }

    /// <summary>How final the value is.</summary>
    public ObservationStatus Status { get; init; } = ObservationStatus.Final;

    /// <summary>Where the value was published; null when not recorded.</summary>
    public SourceReference? Source { get; init; }

    /// <summary>Whether every breakdown is "all" and the partner is the world: the reporter's grand total for the flow.</summary>
    public bool IsGrandTotal =>
        Partner.Kind == TerritoryKind.World && Commodity is null && CustomsRegime is null && EnterpriseType is null && TransportMode is null;

    /// <summary>A one-line invariant description, such as <c>CN-XZ WLD 2024 Total 12670000000 CNY</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var parts = new List<string> { Reporter.Code, Partner.Code, Period.ToString(), Flow.ToString(), Value.ToString() };
        if (Commodity is not null)
        {
            parts.Add(Commodity.ToString());
        }

        if (CustomsRegime is { } r)
        {
            parts.Add(r.ToString());
        }

        if (EnterpriseType is { } e)
        {
            parts.Add(e.ToString());
        }

        if (TransportMode is { } t)
        {
            parts.Add(t.ToString());
        }

        if (Quantity is { } q)
        {
            parts.Add(q.ToString());
        }

        return string.Join(' ', parts);
    }

    private static void CheckSign(Money value, TradeFlow flow)
    {
        if (value.Amount < 0m && !flow.AllowsNegativeValues())
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Only a balance may be negative; got {value} for {flow}."),
                nameof(value));
        }
    }
}
