using TradeStats.Verification;

namespace TradeStats.Tests.Verification;

/// <summary>
/// Every checkable statement of the five seed articles, each with its source sentence. Figures are entered as
/// printed, so their rounding follows the printed digits ("1 billion" is [0.5, 1.5) billion, "1.8 billion" is
/// [1.75, 1.85) billion).
/// </summary>
public static class SeedStatements
{
    public static readonly Territory Xizang = Territory.FromCode("CN-XZ");
    public static readonly Territory Xinjiang = Territory.FromCode("CN-XJ");
    public static readonly Territory China = Territory.FromCode("CN");
    public static readonly Territory Nepal = Territory.FromCode("NP");
    public static readonly Commodity Nev = Commodity.Named("New energy vehicles");

    public static readonly SourceReference Xinhua = new("Xinhua", new DateOnly(2025, 2, 17), "China's Xizang reports surging foreign trade in 2024");
    public static readonly SourceReference TravelAgency = new("Tour Travel Tibet", null, "An Overview of Exports and Imports in Tibet Autonomous Region: 2025 Insights");
    public static readonly SourceReference ChinaDaily = new("China Daily", new DateOnly(2026, 1, 30), "Xizang's trade surges on stronger global ties");
    public static readonly SourceReference Milestone = new("Unattributed web article", null, "Xizang's gateway to global commerce: Breaking records with 10 billion yuan in foreign trade");
    public static readonly SourceReference GlobalTimes = new("Global Times", new DateOnly(2024, 2, 7), "Northwest China's Xinjiang realizes $34.3 billion exports to five Central Asian countries in 2023");

    /// <summary>Xizang's trade with the world in a year, for a flow.</summary>
    public static StatementSubject Xz(int year, TradeFlow flow = TradeFlow.Total) => new(Xizang, Territory.World, Period.Year(year), flow);

    public static PublishedMoney Cny(decimal billions) => Figures.Billion(billions, Currency.CNY);

    public static PublishedMoney Usd(decimal billions) => Figures.Billion(billions, Currency.USD);

    public static PublishedNumber Pct(decimal percent) => Figures.Percent(percent);

    /// <summary>Xinhua, 17 February 2025: Xizang's foreign trade in 2024.</summary>
    public static IReadOnlyList<Statement> Xinhua2024() =>
    [
        Statement.OfValue("xinhua-total-2024", Xz(2024), Cny(12.67m)).From(Xinhua, "Foreign trade in southwest China's Xizang Autonomous Region climbed to 12.67 billion yuan (about 1.77 billion U.S. dollars) in 2024, marking a 15.4 percent increase from the previous year") with
        {
            Growth = Pct(15.4m),
            Equivalent = Usd(1.77m),
        },
        Statement.OfValue("xinhua-exports-2024", Xz(2024, TradeFlow.Exports), Cny(11.32m)).From(Xinhua, "Exports rose 15.3 percent year on year to 11.32 billion yuan") with { Growth = Pct(15.3m) },
        Statement.OfValue("xinhua-imports-2024", Xz(2024, TradeFlow.Imports), Cny(1.35m)).From(Xinhua, "while imports increased 16.9 percent to 1.35 billion yuan") with { Growth = Pct(16.9m) },
        Statement.OfValue("xinhua-nepal-2024", Xz(2024) with { Partner = Nepal }, Cny(5.12m)).From(Xinhua, "Nepal became its largest trading partner last year, with bilateral trade soaring 84.8 percent to 5.12 billion yuan.") with { Growth = Pct(84.8m) },
        Statement.OfShare("xinhua-private-share-2024", Xz(2024) with { EnterpriseType = EnterpriseType.Private }, Pct(98.6m), Xz(2024)).From(Xinhua, "Private enterprises played a dominant role, contributing 98.6 percent of the region's total foreign trade"),
        Statement.OfValue("xinhua-wool-2024", Xz(2024, TradeFlow.Exports) with { Commodity = Commodity.Named("Plateau specialty goods") }, Figures.Million(100m, Currency.CNY, RoundingStyle.AtLeast)).From(Xinhua, "Exports of plateau specialty goods such as wool and cashmere surpassed 100 million yuan for the first time in 2024, up more than 20 percent year on year.") with { Growth = Figures.Percent(20m, RoundingStyle.AtLeast) },
        Statement.OfCount("xinhua-nev-count-2024", Xz(2024, TradeFlow.Exports) with { Commodity = Nev }, Figures.Count(11800m, RoundingStyle.AtLeast), "vehicles").From(Xinhua, "Xizang exported more than 11,800 NEVs worth 1.55 billion yuan in 2024, up 144.82 percent and 126.79 percent year on year respectively.") with { Growth = Pct(144.82m) },
        Statement.OfValue("xinhua-nev-value-2024", Xz(2024, TradeFlow.Exports) with { Commodity = Nev }, Cny(1.55m)).From(Xinhua, "Xizang exported more than 11,800 NEVs worth 1.55 billion yuan in 2024, up 144.82 percent and 126.79 percent year on year respectively.") with { Growth = Pct(126.79m) },
        Statement.OfValue("xinhua-border-2024", Xz(2024) with { CustomsRegime = CustomsRegime.BorderSmallScaleTrade }, Cny(3.53m)).From(Xinhua, "In 2024, 14 traditional border trade points resumed operations, with small-scale border trade reaching 3.53 billion yuan."),
    ];

    /// <summary>The travel agency's overview: yuan figures for 2024 and a dollar series for 2021-2024.</summary>
    public static IReadOnlyList<Statement> TravelAgency2021To2025() =>
    [
        Statement.OfValue("travel-total-2024-cny", Xz(2024), Cny(12.67m)).From(TravelAgency, "In 2024, the Tibet Autonomous Region experienced a notable shift in its foreign trade dynamics, achieving a total trade value of 12.67 billion yuan."),
        Statement.OfShare("travel-exports-share-2024", Xz(2024, TradeFlow.Exports), Pct(89m), Xz(2024)).From(TravelAgency, "Exports significantly dominated the trade balance, constituting approximately 89% of the total trade volume."),
        Statement.OfValue("travel-balance-2024-cny", Xz(2024, TradeFlow.Balance), Cny(9.97m)).From(TravelAgency, "The trade imbalance in the Tibet Autonomous Region has garnered attention due to its significant surplus, recorded at approximately 9.97 billion yuan in 2024."),
        Statement.OfGrowth("travel-growth-ytd-2025", new StatementSubject(Xizang, Territory.World, Period.YearToDate(2025, 10), TradeFlow.Total), new PublishedNumber(0.11m, 0.02m)).From(TravelAgency, "The preliminary trade data for the Tibet Autonomous Region from January to October 2025 indicate promising growth projections ranging from 10% to 12%."),
        Statement.OfValue("travel-total-2021", Xz(2021), Usd(1.8m)).From(TravelAgency, "In 2022, Tibet's total trade volume reached approximately 2.1 billion USD, marking a steady growth from 1.8 billion USD in the previous year."),
        Statement.OfValue("travel-total-2022", Xz(2022), Usd(2.1m)).From(TravelAgency, "In 2022, Tibet's total trade volume reached approximately 2.1 billion USD, marking a steady growth from 1.8 billion USD in the previous year.") with { Growth = Figures.Increase() },
        Statement.OfValue("travel-total-2023", Xz(2023), Usd(2.5m)).From(TravelAgency, "By 2023, the total trade surged to an estimated 2.5 billion USD, driven largely by enhanced export activities.") with { Growth = Figures.Increase() },
        Statement.OfValue("travel-exports-2023", Xz(2023, TradeFlow.Exports), Usd(1.5m)).From(TravelAgency, "Exports specifically accounted for 1.5 billion USD, indicating a year-on-year growth rate of around 10%.") with { Growth = Pct(10m) },
        Statement.OfValue("travel-imports-2023", Xz(2023, TradeFlow.Imports), Usd(1m)).From(TravelAgency, "On the other hand, imports also increased, reaching approximately 1 billion USD.") with { Growth = Figures.Increase() },
        Statement.OfValue("travel-total-2024", Xz(2024), Usd(2.8m)).From(TravelAgency, "Advancing into 2024, Tibet's trade experienced further expansion, attaining a total volume of 2.8 billion USD.") with { Growth = Figures.Increase() },
        Statement.OfValue("travel-exports-2024", Xz(2024, TradeFlow.Exports), Usd(1.8m)).From(TravelAgency, "The growth in exports surged to 1.8 billion USD, with an impressive growth rate of 15% compared to the previous year") with { Growth = Pct(15m) },
        Statement.OfValue("travel-imports-2024", Xz(2024, TradeFlow.Imports), Usd(1m)).From(TravelAgency, "while imports rose at a slower pace to 1 billion USD.") with { Growth = Figures.Increase() },
    ];

    /// <summary>China Daily, 30 January 2026: Xizang's trade in 2025.</summary>
    public static IReadOnlyList<Statement> ChinaDaily2025() =>
    [
        // The headline claims growth ("surges"); the article itself gives no rate for the total.
        Statement.OfValue("cd-total-2025", Xz(2025), Cny(8.47m)).From(ChinaDaily, "Xizang autonomous region has seen its import and export value of goods reach an estimated 8.47 billion yuan ($1.21 billion) in 2025, according to Lhasa Customs.") with
        {
            Equivalent = Usd(1.21m),
            Growth = Figures.Increase(),
        },
        Statement.OfValue("cd-private-2025", Xz(2025) with { EnterpriseType = EnterpriseType.Private }, Cny(7.26m)).From(ChinaDaily, "Private enterprises remained the driving force, contributing 85.7 percent of the total trade value, or 7.26 billion yuan.") with
        {
            Share = Pct(85.7m),
            ShareOf = Xz(2025),
        },
        // "A 65-fold surge to 613 million yuan": the value is 65 times the base, a growth of 64 (6,400 percent), rounded to the fold.
        Statement.OfValue("cd-foreign-2025", Xz(2025) with { EnterpriseType = EnterpriseType.ForeignInvested }, Figures.Million(613m, Currency.CNY)).From(ChinaDaily, "Foreign-invested enterprises saw a 65-fold surge in their trade value to 613 million yuan.") with { Growth = new PublishedNumber(64m, 1m) },
        Statement.OfValue("cd-general-2025", Xz(2025) with { CustomsRegime = CustomsRegime.GeneralTrade }, Cny(4.47m)).From(ChinaDaily, "General trade, including digital trade channels, reached 4.47 billion yuan"),
        Statement.OfValue("cd-border-2025", Xz(2025) with { CustomsRegime = CustomsRegime.BorderSmallScaleTrade }, Cny(2.82m)).From(ChinaDaily, "border small-scale trade maintained stability with imports and exports totaling 2.82 billion yuan"),
        Statement.OfCount("cd-nev-count-2025", Xz(2025, TradeFlow.Exports) with { Commodity = Nev }, Figures.Count(12938m), "vehicles").From(ChinaDaily, "In 2025, Tibetan ports exported 12,938 NEVs, achieving a 6.8 percent year-on-year growth") with { Growth = Pct(6.8m) },
        Statement.OfValue("cd-air-2025", Xz(2025) with { TransportMode = TransportMode.Air }, Figures.Million(440m, Currency.CNY)).From(ChinaDaily, "Goods worth 440 million yuan were transported via airfreight in 2025"),
        Statement.OfShare("cd-nepal-share-2025", Xz(2025) with { Partner = Nepal }, Pct(23.2m), new StatementSubject(China, Nepal, Period.Year(2025), TradeFlow.Total)).From(ChinaDaily, "Xizang's trade with Nepal constituted 23.2 percent of the total value of China-Nepal trade"),
        Statement.OfValue("cd-south-asia-2025", Xz(2025) with { Partner = Territory.SouthAsia }, Cny(4.03m)).From(ChinaDaily, "while exchanges with South Asian nations amounted to 4.03 billion yuan"),
    ];

    /// <summary>The "milestone" article: 10 billion yuan in 2023, with a dollar equivalent off by ten.</summary>
    public static IReadOnlyList<Statement> Milestone2023() =>
    [
        // A "historic milestone" of 10 billion is a threshold crossed, so the figure is read as "at least 10 billion";
        // Xinhua's 2024 level and growth imply about 10.98 billion for 2023.
        Statement.OfValue("milestone-total-2023", Xz(2023), Figures.Billion(10m, Currency.CNY, RoundingStyle.AtLeast)).From(Milestone, "Xizang shattered all expectations in 2023, achieving a historic milestone in foreign trade: a staggering 10 billion yuan ($138.08 million) in total trade volume.") with
        {
            Equivalent = Figures.Million(138.08m, Currency.USD),
        },
    ];

    /// <summary>Global Times, 7 February 2024: Xinjiang's trade with the five Central Asian countries in 2023.</summary>
    public static IReadOnlyList<Statement> GlobalTimes2023()
    {
        var ca5 = new StatementSubject(Xinjiang, Territory.CentralAsia5, Period.Year(2023), TradeFlow.Total);
        return
        [
            Statement.OfValue("gt-exports-ca5-2023", ca5.WithFlow(TradeFlow.Exports), Cny(246.57m)).From(GlobalTimes, "Northwest China's Xinjiang Uygur Autonomous Region secured top spot in exports to the five Central Asian countries in 2023, reaching a record-breaking 246.57 billion yuan ($34.3 billion). The result marked substantial year-on-year growth of 23.2 percent.") with
            {
                Equivalent = Usd(34.3m),
                Growth = Pct(23.2m),
            },
            Statement.OfValue("gt-total-ca5-2023", ca5, Cny(283.67m)).From(GlobalTimes, "Xinjiang's total imports and exports with the five Central Asian countries reached 283.67 billion yuan in 2023, surging 50 percent year-on-year. It accounted for 79.4 percent of Xinjiang's overall foreign trade value in 2023") with
            {
                Growth = Pct(50m),
                Share = Pct(79.4m),
                ShareOf = ca5 with { Partner = Territory.World },
            },
            Statement.OfGrowth("gt-kazakhstan-2023", ca5 with { Partner = Territory.FromCode("KZ") }, Pct(70.8m)).From(GlobalTimes, "a remarkable 70.8 percent increase with Kazakhstan"),
        ];
    }

    /// <summary>Every seed statement.</summary>
    public static StatementSet All() =>
        new([.. Xinhua2024(), .. TravelAgency2021To2025(), .. ChinaDaily2025(), .. Milestone2023(), .. GlobalTimes2023()]);
}
