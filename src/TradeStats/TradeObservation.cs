using System.Globalization;

namespace TradeStats;

/// <summary>
/// One value of trade: what a reporter traded with a partner in a period, in one flow, for one breakdown.
/// </summary>
/// <remarks>
/// <para>
/// An absent breakdown (null <see cref="Commodity"/>, <see cref="CustomsRegime"/>, <see cref="EnterpriseType"/> or
/// <see cref="TransportMode"/>, <see cref="SecondPartner"/>) means "all": the observation is a total over that dimension. "Unknown" is a
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
    private readonly Territory _reporter = null!;
    private readonly Territory _partner = null!;
    private readonly Period _period;
    private readonly Money _value;
    private readonly TradeFlow _flow;

    /// <summary>Creates an observation.</summary>
    /// <param name="reporter">Who reports the trade (China, Xizang).</param>
    /// <param name="partner">With whom (a country, a group, or the world).</param>
    /// <param name="period">The months the value covers.</param>
    /// <param name="flow">Exports, imports, re-exports or re-imports as recorded, or a derived total or balance.</param>
    /// <param name="value">The value; negative only for a balance.</param>
    /// <exception cref="ArgumentNullException">The reporter or partner is null.</exception>
    /// <exception cref="ArgumentException">
    /// The value is negative for a flow other than the balance or is <c>default(Money)</c>, the reporter is a
    /// group, or the period is <c>default(Period)</c>.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">The flow is not a defined <see cref="TradeFlow"/>.</exception>
    public TradeObservation(Territory reporter, Territory partner, Period period, TradeFlow flow, Money value)
    {
        Reporter = reporter;
        Partner = partner;
        Period = period;
        Flow = flow;
        Value = value;
    }

    /// <summary>Who reports the trade: a country, a subdivision or the world, never a group.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    /// <exception cref="ArgumentException">Set to a group.</exception>
    public Territory Reporter
    {
        get => _reporter;
        init
        {
            Guard.Against.Null(value, nameof(Reporter));
            if (value.Kind == TerritoryKind.Group)
            {
                throw new ArgumentException($"A reporter is a country or subdivision; '{value.Code}' is a group.", nameof(Reporter));
            }

            _reporter = value;
        }
    }

    /// <summary>With whom; <see cref="Territory.World"/> for all partners.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public Territory Partner
    {
        get => _partner;
        init
        {
            Guard.Against.Null(value, nameof(Partner));
            _partner = value;
        }
    }

    /// <summary>The months the value covers.</summary>
    /// <exception cref="ArgumentException">Set to <c>default(Period)</c>, which lies before year 1.</exception>
    public Period Period
    {
        get => _period;
        init
        {
            Guard.Against.DefaultPeriod(value, nameof(Period));

            _period = value;
        }
    }

    /// <summary>The flow. Setting it in a <c>with</c> expression checks the current value's sign against it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined flow.</exception>
    /// <exception cref="ArgumentException">Set to a flow other than the balance while the value is negative.</exception>
    public TradeFlow Flow
    {
        get => _flow;
        init
        {
            Guard.Against.UndefinedEnum(value, "Unknown trade flow.");

            CheckSign(_value, value);
            _flow = value;
        }
    }

    /// <summary>
    /// The value; negative only for a balance. Setting it in a <c>with</c> expression checks its sign against the
    /// flow at that moment, so to turn an observation into a negative balance set <see cref="Flow"/> first:
    /// <c>obs with { Flow = TradeFlow.Balance, Value = Money.Cny(-1m) }</c>.
    /// </summary>
    /// <exception cref="ArgumentException">Set to <c>default(Money)</c>, or to a negative amount when the flow is not the balance.</exception>
    public Money Value
    {
        get => _value;
        init
        {
            if (value == default)
            {
                throw new ArgumentException("The value is default(Money), which has no currency; create it with new Money(amount, currency).", nameof(Value));
            }

            CheckSign(value, _flow);
            _value = value;
        }
    }

    /// <summary>A physical quantity in the commodity's own unit, such as 12,938 vehicles; null when not given.</summary>
    public Quantity? Quantity { get; init; }

    /// <summary>The net weight (net mass), in the unit the publisher gives (<c>kg</c>, Eurostat's <c>100 kg</c>); null when not given.</summary>
    public Quantity? NetWeight { get; init; }

    /// <summary>The gross weight (with packing); null when not given.</summary>
    public Quantity? GrossWeight { get; init; }

    /// <summary>A second quantity in another unit (UN Comtrade's <c>altQty</c>, Eurostat's supplementary quantity); null when not given.</summary>
    public Quantity? AlternativeQuantity { get; init; }

    /// <summary>The goods covered; null for all goods.</summary>
    public Commodity? Commodity { get; init; }

    /// <summary>The customs regime; null for all regimes.</summary>
    public CustomsRegime? CustomsRegime { get; init; }

    /// <summary>The enterprise type; null for all enterprises.</summary>
    public EnterpriseType? EnterpriseType { get; init; }

    /// <summary>The transport mode; null for all modes.</summary>
    public TransportMode? TransportMode { get; init; }

    /// <summary>
    /// The second partner, a breakdown of the trade with <see cref="Partner"/> as UN Comtrade defines partner2: for
    /// imports the country of consignment, for exports the country of destination (consignee). Null for all second
    /// partners: the total over that breakdown.
    /// </summary>
    public Territory? SecondPartner { get; init; }

    /// <summary>How final the value is.</summary>
    public ObservationStatus Status { get; init; } = ObservationStatus.Final;

    /// <summary>Where the value was published; null when not recorded.</summary>
    public SourceReference? Source { get; init; }

    /// <summary>Whether every breakdown is "all" (no second partner either) and the partner is the world: the reporter's grand total for the flow.</summary>
    public bool IsGrandTotal =>
        Partner.Kind == TerritoryKind.World && Commodity is null && CustomsRegime is null && EnterpriseType is null && TransportMode is null
        && SecondPartner is null;

    /// <summary>A one-line invariant description, such as <c>CN-XZ WLD 2024 Total 12670000000 CNY</c>.</summary>
    /// <returns>Reporter, partner, period, flow and value, then the breakdowns that are not "all" and the quantities, space-separated.</returns>
    public override string ToString()
    {
        var parts = new List<string> { Reporter.Code, Partner.Code, Period.ToString(), Flow.ToString(), Value.ToString() };
        AddBreakdowns(parts, Commodity, CustomsRegime, EnterpriseType, TransportMode, SecondPartner);
        foreach (var (label, q) in new[] { (string.Empty, Quantity), ("net ", NetWeight), ("gross ", GrossWeight), ("alt ", AlternativeQuantity) })
        {
            if (q is { } quantity)
            {
                parts.Add(label + quantity);
            }
        }

        return string.Join(' ', parts);
    }

    /// <summary>Appends the breakdowns that are not "all" to a description, in a fixed order.</summary>
    internal static void AddBreakdowns(List<string> parts, Commodity? commodity, CustomsRegime? regime, EnterpriseType? enterprise, TransportMode? transport, Territory? secondPartner = null)
    {
        if (commodity is not null)
        {
            parts.Add(commodity.ToString());
        }

        if (regime is { } r)
        {
            parts.Add(r.ToString());
        }

        if (enterprise is { } e)
        {
            parts.Add(e.ToString());
        }

        if (transport is { } t)
        {
            parts.Add(t.ToString());
        }

        if (secondPartner is not null)
        {
            parts.Add("partner2 " + secondPartner.Code);
        }
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
