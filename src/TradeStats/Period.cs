using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace TradeStats;

/// <summary>
/// A span of whole calendar months: a month, quarter, half-year, year, or any other run of consecutive
/// months such as January to October 2025.
/// </summary>
/// <remarks>
/// <para>
/// Trade statistics are published for whole months, so a period never starts or ends mid-month.
/// The kind is derived from the span: January to December of one year is a <see cref="PeriodKind.Year"/>
/// however it was created, so equal spans are equal periods.
/// </para>
/// <para>
/// Year-to-date figures ("January to October 2025") are <see cref="PeriodKind.Range"/> periods that start in
/// January; <see cref="IsYearToDate"/> says so. They overlap the year-to-date figures of earlier months, which is
/// why the analysis API refuses to add or difference them as if they were monthly figures.
/// </para>
/// <para>
/// Text forms follow SDMX: <c>2024</c>, <c>2024-S1</c>, <c>2024-Q1</c>, <c>2024-01</c> (or <c>2024-M01</c>) and
/// ranges <c>2025-01/2025-10</c>; <see cref="Parse(string)"/> also reads Comtrade's <c>202401</c>.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var ytd = Period.Parse("2025-01/2025-10");   // Range, 10 months, IsYearToDate
/// var earlier = ytd.YearEarlier();              // 2024-01/2024-10
/// var q1 = Period.Quarter(2024, 1);
/// bool inside = Period.Month(2024, 2).IsWithin(q1); // true
/// </code>
/// </example>
public readonly struct Period : IEquatable<Period>, IComparable<Period>, IComparable, ISpanFormattable, ISpanParsable<Period>
{
    /// <summary>The earliest supported year.</summary>
    public const int MinYear = 1;

    /// <summary>The latest supported year.</summary>
    public const int MaxYear = 9999;

    private const int MaxMonthIndex = (MaxYear * 12) + 11;

    // Months since January of year 0: year * 12 + (month - 1).
    private readonly int _start;

    // Length in months minus one, so that default(Period) is the one month January of year 0: outside the
    // supported years, never produced by a factory or parser, and refused where a real period is required.
    private readonly int _lengthMinusOne;

    private Period(int startIndex, int lengthInMonths)
    {
        _start = startIndex;
        _lengthMinusOne = lengthInMonths - 1;
    }

    /// <summary>The first month's year.</summary>
    public int StartYear => _start / 12;

    /// <summary>The first month (1-12).</summary>
    public int StartMonth => (_start % 12) + 1;

    /// <summary>The last month's year.</summary>
    public int EndYear => EndIndex / 12;

    /// <summary>The last month (1-12).</summary>
    public int EndMonth => (EndIndex % 12) + 1;

    /// <summary>The number of months in the period, at least one.</summary>
    public int LengthInMonths => _lengthMinusOne + 1;

    /// <summary>The first day of the first month.</summary>
    public DateOnly FirstDay => new(StartYear, StartMonth, 1);

    /// <summary>The last day of the last month (inclusive).</summary>
    public DateOnly LastDay => new(EndYear, EndMonth, DateTime.DaysInMonth(EndYear, EndMonth));

    /// <summary>The shape of the period, derived from its span.</summary>
    public PeriodKind Kind
    {
        get
        {
            var month = StartMonth;
            return LengthInMonths switch
            {
                1 => PeriodKind.Month,
                3 when (month - 1) % 3 == 0 => PeriodKind.Quarter,
                6 when month is 1 or 7 => PeriodKind.Half,
                12 when month == 1 => PeriodKind.Year,
                _ => PeriodKind.Range,
            };
        }
    }

    /// <summary>
    /// Whether the period runs from January to a month of the same year: the span of a cumulative
    /// year-to-date figure. A full year and January alone are year-to-date spans too.
    /// </summary>
    public bool IsYearToDate => StartMonth == 1 && EndYear == StartYear;

    /// <summary>Months since January of year 0 for the first month; used by compact encodings.</summary>
    internal int StartIndex => _start;

    /// <summary>Months since January of year 0 for the last month.</summary>
    internal int EndIndex => _start + _lengthMinusOne;

    /// <summary>A calendar year.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <returns>The twelve months January to December of <paramref name="year"/>, of kind <see cref="PeriodKind.Year"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static Period Year(int year) => FromMonths(CheckYear(year), 1, 12);

    /// <summary>A calendar half-year.</summary>
    /// <param name="year">The calendar year, 1 to 9999.</param>
    /// <param name="half">1 for January-June, 2 for July-December.</param>
    /// <returns>The six months of that half, such as January-June 2024 (<c>2024-S1</c>).</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static Period Half(int year, int half)
    {
        Guard.Against.NotInRange(half, 1, 2);
        return FromMonths(CheckYear(year), ((half - 1) * 6) + 1, 6);
    }

    /// <summary>A calendar quarter.</summary>
    /// <param name="year">The calendar year, 1 to 9999.</param>
    /// <param name="quarter">The quarter, 1 to 4.</param>
    /// <returns>The three months of that quarter, such as April-June 2024 (<c>2024-Q2</c>).</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static Period Quarter(int year, int quarter)
    {
        Guard.Against.NotInRange(quarter, 1, 4);
        return FromMonths(CheckYear(year), ((quarter - 1) * 3) + 1, 3);
    }

    /// <summary>A calendar month.</summary>
    /// <param name="year">The calendar year, 1 to 9999.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>The single month, such as <c>2024-01</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static Period Month(int year, int month)
    {
        Guard.Against.NotInRange(month, 1, 12);
        return FromMonths(CheckYear(year), month, 1);
    }

    /// <summary>The cumulative span from January to a month of the same year, such as January-October 2025.</summary>
    /// <param name="year">The calendar year, 1 to 9999.</param>
    /// <param name="throughMonth">The last month included, 1 to 12.</param>
    /// <returns>January through <paramref name="throughMonth"/> of <paramref name="year"/>; a whole year for month 12, a single month for month 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static Period YearToDate(int year, int throughMonth)
    {
        Guard.Against.NotInRange(throughMonth, 1, 12);
        return FromMonths(CheckYear(year), 1, throughMonth);
    }

    /// <summary>The span from the first month of one period to the last month of another.</summary>
    /// <param name="first">The period whose first month starts the span.</param>
    /// <param name="last">The period whose last month ends the span.</param>
    /// <returns>Every month from the start of <paramref name="first"/> to the end of <paramref name="last"/>, gaps between them included.</returns>
    /// <exception cref="ArgumentException"><paramref name="last"/> ends before <paramref name="first"/> starts.</exception>
    public static Period Range(Period first, Period last)
    {
        if (last.EndIndex < first._start)
        {
            throw new ArgumentException($"A period range must not end ({last}) before it starts ({first}).", nameof(last));
        }

        return new Period(first._start, last.EndIndex - first._start + 1);
    }

    /// <summary>A run of whole months from a start month.</summary>
    /// <param name="startYear">The first month's year, 1 to 9999.</param>
    /// <param name="startMonth">The first month, 1 to 12.</param>
    /// <param name="lengthInMonths">How many months, at least one.</param>
    /// <returns>The <paramref name="lengthInMonths"/> months from the start month; its <see cref="Kind"/> follows from the span (January 2024 for 12 months is the year <c>2024</c>).</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range, or the span ends after year 9999.</exception>
    public static Period FromMonths(int startYear, int startMonth, int lengthInMonths)
    {
        Guard.Against.NotInRange(startYear, MinYear, MaxYear);
        Guard.Against.NotInRange(startMonth, 1, 12);
        Guard.Against.LessThan(lengthInMonths, 1);
        var start = (startYear * 12) + startMonth - 1;
        if ((long)start + lengthInMonths - 1 > MaxMonthIndex)
        {
            throw new ArgumentOutOfRangeException(nameof(lengthInMonths), lengthInMonths, "The period would end after December 9999.");
        }

        return new Period(start, lengthInMonths);
    }

    // Reports a bad year under the caller's parameter name ("year"), not FromMonths' "startYear".
    private static int CheckYear(int year, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(year))] string? paramName = null)
    {
        Guard.Against.NotInRange(year, MinYear, MaxYear, paramName);
        return year;
    }

    /// <summary>Creates a period from a month index (year * 12 + month - 1) and a length; for compact encodings.</summary>
    internal static Period FromIndex(int startIndex, int lengthInMonths) => new(startIndex, lengthInMonths);

    /// <summary>Whether this period lies entirely inside another.</summary>
    /// <param name="other">The period that may contain this one.</param>
    /// <returns>True when every month of this period is in <paramref name="other"/>.</returns>
    public bool IsWithin(Period other) => _start >= other._start && EndIndex <= other.EndIndex;

    /// <summary>Whether this period contains every month of another.</summary>
    /// <param name="other">The period that may lie inside this one.</param>
    /// <returns>True when <paramref name="other"/> lies inside this period.</returns>
    public bool Contains(Period other) => other.IsWithin(this);

    /// <summary>Whether the two periods share at least one month.</summary>
    /// <param name="other">The period to test against; the order does not matter.</param>
    /// <returns>True when at least one month is in both periods.</returns>
    public bool Overlaps(Period other) => _start <= other.EndIndex && other._start <= EndIndex;

    /// <summary>The same span one year earlier: the base of a year-on-year comparison.</summary>
    /// <returns>The period starting twelve months earlier with the same length.</returns>
    /// <exception cref="InvalidOperationException">The result would start before year 1.</exception>
    public Period YearEarlier() => Shift(-12);

    /// <summary>The same span one year later.</summary>
    /// <returns>The period starting twelve months later with the same length.</returns>
    /// <exception cref="InvalidOperationException">The result would end after year 9999.</exception>
    public Period YearLater() => Shift(12);

    /// <summary>The adjacent earlier span of the same length: the base of a period-on-period comparison (Q1 for Q2, May for June).</summary>
    /// <returns>The period of the same length that ends the month before this one starts.</returns>
    /// <exception cref="InvalidOperationException">The result would start before year 1.</exception>
    public Period Previous() => Shift(-LengthInMonths);

    /// <summary>The adjacent later span of the same length.</summary>
    /// <returns>The period of the same length that starts the month after this one ends.</returns>
    /// <exception cref="InvalidOperationException">The result would end after year 9999.</exception>
    public Period Next() => Shift(LengthInMonths);

    /// <summary>Moves the period by a number of months, keeping its length.</summary>
    /// <param name="months">Months to move; negative moves back.</param>
    /// <returns>A period of the same length starting <paramref name="months"/> months later (earlier when negative).</returns>
    /// <exception cref="InvalidOperationException">The result would fall outside years 1 to 9999.</exception>
    public Period Shift(int months)
    {
        var start = (long)_start + months;
        if (start < MinYear * 12 || start + _lengthMinusOne > MaxMonthIndex)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Moving {this} by {months} months leaves years {MinYear} to {MaxYear}."));
        }

        return new Period((int)start, LengthInMonths);
    }

    /// <summary>The months of the period, in order.</summary>
    /// <returns>One single-month period per month, lazily, from the first month to the last.</returns>
    public IEnumerable<Period> Months()
    {
        for (var i = _start; i <= EndIndex; i++)
        {
            yield return new Period(i, 1);
        }
    }

    /// <summary>
    /// The enclosing period of a kind: the quarter, half or year that a month (or any period inside one) belongs to.
    /// </summary>
    /// <param name="kind">Month, Quarter, Half or Year.</param>
    /// <returns>The quarter, half or year (or the month itself) that contains this period, such as <c>2024-Q1</c> for <c>2024-02</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is <see cref="PeriodKind.Range"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    /// <exception cref="InvalidOperationException">This period spans more than one period of that kind.</exception>
    public Period RollUp(PeriodKind kind)
    {
        Guard.Against.UndefinedEnum(kind, "Unknown period kind.");

        if (kind == PeriodKind.Range)
        {
            throw new ArgumentException("Cannot roll up to a Range: choose Month, Quarter, Half or Year.", nameof(kind));
        }

        var size = (int)kind;
        var start = _start - (_start % size);
        if (EndIndex >= start + size)
        {
            throw new InvalidOperationException($"{this} spans more than one {kind.ToString().ToLowerInvariant()}, so it has no single enclosing {kind.ToString().ToLowerInvariant()}.");
        }

        return new Period(start, size);
    }

    /// <summary>Splits the period into the periods of a kind that exactly cover it (the quarters of a year, the months of a quarter).</summary>
    /// <param name="kind">Month, Quarter, Half or Year.</param>
    /// <returns>The periods of <paramref name="kind"/> that cover this period without overlap, in chronological order.</returns>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is <see cref="PeriodKind.Range"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    /// <exception cref="InvalidOperationException">The period does not start and end on boundaries of that kind.</exception>
    public IReadOnlyList<Period> Subdivide(PeriodKind kind)
    {
        Guard.Against.UndefinedEnum(kind, "Unknown period kind.");

        if (kind == PeriodKind.Range)
        {
            throw new ArgumentException("Cannot subdivide into Ranges: choose Month, Quarter, Half or Year.", nameof(kind));
        }

        var size = (int)kind;
        if (_start % size != 0 || LengthInMonths % size != 0)
        {
            throw new InvalidOperationException($"{this} is not a whole number of {kind.ToString().ToLowerInvariant()}s.");
        }

        var result = new Period[LengthInMonths / size];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = new Period(_start + (i * size), size);
        }

        return result;
    }

    /// <summary>Whether two periods cover the same months.</summary>
    /// <param name="other">The period to compare with.</param>
    /// <returns>True when both start in the same month and have the same length (so <c>2024</c> equals <c>2024-01/2024-12</c>).</returns>
    public bool Equals(Period other) => _start == other._start && _lengthMinusOne == other._lengthMinusOne;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Period other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_start, _lengthMinusOne);

    /// <summary>Orders periods by first month, then by length (shorter first).</summary>
    /// <param name="other">The period to compare with.</param>
    /// <returns>Negative when this period starts earlier (or starts together and is shorter), zero when equal, positive otherwise.</returns>
    public int CompareTo(Period other)
    {
        var c = _start.CompareTo(other._start);
        return c != 0 ? c : _lengthMinusOne.CompareTo(other._lengthMinusOne);
    }

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Period other => CompareTo(other),
        _ => throw new ArgumentException($"Cannot compare Period with {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>The most characters any period's text takes: <c>9999-M12/9999-M12</c>.</summary>
    private const int MaxTextLength = 17;

    /// <summary>The SDMX text form: <c>2024</c>, <c>2024-S1</c>, <c>2024-Q1</c>, <c>2024-01</c> or <c>2025-01/2025-10</c>.</summary>
    /// <returns>The SDMX text, such as <c>2024-Q1</c>, that <see cref="Parse(string)"/> reads back.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>
    /// Formats the period. Formats: <c>null</c> or <c>"S"</c> for SDMX (<c>2024-Q1</c>), <c>"C"</c> for Comtrade
    /// (<c>2024</c> or <c>202401</c>; only years and months have a Comtrade form), <c>"M"</c> for SDMX with <c>2024-M01</c> months.
    /// The text is culture-invariant whatever the provider.
    /// </summary>
    /// <param name="format"><c>null</c>, <c>""</c> or <c>"S"</c> for SDMX, <c>"M"</c> for SDMX with M-months, <c>"C"</c> for Comtrade.</param>
    /// <param name="formatProvider">Ignored: the forms are invariant.</param>
    /// <returns>The invariant text, such as <c>2024-Q1</c>, <c>2024-M01</c> or <c>202401</c>.</returns>
    /// <exception cref="FormatException">The format is unknown, or the period has no Comtrade form.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        Span<char> buffer = stackalloc char[MaxTextLength];
        return TryFormat(buffer, out var written, format, formatProvider)
            ? new string(buffer[..written])
            : throw new InvalidOperationException($"A period's text is longer than {MaxTextLength} characters."); // unreachable
    }

    /// <summary>
    /// Writes into a span exactly what <see cref="ToString(string?, IFormatProvider?)"/> returns for the same format,
    /// without allocating: SDMX (empty or <c>"S"</c>), SDMX with M-months (<c>"M"</c>) or Comtrade (<c>"C"</c>).
    /// </summary>
    /// <param name="destination">Where to write the text; 17 characters always suffice.</param>
    /// <param name="charsWritten">The number of characters written; zero when the method returns false.</param>
    /// <param name="format">Empty or <c>"S"</c> for SDMX, <c>"M"</c> for SDMX with M-months, <c>"C"</c> for Comtrade.</param>
    /// <param name="provider">Ignored: the forms are invariant.</param>
    /// <returns>True when the text fitted; false, with nothing written, when <paramref name="destination"/> is too short.</returns>
    /// <exception cref="FormatException">The format is unknown, or the period has no Comtrade form (as <see cref="ToString(string?, IFormatProvider?)"/>).</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider? provider = null)
    {
        var inv = CultureInfo.InvariantCulture;
        bool fitted;
        if (format.IsEmpty || format is "S" or "M")
        {
            var monthPrefix = format is "M" ? "M" : string.Empty;
            fitted = Kind switch
            {
                PeriodKind.Year => destination.TryWrite(inv, $"{StartYear:D4}", out charsWritten),
                PeriodKind.Half => destination.TryWrite(inv, $"{StartYear:D4}-S{((StartMonth - 1) / 6) + 1}", out charsWritten),
                PeriodKind.Quarter => destination.TryWrite(inv, $"{StartYear:D4}-Q{((StartMonth - 1) / 3) + 1}", out charsWritten),
                PeriodKind.Month => destination.TryWrite(inv, $"{StartYear:D4}-{monthPrefix}{StartMonth:D2}", out charsWritten),
                _ => destination.TryWrite(inv, $"{StartYear:D4}-{monthPrefix}{StartMonth:D2}/{EndYear:D4}-{monthPrefix}{EndMonth:D2}", out charsWritten),
            };
        }
        else if (format is "C")
        {
            fitted = Kind switch
            {
                PeriodKind.Year => destination.TryWrite(inv, $"{StartYear:D4}", out charsWritten),
                PeriodKind.Month => destination.TryWrite(inv, $"{StartYear:D4}{StartMonth:D2}", out charsWritten),
                _ => throw new FormatException($"Period {this} has no Comtrade form: Comtrade periods are years or months."),
            };
        }
        else
        {
            throw new FormatException($"Unknown period format '{format}'. Use S (SDMX), M (SDMX with M-months) or C (Comtrade).");
        }

        if (!fitted)
        {
            charsWritten = 0;
        }

        return fitted;
    }

    /// <summary>
    /// Parses SDMX forms (<c>2024</c>, <c>2024-S1</c>, <c>2024-H1</c>, <c>2024-Q1</c>, <c>2024-01</c>, <c>2024-M01</c>,
    /// <c>2025-01/2025-10</c>) and Comtrade forms (<c>2024</c>, <c>202401</c>).
    /// </summary>
    /// <param name="text">One of the SDMX or Comtrade forms listed above, such as <c>2024-Q1</c> or <c>202401</c>.</param>
    /// <returns>The period the text names.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a period; the message quotes it.</exception>
    public static Period Parse(string text)
    {
        Guard.Against.Null(text);
        return Parse(text.AsSpan());
    }

    /// <summary>Parses the characters of a period, allocating only to report a failure; see <see cref="Parse(string)"/> for the forms.</summary>
    /// <param name="text">One of the SDMX or Comtrade forms, such as <c>2024-Q1</c> or <c>202401</c>.</param>
    /// <returns>The period the characters name.</returns>
    /// <exception cref="FormatException">The characters are not a period; the message quotes them.</exception>
    public static Period Parse(ReadOnlySpan<char> text) =>
        TryRead(text, out var period, out var error)
            ? period
            : throw new FormatException($"'{text}' is not a period: {error} Expected forms: 2024, 2024-S1, 2024-Q1, 2024-01, 2024-M01, 2025-01/2025-10, 202401.");

    /// <summary>Tries to parse a period; see <see cref="Parse(string)"/> for the forms.</summary>
    /// <param name="text">The text to parse; null or blank fails.</param>
    /// <param name="period">The period when parsing succeeded; <c>default</c> otherwise.</param>
    /// <returns>True when <paramref name="text"/> is in one of the forms <see cref="Parse(string)"/> accepts; false, without throwing, where it would throw.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Period period) => TryRead(text.AsSpan(), out period, out _);

    /// <summary>Tries to parse the characters of a period, without allocating; see <see cref="Parse(string)"/> for the forms.</summary>
    /// <param name="text">The characters to parse; blank fails.</param>
    /// <param name="period">The period when parsing succeeded; <c>default</c> otherwise.</param>
    /// <returns>True when the characters are in one of the forms <see cref="Parse(string)"/> accepts; false, without throwing, otherwise.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out Period period) => TryRead(text, out period, out _);

    // For generic code (T.Parse(s, provider)): the forms are invariant, so the provider is not used.
    static Period IParsable<Period>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<Period>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Period result) => TryParse(s, out result);

    static Period ISpanParsable<Period>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    static bool ISpanParsable<Period>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Period result) => TryParse(s, out result);

    // The one parser behind Parse and TryParse: the error completes Parse's message.
    private static bool TryRead(ReadOnlySpan<char> text, out Period period, out string error)
    {
        period = default;
        if (text.IsWhiteSpace())
        {
            error = "it is empty.";
            return false;
        }

        var s = text.Trim();
        var slash = s.IndexOf('/');
        if (slash >= 0)
        {
            if (!TryParseSingle(s[..slash], out var first, out error) || !TryParseSingle(s[(slash + 1)..], out var last, out error))
            {
                return false;
            }

            if (last.EndIndex < first._start)
            {
                error = "the range ends before it starts.";
                return false;
            }

            period = new Period(first._start, last.EndIndex - first._start + 1);
            return true;
        }

        return TryParseSingle(s, out period, out error);
    }

    private static bool TryParseSingle(ReadOnlySpan<char> s, out Period period, out string error)
    {
        period = default;
        s = s.Trim();
        if (s.Length < 4 || !TryDigits(s[..4], out var year))
        {
            error = "it does not start with a four-digit year.";
            return false;
        }

        if (year < MinYear)
        {
            error = "the year is before year 1.";
            return false;
        }

        var rest = s[4..];
        if (rest.IsEmpty)
        {
            period = Year(year);
            error = string.Empty;
            return true;
        }

        // Comtrade monthly form: YYYYMM.
        if (rest.Length == 2 && TryDigits(rest, out var cm))
        {
            return Month(year, cm, out period, out error);
        }

        if (rest[0] != '-' || rest.Length < 2)
        {
            error = "the year must be followed by '-' and a sub-period.";
            return false;
        }

        rest = rest[1..];
        var tag = char.ToUpperInvariant(rest[0]);
        if (char.IsAsciiDigit(rest[0]))
        {
            if (rest.Length != 2 || !TryDigits(rest, out var m))
            {
                error = "a month is two digits.";
                return false;
            }

            return Month(year, m, out period, out error);
        }

        if (rest.Length < 2 || !TryDigits(rest[1..], out var n))
        {
            error = "the sub-period number is missing or not a number.";
            return false;
        }

        switch (tag)
        {
            case 'M' when rest.Length == 3:
                return Month(year, n, out period, out error);
            case 'Q' when rest.Length == 2 && n is >= 1 and <= 4:
                period = Quarter(year, n);
                break;
            case 'S' or 'H' when rest.Length == 2 && n is >= 1 and <= 2:
                period = Half(year, n);
                break;
            case 'A' when rest.Length == 2 && n == 1:
                period = Year(year);
                break;
            default:
                error = "the sub-period is not a month (01-12, M01-M12), quarter (Q1-Q4), half (S1-S2) or year (A1).";
                return false;
        }

        error = string.Empty;
        return true;
    }

    private static bool Month(int year, int month, out Period period, out string error)
    {
        if (month is < 1 or > 12)
        {
            period = default;
            error = "the month is not between 01 and 12.";
            return false;
        }

        period = Month(year, month);
        error = string.Empty;
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return !s.IsEmpty;
    }

    /// <summary>Whether two periods cover the same months.</summary>
    /// <param name="left">One period.</param>
    /// <param name="right">The period to compare with.</param>
    /// <returns>True when both cover the same months.</returns>
    public static bool operator ==(Period left, Period right) => left.Equals(right);

    /// <summary>Whether two periods differ.</summary>
    /// <param name="left">One period.</param>
    /// <param name="right">The period to compare with.</param>
    /// <returns>True when they differ in start month or length.</returns>
    public static bool operator !=(Period left, Period right) => !left.Equals(right);

    /// <summary>Orders periods by start, then length.</summary>
    /// <param name="left">The period that may sort first.</param>
    /// <param name="right">The period to compare with.</param>
    /// <returns>True when <paramref name="left"/> starts earlier, or starts together and is shorter.</returns>
    public static bool operator <(Period left, Period right) => left.CompareTo(right) < 0;

    /// <summary>Orders periods by start, then length.</summary>
    /// <param name="left">The period that may sort first.</param>
    /// <param name="right">The period to compare with.</param>
    /// <returns>True when <paramref name="left"/> sorts before <paramref name="right"/> or equals it.</returns>
    public static bool operator <=(Period left, Period right) => left.CompareTo(right) <= 0;

    /// <summary>Orders periods by start, then length.</summary>
    /// <param name="left">The period that may sort last.</param>
    /// <param name="right">The period to compare with.</param>
    /// <returns>True when <paramref name="left"/> starts later, or starts together and is longer.</returns>
    public static bool operator >(Period left, Period right) => left.CompareTo(right) > 0;

    /// <summary>Orders periods by start, then length.</summary>
    /// <param name="left">The period that may sort last.</param>
    /// <param name="right">The period to compare with.</param>
    /// <returns>True when <paramref name="left"/> sorts after <paramref name="right"/> or equals it.</returns>
    public static bool operator >=(Period left, Period right) => left.CompareTo(right) >= 0;
}
