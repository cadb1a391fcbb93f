namespace TradeStats.Columnar;

/// <summary>
/// The result of a columnar aggregation: one exact total per group, with year-on-year growth and shares computed on
/// the totals without going back to the rows.
/// </summary>
/// <remarks>Groups are ordered by reporter, partner, period (chronologically), flow and commodity.</remarks>
public sealed class ColumnarTotals
{
    private readonly GroupLayout _layout;
    private readonly long[] _cells;
    private readonly long[]? _sums;
    private readonly int _scale;
    private readonly decimal[]? _amounts;
    private readonly int[] _counts;
    private GroupTotal[]? _rows;

    internal ColumnarTotals(GroupLayout layout, long[] cells, long[]? sums, int scale, decimal[]? amounts, int[] counts, Currency currency)
    {
        _layout = layout;
        _cells = cells;
        _sums = sums;
        _scale = scale;
        _amounts = amounts;
        _counts = counts;
        Currency = currency;
    }

    /// <summary>The dimensions grouped by.</summary>
    public TradeKeys Keys => _layout.Keys;

    /// <summary>The currency of every total.</summary>
    public Currency Currency { get; }

    /// <summary>The number of groups.</summary>
    public int Count => _cells.Length;

    /// <summary>The groups as plain records.</summary>
    public IReadOnlyList<GroupTotal> Rows => _rows ??= BuildRows();

    /// <summary>One group as a plain record.</summary>
    /// <param name="index">The group, 0 to <see cref="Count"/> - 1.</param>
    /// <returns>The group's record, created anew on each call (<see cref="Rows"/> caches them).</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public GroupTotal this[int index] => _layout.ToGroupTotal(_cells[index], GetValue(index), _counts[index]);

    /// <summary>The total of one group, without creating its record.</summary>
    /// <param name="index">The group, 0 to <see cref="Count"/> - 1.</param>
    /// <returns>The exact total.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public Money GetValue(int index) =>
        new(_amounts is not null ? _amounts[index] : ScaledDecimal.ToDecimal(_sums![index], _scale), Currency);

    /// <summary>
    /// Year-on-year growth of every series: each group against the group that differs only in its period, one year
    /// earlier. Groups whose year-earlier group is absent are left out.
    /// </summary>
    /// <returns>One growth per group that has a base, in group order.</returns>
    /// <exception cref="InvalidOperationException">The totals are not grouped by period.</exception>
    /// <remarks>
    /// Growth is (current - base) / base. It is undefined (null, with the reason) when the base is zero, and for a
    /// balance whose sign changed, where a ratio has no meaning.
    /// </remarks>
    public IReadOnlyList<GroupGrowth> YearOnYear()
    {
        if (!Keys.HasFlag(TradeKeys.Period))
        {
            throw new InvalidOperationException("Year-on-year growth needs totals grouped by period (TradeKeys.Period).");
        }

        var periods = _layout.Periods;
        var index = new Dictionary<Period, int>(periods.Length);
        for (var i = 0; i < periods.Length; i++)
        {
            index[periods[i]] = i;
        }

        var baseOf = new int[periods.Length];
        for (var i = 0; i < periods.Length; i++)
        {
            baseOf[i] = periods[i].StartYear > Period.MinYear && index.TryGetValue(periods[i].YearEarlier(), out var b) ? b : -1;
        }

        // Each group is a current value once and a base once: build its record once.
        var rows = Rows;
        var result = new List<GroupGrowth>(Count);
        for (var i = 0; i < _cells.Length; i++)
        {
            var cell = _cells[i];
            var b = baseOf[_layout.IndexOf(cell, GroupLayout.PeriodDim)];
            if (b < 0)
            {
                continue;
            }

            var j = Array.BinarySearch(_cells, _layout.WithIndex(cell, GroupLayout.PeriodDim, b));
            if (j < 0)
            {
                continue;
            }

            result.Add(Growth(rows[i], rows[j]));
        }

        return result;
    }

    /// <summary>
    /// The share of each group in the total of the groups that differ from it only in <paramref name="across"/>:
    /// across <see cref="TradeKeys.Partner"/>, each partner's share of all partners for the same reporter, period,
    /// flow and commodity.
    /// </summary>
    /// <param name="across">One or more of the grouped dimensions.</param>
    /// <returns>One share per group, in group order.</returns>
    /// <exception cref="ArgumentException"><paramref name="across"/> is empty or names a dimension the totals are not grouped by.</exception>
    public IReadOnlyList<GroupTotalShare> SharesAcross(TradeKeys across)
    {
        if (across == TradeKeys.None || (across & ~Keys) != 0)
        {
            throw new ArgumentException($"Shares are taken across one or more grouped dimensions ({Keys}); got {across}.", nameof(across));
        }

        var wholes = new Dictionary<long, (decimal Amount, int Count)>();
        var wholeCells = new long[_cells.Length];
        for (var i = 0; i < _cells.Length; i++)
        {
            var w = WholeCell(_cells[i], across);
            wholeCells[i] = w;
            ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(wholes, w, out _);
            slot = (slot.Amount + GetValue(i).Amount, slot.Count + _counts[i]);
        }

        var wholeRecords = new Dictionary<long, GroupTotal>(wholes.Count);
        foreach (var (cell, (amount, count)) in wholes)
        {
            wholeRecords[cell] = _layout.ToGroupTotal(cell, new Money(amount, Currency), count, Keys & ~across);
        }

        var result = new GroupTotalShare[_cells.Length];
        for (var i = 0; i < _cells.Length; i++)
        {
            var group = this[i];
            var whole = wholeRecords[wholeCells[i]];
            result[i] = new GroupTotalShare(group, whole, whole.Value.IsZero ? null : group.Value / whole.Value);
        }

        return result;
    }

    private static GroupGrowth Growth(GroupTotal current, GroupTotal baseGroup)
    {
        if (baseGroup.Value.IsZero)
        {
            return new GroupGrowth(current, baseGroup, null, "the base value is zero");
        }

        if (current.Flow == TradeFlow.Balance && current.Value.IsNegative != baseGroup.Value.IsNegative && !current.Value.IsZero)
        {
            return new GroupGrowth(current, baseGroup, null, "the balance changed sign");
        }

        return new GroupGrowth(current, baseGroup, (current.Value - baseGroup.Value) / baseGroup.Value, null);
    }

    private long WholeCell(long cell, TradeKeys across)
    {
        var w = cell;
        for (var d = 0; d <= GroupLayout.CommodityDim; d++)
        {
            if (((int)across & (1 << d)) != 0)
            {
                w -= _layout.IndexOf(cell, d) * _layout.Stride[d];
            }
        }

        return w;
    }

    private GroupTotal[] BuildRows()
    {
        var rows = new GroupTotal[Count];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = this[i];
        }

        return rows;
    }
}
