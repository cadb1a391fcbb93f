namespace TradeStats.Data;

/// <summary>Reads the tab-separated reference tables embedded in the assembly (territories, currencies, groups, Comtrade areas).</summary>
internal static class EmbeddedTable
{
    /// <summary>
    /// The data rows of <c>Data/<paramref name="fileName"/></c>, each with its line number: comment lines (<c>#</c>),
    /// blank lines and the header line (starting with <paramref name="headerStart"/>) are skipped, and a row without
    /// exactly <paramref name="fieldCount"/> fields is an error naming the file and line.
    /// </summary>
    public static List<(int Line, string[] Fields)> Read(string fileName, string headerStart, int fieldCount)
    {
        var resource = "TradeStats.Data." + fileName;
        using var stream = typeof(EmbeddedTable).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The resource {resource} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var rows = new List<(int Line, string[] Fields)>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#' || line.StartsWith(headerStart + "\t", StringComparison.Ordinal))
            {
                continue;
            }

            var fields = line.Split('\t');
            rows.Add(fields.Length == fieldCount
                ? (lineNumber, fields)
                : throw new InvalidOperationException($"{fileName} line {lineNumber}: expected {fieldCount} tab-separated fields, found {fields.Length}."));
        }

        return rows;
    }
}
