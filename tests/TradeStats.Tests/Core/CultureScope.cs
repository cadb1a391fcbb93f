using System.Globalization;

namespace TradeStats.Tests.Core;

/// <summary>Sets the current culture for the length of a test and restores it, so text forms can be proved invariant.</summary>
public sealed class CultureScope : IDisposable
{
    private readonly CultureInfo _culture;
    private readonly CultureInfo _uiCulture;

    /// <summary>Switches the current culture and UI culture to <paramref name="name"/>.</summary>
    public CultureScope(string name)
    {
        _culture = CultureInfo.CurrentCulture;
        _uiCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
    }

    /// <summary>
    /// The cultures that break naive code: Turkish casing (i/İ), comma decimals and dot grouping (de-DE),
    /// narrow no-break space grouping (fr-FR), Chinese, and Arabic with its own minus sign and digits; plus the
    /// invariant culture as a control.
    /// </summary>
    public static TheoryData<string> Names { get; } = new("", "tr-TR", "de-DE", "fr-FR", "zh-CN", "ar-SA");

    /// <inheritdoc/>
    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
