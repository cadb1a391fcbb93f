namespace TradeStats.Sources;

/// <summary>
/// Where trade observations come from: a file, a database, a web service, a list in memory. A source streams its
/// observations and may apply the query's filters itself (a database in SQL, a file reader while it streams);
/// whatever it returns must satisfy <see cref="TradeQuery.Matches"/>.
/// </summary>
/// <example>
/// <code>
/// ITradeDataSource source = new CompositeTradeDataSource(
///     new ObservationCsvFile("xizang.csv"),
///     new ComtradeJsonReader("comtrade-2010.json"));
/// var query = TradeQuery.All with { Reporters = [Territory.FromCode("CN")], Flows = [TradeFlow.Exports] };
/// await foreach (var observation in source.ReadAsync(query, cancellationToken))
/// {
///     Console.WriteLine(observation);
/// }
/// </code>
/// </example>
public interface ITradeDataSource
{
    /// <summary>A short name for messages, such as a file name.</summary>
    string Name { get; }

    /// <summary>Streams the observations that match a query.</summary>
    /// <param name="query">The filters; <see cref="TradeQuery.All"/> for everything.</param>
    /// <param name="cancellationToken">Stops the stream.</param>
    /// <returns>The matching observations, in the source's order.</returns>
    /// <exception cref="TradeDataFormatException">The source holds invalid data (in <see cref="ErrorMode.StopAtFirstError"/> mode).</exception>
    /// <exception cref="TradeDataValidationException">Some records were invalid (in <see cref="ErrorMode.CollectAll"/> mode), thrown at the end of the stream.</exception>
    IAsyncEnumerable<TradeObservation> ReadAsync(TradeQuery query, CancellationToken cancellationToken = default);
}
