namespace TradeStats.Sources;

/// <summary>Which of a UN Comtrade record's values a reader takes as the observation's value.</summary>
/// <remarks>A record without the chosen value is an error naming the field; a reader never falls back to another value.</remarks>
public enum ComtradeValue
{
    /// <summary>The primary value (<c>primaryValue</c>, legacy <c>Trade Value (US$)</c> / <c>TradeValue</c>): CIF for imports, FOB for exports, as the reporter records them.</summary>
    Primary = 0,

    /// <summary>The CIF value (<c>cifvalue</c>, legacy <c>CIF Trade Value (US$)</c> / <c>CIFValue</c>), usually given for imports only.</summary>
    Cif = 1,

    /// <summary>The FOB value (<c>fobvalue</c>, legacy <c>FOB Trade Value (US$)</c> / <c>FOBValue</c>), usually given for exports only.</summary>
    Fob = 2,
}
