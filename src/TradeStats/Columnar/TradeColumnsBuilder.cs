using System.Globalization;

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
