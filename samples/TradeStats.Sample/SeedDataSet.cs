using TradeStats.Analysis;
using TradeStats.Sources;
using TradeStats.Verification;

namespace TradeStats.Sample;

/// <summary>A figure from the articles that is shown for context but not entered as a trade statement, with the reason.</summary>
/// <param name="Publisher">Who published it.</param>
/// <param name="Figure">The figure as printed.</param>
/// <param name="Excerpt">The sentence of the article that contains the figure.</param>
/// <param name="Reason">Why it is not a verifiable trade statement.</param>
public sealed record ContextFigure(string Publisher, string Figure, string Excerpt, string Reason);

/// <summary>
/// The data set shipped with the sample: every figure of the five seed articles as statements (with the article and
/// sentence), the observations derived from their levels, the sourced USD/CNY rates, and the figures kept as context.
/// </summary>
public sealed class SeedDataSet
{
    /// <summary>The file of statements in the sample's statements CSV format.</summary>
    public const string StatementsFile = "seed-statements.csv";

    /// <summary>The file of exchange rates in the exchange-rate CSV format of <see cref="ExchangeRateCsvReader"/>.</summary>
    public const string RatesFile = "usd-cny-rates.csv";

    private SeedDataSet(IReadOnlyList<StatementRecord> records, ExchangeRateTable rates)
    {
        Records = records;
        Statements = new StatementSet(records.Select(r => r.Statement));
        Rates = rates;
        Observations = TradeSeries.From(records.Select(ToObservation).OfType<TradeObservation>());
    }

    /// <summary>The statements with their status and line in the data file.</summary>
    public IReadOnlyList<StatementRecord> Records { get; }

    /// <summary>The statements, ready for the verifier.</summary>
    public StatementSet Statements { get; }

    /// <summary>
    /// One observation per statement of a money level rounded to the nearest (bounds such as "more than 100 million
    /// yuan" are not levels), with the statement's source and status.
    /// </summary>
    public TradeSeries Observations { get; }

    /// <summary>The USD/CNY annual averages of the central parity rate, each with its source.</summary>
    public ExchangeRateTable Rates { get; }

    /// <summary>Figures of the articles that are not trade statements (counts of partners, projections, GDP...).</summary>
    public IReadOnlyList<ContextFigure> Context => SeedContext.Figures;

    /// <summary>The directory the sample ships its data in, next to the executable.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "Data");

    /// <summary>Loads the data set.</summary>
    /// <param name="directory">The data directory; <see cref="DefaultDirectory"/> when null.</param>
    /// <returns>The data set.</returns>
    /// <exception cref="StatementFormatException">The statements file is invalid.</exception>
    /// <exception cref="TradeDataFormatException">The rates file is invalid.</exception>
    public static SeedDataSet Load(string? directory = null)
    {
        directory ??= DefaultDirectory;
        SampleTerritories.EnsureRegistered();
        var records = StatementCsv.ReadFile(Path.Combine(directory, StatementsFile));
        var rates = new ExchangeRateCsvReader(Path.Combine(directory, RatesFile)).LoadTableAsync().GetAwaiter().GetResult();
        return new SeedDataSet(records, rates);
    }

    /// <summary>The statement with an id.</summary>
    /// <param name="id">The statement id from the <c>id</c> column of <see cref="StatementsFile"/>, such as <c>xinhua-2024-total</c>; case-sensitive.</param>
    /// <returns>The statement with that id in the data set.</returns>
    public Statement this[string id] => Statements[id];

    private static TradeObservation? ToObservation(StatementRecord record)
    {
        var s = record.Statement;
        if (s.Value is not { } value || value.Number.Style != RoundingStyle.Nearest)
        {
            return null;
        }

        var subject = s.Subject;
        return new TradeObservation(subject.Reporter, subject.Partner, subject.Period, subject.Flow, value.Value)
        {
            Commodity = subject.Commodity,
            CustomsRegime = subject.CustomsRegime,
            EnterpriseType = subject.EnterpriseType,
            TransportMode = subject.TransportMode,
            Quantity = s.Count is { Style: RoundingStyle.Nearest or RoundingStyle.Exact } c && s.CountUnit is { } unit ? new Quantity(c.Value, unit) : null,
            Status = record.Status,
            Source = s.Source,
        };
    }
}

/// <summary>Territory groups the articles name that the library does not define.</summary>
public static class SampleTerritories
{
    /// <summary>
    /// "BRI partner markets" (China Daily): the articles do not list the members, so the group has none; it is a
    /// partner of its own, within the world, and nothing is summed into it.
    /// </summary>
    public static Territory BeltAndRoad => EnsureRegistered();

    /// <summary>Registers the groups (idempotent).</summary>
    /// <returns>The Belt and Road group.</returns>
    public static Territory EnsureRegistered() => Territory.RegisterGroup("BRI", "Belt and Road partners", Array.Empty<string>());
}
