using System.Globalization;

namespace TradeStats.Analysis;

/// <summary>
/// The sums of one set of observations, flow by flow, with the derived total (exports + imports) and balance
/// (exports - imports).
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Total"/> and <see cref="Balance"/> are derived from recorded exports and imports when both are present.
/// When the data holds only a stated total (or balance), it is kept as stated in <see cref="StatedTotal"/> and used
/// as <see cref="Total"/>; a stated total is never added to exports or imports. When exports and imports are both
/// recorded, a stated total stays available in <see cref="StatedTotal"/> for comparison, and is not overwritten.
/// </para>
/// <para>A flow with no observation is null, not zero: absence of data is not a zero.</para>
/// </remarks>
/// <param name="Currency">The currency of every amount; null when there is no observation at all.</param>
/// <param name="Exports">The sum of recorded exports; null when none.</param>
/// <param name="Imports">The sum of recorded imports; null when none.</param>
/// <param name="StatedTotal">The sum of observations recorded as totals; null when none.</param>
/// <param name="StatedBalance">The sum of observations recorded as balances; null when none.</param>
/// <param name="ReExports">The sum of recorded re-exports (a part of exports, not added to them); null when none.</param>
/// <param name="ReImports">The sum of recorded re-imports (a part of imports, not added to them); null when none.</param>
/// <param name="ObservationCount">How many observations were summed.</param>
public sealed record FlowTotals(
    Currency? Currency,
    Money? Exports,
    Money? Imports,
    Money? StatedTotal,
    Money? StatedBalance,
    Money? ReExports,
    Money? ReImports,
    int ObservationCount)
{
    /// <summary>The totals of no observation.</summary>
    public static FlowTotals Empty { get; } = new(null, null, null, null, null, null, null, 0);

    /// <summary>Two-way trade: exports + imports when both are recorded, otherwise the stated total (or null).</summary>
    public Money? Total => Exports is { } x && Imports is { } m ? x + m : StatedTotal;

    /// <summary>Exports - imports when both are recorded (negative for a deficit), otherwise the stated balance (or null).</summary>
    public Money? Balance => Exports is { } x && Imports is { } m ? x - m : StatedBalance;

    /// <summary>Whether <see cref="Total"/> and <see cref="Balance"/> are derived from recorded exports and imports rather than stated.</summary>
    public bool IsDerived => Exports is not null && Imports is not null;

    /// <summary>The value of a flow: the recorded sum for exports, imports, re-exports and re-imports; <see cref="Total"/> or <see cref="Balance"/> for the derived flows.</summary>
    /// <param name="flow">Any defined flow, recorded (exports, imports, re-exports, re-imports) or derived (total, balance).</param>
    /// <returns>The value, or null when the data does not give it.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The flow is not a defined <see cref="TradeFlow"/>.</exception>
    public Money? this[TradeFlow flow] => flow switch
    {
        TradeFlow.Exports => Exports,
        TradeFlow.Imports => Imports,
        TradeFlow.Total => Total,
        TradeFlow.Balance => Balance,
        TradeFlow.ReExports => ReExports,
        TradeFlow.ReImports => ReImports,
        _ => throw new ArgumentOutOfRangeException(nameof(flow), flow, "Unknown trade flow."),
    };

    /// <summary>The share of exports in two-way trade, exports / total (Xizang 2024: 11.32 / 12.67 = 89.3%).</summary>
    /// <returns>The share; undefined when exports or the total are missing or the total is zero.</returns>
    public Ratio ExportShare() => Ratio.Of(Exports, Total, "exports", "the total");

    /// <summary>The share of imports in two-way trade, imports / total.</summary>
    /// <returns>The share; undefined when imports or the total are missing or the total is zero.</returns>
    public Ratio ImportShare() => Ratio.Of(Imports, Total, "imports", "the total");

    /// <summary>The export-import coverage ratio, exports / imports (above 1 for a surplus).</summary>
    /// <returns>The ratio; undefined when a flow is missing or imports are zero.</returns>
    public Ratio CoverageRatio() => Ratio.Of(Exports, Imports, "exports", "imports");

    /// <summary>Adds two sets of totals flow by flow (used to add up groups).</summary>
    /// <param name="other">The totals to add, in the same currency.</param>
    /// <returns>The flow-by-flow sums; a flow absent on both sides stays null.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public FlowTotals Add(FlowTotals other)
    {
        Guard.Against.Null(other);
        return new FlowTotals(
            Currency ?? other.Currency,
            Plus(Exports, other.Exports),
            Plus(Imports, other.Imports),
            Plus(StatedTotal, other.StatedTotal),
            Plus(StatedBalance, other.StatedBalance),
            Plus(ReExports, other.ReExports),
            Plus(ReImports, other.ReImports),
            ObservationCount + other.ObservationCount);
    }

    /// <summary>A compact invariant description such as <c>X 11320000000 M 1350000000 T 12670000000 B 9970000000 CNY</c>.</summary>
    /// <returns>Exports, imports, total and balance as <c>X</c>, <c>M</c>, <c>T</c> and <c>B</c> with their amounts (<c>-</c> when missing), then the currency code.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"X {Exports?.Amount.ToString(CultureInfo.InvariantCulture) ?? "-"} M {Imports?.Amount.ToString(CultureInfo.InvariantCulture) ?? "-"} T {Total?.Amount.ToString(CultureInfo.InvariantCulture) ?? "-"} B {Balance?.Amount.ToString(CultureInfo.InvariantCulture) ?? "-"} {Currency?.Code ?? string.Empty}").TrimEnd();

    internal static FlowTotals Of(IEnumerable<TradeObservation> observations) => Of(observations.Select(o => (o, 1)));

    /// <summary>Sums cells that each stand for <c>Rows</c> observations (the columnar engine's partial sums).</summary>
    internal static FlowTotals Of(IEnumerable<(TradeObservation Cell, int Rows)> cells)
    {
        Currency? currency;
        Money? x = null, m = null, t = null, b = null, rx = null, rm = null;
        var count = 0;
        foreach (var (o, rows) in cells)
        {
            count += rows;
            switch (o.Flow)
            {
                case TradeFlow.Exports: x = Plus(x, o.Value); break;
                case TradeFlow.Imports: m = Plus(m, o.Value); break;
                case TradeFlow.Total: t = Plus(t, o.Value); break;
                case TradeFlow.Balance: b = Plus(b, o.Value); break;
                case TradeFlow.ReExports: rx = Plus(rx, o.Value); break;
                default: rm = Plus(rm, o.Value); break;
            }
        }

        // The first flow's currency in a fixed order, so that the totals do not depend on the order of the cells.
        currency = (x ?? m ?? t ?? b ?? rx ?? rm)?.Currency;
        return new FlowTotals(currency, x, m, t, b, rx, rm, count);
    }

    /// <summary>Adds two optional amounts; absent on one side is the other side, absent on both is absent.</summary>
    internal static Money? Plus(Money? a, Money? b) => a is { } l ? (b is { } r ? l + r : l) : b;
}
