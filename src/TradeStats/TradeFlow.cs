namespace TradeStats;

/// <summary>
/// The direction of trade a value measures. Exports and imports (and re-exports, re-imports) are recorded;
/// <see cref="Total"/> and <see cref="Balance"/> are derived from exports and imports.
/// </summary>
public enum TradeFlow
{
    /// <summary>Goods leaving the reporter (recorded).</summary>
    Exports = 0,

    /// <summary>Goods entering the reporter (recorded).</summary>
    Imports = 1,

    /// <summary>Two-way trade, "import and export value": exports plus imports (derived).</summary>
    Total = 2,

    /// <summary>Exports minus imports; negative for a deficit (derived).</summary>
    Balance = 3,

    /// <summary>Re-exports, a part of exports in Comtrade's reporting (recorded).</summary>
    ReExports = 4,

    /// <summary>Re-imports, a part of imports in Comtrade's reporting (recorded).</summary>
    ReImports = 5,
}

/// <summary>Facts about <see cref="TradeFlow"/> values.</summary>
public static class TradeFlowExtensions
{
    /// <summary>Whether the flow is derived from others (total, balance) rather than recorded.</summary>
    /// <param name="flow">Any flow, recorded or derived.</param>
    /// <returns>True for <see cref="TradeFlow.Total"/> and <see cref="TradeFlow.Balance"/>.</returns>
    public static bool IsDerived(this TradeFlow flow) => flow is TradeFlow.Total or TradeFlow.Balance;

    /// <summary>Whether the flow's values may be negative (only the balance).</summary>
    /// <param name="flow">Any flow, recorded or derived.</param>
    /// <returns>True for <see cref="TradeFlow.Balance"/>.</returns>
    public static bool AllowsNegativeValues(this TradeFlow flow) => flow == TradeFlow.Balance;
}
