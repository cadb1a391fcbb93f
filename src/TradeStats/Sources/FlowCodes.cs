using System.Collections.Frozen;

namespace TradeStats.Sources;

/// <summary>
/// The one table of flow codes (X, M, T, B, RX, RM) that every reader and writer uses; UN Comtrade's extra spellings
/// (legacy numbers and names) are added to it in <see cref="ComtradeFields.Flows"/>.
/// </summary>
internal static class FlowCodes
{
    /// <summary>Code to flow, case-sensitive as written by the publishers.</summary>
    public static readonly FrozenDictionary<string, TradeFlow> ByCode = new Dictionary<string, TradeFlow>(StringComparer.Ordinal)
    {
        ["X"] = TradeFlow.Exports,
        ["M"] = TradeFlow.Imports,
        ["T"] = TradeFlow.Total,
        ["B"] = TradeFlow.Balance,
        ["RX"] = TradeFlow.ReExports,
        ["RM"] = TradeFlow.ReImports,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The code of a flow.</summary>
    public static string Code(TradeFlow flow) =>
        ByCode.FirstOrDefault(p => p.Value == flow).Key ?? throw new ArgumentOutOfRangeException(nameof(flow), flow, "Unknown trade flow.");

    /// <summary>A flow from its code or its <see cref="TradeFlow"/> member name (any case); numbers are not names.</summary>
    public static bool TryParse(string text, out TradeFlow flow)
    {
        if (ByCode.TryGetValue(text, out flow))
        {
            return true;
        }

        foreach (var f in Enum.GetValues<TradeFlow>())
        {
            if (string.Equals(f.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                flow = f;
                return true;
            }
        }

        return false;
    }
}
