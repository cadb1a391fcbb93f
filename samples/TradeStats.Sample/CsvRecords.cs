using System.Text;

namespace TradeStats.Sample;

/// <summary>One CSV record with the line it starts on.</summary>
/// <param name="Line">The 1-based line the record starts on.</param>
/// <param name="Fields">The fields, unquoted.</param>
public sealed record CsvRecord(long Line, IReadOnlyList<string> Fields);

/// <summary>A small RFC 4180 reader and writer for the sample's own CSV files (statements, output tables).</summary>
public static class CsvRecords
{
    /// <summary>Reads every record, quoted fields included (commas, quotes and line breaks inside quotes).</summary>
    /// <param name="reader">The text.</param>
    /// <param name="sourceName">The name used in error messages.</param>
    /// <returns>The records, header first.</returns>
    /// <exception cref="FormatException">A quote is not closed or a quoted field is followed by other characters.</exception>
    public static List<CsvRecord> Read(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        long line = 1, recordLine = 1;
        bool inQuotes = false, quoted = false, any = false;
        int c;
        while ((c = reader.Read()) != -1)
        {
            var ch = (char)c;
            if (inQuotes)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (ch == '\n')
                    {
                        line++;
                    }

                    field.Append(ch);
                }

                continue;
            }

            switch (ch)
            {
                case '"' when field.Length == 0 && !quoted:
                    inQuotes = quoted = any = true;
                    break;
                case '"':
                    throw new FormatException($"{sourceName}, line {line}: a quote inside an unquoted field or after a closing quote.");
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    quoted = false;
                    any = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    if (any || field.Length > 0)
                    {
                        fields.Add(field.ToString());
                        records.Add(new CsvRecord(recordLine, [.. fields]));
                    }

                    fields.Clear();
                    field.Clear();
                    quoted = any = false;
                    line++;
                    recordLine = line;
                    break;
                default:
                    if (quoted)
                    {
                        throw new FormatException($"{sourceName}, line {line}: characters after a closing quote.");
                    }

                    field.Append(ch);
                    any = true;
                    break;
            }
        }

        if (inQuotes)
        {
            throw new FormatException($"{sourceName}, line {recordLine}: a quoted field is not closed.");
        }

        if (any || field.Length > 0)
        {
            fields.Add(field.ToString());
            records.Add(new CsvRecord(recordLine, [.. fields]));
        }

        return records;
    }

    /// <summary>Writes one record, quoting fields that need it.</summary>
    /// <param name="writer">The output.</param>
    /// <param name="fields">The fields.</param>
    public static void Write(TextWriter writer, IEnumerable<string?> fields)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(string.Join(',', fields.Select(Escape)));
        writer.Write('\n');
    }

    private static string Escape(string? field)
    {
        field ??= string.Empty;
        return field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }
}
