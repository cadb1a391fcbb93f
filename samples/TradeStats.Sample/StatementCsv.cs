using System.Globalization;
using TradeStats.Text;
using TradeStats.Verification;

namespace TradeStats.Sample;

/// <summary>A statement read from a statements CSV file, with its status and the line it came from.</summary>
/// <param name="Statement">The statement built from the row: id, subject, figures and source.</param>
/// <param name="Status">The status the source gave the figures (Final unless the row says otherwise).</param>
/// <param name="Line">The line of the file the row starts on.</param>
public sealed record StatementRecord(Statement Statement, ObservationStatus Status, long Line);

/// <summary>A statements CSV file that cannot be read: names the file, the line, the column and the value.</summary>
public sealed class StatementFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="sourceName">The file name the message starts with.</param>
    /// <param name="line">The 1-based line the bad record starts on.</param>
    /// <param name="field">The column, or null for the whole record.</param>
    /// <param name="value">The offending value, or null.</param>
    /// <param name="reason">What is wrong.</param>
    /// <param name="inner">The underlying error.</param>
    public StatementFormatException(string sourceName, long line, string? field, string? value, string reason, Exception? inner = null)
        : base(Compose(sourceName, line, field, value, reason), inner)
    {
        SourceName = sourceName;
        Line = line;
        Field = field;
        Value = value;
    }

    /// <summary>The file name the message starts with.</summary>
    public string SourceName { get; }

    /// <summary>The 1-based line the bad record starts on.</summary>
    public long Line { get; }

    /// <summary>The CSV column at fault, or null when the whole record is.</summary>
    public string? Field { get; }

    /// <summary>The offending value.</summary>
    public string? Value { get; }

    private static string Compose(string sourceName, long line, string? field, string? value, string reason) =>
        string.Create(CultureInfo.InvariantCulture, $"{sourceName}, line {line}")
        + (field is null ? string.Empty : $", column '{field}'")
        + (value is null ? string.Empty : $", value '{value}'")
        + ": " + reason;
}

/// <summary>
/// The sample's statements CSV format: one published statement per row, with its figures written as the press
/// writes them and parsed with <see cref="MoneyText"/> and <see cref="NumberText"/>.
/// </summary>
/// <remarks>
/// <para>UTF-8, comma-separated, RFC 4180 quoting, a header of exact lower-case names in any order; an unknown or
/// duplicated column is an error. Columns:</para>
/// <list type="bullet">
/// <item><c>id</c> (required, unique): a label such as <c>xinhua-2024-total</c>.</item>
/// <item><c>reporter</c>, <c>partner</c>, <c>period</c>, <c>flow</c> (required): as in the library's own observation
/// CSV (<c>CN-XZ</c>, <c>WLD</c>, <c>2024</c>, <c>X</c>/<c>M</c>/<c>T</c>/<c>B</c>).</item>
/// <item><c>commodity</c>, <c>customs_regime</c>, <c>enterprise_type</c>, <c>transport_mode</c>: breakdowns, empty for "all".</item>
/// <item><c>status</c>: Final (default), Preliminary, Estimated or Revised.</item>
/// <item><c>value</c>: an amount as printed, "12.67 billion yuan", "$1.21 billion", "more than 100 million yuan".</item>
/// <item><c>count</c> and <c>count_unit</c>: "12,938" / "more than 11,800" and what is counted.</item>
/// <item><c>share</c> and <c>share_of</c>: "85.7 percent" of a whole written as
/// <c>REPORTER PARTNER PERIOD FLOW [column=value ...]</c>, such as <c>CN-XZ WLD 2025 T</c>.</item>
/// <item><c>growth</c>: on the same period a year earlier, "+15.4%", "15.4 percent", "more than 20 percent",
/// "65-fold" (65 times the base, growth 6400%), or a direction word for a claim without a rate ("increase", "rose",
/// "surged", "fell", "declined", "stable" ...). A figure that opens with "about", "some", "approximately", "nearly" and
/// the like is marked approximate (<see cref="Statement.Approximate"/>).</item>
/// <item><c>equivalent</c>: the amount restated in another currency, "about 1.77 billion U.S. dollars".</item>
/// <item><c>source_publisher</c>, <c>source_date</c> (yyyy-MM-dd), <c>source_title</c>, <c>source_address</c>,
/// <c>source_excerpt</c> (the sentence).</item>
/// </list>
/// </remarks>
public static class StatementCsv
{
    /// <summary>The columns, in the order the sample's data file uses.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "id", "reporter", "partner", "period", "flow", "commodity", "customs_regime", "enterprise_type", "transport_mode", "status",
        "value", "count", "count_unit", "share", "share_of", "growth", "equivalent",
        "source_publisher", "source_date", "source_title", "source_address", "source_excerpt",
    ];

    private static readonly string[] Required = ["id", "reporter", "partner", "period", "flow"];

    /// <summary>Reads a statements file.</summary>
    /// <param name="path">Path of a statements CSV; error messages name it by its file name only.</param>
    /// <returns>One record per data row, in file order, each with the line it starts on.</returns>
    /// <exception cref="StatementFormatException">A row or the header is invalid.</exception>
    public static IReadOnlyList<StatementRecord> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, Path.GetFileName(path));
    }

    /// <summary>Reads statements from text.</summary>
    /// <param name="reader">The CSV text, header first; read to the end.</param>
    /// <param name="sourceName">The name error messages give as the file, such as <c>seed-statements.csv</c>.</param>
    /// <returns>One record per data row, in input order, each with the line it starts on.</returns>
    /// <exception cref="StatementFormatException">A row or the header is invalid.</exception>
    public static IReadOnlyList<StatementRecord> Read(TextReader reader, string sourceName)
    {
        List<CsvRecord> records;
        try
        {
            records = CsvRecords.Read(reader, sourceName);
        }
        catch (FormatException e)
        {
            throw new StatementFormatException(sourceName, 0, null, null, e.Message, e);
        }

        if (records.Count == 0)
        {
            throw new StatementFormatException(sourceName, 1, null, null, "the file is empty; expected a header line with " + string.Join(", ", Required) + ".");
        }

        var header = records[0].Fields.Select((name, i) => (Name: i == 0 ? name.TrimStart('\uFEFF') : name, Index: i)).ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, i) in header)
        {
            if (!Columns.Contains(name))
            {
                throw new StatementFormatException(sourceName, 1, name, null, "unknown column; the columns are " + string.Join(", ", Columns) + ".");
            }

            if (!index.TryAdd(name, i))
            {
                throw new StatementFormatException(sourceName, 1, name, null, "the column appears twice.");
            }
        }

        foreach (var name in Required.Where(n => !index.ContainsKey(n)))
        {
            throw new StatementFormatException(sourceName, 1, name, null, "a required column is missing.");
        }

        var result = new List<StatementRecord>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in records.Skip(1))
        {
            if (record.Fields.Count != header.Count)
            {
                throw new StatementFormatException(sourceName, record.Line, null, null, string.Create(CultureInfo.InvariantCulture, $"the record has {record.Fields.Count} fields; the header has {header.Count}."));
            }

            var row = new Row(sourceName, record, index);
            var statement = row.ToStatement();
            if (!ids.Add(statement.Statement.Id))
            {
                throw new StatementFormatException(sourceName, record.Line, "id", statement.Statement.Id, "another row has the same id.");
            }

            result.Add(statement);
        }

        return result;
    }

    /// <summary>Parses a subject written as <c>REPORTER PARTNER PERIOD FLOW [column=value ...]</c>, such as <c>CN-XZ WLD 2025 T enterprise_type=Private</c>.</summary>
    /// <param name="text">Space-separated reporter, partner, period and flow codes, then optional <c>column=value</c> breakdowns.</param>
    /// <returns>The subject with the breakdowns given set and the others null ("all").</returns>
    /// <exception cref="FormatException">The text is not a subject.</exception>
    public static StatementSubject ParseSubject(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length < 4)
        {
            throw new FormatException($"'{text}' is not a subject; expected REPORTER PARTNER PERIOD FLOW, such as 'CN-XZ WLD 2025 T'.");
        }

        var subject = new StatementSubject(Territory.FromCode(parts[0]), Territory.FromCode(parts[1]), Period.Parse(parts[2]), ParseFlow(parts[3]));
        foreach (var part in parts.Skip(4))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            var (key, value) = eq > 0 ? (part[..eq], part[(eq + 1)..]) : (part, string.Empty);
            subject = key switch
            {
                "commodity" => subject with { Commodity = ParseCommodity(value) },
                "customs_regime" => subject with { CustomsRegime = ParseEnum<CustomsRegime>(value) },
                "enterprise_type" => subject with { EnterpriseType = ParseEnum<EnterpriseType>(value) },
                "transport_mode" => subject with { TransportMode = ParseEnum<TransportMode>(value) },
                _ => throw new FormatException($"'{part}' in '{text}' is not a breakdown; use commodity=, customs_regime=, enterprise_type= or transport_mode=."),
            };
        }

        return subject;
    }

    /// <summary>Writes a subject in the form <see cref="ParseSubject"/> reads.</summary>
    /// <param name="subject">The subject to write.</param>
    /// <returns>The reporter, partner, period and flow codes and each set breakdown as <c>column=value</c>, separated by spaces.</returns>
    public static string FormatSubject(StatementSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var parts = new List<string> { subject.Reporter.Code, subject.Partner.Code, subject.Period.ToString(), FlowCode(subject.Flow) };
        if (subject.Commodity is { } c)
        {
            parts.Add("commodity=" + c.Code);
        }

        if (subject.CustomsRegime is { } r)
        {
            parts.Add("customs_regime=" + r);
        }

        if (subject.EnterpriseType is { } e)
        {
            parts.Add("enterprise_type=" + e);
        }

        if (subject.TransportMode is { } t)
        {
            parts.Add("transport_mode=" + t);
        }

        return string.Join(' ', parts);
    }

    /// <summary>Parses a flow code (X, M, T, B, RX, RM) or a <see cref="TradeFlow"/> name.</summary>
    /// <param name="text">A flow code such as <c>X</c>, or a <see cref="TradeFlow"/> member name in any case.</param>
    /// <returns>The flow the code or name stands for.</returns>
    /// <exception cref="FormatException">The text is not a flow.</exception>
    public static TradeFlow ParseFlow(string text) => text switch
    {
        "X" => TradeFlow.Exports,
        "M" => TradeFlow.Imports,
        "T" => TradeFlow.Total,
        "B" => TradeFlow.Balance,
        "RX" => TradeFlow.ReExports,
        "RM" => TradeFlow.ReImports,
        _ when Enum.TryParse<TradeFlow>(text, ignoreCase: true, out var f) && Enum.IsDefined(f) && !int.TryParse(text, CultureInfo.InvariantCulture, out _) => f,
        _ => throw new FormatException($"'{text}' is not a flow; use X, M, T, B, RX, RM or a flow name."),
    };

    /// <summary>The short code of a flow (X, M, T, B, RX, RM).</summary>
    /// <param name="flow">Any flow; an undefined value is written as its number.</param>
    /// <returns>The one- or two-letter code, such as <c>X</c> for exports.</returns>
    public static string FlowCode(TradeFlow flow) => flow switch
    {
        TradeFlow.Exports => "X",
        TradeFlow.Imports => "M",
        TradeFlow.Total => "T",
        TradeFlow.Balance => "B",
        TradeFlow.ReExports => "RX",
        TradeFlow.ReImports => "RM",
        _ => flow.ToString(),
    };

    /// <summary>Parses a growth figure: a percentage, a fold ("65-fold" is growth 64) or a direction word ("increase", "surged", "fell", "stable").</summary>
    /// <param name="text">A percentage (<c>15.4 percent</c>), a fold (<c>65-fold</c>) or a direction word (<c>rose</c>, <c>decrease</c>).</param>
    /// <returns>The growth as a fraction with its rounding, or a bound above or below zero for a direction word.</returns>
    /// <exception cref="FormatException">The text is not a growth figure.</exception>
    public static PublishedNumber ParseGrowth(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Figures.Growth(text.Trim());
    }

    private static Commodity? ParseCommodity(string text) =>
        text.Length == 0 ? null
        : text.Length is 2 or 4 or 6 && text.All(char.IsAsciiDigit) ? Commodity.Hs(text)
        : Commodity.Named(text);

    private static T ParseEnum<T>(string text)
        where T : struct, Enum =>
        Enum.TryParse<T>(text, ignoreCase: false, out var v) && Enum.IsDefined(v) && !text.All(char.IsAsciiDigit)
            ? v
            : throw new FormatException($"'{text}' is not a {typeof(T).Name}; use one of {string.Join(", ", Enum.GetNames<T>())}.");

    private sealed class Row(string sourceName, CsvRecord record, Dictionary<string, int> index)
    {
        public StatementRecord ToStatement()
        {
            var id = Get("id") ?? throw Error("id", null, "the id is empty.");
            var subject = Parse("reporter", s => new StatementSubject(Territory.FromCode(s), Territory.World, Period.Year(2000), TradeFlow.Total)) with
            {
                Partner = Parse("partner", Territory.FromCode),
                Period = Parse("period", Period.Parse),
                Flow = Parse("flow", ParseFlow),
                Commodity = Optional("commodity", ParseCommodity),
                CustomsRegime = OptionalValue("customs_regime", ParseEnum<CustomsRegime>),
                EnterpriseType = OptionalValue("enterprise_type", ParseEnum<EnterpriseType>),
                TransportMode = OptionalValue("transport_mode", ParseEnum<TransportMode>),
            };
            var status = OptionalValue("status", ParseEnum<ObservationStatus>) ?? ObservationStatus.Final;
            var statement = new Statement(id, subject)
            {
                Value = OptionalValue("value", s => MoneyText.ParsePublished(s, CultureInfo.InvariantCulture)),
                Count = OptionalValue("count", s => NumberText.ParseCount(s, CultureInfo.InvariantCulture)),
                CountUnit = Get("count_unit"),
                Share = OptionalValue("share", s => NumberText.ParsePercent(s, CultureInfo.InvariantCulture)),
                ShareOf = Optional("share_of", ParseSubject),
                Growth = OptionalValue("growth", ParseGrowth),
                Equivalent = OptionalValue("equivalent", s => MoneyText.ParsePublished(s, CultureInfo.InvariantCulture)),
                Source = Source(),
                Approximate = Approximate(),
            };
            try
            {
                statement.Validate();
            }
            catch (ArgumentException e)
            {
                throw Error(null, null, e.Message, e);
            }

            return new StatementRecord(statement, status, record.Line);
        }

        private StatementFigures Approximate()
        {
            var flags = StatementFigures.None;
            foreach (var (column, figure) in new[] { ("value", StatementFigures.Value), ("count", StatementFigures.Count), ("share", StatementFigures.Share), ("growth", StatementFigures.Growth), ("equivalent", StatementFigures.Equivalent) })
            {
                if (Figures.IsApproximate(Get(column)))
                {
                    flags |= figure;
                }
            }

            return flags;
        }

        private SourceReference? Source()
        {
            var publisher = Get("source_publisher");
            var date = OptionalValue("source_date", s => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture));
            var title = Get("source_title");
            var address = Get("source_address");
            var excerpt = Get("source_excerpt");
            if (publisher is null)
            {
                return date is null && title is null && address is null && excerpt is null
                    ? null
                    : throw Error("source_publisher", null, "a source needs its publisher when any other source column is filled.");
            }

            return new SourceReference(publisher, date, title, address, excerpt);
        }

        private string? Get(string column) =>
            index.TryGetValue(column, out var i) && record.Fields[i].Trim() is { Length: > 0 } v ? v : null;

        private T Parse<T>(string column, Func<string, T> parse)
        {
            var text = Get(column) ?? throw Error(column, string.Empty, "a required value is empty.");
            return Apply(column, text, parse);
        }

        private T? Optional<T>(string column, Func<string, T?> parse)
            where T : class =>
            Get(column) is { } text ? Apply(column, text, parse) : null;

        private T? OptionalValue<T>(string column, Func<string, T> parse)
            where T : struct =>
            Get(column) is { } text ? Apply(column, text, parse) : null;

        private T Apply<T>(string column, string text, Func<string, T> parse)
        {
            try
            {
                return parse(text);
            }
            catch (Exception e) when (e is FormatException or ArgumentException or KeyNotFoundException or OverflowException)
            {
                throw Error(column, text, e.Message, e);
            }
        }

        private StatementFormatException Error(string? field, string? value, string reason, Exception? inner = null) =>
            new(sourceName, record.Line, field, value, reason, inner);
    }
}
