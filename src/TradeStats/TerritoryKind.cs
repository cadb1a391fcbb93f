namespace TradeStats;

/// <summary>What a <see cref="Territory"/> stands for.</summary>
public enum TerritoryKind
{
    /// <summary>The world as a whole: the partner of a reporter's total trade.</summary>
    World = 0,

    /// <summary>A country or area with an ISO 3166-1 code.</summary>
    Country = 1,

    /// <summary>A subdivision with an ISO 3166-2 code, such as CN-XZ (Xizang).</summary>
    Subdivision = 2,

    /// <summary>A named group of territories whose membership may change over time, such as Central Asia 5.</summary>
    Group = 3,

    /// <summary>
    /// A statistical area that is neither a country nor a group of them, as UN Comtrade reports it: an "nes" (not
    /// elsewhere specified) region such as Other Asia, nes (490), bunkers, free zones, special categories, a former or
    /// combined territory (Fmr USSR, Belgium-Luxembourg), or the European Union as a reporter (97). Its code is
    /// <c>CT</c> followed by Comtrade's number (<c>CT490</c>); it may be a partner or a reporter.
    /// </summary>
    Area = 4,
}
