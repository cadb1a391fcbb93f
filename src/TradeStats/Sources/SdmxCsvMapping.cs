using System.Collections.Immutable;

namespace TradeStats.Sources;

/// <summary>
/// Says which SDMX-CSV dimension columns hold the reporter, partner, flow and currency, and how their codes map to
/// the library's. Unmapped columns must be listed in <see cref="IgnoredColumns"/> (or be a standard attribute such
/// as OBS_FLAG), so that a dimension is never dropped by accident, which would merge different series.
/// </summary>
/// <example>
/// <code>
/// var mapping = new SdmxCsvMapping("REPORTER", "FLOW", new Dictionary&lt;string, TradeFlow&gt; { ["EXP"] = TradeFlow.Exports, ["IMP"] = TradeFlow.Imports })
/// {
///     PartnerColumn = "PARTNER",
///     CurrencyColumn = "CURRENCY",
///     IgnoredColumns = ["FREQ"],
/// };
/// </code>
/// </example>
/// <param name="ReporterColumn">The column of reporter codes.</param>
/// <param name="FlowColumn">The column of flow codes.</param>
/// <param name="FlowCodes">The flow of each code in <paramref name="FlowColumn"/>; an unlisted code is an error.</param>
public sealed record SdmxCsvMapping(string ReporterColumn, string FlowColumn, IReadOnlyDictionary<string, TradeFlow> FlowCodes)
{
    /// <summary>The column of partner codes; null when the data set has no partner dimension (then <see cref="Partner"/> is used).</summary>
    public string? PartnerColumn { get; init; }

    /// <summary>The partner when there is no partner column; the world by default.</summary>
    public Territory Partner { get; init; } = Territory.World;

    /// <summary>The column of currency (unit) codes; null when every value is in <see cref="Currency"/>.</summary>
    public string? CurrencyColumn { get; init; }

    /// <summary>The currency when there is no currency column.</summary>
    public Currency? Currency { get; init; }

    /// <summary>Codes of the currency column that are not ISO 4217 codes (such as <c>MIO_EUR</c>) and their currency.</summary>
    public IReadOnlyDictionary<string, Currency> CurrencyCodes { get; init; } = ImmutableDictionary<string, Currency>.Empty;

    /// <summary>Territory codes of the data set that the library does not know by that code (such as Eurostat's <c>EL</c> for Greece) and the code to use.</summary>
    public IReadOnlyDictionary<string, string> TerritoryCodes { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>The power of ten values are multiplied by when the file has no UNIT_MULT column (or it is empty): 6 for millions.</summary>
    public int UnitMultiplier { get; init; }

    /// <summary>The column of HS codes, if the data set has a commodity dimension; <c>TOTAL</c> or empty means all goods.</summary>
    public string? CommodityColumn { get; init; }

    /// <summary>Columns to ignore: dimensions fixed for the whole file (FREQ) and attributes the library does not hold.</summary>
    public ImmutableArray<string> IgnoredColumns { get; init; } = [];

    /// <summary>OBS_STATUS codes beyond the built-in ones (A or empty Final, P Preliminary, E Estimated) and their status.</summary>
    public IReadOnlyDictionary<string, ObservationStatus> StatusCodes { get; init; } = ImmutableDictionary<string, ObservationStatus>.Empty;
}
