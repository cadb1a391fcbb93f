namespace TradeStats.Verification.Network;

/// <summary>An immutable, sorted set of statement indexes: the statements a bound or a conflict follows from.</summary>
internal readonly struct Reason
{
    private readonly int[]? _items;

    private Reason(int[] items) => _items = items;

    public static Reason Empty => default;

    public ReadOnlySpan<int> Items => _items ?? [];

    public int Count => _items?.Length ?? 0;

    public static Reason Of(int statement) => statement < 0 ? Empty : new Reason([statement]);

    public static Reason FromSorted(IEnumerable<int> items) => new([.. items.Distinct().Order()]);

    public Reason Union(Reason other)
    {
        if (other.Count == 0)
        {
            return this;
        }

        if (Count == 0)
        {
            return other;
        }

        var a = Items;
        var b = other.Items;
        var merged = new int[a.Length + b.Length];
        int i = 0, j = 0, n = 0;
        while (i < a.Length || j < b.Length)
        {
            int next;
            if (j >= b.Length || (i < a.Length && a[i] < b[j]))
            {
                next = a[i++];
            }
            else if (i >= a.Length || b[j] < a[i])
            {
                next = b[j++];
            }
            else
            {
                next = a[i++];
                j++;
            }

            merged[n++] = next;
        }

        if (n == a.Length)
        {
            return this;
        }

        Array.Resize(ref merged, n);
        return new Reason(merged);
    }

    public Reason With(int statement) => statement < 0 ? this : Union(Of(statement));
}
