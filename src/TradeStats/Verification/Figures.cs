using System.Globalization;
using TradeStats.Text;

namespace TradeStats.Verification;

/// <summary>
/// Short factories for published figures as press releases print them, keeping the rounding the digits imply:
/// <c>Figures.Billion(12.67m, Currency.CNY)</c> is "12.67 billion yuan", <c>Figures.Percent(15.4m)</c> is "15.4 percent".
/// </summary>
/// <remarks>The resolution comes from the decimal's digits, so write the number exactly as printed: 1.50m is "1.50", 1.5m is "1.5".</remarks>
public static class Figures
{
    /// <summary>An amount printed in billions, such as "12.67 billion yuan".</summary>
    /// <param name="digits">The printed number, such as 12.67.</param>
    /// <param name="currency">The currency the amount is printed in, such as <see cref="Currency.CNY"/> for yuan.</param>
    /// <param name="style">How the printed number relates to the exact one.</param>
    /// <returns>The amount times one billion, with the interval its last printed digit implies (12.67 covers 12.665 to 12.675 billion).</returns>
    public static PublishedMoney Billion(decimal digits, Currency currency, RoundingStyle style = RoundingStyle.Nearest) =>
        new(PublishedNumber.FromDigits(digits, 1_000_000_000m, style), currency);

    /// <summary>An amount printed in millions, such as "613 million yuan".</summary>
    /// <param name="digits">The printed number, such as 613.</param>
    /// <param name="currency">The currency the amount is printed in.</param>
    /// <param name="style">How the printed number relates to the exact one.</param>
    /// <returns>The amount times one million, with the interval its last printed digit implies.</returns>
    public static PublishedMoney Million(decimal digits, Currency currency, RoundingStyle style = RoundingStyle.Nearest) =>
        new(PublishedNumber.FromDigits(digits, 1_000_000m, style), currency);

    /// <summary>An amount printed in units of the currency.</summary>
    /// <param name="digits">The printed number in major units of <paramref name="currency"/>, such as 1234.5.</param>
    /// <param name="currency">The currency the amount is printed in.</param>
    /// <param name="style">How the printed number relates to the exact one.</param>
    /// <returns>The amount, with the interval its last printed digit implies.</returns>
    public static PublishedMoney Amount(decimal digits, Currency currency, RoundingStyle style = RoundingStyle.Nearest) =>
        new(PublishedNumber.FromDigits(digits, 1m, style), currency);

    /// <summary>A percentage as a fraction: <c>Percent(15.4m)</c> is 0.154 with resolution 0.001, "15.4 percent".</summary>
    /// <param name="digits">The printed percentage, such as 15.4 or -33.1.</param>
    /// <param name="style">How the printed number relates to the exact one.</param>
    /// <returns>The fraction (0.154 for 15.4), with the resolution its last printed digit implies.</returns>
    public static PublishedNumber Percent(decimal digits, RoundingStyle style = RoundingStyle.Nearest) =>
        PublishedNumber.FromDigits(digits, 0.01m, style);

    /// <summary>A claim of growth without a rate ("surged", "rose"): any growth above zero.</summary>
    /// <returns>The fraction (0, +inf) written as "at least 0".</returns>
    public static PublishedNumber Increase() => new(0m, 0m, RoundingStyle.AtLeast);

    /// <summary>A claim of decline without a rate ("fell"): any growth below zero.</summary>
    /// <returns>The fraction (-inf, 0) written as "at most 0".</returns>
    public static PublishedNumber Decrease() => new(0m, 0m, RoundingStyle.AtMost);

    /// <summary>A count as printed, such as 12,938 (exact unless a style is given).</summary>
    /// <param name="digits">The printed count, such as 12938.</param>
    /// <param name="style">Exact by default; <see cref="RoundingStyle.AtLeast"/> for "more than 11,800".</param>
    /// <returns>The count, exact or with the bound <paramref name="style"/> gives.</returns>
    public static PublishedNumber Count(decimal digits, RoundingStyle style = RoundingStyle.Exact) =>
        style == RoundingStyle.Exact ? PublishedNumber.Exact(digits) : PublishedNumber.FromDigits(digits, 1m, style);

    /// <summary>An amount as printed in a press release: "12.67 billion yuan", "$1.21 billion", "613 million yuan", "12.67亿元".</summary>
    /// <param name="text">The text, read by <see cref="MoneyText.ParsePublished"/>.</param>
    /// <returns>The published amount, with the rounding its digits imply.</returns>
    /// <exception cref="FormatException">The text is not an amount; the message quotes it.</exception>
    public static PublishedMoney Money(string text) => MoneyText.ParsePublished(text, CultureInfo.InvariantCulture);

    /// <summary>A percentage as printed: "+15.4%", "98.6 percent", "-33.1%", as a fraction (0.154).</summary>
    /// <param name="text">The text, read by <see cref="NumberText.ParsePercent"/>.</param>
    /// <returns>The fraction (0.154 for "15.4%"), with the resolution its last printed digit implies.</returns>
    /// <exception cref="FormatException">The text is not a percentage; the message quotes it.</exception>
    public static PublishedNumber Percent(string text) => NumberText.ParsePercent(text, CultureInfo.InvariantCulture);

    /// <summary>
    /// A growth rate from a percentage ("+15.4%", "15.4 percent") or a fold ("65-fold": 65 times the base, a growth
    /// of 64 with the fold's rounding).
    /// </summary>
    /// <param name="text">A percentage such as <c>+15.4%</c> or <c>15.4 percent</c>, or a fold such as <c>65-fold</c>.</param>
    /// <returns>The growth as a fraction (64 for 65-fold), with the rounding the printed digits imply.</returns>
    /// <exception cref="FormatException">The text is neither a percentage nor a fold; the message quotes it.</exception>
    public static PublishedNumber Growth(string text)
    {
        Guard.Against.Null(text);
        if (NumberText.TryParsePercent(text, CultureInfo.InvariantCulture, out var percent))
        {
            return percent;
        }

        var fold = NumberText.ParseFold(text, CultureInfo.InvariantCulture);
        return new PublishedNumber(fold.Value - 1m, fold.Resolution, fold.Style);
    }
}
