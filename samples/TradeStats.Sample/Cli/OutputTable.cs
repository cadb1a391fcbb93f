using System.Globalization;
using System.Text.Json;
using Spectre.Console;

namespace TradeStats.Sample.Cli;

/// <summary>A result as rows of cells, written as a terminal table, CSV or JSON.</summary>
/// <param name="Title">The title shown above the terminal table.</param>
/// <param name="Columns">The column names (CSV header, JSON member names).</param>
/// <param name="Rows">The rows; cells are strings, decimals (written as JSON numbers) or null.</param>
public sealed record OutputTable(string Title, IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows)
{
    /// <summary>Writes the table.</summary>
    /// <param name="format">table, csv or json.</param>
    /// <param name="stdout">The writer to write the table, CSV or JSON to; left open.</param>
    public void Write(string format, TextWriter stdout)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        switch (format)
        {
            case "csv":
                CsvRecords.Write(stdout, Columns);
                foreach (var row in Rows)
                {
                    CsvRecords.Write(stdout, row.Select(Cell));
                }

                break;
            case "json":
                using (var stream = new MemoryStream())
                {
                    using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
                    {
                        json.WriteStartArray();
                        foreach (var row in Rows)
                        {
                            json.WriteStartObject();
                            for (var i = 0; i < Columns.Count; i++)
                            {
                                json.WritePropertyName(Columns[i]);
                                switch (row[i])
                                {
                                    case null: json.WriteNullValue(); break;
                                    case decimal d: json.WriteNumberValue(d); break;
                                    case int n: json.WriteNumberValue(n); break;
                                    case var v: json.WriteStringValue(Cell(v)); break;
                                }
                            }

                            json.WriteEndObject();
                        }

                        json.WriteEndArray();
                    }

                    stdout.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
                }

                break;
            default:
                var console = Terminal.Create(stdout);
                var table = new Table { Border = Terminal.Border(console), Title = new TableTitle(Markup.Escape(Title)) };
                foreach (var c in Columns)
                {
                    table.AddColumn(Markup.Escape(c));
                }

                foreach (var row in Rows)
                {
                    table.AddRow([.. row.Select(c => new Spectre.Console.Text(Cell(c)))]);
                }

                console.Write(table);
                break;
        }
    }

    private static string Cell(object? value) => value switch
    {
        null => string.Empty,
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
