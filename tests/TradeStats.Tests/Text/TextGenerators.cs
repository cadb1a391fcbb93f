using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using TradeStats.Tests.Infrastructure;

namespace TradeStats.Tests.Text;

/// <summary>Generators of published figures as the press prints them.</summary>
public static class TextGenerators
{
    /// <summary>A currency registered for the tests, so that codes other than CNY and USD are exercised.</summary>
    public static Currency Npr { get; } = Currency.Register("NPR", 524, 2, "Nepalese Rupee", "Rs");

    /// <summary>Format providers: invariant (null) and cultures with other separators.</summary>
    public static Gen<CultureInfo?> Provider { get; } = Gen.Elements<CultureInfo?>(
        null,
        CultureInfo.InvariantCulture,
        CultureInfo.GetCultureInfo("de-DE"),
        CultureInfo.GetCultureInfo("fr-FR"),
        CultureInfo.GetCultureInfo("tr-TR"),
        CultureInfo.GetCultureInfo("zh-CN"),
        CultureInfo.GetCultureInfo("ar-SA"),
        CultureInfo.GetCultureInfo("hi-IN"));

    /// <summary>Digits as printed: a mantissa with 0 to 4 decimals.</summary>
    public static Gen<decimal> Digits { get; } =
        from mantissa in Gen.Choose(-1_000_000, 1_000_000)
        from decimals in Gen.Choose(0, 4)
        select mantissa / TradeStatsTextMath.Pow10(decimals);

    /// <summary>A style the press has words for.</summary>
    public static Gen<RoundingStyle> PressStyle { get; } = Gen.Elements(RoundingStyle.Nearest, RoundingStyle.Nearest, RoundingStyle.AtLeast, RoundingStyle.AtMost);

    /// <summary>Published amounts: printed digits at a scale from one to a trillion, in CNY, USD or NPR.</summary>
    public static Gen<PublishedMoney> PublishedMoney { get; } =
        from digits in Digits
        from scale in Gen.Elements(1m, 1e3m, 1e4m, 1e6m, 1e8m, 1e9m, 1e12m)
        from style in PressStyle
        from currency in Gen.Elements(Currency.CNY, Currency.USD, Npr)
        select new PublishedMoney(PublishedNumber.FromDigits(digits, scale, style), currency);

    /// <summary>Published fractions from percentages with 0 to 4 decimals.</summary>
    public static Gen<PublishedNumber> PublishedFraction { get; } =
        from digits in Digits
        from style in PressStyle
        select PublishedNumber.FromDigits(digits, 0.01m, style);

    /// <summary>Published counts: exact, bounds, and approximate counts rounded to their last non-zero digit.</summary>
    public static Gen<PublishedNumber> PublishedCount { get; } = Gen.OneOf(
        Gen.Choose(0, int.MaxValue).Select(n => PublishedNumber.Exact(n)),
        from n in Gen.Choose(0, int.MaxValue) from s in Gen.Elements(RoundingStyle.AtLeast, RoundingStyle.AtMost) select new PublishedNumber(n, 1m, s),
        from n in Gen.Choose(1, 999) from zeros in Gen.Choose(0, 6) select Approximate(n * TradeStatsTextMath.Pow10(zeros)));

    /// <summary>Arbitrary published money, shrinking towards fewer digits.</summary>
    public static Arbitrary<PublishedMoney> PublishedMoneyArbitrary { get; } = Arb.From(PublishedMoney);

    private static PublishedNumber Approximate(decimal n)
    {
        var resolution = 1m;
        while (n % (resolution * 10m) == 0m)
        {
            resolution *= 10m;
        }

        return new PublishedNumber(n, resolution, RoundingStyle.Nearest);
    }
}

/// <summary>Small arithmetic helpers for the text tests.</summary>
public static class TradeStatsTextMath
{
    /// <summary>Ten to a power.</summary>
    public static decimal Pow10(int n)
    {
        var r = 1m;
        for (var i = 0; i < n; i++)
        {
            r *= 10m;
        }

        return r;
    }
}
