namespace TradeStats;

/// <summary>Where a figure was published: publisher, date, title or address, and the passage it comes from.</summary>
/// <param name="Publisher">Who published it, such as "Xinhua" or "Lhasa Customs".</param>
/// <param name="Date">When it was published, when known.</param>
/// <param name="Title">The title of the article or table, when known.</param>
/// <param name="Address">A web address or file name, when known.</param>
/// <param name="Excerpt">The sentence or cell the figure was taken from, when recorded.</param>
public sealed record SourceReference(string Publisher, DateOnly? Date = null, string? Title = null, string? Address = null, string? Excerpt = null)
{
    /// <summary>A short label: publisher and date, such as "Xinhua 2025-02-17".</summary>
    /// <returns>The publisher, followed by the date as yyyy-MM-dd when known, such as <c>Xinhua 2025-02-17</c>.</returns>
    public override string ToString() =>
        Date is { } d ? $"{Publisher} {d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}" : Publisher;
}
