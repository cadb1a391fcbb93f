using CsvHelper;

namespace TradeStats.Sample;

/// <summary>One CSV record with the line it starts on.</summary>
/// <param name="Line">The 1-based line the record starts on.</param>
/// <param name="Fields">The fields, unquoted.</param>
public sealed record CsvRecord(long Line, IReadOnlyList<string> Fields);

/// <summary>Reads and writes the sample's own CSV files (statements, output tables) through CsvHelper, as the library does.</summary>
public static class CsvRecords
{
    /// <summary>Reads every record, quoted fields included (commas, quotes and line breaks inside quotes).</summary>
    /// <param name="reader">The CSV text, read to the end; not disposed.</param>
    /// <param name="sourceName">The name used in error messages.</param>
    /// <returns>The records, header first.</returns>
    /// <exception cref="FormatException">The CSV is malformed (a quote not closed, text after a closing quote); the message names the line.</exception>
    public static List<CsvRecord> Read(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            HasHeader = false,
            Mode = CsvMode.Rfc4180,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            DetectSeparatorHint = false,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MalformedData = CsvMalformedDataHandling.Throw,
        };
        var records = new List<CsvRecord>();
        using var csv = CsvReader.Create(reader, options, leaveOpen: true);
        try
        {
            while (csv.Read())
            {
                var fields = new string[csv.FieldCount];
                for (var i = 0; i < fields.Length; i++)
                {
                    fields[i] = csv.GetString(i);
                }

                records.Add(new CsvRecord(csv.LineNumber, fields));
            }
        }
        catch (CsvFormatException e)
        {
            throw new FormatException($"{sourceName}, line {e.LineNumber}: malformed CSV: {e.Message}", e);
        }

        return records;
    }

    /// <summary>Writes one record, quoting fields that need it.</summary>
    /// <param name="writer">The writer to append the record to; left open.</param>
    /// <param name="fields">The field values in column order; null writes an empty field.</param>
    public static void Write(TextWriter writer, IEnumerable<string?> fields)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(fields);
        using var csv = CsvWriter.Create(writer, CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: true);
        foreach (var field in fields)
        {
            csv.WriteField(field ?? string.Empty);
        }

        csv.EndRecord();
        csv.Flush();
    }
}
