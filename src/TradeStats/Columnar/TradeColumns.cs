using System.Collections.Immutable;
using System.Globalization;

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
/// Aggregations (<see cref="SumBy(TradeKeys, PeriodKind?, int?, int)"/>) run on the columns and return
/// <see cref="ColumnarTotals"/>, which converts to plain <see cref="GroupTotal"/> records and offers year-on-year
/// growth and shares. Their results equal those of the same computation over <see cref="TradeObservation"/> objects.
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
/// ColumnarTotals byPartnerYear = store.SumBy(TradeKeys.Partner | TradeKeys.Period | TradeKeys.Flow, PeriodKind.Year);
/// IReadOnlyList&lt;GroupGrowth&gt; growth = byPartnerYear.YearOnYear();
/// IReadOnlyList&lt;GroupTotalShare&gt; shares = byPartnerYear.SharesAcross(TradeKeys.Partner);
/// </code>
/// </example>
public sealed class TradeColumns
{
    private readonly RowDetails[] _details;

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

    /// <summary>
    /// Sums the values by the chosen dimensions, summing over the others, with optional roll-ups of months to
    /// quarters, halves or years and of HS codes to a coarser level.
    /// </summary>
    /// <param name="keys">The dimensions to group by.</param>
    /// <param name="periodLevel">Roll periods up to this kind (Quarter, Half, Year); null keeps the stored periods.</param>
    /// <param name="hsLevel">Roll HS codes up to this level (2 or 4); null keeps the stored codes. Rows for all goods stay so.</param>
    /// <param name="degreeOfParallelism">Threads to use; 1 (the default) runs on the calling thread.</param>
    /// <returns>The totals, ordered by reporter, partner, period, flow and commodity.</returns>
    /// <exception cref="CurrencyMismatchException">The store holds several currencies: convert with <see cref="SumBy(TradeKeys, Currency, IExchangeRateProvider, PeriodKind?, int?)"/>.</exception>
    /// <exception cref="InvalidOperationException">A period or commodity cannot be rolled up to the level asked, or rows carry customs-regime, enterprise, transport or second-partner breakdowns (summing them with their totals would double-count).</exception>
    /// <exception cref="OverflowException">A group's sum overflows; the message names the group.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="degreeOfParallelism"/> is less than 1, or <paramref name="hsLevel"/> is not 2, 4 or 6.</exception>
    public ColumnarTotals SumBy(TradeKeys keys, PeriodKind? periodLevel = null, int? hsLevel = null, int degreeOfParallelism = 1)
    {
        Guard.Against.LessThan(degreeOfParallelism, 1);
        if (Currencies.Length > 1)
        {
            throw new CurrencyMismatchException(Currencies[0], Currencies[1], "sum a columnar store holding several currencies (convert with SumBy(keys, target, rates))");
        }

        var layout = GroupLayout.Create(this, keys, periodLevel, hsLevel, byCurrency: false);
        return ColumnarAggregator.Sum(this, layout, degreeOfParallelism).ToTotals(Currencies[0]);
    }

    /// <summary>
    /// Converts to one currency and sums by the chosen dimensions. Each stored period's subtotal in each currency
    /// is converted with the provider's period-average rate for that stored period (a month's rate for a month),
    /// then the converted subtotals are summed: the same as converting every row, without rounding.
    /// </summary>
    /// <param name="keys">The dimensions to group by.</param>
    /// <param name="target">The currency of the result.</param>
    /// <param name="rates">The rates, one per stored period and currency pair.</param>
    /// <param name="periodLevel">Roll periods up to this kind after conversion; null keeps the stored periods.</param>
    /// <param name="hsLevel">Roll HS codes up to this level; null keeps the stored codes.</param>
    /// <returns>The converted totals.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> or <paramref name="rates"/> is null.</exception>
    /// <exception cref="ExchangeRateNotFoundException">A rate is missing for a stored period.</exception>
    /// <exception cref="InvalidOperationException">A roll-up is impossible, or rows carry breakdowns.</exception>
    /// <exception cref="OverflowException">A subtotal overflows.</exception>
    public ColumnarTotals SumBy(TradeKeys keys, Currency target, IExchangeRateProvider rates, PeriodKind? periodLevel = null, int? hsLevel = null)
    {
        Guard.Against.Null(target);
        Guard.Against.Null(rates);
        return ColumnarAggregator.SumConverted(this, keys, target, rates, periodLevel, hsLevel);
    }

    internal Currency CurrencyOf(int index) => CurrencyColumn is null ? Currencies[0] : Currencies[CurrencyColumn[index]];

    internal string DescribeRow(int index) => GetObservation(index).ToString();
}
