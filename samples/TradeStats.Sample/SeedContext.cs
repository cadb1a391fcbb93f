namespace TradeStats.Sample;

/// <summary>The figures of the articles kept as context: not trade values, or projections and ranges that no level can check.</summary>
internal static class SeedContext
{
    public static IReadOnlyList<ContextFigure> Figures { get; } =
    [
        new("Tour Travel Tibet", "10% to 12% (Jan-Oct 2025)", "The preliminary trade data for the Tibet Autonomous Region from January to October 2025 indicate promising growth projections ranging from 10% to 12%.", "a projected range, with no level for January-October"),
        new("Tour Travel Tibet", "3.2 billion USD (2025)", "By 2025, the trade figures are projected to increase significantly, reaching approximately 3.2 billion USD in total trade volume, signaling a continued economic trajectory that favors growth and resilience.", "a projection, not a measurement"),
        new("China Daily", "226 enterprises, +12.4%", "In 2025, 226 enterprises in Xizang achieved trade growth, a year-on-year increase of 12.4 percent.", "a count of enterprises, not trade"),
        new("China Daily", "155 countries and regions", "In 2025, Xizang conducted trade with 155 countries and regions. The largest trading partners were Nepal, Australia and Germany.", "a count of partners and a ranking"),
        new("China Daily", "136 million yuan", "Xizang's second Lhasa Import Expo also achieved total sales of 136 million yuan, showcasing its growing attractiveness to international traders, he said.", "expo sales, not a customs figure"),
        new("Xinhua", "140 countries and regions", "Xizang has expanded its trade ties to 140 countries and regions.", "a count of partners"),
        new("Xinhua", "14 border trade points", "In 2024, 14 traditional border trade points resumed operations, with small-scale border trade reaching 3.53 billion yuan.", "a count of trade points (the 3.53 billion yuan is a statement)"),
        new("Xinhua", "GDP +6.3%; target over 7%, striving for 8%", "Xizang's gross domestic product expanded by 6.3 percent in 2024, and this year the region has set a growth target of over 7 percent, striving to reach 8 percent, according to its government work report.", "GDP, not trade"),
        new("Global Times", "eightfold (Horgos Port, Jan-Nov 2023)", "Notably, the trade volume of exported new-energy passenger vehicles saw eightfold year-on-year growth, representing a remarkable achievement.", "a port's figure; ports are not territories in the library"),
        new("Global Times", "192 countries and regions", "In 2023, Xinjiang conducted trade with 192 countries and regions worldwide.", "a count of partners"),
    ];
}
