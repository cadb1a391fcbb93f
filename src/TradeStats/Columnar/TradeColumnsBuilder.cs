using System.Globalization;
using System.Numerics;

namespace TradeStats.Columnar;

/// <summary>Appends rows to growing columns and dictionaries; the CSV loader and <see cref="TradeColumns.FromObservations"/> share it.</summary>
internal sealed class TradeColumnsBuilder
{
    internal const int MaxDictionaryCodes = ushort.MaxValue + 1;
    internal const int MaxPeriods = 1 << 13; // the period code shares a ushort with the 3-bit flow

    private readonly List<Territory> _reporters = [];
    private readonly Dictionary<Territory, int> _reporterCodes = [];
    private readonly List<Territory> _partners = [];
    private readonly Dictionary<Territory, int> _partnerCodes = [];
    private readonly List<Period> _periods = [];
    private readonly Dictionary<Period, int> _periodCodes = [];
    private readonly List<Commodity?> _commodities = [null]; // code 0 is "all goods"
    private readonly Dictionary<Commodity, int> _commodityCodes = [];
    private readonly List<Currency> _currencies = [];
    private readonly List<RowDetails> _details = [RowDetails.None];
    private readonly Dictionary<RowDetails, int> _detailCodes = new() { [RowDetails.None] = 0 };

    private ushort[] _reporter = [];
    private ushort[] _partner = [];
    private ushort[] _periodFlow = [];
    private ushort[] _commodity = [];
    private long[] _value = [];
    private byte[]? _currency;
    private int[]? _detail;
    private int _count;
    private int _scale;
    private int _flowMask;
    private bool _hasBreakdowns;
    private ulong _maxMagnitude;

    public int Count => _count;

    public int Scale => _scale;

    public void EnsureCapacity(int capacity)
    {
        if (capacity > _value.Length)
        {
            Resize(capacity);
        }
    }

    public int ReporterCode(Territory reporter) => Code(reporter, _reporters, _reporterCodes, "reporters");

    public int PartnerCode(Territory partner) => Code(partner, _partners, _partnerCodes, "partners");

    public int PeriodCode(Period period) => Code(period, _periods, _periodCodes, "periods", MaxPeriods);

    public int CommodityCode(Commodity? commodity)
    {
        if (commodity is null)
        {
            return 0;
        }

        return Code(commodity, _commodities, _commodityCodes, "commodities");
    }

    public int CurrencyCode(Currency currency)
    {
        var code = _currencies.IndexOf(currency);
        if (code >= 0)
        {
            return code;
        }

        if (_currencies.Count == byte.MaxValue + 1)
        {
            throw new InvalidOperationException($"A columnar store holds at most 256 currencies; {currency} would be one more.");
        }

        _currencies.Add(currency);
        return _currencies.Count - 1;
    }

    public int DetailCode(RowDetails details)
    {
        if (_detailCodes.TryGetValue(details, out var code))
        {
            return code;
        }

        code = _details.Count;
        _details.Add(details);
        _detailCodes.Add(details, code);
        _hasBreakdowns |= details.HasBreakdown;
        return code;
    }

    /// <summary>Appends a row whose value is <paramref name="mantissa"/> / 10^<paramref name="scale"/>.</summary>
    /// <exception cref="OverflowException">The value does not fit the store's 64-bit scaled integers.</exception>
    public void Add(int reporter, int partner, int period, TradeFlow flow, int commodity, long mantissa, int scale, int currency, int detail)
    {
        if (scale > _scale)
        {
            RaiseScale(scale);
        }

        var value = scale == _scale ? mantissa : ScaledDecimal.Rescale(mantissa, scale, _scale);
        if (_count == _value.Length)
        {
            Resize(Math.Max(1024, _count * 2));
        }

        var magnitude = value < 0 ? (ulong)(-(value + 1)) + 1UL : (ulong)value;
        if (magnitude > _maxMagnitude)
        {
            _maxMagnitude = magnitude;
        }

        var i = _count;
        _reporter[i] = (ushort)reporter;
        _partner[i] = (ushort)partner;
        _periodFlow[i] = (ushort)((period << 3) | (int)flow);
        _commodity[i] = (ushort)commodity;
        _value[i] = value;
        _flowMask |= 1 << (int)flow;
        if (currency != 0 || _currency is not null)
        {
            _currency ??= new byte[_value.Length];
            _currency[i] = (byte)currency;
        }

        if (detail != 0 || _detail is not null)
        {
            _detail ??= new int[_value.Length];
            _detail[i] = detail;
        }

        _count++;
    }

    public TradeColumns Build()
    {
        if (_currencies.Count == 0)
        {
            throw new InvalidOperationException("A columnar store needs at least one row.");
        }

        Resize(_count);
        return new TradeColumns(
            _count, _scale, _flowMask, _hasBreakdowns, (UInt128)_maxMagnitude * (ulong)_count <= long.MaxValue,
            _reporter, _partner, _periodFlow, _commodity, _value, _currency, _detail,
            [.. _reporters], [.. _partners], [.. _periods], [.. _commodities], [.. _currencies], [.. _details]);
    }

    /// <summary>
    /// Joins builders that each read one consecutive part of the rows, in order, into the store that one builder reading
    /// all the rows would have built: dictionary entries are numbered by first appearance in row order (a part's own
    /// entries are already in that order, so taking the parts in order and each part's entries in code order keeps
    /// it), the scale is the largest, and values are rescaled exactly. Returns null when the parts together exceed a
    /// limit (dictionary size, scale, 64-bit values): the caller then reads the rows in one pass to report where the
    /// limit was met, as the sequential path does.
    /// </summary>
    internal static TradeColumns? Merge(IReadOnlyList<TradeColumnsBuilder> parts, int degreeOfParallelism)
    {
        var n = parts.Count;
        var merged = new TradeColumnsBuilder();
        var reporterMaps = new ushort[n][];
        var partnerMaps = new ushort[n][];
        var periodMaps = new ushort[n][];
        var commodityMaps = new ushort[n][];
        var currencyMaps = new byte[n][];
        var detailMaps = new int[n][];
        var offsets = new int[n + 1];
        var scale = 0;
        ulong maxMagnitude = 0;
        var flowMask = 0;
        try
        {
            for (var k = 0; k < n; k++)
            {
                var part = parts[k];
                scale = Math.Max(scale, part._scale);
                offsets[k + 1] = checked(offsets[k] + part._count);
                reporterMaps[k] = [.. part._reporters.Select(t => (ushort)merged.ReporterCode(t))];
                partnerMaps[k] = [.. part._partners.Select(t => (ushort)merged.PartnerCode(t))];
                periodMaps[k] = [.. part._periods.Select(p => (ushort)merged.PeriodCode(p))];
                commodityMaps[k] = [.. part._commodities.Select(c => (ushort)merged.CommodityCode(c))];
                currencyMaps[k] = [.. part._currencies.Select(c => (byte)merged.CurrencyCode(c))];
                detailMaps[k] = [.. part._details.Select(merged.DetailCode)];
                flowMask |= part._flowMask;
            }

            for (var k = 0; k < n; k++)
            {
                var factor = (ulong)ScaledDecimal.Power(scale - parts[k]._scale);
                maxMagnitude = Math.Max(maxMagnitude, checked(parts[k]._maxMagnitude * factor));
            }
        }
        catch (Exception e) when (e is InvalidOperationException or OverflowException)
        {
            return null;
        }

        var count = offsets[n];
        if (count == 0 || merged._currencies.Count == 0)
        {
            return null;
        }

        // The optional columns exist when some row needs them, as when one builder adds the rows.
        var needsCurrency = currencyMaps.Any(m => m.Any(c => c != 0));
        var needsDetail = detailMaps.Any(m => m.Any(d => d != 0));
        merged._reporter = GC.AllocateUninitializedArray<ushort>(count);
        merged._partner = GC.AllocateUninitializedArray<ushort>(count);
        merged._periodFlow = GC.AllocateUninitializedArray<ushort>(count);
        merged._commodity = GC.AllocateUninitializedArray<ushort>(count);
        merged._value = GC.AllocateUninitializedArray<long>(count);
        merged._currency = needsCurrency ? new byte[count] : null;
        merged._detail = needsDetail ? new int[count] : null;
        var overflow = 0;
        Parallel.For(0, n, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, degreeOfParallelism) }, k =>
        {
            var part = parts[k];
            var at = offsets[k];
            var length = part._count;
            if (length == 0)
            {
                return;
            }

            Remap(part._reporter, reporterMaps[k], merged._reporter.AsSpan(at, length));
            Remap(part._partner, partnerMaps[k], merged._partner.AsSpan(at, length));
            Remap(part._commodity, commodityMaps[k], merged._commodity.AsSpan(at, length));
            RemapPeriods(part._periodFlow, periodMaps[k], merged._periodFlow.AsSpan(at, length));
            if (!Rescale(part._value.AsSpan(0, length), ScaledDecimal.Power(scale - part._scale), merged._value.AsSpan(at, length)))
            {
                Interlocked.Exchange(ref overflow, 1);
            }

            if (merged._currency is { } currency)
            {
                var target = currency.AsSpan(at, length);
                var map = currencyMaps[k];
                if (part._currency is { } source)
                {
                    for (var i = 0; i < target.Length; i++)
                    {
                        target[i] = map[source[i]];
                    }
                }
                else
                {
                    target.Fill(map[0]);
                }
            }

            if (merged._detail is { } detail)
            {
                var target = detail.AsSpan(at, length);
                var map = detailMaps[k];
                if (part._detail is { } source)
                {
                    for (var i = 0; i < target.Length; i++)
                    {
                        target[i] = map[source[i]];
                    }
                }
            }

            parts[k].Release();
        });

        if (overflow != 0)
        {
            return null;
        }

        merged._count = count;
        merged._scale = scale;
        merged._flowMask = flowMask;
        merged._maxMagnitude = maxMagnitude;
        return merged.Build();
    }

    private void Release()
    {
        _reporter = _partner = _periodFlow = _commodity = [];
        _value = [];
        _currency = null;
        _detail = null;
    }

    private static bool IsIdentity<T>(T[] map)
        where T : IBinaryInteger<T>
    {
        for (var i = 0; i < map.Length; i++)
        {
            if (int.CreateTruncating(map[i]) != i)
            {
                return false;
            }
        }

        return true;
    }

    private static void Remap(ushort[] source, ushort[] map, Span<ushort> target)
    {
        if (IsIdentity(map))
        {
            source.AsSpan(0, target.Length).CopyTo(target);
            return;
        }

        for (var i = 0; i < target.Length; i++)
        {
            target[i] = map[source[i]];
        }
    }

    private static void RemapPeriods(ushort[] source, ushort[] map, Span<ushort> target)
    {
        if (IsIdentity(map))
        {
            source.AsSpan(0, target.Length).CopyTo(target);
            return;
        }

        for (var i = 0; i < target.Length; i++)
        {
            var periodFlow = source[i];
            target[i] = (ushort)((map[periodFlow >> 3] << 3) | (periodFlow & 7));
        }
    }

    private static bool Rescale(ReadOnlySpan<long> source, long factor, Span<long> target)
    {
        if (factor == 1)
        {
            source.CopyTo(target);
            return true;
        }

        try
        {
            for (var i = 0; i < target.Length; i++)
            {
                target[i] = checked(source[i] * factor);
            }

            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    private void RaiseScale(int scale)
    {
        if (scale > ScaledDecimal.MaxScale)
        {
            throw new OverflowException(string.Create(CultureInfo.InvariantCulture, $"A columnar store keeps at most {ScaledDecimal.MaxScale} digits after the decimal point; a value has {scale}."));
        }

        var factor = ScaledDecimal.Power(scale - _scale);
        var values = _value;
        for (var i = 0; i < _count; i++)
        {
            values[i] = checked(values[i] * factor);
        }

        _maxMagnitude = checked(_maxMagnitude * (ulong)factor);

        _scale = scale;
    }

    private void Resize(int capacity)
    {
        if (capacity == _value.Length)
        {
            return;
        }

        Array.Resize(ref _reporter, capacity);
        Array.Resize(ref _partner, capacity);
        Array.Resize(ref _periodFlow, capacity);
        Array.Resize(ref _commodity, capacity);
        Array.Resize(ref _value, capacity);
        if (_currency is not null)
        {
            Array.Resize(ref _currency, capacity);
        }

        if (_detail is not null)
        {
            Array.Resize(ref _detail, capacity);
        }
    }

    private static int Code<T>(T item, List<T> list, Dictionary<T, int> codes, string what, int max = MaxDictionaryCodes)
        where T : notnull
    {
        if (codes.TryGetValue(item, out var code))
        {
            return code;
        }

        if (list.Count == max)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"A columnar store holds at most {max} distinct {what}; {item} would be one more."));
        }

        code = list.Count;
        list.Add(item);
        codes.Add(item, code);
        return code;
    }

    private static int Code(Commodity item, List<Commodity?> list, Dictionary<Commodity, int> codes, string what)
    {
        if (codes.TryGetValue(item, out var code))
        {
            return code;
        }

        if (list.Count == MaxDictionaryCodes)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"A columnar store holds at most {MaxDictionaryCodes} distinct {what}; {item} would be one more."));
        }

        code = list.Count;
        list.Add(item);
        codes.Add(item, code);
        return code;
    }
}
