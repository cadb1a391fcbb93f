using DuckDB.NET.Data;

namespace TradeStats.DuckDb;

/// <summary>SQL text helpers: quoting and a builder that binds every value as a parameter.</summary>
internal static class Sql
{
    /// <summary>A string literal, for the few statements that take no parameter (SET, COPY ... TO): quotes doubled.</summary>
    public static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>A quoted identifier: double quotes doubled, so any column name a file declares is safe.</summary>
    public static string Identifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

/// <summary>Collects positional parameters ($1, $2 ...) while a statement is written.</summary>
internal sealed class Parameters
{
    private readonly List<object?> _values = [];

    /// <summary>A copy with the same parameters, to which a statement adds its own.</summary>
    public Parameters Clone()
    {
        var copy = new Parameters();
        copy._values.AddRange(_values);
        return copy;
    }

    /// <summary>Binds a value and returns its placeholder.</summary>
    public string Add(object? value)
    {
        _values.Add(value);
        return "$" + _values.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public DuckDBCommand Command(DuckDBConnection connection, string text)
    {
        var command = connection.CreateCommand();
        command.CommandText = text;
        foreach (var v in _values)
        {
            command.Parameters.Add(new DuckDBParameter { Value = v ?? DBNull.Value });
        }

        return command;
    }
}
