using System.Numerics;

namespace TradeStats.Verification.Network;

/// <summary>
/// An immutable set of statement indexes, as a bit set: the statements a bound or a conflict follows from. A union
/// is a few word-wide ORs, so carrying reasons through every narrowing stays cheap with thousands of statements.
/// </summary>
internal readonly struct Reason
{
    private readonly ulong[]? _bits;

    private Reason(ulong[] bits) => _bits = bits;

    public static Reason Empty => default;

    public int Count
    {
        get
        {
            var n = 0;
            foreach (var w in _bits ?? [])
            {
                n += BitOperations.PopCount(w);
            }

            return n;
        }
    }

    /// <summary>The statement indexes in increasing order.</summary>
    public int[] Items
    {
        get
        {
            var items = new List<int>();
            var bits = _bits ?? [];
            for (var i = 0; i < bits.Length; i++)
            {
                var w = bits[i];
                while (w != 0)
                {
                    var b = BitOperations.TrailingZeroCount(w);
                    items.Add((i * 64) + b);
                    w &= w - 1;
                }
            }

            return [.. items];
        }
    }

    public static Reason Of(int statement)
    {
        if (statement < 0)
        {
            return Empty;
        }

        var bits = new ulong[(statement / 64) + 1];
        bits[statement / 64] = 1UL << (statement % 64);
        return new Reason(bits);
    }

    public Reason Union(Reason other)
    {
        var a = _bits;
        var b = other._bits;
        if (b is null || ReferenceEquals(a, b))
        {
            return this;
        }

        if (a is null)
        {
            return other;
        }

        var (longer, shorter) = a.Length >= b.Length ? (a, b) : (b, a);
        var grows = false;
        for (var i = 0; i < shorter.Length && !grows; i++)
        {
            grows = (shorter[i] & ~longer[i]) != 0;
        }

        if (!grows)
        {
            return ReferenceEquals(longer, a) ? this : other;
        }

        var merged = (ulong[])longer.Clone();
        for (var i = 0; i < shorter.Length; i++)
        {
            merged[i] |= shorter[i];
        }

        return new Reason(merged);
    }

    public Reason With(int statement) => statement < 0 ? this : Union(Of(statement));
}
