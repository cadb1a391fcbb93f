namespace TradeStats;

/// <summary>The shape of a <see cref="Period"/>.</summary>
public enum PeriodKind
{
    /// <summary>One calendar month, such as 2024-01.</summary>
    Month = 1,

    /// <summary>A calendar quarter, such as 2024-Q1.</summary>
    Quarter = 3,

    /// <summary>A calendar half-year (semester), such as 2024-S1.</summary>
    Half = 6,

    /// <summary>A calendar year, such as 2024.</summary>
    Year = 12,

    /// <summary>Any other run of whole months, such as January-October 2025 (2025-01/2025-10).</summary>
    Range = 0,
}
