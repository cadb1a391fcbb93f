using System.Collections;
using System.Collections.Immutable;
using System.Globalization;

namespace TradeStats.Analysis;

/// <summary>
/// An immutable collection of trade observations to filter and aggregate: the starting point of every computation.
/// </summary>
/// <remarks>
/// <para>
/// Filters return new series and never change this one. Aggregations (<see cref="Totals()"/>, <see cref="GroupBy(GroupingOptions)"/>,
/// <see cref="ValueFor"/>, growth and shares) refuse the classic mistakes instead of returning a wrong number:
/// adding a total to its own parts throws <see cref="OverlappingLevelsException"/>, adding amounts in different
/// currencies throws <see cref="MixedCurrenciesException"/>, and adding overlapping year-to-date figures throws
/// <see cref="CumulativePeriodException"/>. Choose the level explicitly with the filters first: a null breakdown
/// selects the "all" level (<c>WhereEnterpriseType(null)</c> is "all enterprises").
/// </para>
/// <para>
/// Each flow is summed on its own: a stated total is never added to exports or imports (see <see cref="FlowTotals"/>).
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var xizang = Territory.FromCode("CN-XZ");
/// var series = TradeSeries.From([
///     new TradeObservation(xizang, Territory.World, Period.Year(2024), TradeFlow.Exports, Money.Cny(11.32e9m)),
///     new TradeObservation(xizang, Territory.World, Period.Year(2024), TradeFlow.Imports, Money.Cny(1.35e9m)),
/// ]);
/// FlowTotals t = series.Totals();          // Total 12.67e9 CNY, Balance 9.97e9 CNY
/// Ratio exportShare = t.ExportShare();     // 89.3%
/// </code>
/// </example>
public sealed partial class TradeSeries : IReadOnlyList<TradeObservation>
{
    private const TradeDimension AllDimensions =
        TradeDimension.Reporter | TradeDimension.Partner | TradeDimension.Period | TradeDimension.Commodity
        | TradeDimension.CustomsRegime | TradeDimension.EnterpriseType | TradeDimension.TransportMode | TradeDimension.Status
        | TradeDimension.SecondPartner;

    /// <summary>Creates a series.</summary>
    /// <param name="observations">The observations, in any order.</param>
    /// <exception cref="ArgumentNullException">The sequence or one of its observations is null.</exception>
    public TradeSeries(IEnumerable<TradeObservation> observations)
    {
        Guard.Against.Null(observations);
        var builder = ImmutableArray.CreateBuilder<TradeObservation>();
        var index = 0;
        foreach (var o in observations)
        {
            if (o is null)
            {
                throw new ArgumentNullException(nameof(observations), string.Create(CultureInfo.InvariantCulture, $"Observation {index} is null."));
            }

            builder.Add(o);
            index++;
        }

        Observations = builder.ToImmutable();
    }

    private TradeSeries(ImmutableArray<TradeObservation> observations)
    {
        Observations = observations;
    }

    /// <summary>A series with no observation.</summary>
    public static TradeSeries Empty { get; } = new(ImmutableArray<TradeObservation>.Empty);

    /// <summary>The observations, in the order given.</summary>
    public ImmutableArray<TradeObservation> Observations { get; }

    /// <inheritdoc/>
    public int Count => Observations.Length;

    /// <inheritdoc/>
    public TradeObservation this[int index] => Observations[index];

    /// <summary>Creates a series from any sequence of observations.</summary>
    /// <param name="observations">The observations, in any order; enumerated once and copied.</param>
    /// <returns>A series holding the observations in the order given.</returns>
    public static TradeSeries From(IEnumerable<TradeObservation> observations) => new(observations);

    /// <summary>Creates a series from an asynchronous source, such as a data source reading a file or a database.</summary>
    /// <param name="observations">The observations, read to the end before the series is created.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>A series holding every observation read, in the order read.</returns>
    public static async Task<TradeSeries> FromAsync(IAsyncEnumerable<TradeObservation> observations, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(observations);
        var list = new List<TradeObservation>();
        await foreach (var o in observations.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            list.Add(o);
        }

        return new TradeSeries(list);
    }

    /// <inheritdoc/>
    public IEnumerator<TradeObservation> GetEnumerator() => ((IEnumerable<TradeObservation>)Observations).GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The observations that satisfy a predicate.</summary>
    /// <param name="predicate">Returns true for each observation to keep.</param>
    /// <returns>A new series with the matching observations, in their original order.</returns>
    public TradeSeries Where(Func<TradeObservation, bool> predicate)
    {
        Guard.Against.Null(predicate);
        return new TradeSeries(Observations.Where(predicate).ToImmutableArray());
    }

    /// <summary>The observations of one reporter.</summary>
    /// <param name="reporter">The reporting territory to keep, compared by equality.</param>
    /// <returns>A new series with that reporter's observations only.</returns>
    public TradeSeries WhereReporter(Territory reporter)
    {
        Guard.Against.Null(reporter);
        return Where(o => o.Reporter == reporter);
    }

    /// <summary>
    /// The observations whose partner is exactly this territory: a country, the world (the "all partners" level),
    /// or a group's own rows (values published for the group as a whole).
    /// </summary>
    /// <param name="partner">The partner to keep: a country, <see cref="Territory.World"/> or a group (its own rows only).</param>
    /// <returns>A new series with the observations whose partner equals <paramref name="partner"/>.</returns>
    public TradeSeries WherePartner(Territory partner)
    {
        Guard.Against.Null(partner);
        return Where(o => o.Partner == partner);
    }

    /// <summary>
    /// The observations whose partner is a member of a group throughout the observation's period (Afghanistan counts
    /// in SAARC only for periods from April 2007). The group's own rows are not included; use <see cref="WherePartner"/> for those.
    /// </summary>
    /// <param name="group">The group; for a non-group, the same as <see cref="WherePartner"/>.</param>
    /// <returns>A new series with the members' rows for the periods they were members (or the partner's own rows for a non-group).</returns>
    public TradeSeries WherePartnerIn(Territory group)
    {
        Guard.Against.Null(group);
        return group.Kind == TerritoryKind.Group
            ? Where(o => o.Partner.Kind != TerritoryKind.Group && group.IsMember(o.Partner, o.Period))
            : WherePartner(group);
    }

    /// <summary>The observations for exactly a period.</summary>
    /// <param name="period">The exact period to keep; a month does not match its enclosing year.</param>
    /// <returns>A new series with the observations whose period equals <paramref name="period"/>.</returns>
    public TradeSeries WherePeriod(Period period) => Where(o => o.Period == period);

    /// <summary>The observations whose period lies inside a span (the months of a year, the quarters of 2020-2024).</summary>
    /// <param name="span">The period every kept observation must lie entirely inside, such as a year for its months.</param>
    /// <returns>A new series with the observations inside <paramref name="span"/>, the span itself included.</returns>
    public TradeSeries WherePeriodWithin(Period span) => Where(o => o.Period.IsWithin(span));

    /// <summary>The observations of one flow.</summary>
    /// <param name="flow">The recorded flow to keep; a total or balance is not derived here.</param>
    /// <returns>A new series with the observations recorded with that flow.</returns>
    public TradeSeries WhereFlow(TradeFlow flow) => Where(o => o.Flow == flow);

    /// <summary>The observations for exactly a commodity; null selects the "all goods" level.</summary>
    /// <param name="commodity">The commodity, or null for all goods.</param>
    /// <returns>A new series with the observations whose commodity equals <paramref name="commodity"/>.</returns>
    public TradeSeries WhereCommodity(Commodity? commodity) => Where(o => o.Commodity == commodity);

    /// <summary>The observations for a commodity or any code inside it (HS 87 selects 8703 and 870380).</summary>
    /// <param name="heading">
    /// The code that encloses the wanted ones, such as HS 87; it is included itself. A named group selects only the
    /// rows labelled with that name: this overload does not know what the group contains (use the overload with a
    /// <see cref="ProductHierarchy"/> to select its codes).
    /// </param>
    /// <returns>A new series with the observations for <paramref name="heading"/> and the codes under it; all-goods rows are left out.</returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="heading"/> is a named group and no observation of this (non-empty) series is labelled with it:
    /// rather than an empty series that looks like no trade, the message names the group and points to the overload
    /// with a hierarchy.
    /// </exception>
    /// <exception cref="MixedClassificationsException">An observation's code is of another classification than <paramref name="heading"/>.</exception>
    public TradeSeries WhereCommodityWithin(Commodity heading)
    {
        Guard.Against.Null(heading);
        if (!heading.IsCode && Count > 0 && !Observations.Any(o => o.Commodity == heading))
        {
            throw new ArgumentException(
                $"No observation is labelled '{heading}'. To select the codes a product group contains, define it in a ProductHierarchy and call WhereCommodityWithin(group, hierarchy); to select the label itself, use WhereCommodity.",
                nameof(heading));
        }

        return Where(o => o.Commodity is { } c && c.IsWithin(heading));
    }

    /// <summary>
    /// The observations whose commodity lies within a product group of a hierarchy: rows of its codes and of the codes
    /// under them, rows labelled with the group, and rows labelled with its subgroups (as
    /// <see cref="ProductHierarchy.IsWithin"/> says). Named("Graphite") defined as 2504 + 380110 selects rows of 2504,
    /// 250410 and 380110, and rows labelled "Natural graphite" when that is a member group.
    /// </summary>
    /// <param name="group">A named group of <paramref name="products"/>, or a code.</param>
    /// <param name="products">The hierarchy that says what the group contains.</param>
    /// <returns>A new series; all-goods rows, and rows of codes coarser than the group's codes, are left out.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="group"/> is a named group not defined in <paramref name="products"/>; the message names it.</exception>
    public TradeSeries WhereCommodityWithin(Commodity group, ProductHierarchy products)
    {
        Guard.Against.Null(group);
        Guard.Against.Null(products);
        _ = products.CodeSet(group);
        return Where(o => o.Commodity is { } c && products.IsWithin(c, group));
    }

    /// <summary>The observations for a customs regime; null selects the "all regimes" level.</summary>
    /// <param name="regime">The regime, or null for all regimes.</param>
    /// <returns>A new series with the observations whose regime equals <paramref name="regime"/>.</returns>
    public TradeSeries WhereCustomsRegime(CustomsRegime? regime) => Where(o => o.CustomsRegime == regime);

    /// <summary>The observations for an enterprise type; null selects the "all enterprises" level.</summary>
    /// <param name="enterpriseType">The enterprise type, or null for the all-enterprises rows.</param>
    /// <returns>A new series with the observations whose enterprise type equals <paramref name="enterpriseType"/>.</returns>
    public TradeSeries WhereEnterpriseType(EnterpriseType? enterpriseType) => Where(o => o.EnterpriseType == enterpriseType);

    /// <summary>The observations for a transport mode; null selects the "all modes" level.</summary>
    /// <param name="mode">The mode, or null for all modes.</param>
    /// <returns>A new series with the observations whose transport mode equals <paramref name="mode"/>.</returns>
    public TradeSeries WhereTransportMode(TransportMode? mode) => Where(o => o.TransportMode == mode);

    /// <summary>The observations for a second partner (country of consignment or destination); null selects the "all second partners" level.</summary>
    /// <param name="secondPartner">The second partner, or null for all second partners.</param>
    /// <returns>A new series.</returns>
    public TradeSeries WhereSecondPartner(Territory? secondPartner) => Where(o => o.SecondPartner == secondPartner);

    /// <summary>The observations with a status.</summary>
    /// <param name="status">The status to keep, such as <see cref="ObservationStatus.Final"/>.</param>
    /// <returns>A new series with the observations that have that status.</returns>
    public TradeSeries WhereStatus(ObservationStatus status) => Where(o => o.Status == status);

    /// <summary>
    /// The observations at the "all" level of every breakdown: all goods, all regimes, all enterprises, all modes,
    /// all second partners.
    /// </summary>
    /// <returns>A new series with the rows that have no commodity, regime, enterprise type or transport mode.</returns>
    public TradeSeries AtAllBreakdowns() =>
        Where(o => o.Commodity is null && o.CustomsRegime is null && o.EnterpriseType is null && o.TransportMode is null
            && o.SecondPartner is null);

    /// <summary>This series followed by another.</summary>
    /// <param name="other">The series to append; its observations are not checked against this series' here.</param>
    /// <returns>A new series: this one's observations, then <paramref name="other"/>'s.</returns>
    public TradeSeries Concat(TradeSeries other)
    {
        Guard.Against.Null(other);
        return new TradeSeries(Observations.AddRange(other.Observations));
    }

    private void GuardLevels() => LevelCheck.Check(Observations);
}
