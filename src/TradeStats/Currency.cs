using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace TradeStats;

/// <summary>
/// An ISO 4217 currency: its alphabetic code, numeric code, number of minor-unit digits, English
/// name and symbol.
/// </summary>
/// <remarks>
/// <para>
/// Currencies are compared by their alphabetic code. Every currency and fund of the current ISO 4217 list one is built
/// in (EUR, GBP, JPY, NPR, KZT, XDR, ...: see <see cref="BuiltIn"/>), with the numeric code, minor-unit digits and
/// English name that list gives; <see cref="FromCode"/> and <see cref="FromNumericCode"/> find them without any
/// registration. A code ISO does not list (a withdrawn currency such as HRK, or a private unit) can be registered once
/// with <see cref="Register"/> and is then looked up like the built-in ones. Registration is safe from several threads
/// at once.
/// </para>
/// <para>
/// ISO 4217 gives no minor unit ("N.A.") for the precious metals (XAU, XAG, XPD, XPT), the SDR (XDR), the bond-market
/// units (XBA to XBD), XSU, XUA, XTS and XXX. The library treats them as having 0 minor-unit digits: the whole unit is
/// the smallest one it assumes, so <see cref="MinorUnit"/> is 1 and rounding to the minor unit rounds to whole units.
/// Amounts themselves keep every decimal they are given.
/// </para>
/// <para>
/// The library ships no exchange rates: a user's rates are the user's.
/// </para>
/// <para>
/// For generic code the type is <see cref="IParsable{TSelf}"/> and <see cref="ISpanParsable{TSelf}"/>: <c>T.Parse</c>
/// reads an alphabetic code as <see cref="FromCode"/> does (a text that is not three letters is a
/// <see cref="FormatException"/>, an unknown code an <see cref="UnknownCurrencyException"/>) and <c>T.TryParse</c>
/// returns false for both; the format provider is not used.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var euro = Currency.FromCode("eur");       // built in: 978, 2 minor digits, "Euro", "€"
/// var yen = Currency.FromNumericCode(392);   // JPY, 0 minor digits
/// var kuna = Currency.Register("HRK", 191, 2, "Kuna"); // withdrawn in 2023, so not built in
/// </code>
/// </example>
public sealed class Currency : IEquatable<Currency>, IComparable<Currency>, ISpanFormattable, ISpanParsable<Currency>
{
    private static readonly ConcurrentDictionary<string, Currency> ByCode = new(StringComparer.OrdinalIgnoreCase);
    private static readonly ConcurrentDictionary<int, Currency> ByNumber = new();
    private static readonly Lock RegistrationLock = new();

    // Declared after the dictionaries and before CNY and USD: static initializers run in textual order.
    private static readonly ImmutableArray<Currency> Catalogue = LoadCatalogue();

    /// <summary>Chinese yuan renminbi (CNY, 156), two minor-unit digits, symbol ¥.</summary>
    public static readonly Currency CNY = ByCode["CNY"];

    /// <summary>United States dollar (USD, 840), two minor-unit digits, symbol $.</summary>
    public static readonly Currency USD = ByCode["USD"];

    private Currency(string code, int numericCode, int minorUnitDigits, string name, string symbol)
    {
        Code = code;
        NumericCode = numericCode;
        MinorUnitDigits = minorUnitDigits;
        Name = name;
        Symbol = symbol;
        MinorUnit = MinorUnitOf(minorUnitDigits);
    }

    /// <summary>The ISO 4217 alphabetic code, three upper-case letters such as <c>CNY</c>.</summary>
    public string Code { get; }

    /// <summary>The ISO 4217 numeric code, such as 156 for CNY.</summary>
    public int NumericCode { get; }

    /// <summary>The number of digits after the decimal point in the currency's minor unit (2 for CNY and USD, 0 for JPY).</summary>
    public int MinorUnitDigits { get; }

    /// <summary>The value of one minor unit, such as 0.01 for CNY.</summary>
    public decimal MinorUnit { get; }

    /// <summary>The English name of the currency.</summary>
    public string Name { get; }

    /// <summary>The currency's symbol, such as ¥ or $; informational only, never used for parsing.</summary>
    public string Symbol { get; }

    /// <summary>The currencies known at this moment, built-in and registered, ordered by code.</summary>
    public static IReadOnlyList<Currency> All => [.. ByCode.Values.OrderBy(c => c.Code, StringComparer.Ordinal)];

    /// <summary>
    /// The built-in currencies, ordered by code: every entry of ISO 4217 list one (published 2026-01-01), one per
    /// alphabetic code, funds and the X codes included; not the ones added with <see cref="Register"/>.
    /// </summary>
    public static IReadOnlyList<Currency> BuiltIn => Catalogue;

    /// <summary>Returns the currency with an ISO 4217 alphabetic code, ignoring case.</summary>
    /// <param name="code">A three-letter code such as <c>CNY</c> or <c>usd</c>.</param>
    /// <returns>The single shared instance for that code, built in or registered.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="UnknownCurrencyException">No currency with that code is built in or registered.</exception>
    public static Currency FromCode(string code)
    {
        Guard.Against.Null(code);
        return TryFromCode(code, out var currency) ? currency : throw new UnknownCurrencyException(code);
    }

    /// <summary>Looks up a currency by its ISO 4217 alphabetic code, ignoring case.</summary>
    /// <param name="code">A three-letter code.</param>
    /// <param name="currency">The currency when the code is known; null otherwise.</param>
    /// <returns>Whether the code is known; false for null.</returns>
    public static bool TryFromCode([NotNullWhen(true)] string? code, [NotNullWhen(true)] out Currency? currency)
    {
        currency = null;
        return code is not null && ByCode.TryGetValue(code.Trim(), out currency);
    }

    /// <summary>Returns the currency with an ISO 4217 numeric code.</summary>
    /// <param name="numericCode">A numeric code such as 156.</param>
    /// <returns>The built-in or registered currency with that number, such as <see cref="CNY"/> for 156.</returns>
    /// <exception cref="UnknownCurrencyException">No known currency has that numeric code.</exception>
    public static Currency FromNumericCode(int numericCode) =>
        ByNumber.TryGetValue(numericCode, out var currency)
            ? currency
            : throw new UnknownCurrencyException(numericCode.ToString("D3", CultureInfo.InvariantCulture));

    /// <summary>
    /// Registers a currency that ISO 4217 list one does not hold (a withdrawn code such as HRK, a private unit) so that
    /// <see cref="FromCode"/> and <see cref="FromNumericCode"/> find it. Registering the same definition again (code,
    /// numeric code, minor digits, name and symbol) returns the existing instance, built-in ones included; a different
    /// definition under a known code, or a known numeric code under a new alphabetic code, is refused.
    /// </summary>
    /// <param name="code">The ISO 4217 alphabetic code: three ASCII letters.</param>
    /// <param name="numericCode">The ISO 4217 numeric code, 0 to 999.</param>
    /// <param name="minorUnitDigits">Digits of the minor unit, 0 to 4.</param>
    /// <param name="name">The English name, such as "Croatian kuna"; not blank.</param>
    /// <param name="symbol">The symbol; defaults to the code (so a later registration must also omit it, or pass the code, to be the same definition).</param>
    /// <returns>The new currency, or the existing instance when the same definition is already known.</returns>
    /// <exception cref="ArgumentException">
    /// The code is not three ASCII letters, the name is blank, the code is already registered with a different
    /// definition, or the numeric code already belongs to another currency.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">The numeric code or minor-unit digits are out of range.</exception>
    public static Currency Register(string code, int numericCode, int minorUnitDigits, string name, string? symbol = null)
    {
        Guard.Against.InvalidCurrencyCode(code);
        Guard.Against.NullOrWhiteSpace(name);

        Guard.Against.NotInRange(numericCode, 0, 999);
        Guard.Against.NotInRange(minorUnitDigits, 0, 4);

        var candidate = new Currency(code.ToUpperInvariant(), numericCode, minorUnitDigits, name, symbol ?? code.ToUpperInvariant());

        // The lock makes the numeric-code check and the insertion one step, so that two threads cannot register
        // different codes under one numeric code; look-ups stay lock-free.
        lock (RegistrationLock)
        {
            if (ByCode.TryGetValue(candidate.Code, out var stored))
            {
                return stored.SameDefinitionAs(candidate)
                    ? stored
                    : throw new ArgumentException(
                        $"Currency '{candidate.Code}' is already registered as {stored.Describe()}; cannot register it again as {candidate.Describe()}.",
                        nameof(code));
            }

            if (ByNumber.TryGetValue(candidate.NumericCode, out var sameNumber))
            {
                throw new ArgumentException(
                    $"Numeric code {candidate.NumericCode.ToString("D3", CultureInfo.InvariantCulture)} already belongs to {sameNumber.Describe()}; cannot register {candidate.Describe()}.",
                    nameof(numericCode));
            }

            // Number first: a reader that finds the code can then find the number too.
            ByNumber[candidate.NumericCode] = candidate;
            ByCode[candidate.Code] = candidate;
            return candidate;
        }
    }

    /// <inheritdoc/>
    public bool Equals(Currency? other) => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Currency);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <inheritdoc/>
    public int CompareTo(Currency? other) => other is null ? 1 : string.CompareOrdinal(Code, other.Code);

    /// <summary>Returns the alphabetic code.</summary>
    /// <returns>The code, such as <c>CNY</c>.</returns>
    public override string ToString() => Code;

    /// <summary>Formats the currency: its alphabetic code, the only format (<c>null</c>, <c>""</c> or <c>"G"</c>).</summary>
    /// <param name="format"><c>null</c>, <c>""</c> or <c>"G"</c>.</param>
    /// <param name="formatProvider">Ignored: a code is invariant.</param>
    /// <returns>The code, such as <c>CNY</c>, as <see cref="ToString()"/>.</returns>
    /// <exception cref="FormatException">The format is another one.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => format is null or "" or "G"
        ? Code
        : throw new FormatException($"Unknown currency format '{format}'. Use G (the alphabetic code).");

    /// <summary>Writes into a span exactly what <see cref="ToString(string?, IFormatProvider?)"/> returns: the alphabetic code.</summary>
    /// <param name="destination">Where to write the code; three characters suffice.</param>
    /// <param name="charsWritten">The number of characters written; zero when the method returns false.</param>
    /// <param name="format">Empty or <c>"G"</c>.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>True when the code fitted; false, with nothing written, when <paramref name="destination"/> is too short.</returns>
    /// <exception cref="FormatException">The format is another one.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider? provider = null)
    {
        if (!(format.IsEmpty || format is "G"))
        {
            throw new FormatException($"Unknown currency format '{format}'. Use G (the alphabetic code).");
        }

        charsWritten = Code.TryCopyTo(destination) ? Code.Length : 0;
        return charsWritten != 0;
    }

    // IParsable and ISpanParsable for generic code: FromCode and TryFromCode, with text that is not three letters
    // (surrounding spaces aside) refused as malformed. Spans are looked up through a string.
    static Currency IParsable<Currency>.Parse(string s, IFormatProvider? provider)
    {
        Guard.Against.Null(s);
        return TryRead(s, out var currency, out var failure) ? currency : throw failure.ToException();
    }

    static bool IParsable<Currency>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out Currency result)
    {
        result = null;
        return s is not null && TryRead(s, out result, out _);
    }

    static Currency ISpanParsable<Currency>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider)
    {
        var text = s.ToString();
        return TryRead(text, out var currency, out var failure) ? currency : throw failure.ToException();
    }

    static bool ISpanParsable<Currency>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, [MaybeNullWhen(false)] out Currency result) =>
        TryRead(s.ToString(), out result, out _);

    private static bool TryRead(string text, [NotNullWhen(true)] out Currency? currency, out ParseFailure failure)
    {
        var code = text.Trim();
        if (code.Length != 3 || !code.All(char.IsAsciiLetter))
        {
            currency = null;
            failure = ParseFailure.Format($"'{text}' is not a currency code: expected three letters such as 'CNY'.");
            return false;
        }

        failure = TryFromCode(code, out currency) ? default : ParseFailure.UnknownCurrency(text);
        return currency is not null;
    }

    /// <summary>Whether two currencies are the same.</summary>
    /// <param name="left">A currency, or null.</param>
    /// <param name="right">The currency to compare with, or null.</param>
    /// <returns>True when both are null or have the same code.</returns>
    public static bool operator ==(Currency? left, Currency? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two currencies differ.</summary>
    /// <param name="left">A currency, or null.</param>
    /// <param name="right">The currency to compare with, or null.</param>
    /// <returns>True when exactly one is null or their codes differ.</returns>
    public static bool operator !=(Currency? left, Currency? right) => !(left == right);

    /// <summary>Orders currencies by code.</summary>
    /// <param name="left">A currency, or null (null sorts first).</param>
    /// <param name="right">The currency to compare with, or null.</param>
    /// <returns>Whether <paramref name="left"/> sorts first.</returns>
    public static bool operator <(Currency? left, Currency? right) => Comparer<Currency>.Default.Compare(left, right) < 0;

    /// <summary>Orders currencies by code.</summary>
    /// <param name="left">A currency, or null (null sorts first).</param>
    /// <param name="right">The currency to compare with, or null.</param>
    /// <returns>Whether <paramref name="left"/> sorts first or equal.</returns>
    public static bool operator <=(Currency? left, Currency? right) => Comparer<Currency>.Default.Compare(left, right) <= 0;

    /// <summary>Orders currencies by code.</summary>
    /// <param name="left">A currency, or null (null sorts first).</param>
    /// <param name="right">The currency to compare with, or null.</param>
    /// <returns>Whether <paramref name="left"/> sorts last.</returns>
    public static bool operator >(Currency? left, Currency? right) => Comparer<Currency>.Default.Compare(left, right) > 0;

    /// <summary>Orders currencies by code.</summary>
    /// <param name="left">A currency, or null (null sorts first).</param>
    /// <param name="right">The currency to compare with, or null.</param>
    /// <returns>Whether <paramref name="left"/> sorts last or equal.</returns>
    public static bool operator >=(Currency? left, Currency? right) => Comparer<Currency>.Default.Compare(left, right) >= 0;

    private static ImmutableArray<Currency> LoadCatalogue()
    {
        var list = ImmutableArray.CreateBuilder<Currency>();
        foreach (var (lineNumber, f) in Data.EmbeddedTable.Read("currencies.tsv", "code", 5))
        {
            var numeric = int.Parse(f[1], NumberStyles.None, CultureInfo.InvariantCulture);

            // ISO 4217 gives no minor unit ("N.A.") for metals, the SDR, bond-market units and XTS/XXX: whole units.
            var digits = f[2] == "N.A." ? 0 : int.Parse(f[2], NumberStyles.None, CultureInfo.InvariantCulture);
            var currency = new Currency(f[0], numeric, digits, f[3], f[4]);
            if (!ByCode.TryAdd(currency.Code, currency) || !ByNumber.TryAdd(numeric, currency))
            {
                throw new InvalidOperationException($"currencies.tsv line {lineNumber}: code {currency.Code} or numeric code {f[1]} appears twice.");
            }

            list.Add(currency);
        }

        return list.ToImmutable();
    }

    private static decimal MinorUnitOf(int digits)
    {
        var unit = 1m;
        for (var i = 0; i < digits; i++)
        {
            unit /= 10m;
        }

        return unit;
    }

    private bool SameDefinitionAs(Currency other) =>
        NumericCode == other.NumericCode && MinorUnitDigits == other.MinorUnitDigits
        && string.Equals(Name, other.Name, StringComparison.Ordinal) && string.Equals(Symbol, other.Symbol, StringComparison.Ordinal);

    private string Describe() =>
        string.Create(CultureInfo.InvariantCulture, $"{Code} {NumericCode:D3} with {MinorUnitDigits} minor digits, '{Name}', '{Symbol}'");
}
