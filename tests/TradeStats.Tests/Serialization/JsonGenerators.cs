using FsCheck;
using FsCheck.Fluent;
using TradeStats.Tests.Infrastructure;

namespace TradeStats.Tests.Serialization;

/// <summary>Generators for the core types the shared generators do not cover, for JSON round trips.</summary>
public static class JsonGenerators
{
    private static readonly string[] HsCodes = ["87", "8703", "870380", "0101", "27", "850760"];

    /// <summary>A registered group, so that group codes round-trip.</summary>
    public static Territory Group { get; } = TradeStats.Territory.RegisterGroup("JSON-TEST-GROUP", "JSON test group", ["NP", "IN"]);

    /// <summary>Short text, including characters JSON must escape.</summary>
    public static Gen<string> Text { get; } = Gen.Elements("Xinhua", "China Daily", "Global Times", "\"quoted\" \\ slash", "西藏 Xizang", "line\nbreak", "a");

    /// <summary>Territories: the shared ones, plus a registered group.</summary>
    public static Gen<Territory> Territory { get; } = Gen.Frequency((9, Generators.Territory), (1, Gen.Constant(Group)));

    /// <summary>HS codes with or without a name, and named groups.</summary>
    public static Gen<Commodity> Commodity { get; } = Gen.OneOf(
        Gen.Elements(HsCodes).Select(c => TradeStats.Commodity.Hs(c)),
        from c in Gen.Elements(HsCodes) from n in Text select TradeStats.Commodity.Hs(c, n),
        Text.Select(TradeStats.Commodity.Named));

    /// <summary>Quantities with non-negative values.</summary>
    public static Gen<Quantity> Quantity { get; } =
        from v in Generators.NonNegativeAmount from u in Gen.Elements("vehicles", "kg", "units", "t") select new Quantity(v, u);

    /// <summary>Sources with every optional member present or absent.</summary>
    public static Gen<SourceReference> Source { get; } =
        from publisher in Text
        from date in Gen.OneOf(Gen.Constant<DateOnly?>(null), Gen.Choose(0, 20000).Select(d => (DateOnly?)new DateOnly(1990, 1, 1).AddDays(d)))
        from title in Optional(Text)
        from address in Optional(Gen.Constant("https://example.org/a?b=1&c=2"))
        from excerpt in Optional(Text)
        select new SourceReference(publisher, date, title, address, excerpt);

    /// <summary>Exchange rates between CNY and USD, positive values, every kind.</summary>
    public static Gen<ExchangeRate> ExchangeRate { get; } =
        from pair in Gen.Elements((Currency.USD, Currency.CNY), (Currency.CNY, Currency.USD))
        from value in Generators.Amount.Select(a => Math.Clamp(Math.Abs(a) + 0.0001m, TradeStats.ExchangeRate.MinValue, TradeStats.ExchangeRate.MaxValue))
        from period in Generators.Period
        from kind in Gen.Elements(Enum.GetValues<ExchangeRateKind>())
        from source in Optional(Text)
        select new ExchangeRate(pair.Item1, pair.Item2, value, period, kind, source);

    /// <summary>Published numbers of every style.</summary>
    public static Gen<PublishedNumber> PublishedNumber { get; } = Gen.OneOf(
        from v in Generators.Amount from r in Generators.NonNegativeAmount.Select(a => a + 0.01m) from s in Gen.Elements(RoundingStyle.Nearest, RoundingStyle.Truncated, RoundingStyle.AtLeast, RoundingStyle.AtMost) select new PublishedNumber(v, r, s),
        Generators.Amount.Select(TradeStats.PublishedNumber.Exact));

    /// <summary>Published money.</summary>
    public static Gen<PublishedMoney> PublishedMoney { get; } =
        from n in PublishedNumber from c in Generators.Currency select new PublishedMoney(n, c);

    /// <summary>Intervals, bounded and unbounded, with every combination of inclusive ends.</summary>
    public static Gen<DecimalInterval> Interval { get; } =
        from a in Generators.Amount
        from width in Generators.NonNegativeAmount.Select(w => w + 1m)
        from li in Gen.Elements(true, false)
        from ui in Gen.Elements(true, false)
        from unbounded in Gen.Elements(0, 0, 1, 2)
        select new DecimalInterval(unbounded == 1 ? decimal.MinValue : a, unbounded == 2 ? decimal.MaxValue : a + width, li, ui);

    /// <summary>Observations with every optional member present or absent; only balances are negative.</summary>
    public static Gen<TradeObservation> Observation { get; } =
        from reporter in Generators.Territory
        from partner in Territory
        from period in Generators.Period
        from flow in Gen.Elements(Enum.GetValues<TradeFlow>())
        from money in Generators.Money
        from quantity in Optional(Quantity)
        from commodity in Optional(Commodity)
        from regime in OptionalEnum<CustomsRegime>()
        from enterprise in OptionalEnum<EnterpriseType>()
        from transport in OptionalEnum<TransportMode>()
        from secondPartner in Optional(Territory)
        from status in Gen.Elements(Enum.GetValues<ObservationStatus>())
        from source in Optional(Source)
        select new TradeObservation(reporter, partner, period, flow, flow == TradeFlow.Balance ? money : money.Abs())
        {
            Quantity = quantity,
            Commodity = commodity,
            CustomsRegime = regime,
            EnterpriseType = enterprise,
            TransportMode = transport,
            SecondPartner = secondPartner,
            Status = status,
            Source = source,
        };

    private static Gen<T?> Optional<T>(Gen<T> gen)
        where T : class => Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(x => (T?)x)));

    private static Gen<Quantity?> Optional(Gen<Quantity> gen) => Gen.Frequency((1, Gen.Constant<Quantity?>(null)), (2, gen.Select(x => (Quantity?)x)));

    private static Gen<T?> OptionalEnum<T>()
        where T : struct, Enum => Gen.Frequency((1, Gen.Constant<T?>(null)), (2, Gen.Elements(Enum.GetValues<T>()).Select(x => (T?)x)));
}
