using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace TradeStats.Columnar;

/// <summary>The row loops behind <see cref="TradeColumns.GroupBy(Analysis.GroupingOptions, Sources.TradeQuery?, int)"/>: partial sums per cell of the columns.</summary>
/// <remarks>
/// When the product of the group dimensions' cardinalities is small enough (partner x year x flow = 250 x 10 x 2),
/// sums go straight into a dense array indexed by the cell, with no hashing; otherwise into a hash map of cells.
/// The loops are generic over which columns take part, so the JIT compiles one tight loop per combination and
/// columns not grouped by are never read.
/// </remarks>
internal static class ColumnarAggregator
{
    private interface IFlag
    {
        static abstract bool IsOn { get; }
    }

    public static Accumulation Sum(TradeColumns store, GroupLayout layout, int degreeOfParallelism)
    {
        var count = store.Count;
        var denseLimit = Math.Max(1L << 16, Math.Min(1L << 24, (long)count * 2));
        if (layout.Cells > denseLimit)
        {
            return SumSparse(store, layout);
        }

        var cells = (int)layout.Cells;
        var parts = Math.Min(degreeOfParallelism, Math.Max(1, count / 100_000));
        // Sums and row counts interleave (sum of cell k at 2k, its count at 2k + 1): one cache line per update.
        long[] acc;
        if (parts <= 1)
        {
            acc = new long[cells * 2];
            Dense(store, layout, 0, count, acc);
        }
        else
        {
            var partAcc = new long[parts][];
            Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, part =>
            {
                var start = (int)((long)count * part / parts);
                var end = (int)((long)count * (part + 1) / parts);
                partAcc[part] = new long[cells * 2];
                Dense(store, layout, start, end, partAcc[part]);
            });
            acc = partAcc[0];
            for (var part = 1; part < parts; part++)
            {
                var other = partAcc[part];
                for (var k = 0; k < cells; k++)
                {
                    var a = acc[2 * k];
                    var b = other[2 * k];
                    var t = a + b;
                    if (((a ^ t) & (b ^ t)) < 0)
                    {
                        throw GroupOverflow(layout, k, null);
                    }

                    acc[2 * k] = t;
                    acc[(2 * k) + 1] += other[(2 * k) + 1];
                }
            }
        }

        var groups = 0;
        for (var k = 0; k < cells; k++)
        {
            groups += acc[(2 * k) + 1] == 0 ? 0 : 1;
        }

        var outCells = new long[groups];
        var outSums = new long[groups];
        var outCounts = new int[groups];
        var g = 0;
        for (var k = 0; k < cells; k++)
        {
            if (acc[(2 * k) + 1] != 0)
            {
                outCells[g] = k;
                outSums[g] = acc[2 * k];
                outCounts[g] = (int)acc[(2 * k) + 1];
                g++;
            }
        }

        return new Accumulation(layout, outCells, outSums, outCounts, store.Scale);
    }

    private static Accumulation SumSparse(TradeColumns store, GroupLayout layout)
    {
        var slots = new Dictionary<long, int>();
        var sums = new List<long>();
        var counts = new List<int>();
        var values = store.ValueColumn;
        for (var i = 0; i < store.Count; i++)
        {
            var k = CellOf(store, layout, i);
            if (k < 0)
            {
                continue; // filtered out
            }

            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(slots, k, out var exists);
            if (!exists)
            {
                slot = sums.Count;
                sums.Add(0);
                counts.Add(0);
            }

            var a = sums[slot];
            var v = values[i];
            var t = a + v;
            if (((a ^ t) & (v ^ t)) < 0)
            {
                throw GroupOverflow(layout, k, store.DescribeRow(i));
            }

            sums[slot] = t;
            counts[slot]++;
        }

        var cells = slots.Keys.Order().ToArray();
        var outSums = new long[cells.Length];
        var outCounts = new int[cells.Length];
        for (var i = 0; i < cells.Length; i++)
        {
            var s = slots[cells[i]];
            outSums[i] = sums[s];
            outCounts[i] = counts[s];
        }

        return new Accumulation(layout, cells, outSums, outCounts, store.Scale);
    }

    private static long CellOf(TradeColumns store, GroupLayout layout, int i)
    {
        long k = 0;
        if (layout.ReporterLut is { } r)
        {
            k += r[store.ReporterColumn[i]];
        }

        if (layout.PartnerLut is { } p)
        {
            k += p[store.PartnerColumn[i]];
        }

        if (layout.PeriodFlowLut is { } pf)
        {
            k += pf[store.PeriodFlowColumn[i]];
        }

        if (layout.CommodityLut is { } c)
        {
            k += c[store.CommodityColumn[i]];
        }

        if (layout.DetailLut is { } d && store.DetailColumn is not null)
        {
            k += d[store.DetailColumn[i]];
        }

        if (layout.CurrencyLut is { } cu)
        {
            k += cu[store.CurrencyColumn is null ? 0 : store.CurrencyColumn[i]];
        }

        return k;
    }

    // One generic flag per column that may take part, so that the JIT compiles one tight loop per combination and
    // columns that take no part are never read.
    private static void Dense(TradeColumns s, GroupLayout l, int start, int end, long[] acc)
    {
        if (l.ReporterLut is null)
        {
            Dense1<No>(s, l, start, end, acc);
        }
        else
        {
            Dense1<Yes>(s, l, start, end, acc);
        }
    }

    private static void Dense1<TR>(TradeColumns s, GroupLayout l, int start, int end, long[] acc)
        where TR : struct, IFlag
    {
        if (l.PartnerLut is null)
        {
            Dense2<TR, No>(s, l, start, end, acc);
        }
        else
        {
            Dense2<TR, Yes>(s, l, start, end, acc);
        }
    }

    private static void Dense2<TR, TP>(TradeColumns s, GroupLayout l, int start, int end, long[] acc)
        where TR : struct, IFlag
        where TP : struct, IFlag
    {
        if (l.PeriodFlowLut is null)
        {
            Dense3<TR, TP, No>(s, l, start, end, acc);
        }
        else
        {
            Dense3<TR, TP, Yes>(s, l, start, end, acc);
        }
    }

    private static void Dense3<TR, TP, TT>(TradeColumns s, GroupLayout l, int start, int end, long[] acc)
        where TR : struct, IFlag
        where TP : struct, IFlag
        where TT : struct, IFlag
    {
        if (l.CommodityLut is null)
        {
            Dense4<TR, TP, TT, No>(s, l, start, end, acc);
        }
        else
        {
            Dense4<TR, TP, TT, Yes>(s, l, start, end, acc);
        }
    }

    private static void Dense4<TR, TP, TT, TC>(TradeColumns s, GroupLayout l, int start, int end, long[] acc)
        where TR : struct, IFlag
        where TP : struct, IFlag
        where TT : struct, IFlag
        where TC : struct, IFlag
    {
        if (l.DetailLut is null || s.DetailColumn is null)
        {
            Dense5<TR, TP, TT, TC, No>(s, l, start, end, acc);
        }
        else
        {
            Dense5<TR, TP, TT, TC, Yes>(s, l, start, end, acc);
        }
    }

    private static void Dense5<TR, TP, TT, TC, TD>(TradeColumns s, GroupLayout l, int start, int end, long[] acc)
        where TR : struct, IFlag
        where TP : struct, IFlag
        where TT : struct, IFlag
        where TC : struct, IFlag
        where TD : struct, IFlag
    {
        if (l.CurrencyLut is null || s.CurrencyColumn is null)
        {
            Dense6<TR, TP, TT, TC, TD, No>(s, l, start, end, acc);
        }
        else
        {
            Dense6<TR, TP, TT, TC, TD, Yes>(s, l, start, end, acc);
        }
    }

    private static void Dense6<TR, TP, TT, TC, TD, TK>(TradeColumns s, GroupLayout l, int start, int end, long[] acc)
        where TR : struct, IFlag
        where TP : struct, IFlag
        where TT : struct, IFlag
        where TC : struct, IFlag
        where TD : struct, IFlag
        where TK : struct, IFlag
    {
        if (!l.Filters)
        {
            Dense7<TR, TP, TT, TC, TD, TK, No>(s, l, start, end, acc);
        }
        else
        {
            Dense7<TR, TP, TT, TC, TD, TK, Yes>(s, l, start, end, acc);
        }
    }

    private static void Dense7<TR, TP, TT, TC, TD, TK, TF>(TradeColumns s, GroupLayout l, int start, int end, long[] acc)
        where TR : struct, IFlag
        where TP : struct, IFlag
        where TT : struct, IFlag
        where TC : struct, IFlag
        where TD : struct, IFlag
        where TK : struct, IFlag
        where TF : struct, IFlag
    {
        // When no group sum can overflow (rows x largest magnitude fits a long), the per-row check is provably
        // redundant and is left out; otherwise every addition is checked.
        if (s.SumsCannotOverflow)
        {
            DenseLoop<TR, TP, TT, TC, TD, TK, TF, No>(s, l, start, end, acc);
        }
        else
        {
            DenseLoop<TR, TP, TT, TC, TD, TK, TF, Yes>(s, l, start, end, acc);
        }
    }

    // Compiled fully optimised at once: a loop that runs once per query would otherwise stay in tier-0/OSR code for
    // the first calls, which are the ones a user (and a benchmark with few repeats) sees.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void DenseLoop<TR, TP, TT, TC, TD, TK, TF, TO>(TradeColumns s, GroupLayout l, int start, int end, long[] acc)
        where TR : struct, IFlag
        where TP : struct, IFlag
        where TT : struct, IFlag
        where TC : struct, IFlag
        where TD : struct, IFlag
        where TK : struct, IFlag
        where TF : struct, IFlag
        where TO : struct, IFlag
    {
        var length = end - start;
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, s.Count);

        // Every index below is in range by construction: rows are below Count, which no column is shorter than;
        // look-ups are indexed by dictionary codes, which are below the dictionaries' lengths; cells are below
        // twice the cell count (a filtered-out row's cell is negative and skipped). Unchecked references drop the
        // bounds checks from the loop that runs ten million times.
        ref var value = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(s.ValueColumn), start);
        ref var reporter = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(s.ReporterColumn), start);
        ref var partner = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(s.PartnerColumn), start);
        ref var periodFlow = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(s.PeriodFlowColumn), start);
        ref var commodity = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(s.CommodityColumn), start);
        ref var detail = ref TD.IsOn ? ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(s.DetailColumn!), start) : ref Unsafe.NullRef<int>();
        ref var currency = ref TK.IsOn ? ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(s.CurrencyColumn!), start) : ref Unsafe.NullRef<byte>();
        ref var reporterLut = ref TR.IsOn ? ref MemoryMarshal.GetArrayDataReference(l.ReporterLut!) : ref Unsafe.NullRef<long>();
        ref var partnerLut = ref TP.IsOn ? ref MemoryMarshal.GetArrayDataReference(l.PartnerLut!) : ref Unsafe.NullRef<long>();
        ref var periodFlowLut = ref TT.IsOn ? ref MemoryMarshal.GetArrayDataReference(l.PeriodFlowLut!) : ref Unsafe.NullRef<long>();
        ref var commodityLut = ref TC.IsOn ? ref MemoryMarshal.GetArrayDataReference(l.CommodityLut!) : ref Unsafe.NullRef<long>();
        ref var detailLut = ref TD.IsOn ? ref MemoryMarshal.GetArrayDataReference(l.DetailLut!) : ref Unsafe.NullRef<long>();
        ref var currencyLut = ref TK.IsOn ? ref MemoryMarshal.GetArrayDataReference(l.CurrencyLut!) : ref Unsafe.NullRef<long>();
        ref var acc0 = ref MemoryMarshal.GetArrayDataReference(acc);
        for (var i = 0; i < length; i++)
        {
            nint k = 0;
            if (TR.IsOn)
            {
                k += (nint)Unsafe.Add(ref reporterLut, Unsafe.Add(ref reporter, i));
            }

            if (TP.IsOn)
            {
                k += (nint)Unsafe.Add(ref partnerLut, Unsafe.Add(ref partner, i));
            }

            if (TT.IsOn)
            {
                k += (nint)Unsafe.Add(ref periodFlowLut, Unsafe.Add(ref periodFlow, i));
            }

            if (TC.IsOn)
            {
                k += (nint)Unsafe.Add(ref commodityLut, Unsafe.Add(ref commodity, i));
            }

            if (TD.IsOn)
            {
                k += (nint)Unsafe.Add(ref detailLut, Unsafe.Add(ref detail, i));
            }

            if (TK.IsOn)
            {
                k += (nint)Unsafe.Add(ref currencyLut, Unsafe.Add(ref currency, i));
            }

            if (TF.IsOn && k < 0)
            {
                continue; // filtered out
            }

            ref var sum = ref Unsafe.Add(ref acc0, k * 2);
            var v = Unsafe.Add(ref value, i);
            var t = sum + v;
            if (TO.IsOn && ((sum ^ t) & (v ^ t)) < 0)
            {
                // Same sign in, other sign out: the checked addition overflowed.
                throw GroupOverflow(l, k, s.DescribeRow(start + i));
            }

            sum = t;
            Unsafe.Add(ref sum, 1)++;
        }
    }

    private static OverflowException GroupOverflow(GroupLayout layout, long cell, string? row) =>
        new(string.Create(CultureInfo.InvariantCulture, $"The sum of the group {layout.Describe(cell)} overflows the store's 64-bit scaled integers{(row is null ? string.Empty : " at row " + row)}."));

    private readonly struct Yes : IFlag
    {
        public static bool IsOn => true;
    }

    private readonly struct No : IFlag
    {
        public static bool IsOn => false;
    }
}

/// <summary>Raw group sums: cells in ascending order, their scaled sums and row counts.</summary>
internal sealed class Accumulation(GroupLayout layout, long[] cells, long[] sums, int[] counts, int scale)
{
    public GroupLayout Layout => layout;

    public long[] Cells => cells;

    public long[] Sums => sums;

    public int[] Counts => counts;

    public int Scale => scale;
}
