using System.Net.Sockets;
using Npgsql;

namespace TradeStats.PostgreSql;

/// <summary>
/// A PostgreSQL source could not answer: the server (or a shard behind it) is unreachable or failed during the
/// query, the credentials were refused, or the table is missing. The message names the server and, for a shard,
/// the shard; no partial result is ever returned with it.
/// </summary>
public sealed class PostgreSqlSourceException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">The source, as <see cref="PostgreSqlTradeSource.Name"/> gives it (server, database and table; never the password).</param>
    /// <param name="reason">What went wrong and what to do.</param>
    /// <param name="sqlState">The SQLSTATE code, when the server gave one.</param>
    /// <param name="inner">The driver's exception.</param>
    public PostgreSqlSourceException(string source, string reason, string? sqlState, Exception? inner)
        : base($"{source}: {reason}", inner)
    {
        SourceName = source;
        SqlState = sqlState;
    }

    /// <summary>The source (server, database and table; never the password), as <see cref="PostgreSqlTradeSource.Name"/> gives it.</summary>
    public string SourceName { get; }

    /// <summary>The SQLSTATE code the server gave (28P01 wrong password, 42P01 missing table, 08xxx connection failures), or null.</summary>
    public string? SqlState { get; }

    /// <summary>The library's message for a driver exception, naming the server; cancellation and overflow pass unchanged.</summary>
    internal static Exception Translate(Exception e, string source)
    {
        switch (e)
        {
            case OperationCanceledException or OverflowException or PostgreSqlSourceException or Sources.TradeDataFormatException:
                return e;
            case PostgresException p:
                var detail = string.IsNullOrEmpty(p.Detail) ? string.Empty : " (" + p.Detail.Trim() + ")";
                var reason = p.SqlState switch
                {
                    PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification =>
                        $"the server refused the credentials: {p.MessageText}. Check the user name and password of the connection string.",
                    PostgresErrorCodes.InvalidCatalogName => $"{p.MessageText}.",
                    PostgresErrorCodes.UndefinedTable => $"{p.MessageText}; PostgreSqlObservationTable.CreateAsync creates the table.",
                    PostgresErrorCodes.NumericValueOutOfRange => throw new OverflowException($"{source}: a sum exceeds numeric(38,12): {p.MessageText}", p),
                    PostgresErrorCodes.QueryCanceled => $"the query was cancelled by the server: {p.MessageText}{detail}.",
                    _ when p.SqlState.StartsWith("08", StringComparison.Ordinal) || p.SqlState.StartsWith("HV", StringComparison.Ordinal) =>
                        $"a server of the cluster failed during the query: {p.MessageText}{detail}{Remote(p)}. Nothing was summed from the other servers either: run the query again when every server is up.",
                    _ => $"the query failed ({p.SqlState}): {p.MessageText}{detail}.",
                };
                return new PostgreSqlSourceException(source, reason, p.SqlState, p);
            case NpgsqlException n when n.InnerException is SocketException or IOException or TimeoutException:
                return new PostgreSqlSourceException(source, $"cannot reach the server, or it closed the connection during the query: {n.Message}{(n.InnerException is { } i ? " (" + i.Message + ")" : string.Empty)}", null, n);
            case NpgsqlException n:
                return new PostgreSqlSourceException(source, "the connection failed: " + n.Message, null, n);
            default:
                return e;
        }
    }

    // postgres_fdw names the foreign server only in the context of some errors; the remote statement tells which shard
    // table was being read.
    private static string Remote(PostgresException p) =>
        p.Where is { Length: > 0 } where ? "; " + where.Split('\n')[0].Trim() : string.Empty;
}
