using System.Collections.Immutable;
using System.Globalization;
using TradeStats.Analysis;
using TradeStats.Sources;

namespace TradeStats.Columnar;

/// <summary>
/// An immutable in-memory columnar store of trade observations for large series: tens of millions of monthly,
/// bilateral, HS-level rows. Dimensions are dictionary-encoded, values are 64-bit integers scaled by one power of
/// ten per store (exact, with checked arithmetic), and no object exists per observation.
/// </summary>
/// <remarks>
/// <para>
/// The common shape (reporter, partner, period, flow, commodity, value in one currency) costs 16 bytes per row:
/// four 16-bit codes (reporter, partner, period and flow packed together, commodity) and a 64-bit value. A
/// second currency adds one byte per row; quantities, customs regimes, enterprise types, transport modes, statuses
/// and sources add a 32-bit code per row only once some row has one. <see cref="BytesPerRow"/> reports the cost.
/// </para>
/// <para>
/// It is the fast path of <see cref="TradeSeries"/>, not a second model: <see cref="GroupBy(GroupingOptions, TradeQuery?, int)"/>
/// takes the same <see cref="GroupingOptions"/> and filters (a <see cref="TradeQuery"/>), runs the same double-count
/// and currency guard, and returns the same <see cref="TradeGrouping"/> with the same exact sums, so growth, shares and
/// concentration run on it unchanged. A differential property test holds the two to that.
/// </para>
/// <para>
/// Limits: at most 65,536 distinct reporters, partners and commodities, 8,192 distinct periods and 256 currencies;
/// values must fit a 64-bit integer at the store's scale (at most 18 digits after the point), or loading throws
/// <see cref="OverflowException"/>.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// TradeColumns store = TradeCsvLoader.Load("china-2015-2024.csv");
/// TradeGrouping byPartnerYear = store.GroupBy(
///     new GroupingOptions(TradeDimension.Partner | TradeDimension.Period) { PeriodRollUp = PeriodKind.Year });
/// ImmutableArray&lt;GroupGrowth&gt; growth = byPartnerYear.YearOnYear(TradeFlow.Exports);
/// ImmutableArray&lt;GroupShare&gt; shares = byPartnerYear.SharesWithin(TradeDimension.Partner, TradeFlow.Exports);
/// </code>
/// </example>
public sealed class TradeColumns
{
    private readonly RowDetails[] _details;
    private volatile bool _levelsChecked;
    private volatile bool _levelsCheckedIgnoringCurrencies;

    internal TradeColumns(
        int count, int scale, int flowMask, bool hasBreakdowns, bool sumsCannotOverflow,
        ushort[] reporter, ushort[] partner, ushort[] periodFlow, ushort[] commodity, long[] value, byte[]? currency, int[]? detail,
        Territory[] reporters, Territory[] partners, Period[] periods, Commodity?[] commodities, Currency[] currencies, RowDetails[] details)
    {
        Count = count;
        Scale = scale;
        FlowMask = flowMask;
        HasBreakdowns = hasBreakdowns;
        SumsCannotOverflow = sumsCannotOverflow;
        ReporterColumn = reporter;
        PartnerColumn = partner;
        PeriodFlowColumn = periodFlow;
        CommodityColumn = commodity;
        ValueColumn = value;
        CurrencyColumn = currency;
        DetailColumn = detail;
        ReporterDictionary = reporters;
        PartnerDictionary = partners;
        PeriodDictionary = periods;
        CommodityDictionary = commodities;
        _details = details;
        Currencies = [.. currencies];
    }

    /// <summary>The number of rows.</summary>
    public int Count { get; }

    /// <summary>The power of ten the stored integers are scaled by: 0 for whole amounts, 2 for cents.</summary>
    public int Scale { get; }

    /// <summary>The currencies of the rows, in order of first appearance.</summary>
    public ImmutableArray<Currency> Currencies { get; }

    /// <summary>The distinct reporters, in order of first appearance.</summary>
    public IReadOnlyList<Territory> Reporters => ReporterDictionary;

    /// <summary>The distinct partners, in order of first appearance.</summary>
    public IReadOnlyList<Territory> Partners => PartnerDictionary;

    /// <summary>The distinct periods, in order of first appearance.</summary>
    public IReadOnlyList<Period> Periods => PeriodDictionary;

    /// <summary>Bytes held by the per-row columns (their allocated lengths), excluding the small dictionaries.</summary>
    public long ColumnBytes =>
        ((long)ReporterColumn.Length * 2) + ((long)PartnerColumn.Length * 2) + ((long)PeriodFlowColumn.Length * 2) +
        ((long)CommodityColumn.Length * 2) + ((long)ValueColumn.Length * 8) +
        (CurrencyColumn?.Length ?? 0) + ((long)(DetailColumn?.Length ?? 0) * 4);

    /// <summary>Resident bytes per row of the per-row columns: 16 for the common shape.</summary>
    public double BytesPerRow => Count == 0 ? 0 : (double)ColumnBytes / Count;

    internal int FlowMask { get; }

    internal bool HasBreakdowns { get; }

    /// <summary>Whether rows x the largest magnitude fits a long, so that no sum of any rows can overflow.</summary>
    internal bool SumsCannotOverflow { get; }

    internal ushort[] ReporterColumn { get; }

    internal ushort[] PartnerColumn { get; }

    internal ushort[] PeriodFlowColumn { get; }

    internal ushort[] CommodityColumn { get; }

    internal long[] ValueColumn { get; }

    internal byte[]? CurrencyColumn { get; }

    internal int[]? DetailColumn { get; }

    internal Territory[] ReporterDictionary { get; }

    internal Territory[] PartnerDictionary { get; }

    internal Period[] PeriodDictionary { get; }

    internal Commodity?[] CommodityDictionary { get; }

    /// <summary>The distinct optional parts of rows (breakdowns, status, quantities, source); entry 0 is none.</summary>
    internal RowDetails[] DetailDictionary => _details;

    /// <summary>Builds a store from observations.</summary>
    /// <param name="observations">The observations, at least one.</param>
    /// <returns>A new store holding one row per observation, in input order, at the smallest scale that holds every value exactly.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">There is no observation.</exception>
    /// <exception cref="OverflowException">A value has more than 18 digits after the point or does not fit a 64-bit integer at the store's scale.</exception>
    public static TradeColumns FromObservations(IEnumerable<TradeObservation> observations)
    {
        Guard.Against.Null(observations);
        var builder = new TradeColumnsBuilder();
        var index = 0;
        foreach (var o in observations)
        {
            Guard.Against.Null(o, nameof(observations));
            if (!ScaledDecimal.TrySplit(o.Value.Amount, out var mantissa, out var scale))
            {
                throw new OverflowException(string.Create(CultureInfo.InvariantCulture, $"Observation {index} ({o}): the value does not fit a 64-bit integer with at most {ScaledDecimal.MaxScale} digits after the point."));
            }

            try
            {
                builder.Add(
                    builder.ReporterCode(o.Reporter), builder.PartnerCode(o.Partner), builder.PeriodCode(o.Period), o.Flow,
                    builder.CommodityCode(o.Commodity), mantissa, scale, builder.CurrencyCode(o.Value.Currency), builder.DetailCode(RowDetails.Of(o)));
            }
            catch (OverflowException e)
            {
                throw new OverflowException(string.Create(CultureInfo.InvariantCulture, $"Observation {index} ({o}): {e.Message}"), e);
            }

            index++;
        }

        Guard.Against.TooFewElements(index, 1, "A columnar store needs at least one observation.", nameof(observations));

        return builder.Build();
    }

    /// <summary>Recreates one row as an observation.</summary>
    /// <param name="index">The row, 0 to <see cref="Count"/> - 1.</param>
    /// <returns>The observation, equal to the one stored.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public TradeObservation GetObservation(int index)
    {
        Guard.Against.NotInRange(index, 0, Count - 1);
        var pf = PeriodFlowColumn[index];
        var details = DetailColumn is null ? RowDetails.None : _details[DetailColumn[index]];
        return new TradeObservation(
            ReporterDictionary[ReporterColumn[index]],
            PartnerDictionary[PartnerColumn[index]],
            PeriodDictionary[pf >> 3],
            (TradeFlow)(pf & 7),
            new Money(ScaledDecimal.ToDecimal(ValueColumn[index], Scale), CurrencyOf(index)))
        {
            Commodity = CommodityDictionary[CommodityColumn[index]],
            Quantity = details.Quantity,
            NetWeight = details.NetWeight,
            GrossWeight = details.GrossWeight,
            AlternativeQuantity = details.AlternativeQuantity,
            CustomsRegime = details.CustomsRegime,
            EnterpriseType = details.EnterpriseType,
            TransportMode = details.TransportMode,
            SecondPartner = details.SecondPartner,
            Status = details.Status,
            Source = details.Source,
        };
    }

    /// <summary>Every row as an observation, in order. This creates one object per row: use it for small stores or spot checks.</summary>
    /// <returns>A lazy sequence that creates each row's observation as it is enumerated, in row order.</returns>
    public IEnumerable<TradeObservation> ToObservations()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return GetObservation(i);
        }
    }

    /// <summary>Groups every row by dimensions, without roll-ups: the same as <see cref="TradeSeries.GroupBy(TradeDimension)"/> on <see cref="ToObservations"/>.</summary>
    /// <param name="dimensions">The dimensions, combined with <c>|</c>.</param>
    /// <returns>The groups, in key order, and the grand total.</returns>
    /// <exception cref="OverlappingLevelsException">Two rows of one flow cover the same trade.</exception>
    /// <exception cref="CumulativePeriodException">Two year-to-date rows of one flow share months.</exception>
    /// <exception cref="MixedCurrenciesException">Two rows of one flow are in different currencies.</exception>
    public TradeGrouping GroupBy(TradeDimension dimensions) => GroupBy(new GroupingOptions(dimensions));

    /// <summary>
    /// Groups the rows a query selects, with roll-ups: the fast path of <see cref="TradeSeries.GroupBy(GroupingOptions)"/>,
    /// with the same groups, the same exact sums, the same order and the same exceptions. Each flow is summed on its
    /// own (total and balance are derived from exports and imports, never added to them), and the double-count guard
    /// runs first on the selected rows.
    /// </summary>
    /// <param name="options">The dimensions to group by and their roll-ups (period kind, HS level, partner groups).</param>
    /// <param name="filter">The rows to aggregate, as a source would be asked for them; null for every row. The query is evaluated once per dictionary entry, not per row.</param>
    /// <param name="degreeOfParallelism">Threads for the row loop; 1 (the default) runs on the calling thread.</param>
    /// <returns>The groups, in key order, and the grand total of the selected rows; growth, shares and concentration run on it.</returns>
    /// <remarks>
    /// The guard looks at the dictionaries first: when no dimension holds two levels among the selected rows (World
    /// with countries, a year with its months, HS 87 with 8703, "all" with a specific breakdown), only the same cell
    /// twice can double count, and one sort of the selected rows' packed keys finds it (run once and kept for the
    /// unfiltered store). When some dimension does hold two levels, the rows are checked as <see cref="TradeSeries"/>
    /// checks them, which costs about as much as creating them as observations: filter to one level first.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="degreeOfParallelism"/> is less than 1.</exception>
    /// <exception cref="OverlappingLevelsException">Two selected rows of one flow cover the same trade.</exception>
    /// <exception cref="CumulativePeriodException">Two year-to-date rows of one flow share months.</exception>
    /// <exception cref="MixedClassificationsException">Codes of two classifications cover the same cells.</exception>
    /// <exception cref="MixedCurrenciesException">Two selected rows of one flow are in different currencies.</exception>
    /// <exception cref="InvalidOperationException">A period is longer than the period roll-up, or a code of another classification meets an HS roll-up.</exception>
    /// <exception cref="ArgumentException">A partner belongs to two of the partner groups.</exception>
    /// <exception cref="OverflowException">A group's sum overflows; the message names the group.</exception>
    public TradeGrouping GroupBy(GroupingOptions options, TradeQuery? filter = null, int degreeOfParallelism = 1)
    {
        Guard.Against.Null(options);
        Guard.Against.LessThan(degreeOfParallelism, 1);
        var selection = Selection.Of(this, filter);
        GuardLevels(selection);
        var (layout, accumulation) = Accumulate(options, selection, byStoredPeriod: false, degreeOfParallelism);
        return GroupingEngine.Build(options, Cells(layout, accumulation, (cell, amount) => new Money(amount, CurrencyOfCell(layout, cell))));
    }

    /// <summary>
    /// Converts the selected rows to one currency and groups them. Each cell's subtotal for a stored period is
    /// converted at the provider's period-average rate for that period (a month's rate for a month), then the
    /// converted subtotals are grouped and rolled up: the same as grouping the series converted by stored period and
    /// cell. <see cref="ExchangeRate.Convert(Money)"/> carries each converted subtotal to
    /// <see cref="ExchangeRate.ConvertedDecimals"/> places.
    /// </summary>
    /// <param name="options">The dimensions to group by and their roll-ups.</param>
    /// <param name="target">The currency of the result.</param>
    /// <param name="rates">The rates, one per stored period and currency pair.</param>
    /// <param name="filter">The rows to aggregate; null for every row.</param>
    /// <returns>The converted groups and grand total.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/>, <paramref name="target"/> or <paramref name="rates"/> is null.</exception>
    /// <exception cref="ExchangeRateNotFoundException">A rate is missing for a stored period.</exception>
    /// <exception cref="OverlappingLevelsException">Two selected rows of one flow cover the same trade.</exception>
    /// <exception cref="InvalidOperationException">A roll-up is impossible.</exception>
    /// <exception cref="OverflowException">A subtotal overflows.</exception>
    public TradeGrouping GroupBy(GroupingOptions options, Currency target, IExchangeRateProvider rates, TradeQuery? filter = null)
    {
        Guard.Against.Null(options);
        Guard.Against.Null(target);
        Guard.Against.Null(rates);
        var selection = Selection.Of(this, filter);
        GuardLevels(selection, currencies: false);
        var (layout, accumulation) = Accumulate(options, selection, byStoredPeriod: true, 1);
        var cache = new Dictionary<(Currency, Period), ExchangeRate>();
        return GroupingEngine.Build(options, Cells(layout, accumulation, (cell, amount) =>
        {
            var money = new Money(amount, CurrencyOfCell(layout, cell));
            if (money.Currency == target)
            {
                return money;
            }

            var period = layout.Periods[layout.IndexOf(cell, GroupLayout.PeriodDim)];
            if (!cache.TryGetValue((money.Currency, period), out var rate))
            {
                rate = rates.GetRate(money.Currency, target, period, ExchangeRateKind.PeriodAverage);
                cache[(money.Currency, period)] = rate;
            }

            return rate.Convert(money);
        }));
    }

    /// <summary>
    /// Runs the double-count and currency guard that every grouping runs first, on the rows a query selects. The
    /// outcome for the unfiltered store is kept, so the check runs once per store.
    /// </summary>
    /// <param name="filter">The rows to check; null for every row.</param>
    /// <exception cref="OverlappingLevelsException">Two selected rows of one flow cover the same trade.</exception>
    /// <exception cref="CumulativePeriodException">Two year-to-date rows of one flow share months.</exception>
    /// <exception cref="MixedClassificationsException">Codes of two classifications cover the same cells.</exception>
    /// <exception cref="MixedCurrenciesException">Two selected rows of one flow are in different currencies.</exception>
    public void CheckLevels(TradeQuery? filter = null) => GuardLevels(Selection.Of(this, filter));

    private void GuardLevels(Selection selection, bool currencies = true)
    {
        if (selection.IsAll && (_levelsChecked || (!currencies && _levelsCheckedIgnoringCurrencies)))
        {
            return;
        }

        ColumnarLevelGuard.Check(this, selection, currencies);
        if (selection.IsAll)
        {
            _levelsCheckedIgnoringCurrencies = true;
            _levelsChecked |= currencies;
        }
    }

    private (GroupLayout Layout, Accumulation Sums) Accumulate(GroupingOptions options, Selection selection, bool byStoredPeriod, int degreeOfParallelism)
    {
        var d = options.Dimensions;
        var partnerGroups = options.PartnerGroups is { Count: > 0 };
        CheckRollUps(options, selection);
        var dims = ColumnDims.Flow;
        dims |= d.HasFlag(TradeDimension.Reporter) ? ColumnDims.Reporter : ColumnDims.None;
        dims |= d.HasFlag(TradeDimension.Partner) ? ColumnDims.Partner : ColumnDims.None;
        dims |= d.HasFlag(TradeDimension.Period) || byStoredPeriod || (partnerGroups && d.HasFlag(TradeDimension.Partner)) ? ColumnDims.Period : ColumnDims.None;
        dims |= d.HasFlag(TradeDimension.Commodity) ? ColumnDims.Commodity : ColumnDims.None;
        const TradeDimension breakdowns = TradeDimension.CustomsRegime | TradeDimension.EnterpriseType | TradeDimension.TransportMode | TradeDimension.Status | TradeDimension.SecondPartner;
        dims |= (d & breakdowns) != 0 ? ColumnDims.Detail : ColumnDims.None;
        dims |= Currencies.Length > 1 ? ColumnDims.Currency : ColumnDims.None;

        // Roll periods up in the columns unless the stored period is still needed (partner groups change members
        // month by month; conversion uses the stored period's rate): then the shared grouping code rolls them up.
        var periodLevel = byStoredPeriod || partnerGroups ? null : options.PeriodRollUp;
        RowDetails Project(RowDetails r) => new(
            null,
            d.HasFlag(TradeDimension.CustomsRegime) ? r.CustomsRegime : null,
            d.HasFlag(TradeDimension.EnterpriseType) ? r.EnterpriseType : null,
            d.HasFlag(TradeDimension.TransportMode) ? r.TransportMode : null,
            d.HasFlag(TradeDimension.Status) ? r.Status : default,
            null,
            SecondPartner: d.HasFlag(TradeDimension.SecondPartner) ? r.SecondPartner : null);
        var layout = GroupLayout.Create(this, selection, dims, periodLevel, options, Project);
        return selection.IsEmpty
            ? (layout, new Accumulation(layout, [], [], [], Scale))
            : (layout, ColumnarAggregator.Sum(this, layout, degreeOfParallelism));
    }

    /// <summary>
    /// Refuses impossible roll-ups before summing, with the grouping code's own message naming a real row. Each
    /// dictionary entry (and each partner and period, for partner groups) is tried once on a stand-in observation;
    /// only when that fails are the rows searched for the first selected one holding it, which then throws.
    /// </summary>
    private void CheckRollUps(GroupingOptions options, Selection selection)
    {
        var d = options.Dimensions;
        var probe = new TradeObservation(ReporterDictionary[0], Territory.World, Period.Month(2000, 1), TradeFlow.Exports, Money.Zero(Currencies[0]));
        if (d.HasFlag(TradeDimension.Period) && options.PeriodRollUp is not null)
        {
            for (var p = 0; p < PeriodDictionary.Length; p++)
            {
                if (selection.Period[p] && Fails(probe with { Period = PeriodDictionary[p] }, options))
                {
                    ThrowForFirstRow(options, selection, i => PeriodFlowColumn[i] >> 3 == p);
                }
            }
        }

        if (d.HasFlag(TradeDimension.Commodity) && (options.HsLevel is not null || options.ProductGroups is not null))
        {
            for (var c = 0; c < CommodityDictionary.Length; c++)
            {
                if (selection.Commodity[c] && Fails(probe with { Commodity = CommodityDictionary[c] }, options))
                {
                    ThrowForFirstRow(options, selection, i => CommodityColumn[i] == c);
                }
            }
        }

        if (d.HasFlag(TradeDimension.Partner) && options.PartnerGroups is { Count: > 0 })
        {
            // Partner groups change members month by month: try every selected partner in every selected period.
            var monthly = options with { PeriodRollUp = null };
            for (var q = 0; q < PartnerDictionary.Length; q++)
            {
                for (var p = 0; p < PeriodDictionary.Length; p++)
                {
                    if (selection.Partner[q] && selection.Period[p] && Fails(probe with { Partner = PartnerDictionary[q], Period = PeriodDictionary[p] }, monthly))
                    {
                        ThrowForFirstRow(options, selection, i => PartnerColumn[i] == q && PeriodFlowColumn[i] >> 3 == p);
                    }
                }
            }
        }
    }

    private static bool Fails(TradeObservation probe, GroupingOptions options)
    {
        try
        {
            _ = GroupKey.For(probe, options);
            return false;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            return true;
        }
    }

    private void ThrowForFirstRow(GroupingOptions options, Selection selection, Func<int, bool> holds)
    {
        for (var i = 0; i < Count; i++)
        {
            if (holds(i) && selection.IsSelected(this, i))
            {
                _ = GroupKey.For(GetObservation(i), options); // throws, naming the row
            }
        }
    }

    private static IEnumerable<(TradeObservation Cell, int Rows)> Cells(GroupLayout layout, Accumulation sums, Func<long, decimal, Money> value)
    {
        var dims = layout.Dims;
        for (var g = 0; g < sums.Cells.Length; g++)
        {
            var cell = sums.Cells[g];
            var details = dims.HasFlag(ColumnDims.Detail) ? layout.Details[layout.IndexOf(cell, GroupLayout.DetailDim)] : RowDetails.None;
            var key = new GroupKey(
                TradeDimension.None,
                dims.HasFlag(ColumnDims.Reporter) ? layout.Reporters[layout.IndexOf(cell, GroupLayout.ReporterDim)] : null,
                dims.HasFlag(ColumnDims.Partner) ? layout.Partners[layout.IndexOf(cell, GroupLayout.PartnerDim)] : null,
                dims.HasFlag(ColumnDims.Period) ? layout.Periods[layout.IndexOf(cell, GroupLayout.PeriodDim)] : null,
                dims.HasFlag(ColumnDims.Commodity) ? layout.Commodities[layout.IndexOf(cell, GroupLayout.CommodityDim)] : null,
                details.CustomsRegime,
                details.EnterpriseType,
                details.TransportMode,
                details.Status,
                details.SecondPartner);
            var observation = GroupingEngine.StandIn(key, (TradeFlow)layout.IndexOf(cell, GroupLayout.FlowDim), value(cell, ScaledDecimal.ToDecimal(sums.Sums[g], sums.Scale)));
            yield return (observation, sums.Counts[g]);
        }
    }

    private Currency CurrencyOfCell(GroupLayout layout, long cell) =>
        layout.Dims.HasFlag(ColumnDims.Currency) ? Currencies[layout.IndexOf(cell, GroupLayout.CurrencyDim)] : Currencies[0];

    internal Currency CurrencyOf(int index) => CurrencyColumn is null ? Currencies[0] : Currencies[CurrencyColumn[index]];

    internal string DescribeRow(int index) => GetObservation(index).ToString();
}
