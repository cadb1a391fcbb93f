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
public sealed class TradeSeries : IReadOnlyList<TradeObservation>
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

    /// <summary>The observations for a commodity or any HS code inside it (HS 87 selects 8703 and 870380).</summary>
    /// <param name="heading">The code that encloses the wanted ones, such as HS 87; it is included itself.</param>
    /// <returns>A new series with the observations for <paramref name="heading"/> and the codes under it; all-goods rows are left out.</returns>
    public TradeSeries WhereCommodityWithin(Commodity heading)
    {
        Guard.Against.Null(heading);
        return Where(o => o.Commodity is { } c && c.IsWithin(heading));
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

    /// <summary>The sum of the observations recorded with exactly one flow (a stated total for <see cref="TradeFlow.Total"/>).</summary>
    /// <param name="flow">The recorded flow to add up; <see cref="TradeFlow.Total"/> and <see cref="TradeFlow.Balance"/> are not derived from exports and imports.</param>
    /// <returns>The sum, or null when the series has no observation of that flow.</returns>
    /// <exception cref="OverlappingLevelsException">Two observations cover the same trade.</exception>
    /// <exception cref="CumulativePeriodException">Two year-to-date figures overlap.</exception>
    /// <exception cref="MixedCurrenciesException">The currencies differ.</exception>
    public Money? Sum(TradeFlow flow)
    {
        var list = Observations.Where(o => o.Flow == flow).ToList();
        LevelGuard.Check(list);
        Money? sum = null;
        foreach (var o in list)
        {
            sum = sum is { } s ? s + o.Value : o.Value;
        }

        return sum;
    }

    /// <summary>The flow totals of the whole series: exports, imports, and the derived total and balance.</summary>
    /// <returns>The exact sums of exports and imports, each null when none is recorded, with the total and balance derived from them.</returns>
    /// <exception cref="OverlappingLevelsException">Two observations of one flow cover the same trade.</exception>
    /// <exception cref="CumulativePeriodException">Two year-to-date figures of one flow overlap.</exception>
    /// <exception cref="MixedCurrenciesException">The currencies differ.</exception>
    public FlowTotals Totals()
    {
        GuardLevels();
        return FlowTotals.Of(Observations);
    }

    /// <summary>Groups by dimensions, without roll-ups.</summary>
    /// <param name="dimensions">The dimensions, combined with <c>|</c>.</param>
    /// <returns>The groups and the grand total.</returns>
    /// <exception cref="OverlappingLevelsException">Two observations of one flow cover the same trade.</exception>
    /// <exception cref="CumulativePeriodException">Two year-to-date figures of one flow overlap.</exception>
    /// <exception cref="MixedCurrenciesException">The currencies differ.</exception>
    public TradeGrouping GroupBy(TradeDimension dimensions) => GroupBy(new GroupingOptions(dimensions));

    /// <summary>
    /// Groups by a combination of dimensions with roll-ups (months to quarters to years, HS6 to HS4 to HS2, partners
    /// to partner groups), summing each flow per group. The whole series is checked first, so the groups partition
    /// it and add up to the grand total.
    /// </summary>
    /// <param name="options">The dimensions to group by and their roll-ups (period kind, HS level, partner groups).</param>
    /// <returns>The groups, in key order, and the grand total.</returns>
    /// <exception cref="OverlappingLevelsException">Two observations of one flow cover the same trade.</exception>
    /// <exception cref="CumulativePeriodException">Two year-to-date figures of one flow overlap.</exception>
    /// <exception cref="MixedCurrenciesException">The currencies differ.</exception>
    /// <exception cref="InvalidOperationException">An observation's period is longer than the period roll-up.</exception>
    /// <exception cref="ArgumentException">A partner belongs to two of the partner groups.</exception>
    /// <exception cref="OverflowException">A group's sum exceeds decimal's range; the message names the group.</exception>
    public TradeGrouping GroupBy(GroupingOptions options)
    {
        Guard.Against.Null(options);
        GuardLevels();
        var groups = new Dictionary<GroupKey, List<TradeObservation>>();
        foreach (var o in Observations)
        {
            var key = GroupKey.For(o, options);
            if (!groups.TryGetValue(key, out var list))
            {
                list = [];
                groups.Add(key, list);
            }

            list.Add(o);
        }

        var result = groups
            .Select(g => new TradeGroup(g.Key, SumGroup(g.Value, g.Key.ToString())))
            .OrderBy(g => g.Key, Comparer<GroupKey>.Create(GroupKey.Compare))
            .ToImmutableArray();
        return new TradeGrouping(options, result, SumGroup(Observations, "the grand total"));
    }

    private static FlowTotals SumGroup(IReadOnlyList<TradeObservation> observations, string group)
    {
        try
        {
            return FlowTotals.Of(observations);
        }
        catch (OverflowException e)
        {
            throw new OverflowException($"The sum of group {group} ({observations.Count} observations) exceeds decimal's range: {e.Message}", e);
        }
    }

    /// <summary>
    /// Aggregates the series to coarser periods (months to quarters or years), keeping every other dimension: one
    /// observation per cell and recorded flow. Quantities and sources are not carried over to sums.
    /// </summary>
    /// <param name="kind">Quarter, Half or Year (or Month).</param>
    /// <returns>A new series with one observation per cell and recorded flow, its value the exact sum over the finer periods.</returns>
    /// <exception cref="OverlappingLevelsException">Two observations of one flow cover the same trade.</exception>
    /// <exception cref="InvalidOperationException">An observation's period is longer than <paramref name="kind"/>.</exception>
    public TradeSeries RollUp(PeriodKind kind)
    {
        var grouping = GroupBy(new GroupingOptions(AllDimensions) { PeriodRollUp = kind });
        var result = new List<TradeObservation>();
        foreach (var g in grouping.Groups)
        {
            var k = g.Key;
            void Add(TradeFlow flow, Money? value)
            {
                if (value is { } v)
                {
                    result.Add(new TradeObservation(k.Reporter!, k.Partner!, k.Period!.Value, flow, v)
                    {
                        Commodity = k.Commodity,
                        CustomsRegime = k.CustomsRegime,
                        EnterpriseType = k.EnterpriseType,
                        TransportMode = k.TransportMode,
                        SecondPartner = k.SecondPartner,
                        Status = k.Status!.Value,
                    });
                }
            }

            Add(TradeFlow.Exports, g.Totals.Exports);
            Add(TradeFlow.Imports, g.Totals.Imports);
            Add(TradeFlow.Total, g.Totals.StatedTotal);
            Add(TradeFlow.Balance, g.Totals.StatedBalance);
            Add(TradeFlow.ReExports, g.Totals.ReExports);
            Add(TradeFlow.ReImports, g.Totals.ReImports);
        }

        return new TradeSeries(result);
    }

    /// <summary>
    /// The value of a flow for a period, summed over the observations whose periods lie inside it (the months of a
    /// year, or the year itself). Null when no observation covers some month of the period, so a partial year is never
    /// passed off as a whole one.
    /// </summary>
    /// <param name="period">The period to value, such as a year; it must be covered month by month.</param>
    /// <param name="flow">The flow; the total and balance are derived from exports and imports when both are recorded.</param>
    /// <returns>The value, or null when the period is not fully covered.</returns>
    /// <exception cref="OverlappingLevelsException">Two observations of one flow cover the same trade.</exception>
    /// <exception cref="CumulativePeriodException">Two year-to-date figures of one flow overlap.</exception>
    /// <exception cref="MixedCurrenciesException">The currencies differ.</exception>
    public Money? ValueFor(Period period, TradeFlow flow) => ValueAndGap(period, flow).Value;

    /// <summary>Year-on-year growth of a flow: the period against the same span one year earlier.</summary>
    /// <param name="period">The period (a year, a month, a quarter, a year-to-date span).</param>
    /// <param name="flow">The flow, recorded or derived (the total and balance from exports and imports).</param>
    /// <returns>The growth; undefined with <see cref="GrowthUndefinedReason.MissingPeriod"/> when either period is not fully covered.</returns>
    /// <exception cref="OverlappingLevelsException">Two observations of one flow cover the same trade.</exception>
    /// <exception cref="MixedCurrenciesException">The currencies differ.</exception>
    public Growth YearOnYear(Period period, TradeFlow flow) => GrowthAgainst(period, period.YearEarlier(), flow);

    /// <summary>Period-on-period growth of a flow: the period against the adjacent earlier span of the same length (Q1 for Q2).</summary>
    /// <param name="period">A month, quarter, half, year or range that is not a cumulative year-to-date span.</param>
    /// <param name="flow">The flow, recorded or derived (the total and balance from exports and imports).</param>
    /// <returns>The growth; undefined with <see cref="GrowthUndefinedReason.MissingPeriod"/> when either period is not fully covered.</returns>
    /// <exception cref="CumulativePeriodException">The period is a cumulative year-to-date span (January-October), whose
    /// preceding span of equal length is meaningless; compare year on year instead.</exception>
    /// <exception cref="OverlappingLevelsException">Two observations of one flow cover the same trade.</exception>
    public Growth PeriodOnPeriod(Period period, TradeFlow flow)
    {
        if (period.IsYearToDate && period.Kind == PeriodKind.Range)
        {
            throw new CumulativePeriodException(
                period,
                period.Previous(),
                string.Create(CultureInfo.InvariantCulture, $"{period} is a cumulative year-to-date span; comparing it with the preceding span of equal length ({period.Previous()}) treats a cumulative figure as a flow of its own months. Compare year on year ({period.YearEarlier()}), or derive single months with MonthlyFromYearToDate."));
        }

        return GrowthAgainst(period, period.Previous(), flow);
    }

    /// <summary>
    /// Derives single months from cumulative year-to-date figures explicitly: October = January-October minus
    /// January-September, January = January itself. Every cell (reporter, partner, flow and breakdowns) must hold an
    /// unbroken chain of year-to-date spans from January.
    /// </summary>
    /// <returns>A series of monthly observations, each with the status of the later cumulative figure.</returns>
    /// <exception cref="ArgumentException">An observation is not a year-to-date span.</exception>
    /// <exception cref="InvalidOperationException">A month's preceding cumulative figure is missing, or a difference is negative for a flow other than the balance (a revision between releases).</exception>
    public TradeSeries MonthlyFromYearToDate()
    {
        var result = new List<TradeObservation>();
        var cells = Observations.GroupBy(o => (o.Reporter, o.Partner, o.Period.StartYear, o.Flow, o.Commodity, o.CustomsRegime, o.EnterpriseType, o.TransportMode, o.SecondPartner));
        foreach (var cell in cells)
        {
            var byLength = new Dictionary<int, TradeObservation>();
            foreach (var o in cell)
            {
                if (!o.Period.IsYearToDate)
                {
                    throw new ArgumentException($"'{o}' is not a year-to-date span (January to a month of the same year); only cumulative figures can be decumulated.");
                }

                if (!byLength.TryAdd(o.Period.LengthInMonths, o))
                {
                    throw new OverlappingLevelsException(byLength[o.Period.LengthInMonths], o, TradeDimension.None, $"Cannot decumulate: '{byLength[o.Period.LengthInMonths]}' and '{o}' are the same cumulative figure twice.");
                }
            }

            foreach (var (length, o) in byLength.OrderBy(p => p.Key))
            {
                var month = Period.Month(o.Period.StartYear, length);
                if (length == 1)
                {
                    result.Add(o with { Period = month });
                    continue;
                }

                if (!byLength.TryGetValue(length - 1, out var before))
                {
                    throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Cannot derive {month} from '{o}': the cumulative figure for {Period.YearToDate(o.Period.StartYear, length - 1)} is missing."));
                }

                var difference = o.Value - before.Value;
                if (difference.IsNegative && o.Flow != TradeFlow.Balance)
                {
                    throw new InvalidOperationException($"Deriving {month} from '{o}' and '{before}' gives a negative {o.Flow} ({difference}): the cumulative figures were probably revised between releases.");
                }

                result.Add(o with { Period = month, Value = difference, Quantity = null });
            }
        }

        return new TradeSeries(result);
    }

    /// <summary>
    /// The share of a part in a whole for a flow and period, each summed with <see cref="ValueFor"/>: the share of
    /// private enterprises (<c>WhereEnterpriseType(EnterpriseType.Private)</c> in <c>WhereEnterpriseType(null)</c>), of a
    /// customs regime, of a partner.
    /// </summary>
    /// <param name="part">The observations of the part, such as one enterprise type's rows.</param>
    /// <param name="whole">The observations of the whole the part belongs to, in the same currency.</param>
    /// <param name="period">The period both values are summed for with <see cref="ValueFor"/>.</param>
    /// <param name="flow">The flow both values are taken for.</param>
    /// <returns>The share; undefined when either value is missing or the whole is zero.</returns>
    /// <exception cref="OverlappingLevelsException">A series double-counts.</exception>
    public static Ratio Share(TradeSeries part, TradeSeries whole, Period period, TradeFlow flow)
    {
        Guard.Against.Null(part);
        Guard.Against.Null(whole);
        return Ratio.Of(part.ValueFor(period, flow), whole.ValueFor(period, flow), "the part in " + period, "the whole in " + period);
    }

    /// <summary>
    /// A partner's share of a reporter's flow (Nepal in Xizang's trade), at the "all" level of every breakdown. The
    /// whole is the reporter's row for the world. For a group partner the group's own rows are used when present,
    /// its members' rows otherwise.
    /// </summary>
    /// <param name="reporter">The reporting territory whose trade is the whole.</param>
    /// <param name="partner">The partner or partner group whose trade is the part.</param>
    /// <param name="period">The period both values are summed for.</param>
    /// <param name="flow">The flow both values are taken for.</param>
    /// <returns>The partner's value over the reporter's value with the world; undefined when either is missing or the whole is zero.</returns>
    /// <exception cref="OverlappingLevelsException">The series double-counts.</exception>
    public Ratio PartnerShare(Territory reporter, Territory partner, Period period, TradeFlow flow)
    {
        Guard.Against.Null(partner);
        var mine = WhereReporter(reporter).AtAllBreakdowns();
        var part = mine.WherePartner(partner);
        if (part.Count == 0 && partner.Kind == TerritoryKind.Group)
        {
            part = mine.WherePartnerIn(partner);
        }

        return Share(part, mine.WherePartner(Territory.World), period, flow);
    }

    /// <summary>
    /// A reporter's share of a larger reporter's trade with a partner (Xizang-Nepal in China-Nepal), at the "all"
    /// level of every breakdown.
    /// </summary>
    /// <param name="reporter">The smaller reporter (a province).</param>
    /// <param name="largerReporter">The larger reporter (its country).</param>
    /// <param name="partner">The partner (the world for total trade).</param>
    /// <param name="period">The period both values are summed for.</param>
    /// <param name="flow">The flow both values are taken for.</param>
    /// <returns>The smaller reporter's value over the larger one's; undefined when either is missing or the larger is zero.</returns>
    /// <exception cref="OverlappingLevelsException">The series double-counts.</exception>
    public Ratio ReporterShare(Territory reporter, Territory largerReporter, Territory partner, Period period, TradeFlow flow)
    {
        var bilateral = AtAllBreakdowns().WherePartner(partner);
        return Share(bilateral.WhereReporter(reporter), bilateral.WhereReporter(largerReporter), period, flow);
    }

    /// <summary>
    /// Converts every observation to a currency at the rate for the observation's own period, exactly (no rounding).
    /// Observations already in the target currency are kept as they are.
    /// </summary>
    /// <param name="target">The currency every observation ends up in.</param>
    /// <param name="rates">Rates from each observation's currency to <paramref name="target"/> for each observation's period.</param>
    /// <param name="kind">The kind of rate; period averages for flows when omitted.</param>
    /// <returns>The converted series, the order (<see cref="ConversionOrder.ConvertOnly"/>) and the rates used.</returns>
    /// <exception cref="ExchangeRateNotFoundException">A rate is missing for an observation's period.</exception>
    public SeriesConversion ConvertTo(Currency target, IExchangeRateProvider rates, ExchangeRateKind kind = ExchangeRateKind.PeriodAverage)
    {
        Guard.Against.Null(target);
        Guard.Against.Null(rates);
        var used = new Dictionary<(string, Period), ExchangeRate>();
        var result = new List<TradeObservation>(Count);
        foreach (var o in Observations)
        {
            if (o.Value.Currency == target)
            {
                result.Add(o);
                continue;
            }

            var key = (o.Value.Currency.Code, o.Period);
            if (!used.TryGetValue(key, out var rate))
            {
                rate = FindRate(rates, o.Value.Currency, target, o.Period, kind);
                used.Add(key, rate);
            }

            result.Add(o with { Value = rate.Convert(o.Value) });
        }

        return new SeriesConversion(new TradeSeries(result), target, ConversionOrder.ConvertOnly, null, [.. used.Values.OrderBy(r => r.Period).ThenBy(r => r.Pair, StringComparer.Ordinal)]);
    }

    /// <summary>
    /// Converts and aggregates to coarser periods, in the order chosen: convert each observation at the rate of its
    /// own (finer) period and then add up, or add up first and convert each aggregate at the rate of the coarser period.
    /// The two differ when the rate moves within the coarser period; the result records which was done.
    /// </summary>
    /// <param name="target">The currency every value ends up in.</param>
    /// <param name="rates">The exchange rates (monthly ones for convert-then-aggregate over months, annual ones for aggregate-then-convert to years).</param>
    /// <param name="aggregateTo">The coarser period kind to add up to, such as <see cref="PeriodKind.Year"/>.</param>
    /// <param name="order">Which comes first.</param>
    /// <param name="kind">The kind of rate; period averages when omitted.</param>
    /// <returns>The converted, aggregated series with its order and rates.</returns>
    /// <exception cref="ExchangeRateNotFoundException">A rate is missing.</exception>
    /// <exception cref="OverlappingLevelsException">The series double-counts.</exception>
    public SeriesConversion ConvertTo(Currency target, IExchangeRateProvider rates, PeriodKind aggregateTo, ConversionOrder order, ExchangeRateKind kind = ExchangeRateKind.PeriodAverage)
    {
        switch (order)
        {
            case ConversionOrder.ConvertThenAggregate:
                var converted = ConvertTo(target, rates, kind);
                return converted with { Series = converted.Series.RollUp(aggregateTo), Order = order, AggregatedTo = aggregateTo };
            case ConversionOrder.AggregateThenConvert:
                var aggregated = RollUp(aggregateTo).ConvertTo(target, rates, kind);
                return aggregated with { Order = order, AggregatedTo = aggregateTo };
            default:
                throw new ArgumentOutOfRangeException(nameof(order), order, "Choose ConvertThenAggregate or AggregateThenConvert.");
        }
    }

    /// <summary>
    /// Year-on-year growth of a flow in the series' currency and in another currency side by side; they differ
    /// because the exchange rate moves between the two periods.
    /// </summary>
    /// <param name="period">The period compared with the same span one year earlier.</param>
    /// <param name="flow">The flow compared, recorded or derived.</param>
    /// <param name="target">The currency to compare in besides the series' own.</param>
    /// <param name="rates">Rates from the series' currency to <paramref name="target"/>.</param>
    /// <param name="order">Convert each observation first (rates for the observations' periods) or aggregate first (rates for the two compared periods).</param>
    /// <returns>Both growths with the levels and rates behind them.</returns>
    /// <exception cref="ExchangeRateNotFoundException">A rate is missing.</exception>
    /// <exception cref="OverlappingLevelsException">The series double-counts.</exception>
    public CurrencyGrowthComparison YearOnYearInCurrencies(Period period, TradeFlow flow, Currency target, IExchangeRateProvider rates, ConversionOrder order = ConversionOrder.ConvertThenAggregate)
    {
        Guard.Against.Null(target);
        Guard.Against.Null(rates);
        var previous = period.YearEarlier();
        var relevant = Where(o => o.Period.IsWithin(period) || o.Period.IsWithin(previous));
        var current = relevant.ValueFor(period, flow);
        var before = relevant.ValueFor(previous, flow);
        Money? currentTarget;
        Money? beforeTarget;
        ImmutableArray<ExchangeRate> used;
        if (order == ConversionOrder.AggregateThenConvert)
        {
            var list = new List<ExchangeRate>();
            Money? Convert(Money? value, Period p)
            {
                if (value is not { } v)
                {
                    return null;
                }

                if (v.Currency == target)
                {
                    return v;
                }

                var rate = FindRate(rates, v.Currency, target, p, ExchangeRateKind.PeriodAverage);
                list.Add(rate);
                return rate.Convert(v);
            }

            beforeTarget = Convert(before, previous);
            currentTarget = Convert(current, period);
            used = [.. list];
        }
        else
        {
            var converted = relevant.ConvertTo(target, rates);
            currentTarget = converted.Series.ValueFor(period, flow);
            beforeTarget = converted.Series.ValueFor(previous, flow);
            used = converted.Rates;
        }

        return new CurrencyGrowthComparison(
            period,
            flow,
            order,
            current,
            before,
            Growth.Between(current, before),
            currentTarget,
            beforeTarget,
            Growth.Between(currentTarget, beforeTarget),
            used);
    }

    private Growth GrowthAgainst(Period period, Period basePeriod, TradeFlow flow)
    {
        var (current, currentGap) = ValueAndGap(period, flow);
        var (before, beforeGap) = ValueAndGap(basePeriod, flow);
        if (current is null || before is null)
        {
            return Growth.Undefined(GrowthUndefinedReason.MissingPeriod, current is null ? currentGap! : beforeGap!);
        }

        return Growth.Between(current.Value, before.Value);
    }

    private (Money? Value, string? Gap) ValueAndGap(Period period, TradeFlow flow)
    {
        var within = Observations.Where(o => o.Period.IsWithin(period)).ToList();
        foreach (var byFlow in within.GroupBy(o => o.Flow))
        {
            LevelGuard.Check(byFlow.ToList());
        }

        var totals = FlowTotals.Of(within);
        if (totals[flow] is not { } value)
        {
            return (null, string.Create(CultureInfo.InvariantCulture, $"no {flow} data for {period}"));
        }

        TradeFlow[] sources = flow switch
        {
            TradeFlow.Total or TradeFlow.Balance when totals.IsDerived => [TradeFlow.Exports, TradeFlow.Imports],
            _ => [flow],
        };
        foreach (var f in sources)
        {
            var months = new HashSet<Period>(within.Where(o => o.Flow == f).SelectMany(o => o.Period.Months()));
            var missing = period.Months().Where(m => !months.Contains(m)).ToList();
            if (missing.Count > 0)
            {
                return (null, string.Create(CultureInfo.InvariantCulture, $"{f} data for {period} lack {missing.Count} month(s), first {missing[0]}"));
            }
        }

        return (value, null);
    }

    // Ask for the rate quoted target/source first (USD/CNY when converting yuan to dollars): a table keeps a rate as
    // given and inverts it on demand, and dividing by the rate as given is more exact than multiplying by 1/rate.
    private static ExchangeRate FindRate(IExchangeRateProvider rates, Currency source, Currency target, Period period, ExchangeRateKind kind) =>
        rates.TryGetRate(target, source, period, kind, out var rate) ? rate : rates.GetRate(source, target, period, kind);

    private void GuardLevels() => LevelCheck.Check(Observations);
}

/// <summary>Which of conversion and aggregation a <see cref="SeriesConversion"/> did first.</summary>
public enum ConversionOrder
{
    /// <summary>Each observation was converted at the rate for its own period; nothing was aggregated.</summary>
    ConvertOnly = 0,

    /// <summary>Each observation was converted at the rate for its own (finest) period, then the results were added up.</summary>
    ConvertThenAggregate = 1,

    /// <summary>Observations were added up to the coarser periods first, then each sum was converted at that period's rate.</summary>
    AggregateThenConvert = 2,
}

/// <summary>A series converted to another currency, with a record of how and with which rates.</summary>
/// <param name="Series">The converted series (exact, not rounded).</param>
/// <param name="Target">The currency converted to.</param>
/// <param name="Order">Whether conversion or aggregation came first.</param>
/// <param name="AggregatedTo">The period kind aggregated to; null when nothing was aggregated.</param>
/// <param name="Rates">The rates used, ordered by period and pair.</param>
public sealed record SeriesConversion(TradeSeries Series, Currency Target, ConversionOrder Order, PeriodKind? AggregatedTo, ImmutableArray<ExchangeRate> Rates);

/// <summary>Year-on-year growth in the source currency and in another currency, side by side.</summary>
/// <param name="Period">The period compared.</param>
/// <param name="Flow">The flow compared, recorded or derived from exports and imports.</param>
/// <param name="Order">Whether observations were converted before or after being added up.</param>
/// <param name="Current">The period's value in the source currency.</param>
/// <param name="Previous">The previous year's value in the source currency.</param>
/// <param name="Growth">(<paramref name="Current"/> - <paramref name="Previous"/>) / <paramref name="Previous"/> in the source currency; undefined when a value is missing.</param>
/// <param name="CurrentConverted">The period's value in the other currency.</param>
/// <param name="PreviousConverted">The previous year's value in the other currency.</param>
/// <param name="GrowthConverted">The same growth computed on the converted values; it differs when the rate moved between the two periods.</param>
/// <param name="Rates">The rates the conversion used, one per currency pair and period converted.</param>
public sealed record CurrencyGrowthComparison(
    Period Period,
    TradeFlow Flow,
    ConversionOrder Order,
    Money? Current,
    Money? Previous,
    Growth Growth,
    Money? CurrentConverted,
    Money? PreviousConverted,
    Growth GrowthConverted,
    ImmutableArray<ExchangeRate> Rates);
