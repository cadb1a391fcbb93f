using System.Globalization;

namespace TradeStats.Sources;

/// <summary>Parses the fields of one record, turning every failure into a <see cref="TradeDataFormatException"/> that names the record, field and value.</summary>
internal readonly struct RecordContext(string sourceName, long record, RecordUnit unit)
{
    private const NumberStyles PlainDecimal = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    public string SourceName { get; } = sourceName;

    public long Record { get; } = record;

    public RecordUnit Unit { get; } = unit;

    public TradeDataFormatException Error(string? field, string? value, string reason, Exception? inner = null) =>
        new(SourceName, Record, Unit, field, value, reason, inner);

    public string Required(string field, string? value) =>
        string.IsNullOrWhiteSpace(value) ? throw Error(field, value, "a value is required.") : value;

    public Territory Territory(string field, string? value)
    {
        var code = Required(field, value);
        return TradeStats.Territory.TryFromCode(code, out var t)
            ? t
            : throw Error(field, value, "unknown territory code (expected ISO 3166-1 alpha-2, alpha-3 or M49, ISO 3166-2, WLD or a registered group).");
    }

    public Currency Currency(string field, string? value)
    {
        var code = Required(field, value);
        return TradeStats.Currency.TryFromCode(code, out var c)
            ? c
            : throw Error(field, value, "unknown currency code (register it with Currency.Register).");
    }

    public Period Period(string field, string? value)
    {
        var text = Required(field, value);
        try
        {
            return TradeStats.Period.Parse(text);
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            throw Error(field, value, "not a valid period: " + e.Message, e);
        }
    }

    /// <summary>
    /// An invariant decimal, held exactly or refused (never rounded); <paramref name="allowExponent"/> for formats
    /// that write 1.5E9, <paramref name="powerOfTen"/> for a unit multiplier applied without rounding.
    /// </summary>
    public decimal Decimal(string field, string? value, bool allowExponent = false, int powerOfTen = 0)
    {
        var text = Required(field, value);
        var outcome = ExactDecimal.TryParse(text, allowExponent, powerOfTen, out var d);
        if (outcome == ExactDecimal.Outcome.Exact)
        {
            return d;
        }

        var reason = ExactDecimal.Reason(outcome, allowExponent);
        if (powerOfTen != 0 && outcome != ExactDecimal.Outcome.NotANumber)
        {
            reason = string.Create(CultureInfo.InvariantCulture, $"times 10^{powerOfTen}, ") + reason;
        }

        throw Error(field, value, reason);
    }

    public decimal NonNegativeDecimal(string field, string? value, bool allowExponent = false)
    {
        var d = Decimal(field, value, allowExponent);
        return d < 0m ? throw Error(field, value, "the value must not be negative.") : WithoutNegativeZero(d);
    }

    /// <summary>
    /// "-0" parses to a decimal zero that keeps its sign bit; it compares equal to zero, but <see cref="Quantity"/>
    /// refuses it as negative. It is zero: drop the sign.
    /// </summary>
    public static decimal WithoutNegativeZero(decimal value) => value == 0m ? 0m : value;

    public TradeFlow Flow(string field, string? value)
    {
        var text = Required(field, value).Trim();
        return FlowCodes.TryParse(text, out var flow)
            ? flow
            : throw Error(field, value, "unknown flow (expected X, M, T, B, RX, RM or a TradeFlow name).");
    }

    public T? OptionalEnum<T>(string field, string? value)
        where T : struct, Enum
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        return TryEnumName<T>(value.Trim(), out var v)
            ? v
            : throw Error(field, value, $"unknown {typeof(T).Name} (expected one of {string.Join(", ", Enum.GetNames<T>())}).");
    }

    public DateOnly Date(string field, string? value)
    {
        var text = Required(field, value);
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw Error(field, value, "not a date in the form yyyy-MM-dd.");
    }

    public static Commodity? Commodity(string? value, string? name = null)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        return IsHsCode(text) ? TradeStats.Commodity.Hs(text, name) : TradeStats.Commodity.Named(text);
    }

    /// <summary>Builds an observation, reporting the core type's own checks (a group as reporter, a negative value) against the right field.</summary>
    public TradeObservation Observation(Territory reporter, Territory partner, Period period, TradeFlow flow, Money value, string reporterField, string valueField, string? rawValue)
    {
        if (reporter.Kind == TerritoryKind.Group)
        {
            throw Error(reporterField, reporter.Code, "a reporter must be a country or subdivision, not a group.");
        }

        if (value.Amount < 0m && !flow.AllowsNegativeValues())
        {
            throw Error(valueField, rawValue, $"only a balance may be negative; this is {flow}.");
        }

        return new TradeObservation(reporter, partner, period, flow, value);
    }

    internal static bool IsHsCode(string text) => text.Length is 2 or 4 or 6 && text.All(char.IsAsciiDigit);

    private static bool TryEnumName<T>(string text, out T value)
        where T : struct, Enum
    {
        // Enum.TryParse also accepts numbers and comma lists; only member names are valid here.
        value = default;
        return text.Length > 0 && char.IsAsciiLetter(text[0]) && !text.Contains(',', StringComparison.Ordinal)
            && Enum.TryParse(text, ignoreCase: true, out value) && Enum.IsDefined(value);
    }
}
