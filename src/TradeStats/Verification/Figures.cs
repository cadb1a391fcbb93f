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

    /// <summary>A claim that a figure held steady ("stable", "maintained stability"): growth of less than 5 percent either way.</summary>
    /// <returns>The fraction (-0.05, 0.05), written as 0 with a resolution of 0.1.</returns>
    public static PublishedNumber Stable() => new(0m, 0.1m, RoundingStyle.Nearest);

    /// <summary>
    /// The growth a direction word claims: "rose", "climbed", "surged", "soared", "grew", "increased" (and "up",
    /// "increase", "rise", "growth") are growth above zero; "fell", "dropped", "declined", "decreased", "slid" (and
    /// "down", "decrease", "decline", "fall") growth below zero; "stable", "steady", "unchanged" a change of less than
    /// 5 percent either way. Case and surrounding spaces are ignored.
    /// </summary>
    /// <param name="word">The word as printed, such as <c>surged</c>.</param>
    /// <returns><see cref="Increase"/>, <see cref="Decrease"/> or <see cref="Stable"/>.</returns>
    /// <exception cref="FormatException">The word is not a direction word; the message quotes it and lists the words read.</exception>
    public static PublishedNumber Direction(string word) =>
        TryDirection(word, out var growth)
            ? growth
            : throw new FormatException($"'{word}' is not a direction word; expected one of {string.Join(", ", Rises.Concat(Falls).Concat(Steadies))}.");

    /// <summary>Reads a direction word (see <see cref="Direction"/>) without throwing.</summary>
    /// <param name="word">The word as printed; null gives false.</param>
    /// <param name="growth">The growth the word claims when it is a direction word.</param>
    /// <returns>True when <paramref name="word"/> is a direction word.</returns>
    public static bool TryDirection(string? word, out PublishedNumber growth)
    {
        var w = word?.Trim().ToLowerInvariant() ?? string.Empty;
        growth = Rises.Contains(w) ? Increase() : Falls.Contains(w) ? Decrease() : Steadies.Contains(w) ? Stable() : default;
        return w.Length > 0 && (Rises.Contains(w) || Falls.Contains(w) || Steadies.Contains(w));
    }

    /// <summary>
    /// Whether a printed figure is qualified as approximate: it starts with "about", "some", "approximately", "around",
    /// "roughly", "nearly", "almost", "an estimated" or "estimated". Set the figure's flag in
    /// <see cref="Statement.Approximate"/> so that a small gap beyond its digits is explainable.
    /// </summary>
    /// <param name="text">The figure as printed, such as <c>about 1.77 billion U.S. dollars</c>; null gives false.</param>
    /// <returns>True when the text opens with one of the qualifiers.</returns>
    public static bool IsApproximate(string? text)
    {
        var t = text?.TrimStart() ?? string.Empty;
        return Approximations.Any(q => t.StartsWith(q + " ", StringComparison.OrdinalIgnoreCase));
    }

    private static readonly string[] Rises = ["rose", "rise", "rises", "climbed", "surged", "surges", "soared", "grew", "increased", "increase", "up", "growth", "expanded"];

    private static readonly string[] Falls = ["fell", "fall", "dropped", "declined", "decline", "decreased", "decrease", "slid", "down", "shrank", "contracted"];

    private static readonly string[] Steadies = ["stable", "steady", "unchanged", "flat", "maintained stability"];

    private static readonly string[] Approximations = ["about", "some", "approximately", "around", "roughly", "nearly", "almost", "an estimated", "estimated"];

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
    /// A growth rate from a percentage ("+15.4%", "15.4 percent", "nearly 20 percent"), a fold ("65-fold": 65 times
    /// the base, a growth of 64 with the fold's rounding) or a direction word without a rate ("surged", "fell",
    /// "stable"; see <see cref="Direction"/>).
    /// </summary>
    /// <param name="text">A percentage such as <c>+15.4%</c> or <c>15.4 percent</c>, a fold such as <c>65-fold</c>, or a direction word such as <c>rose</c>.</param>
    /// <returns>The growth as a fraction (64 for 65-fold), with the rounding the printed digits imply.</returns>
    /// <exception cref="FormatException">The text is neither a percentage, a fold nor a direction word; the message quotes it.</exception>
    public static PublishedNumber Growth(string text)
    {
        Guard.Against.Null(text);
        if (TryDirection(text, out var direction))
        {
            return direction;
        }

        if (NumberText.TryParsePercent(text, CultureInfo.InvariantCulture, out var percent))
        {
            return percent;
        }

        PublishedNumber fold;
        try
        {
            fold = NumberText.ParseFold(text, CultureInfo.InvariantCulture);
        }
        catch (FormatException e)
        {
            throw new FormatException($"'{text}' is not a growth figure: expected a percentage ('+15.4%', 'nearly 20 percent'), a fold ('65-fold') or a direction word ('rose', 'fell', 'stable').", e);
        }

        return new PublishedNumber(fold.Value - 1m, fold.Resolution, fold.Style);
    }
}
