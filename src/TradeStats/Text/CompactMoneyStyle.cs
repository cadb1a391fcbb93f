namespace TradeStats.Text;

/// <summary>How <see cref="MoneyText.FormatCompact(Money, CompactMoneyStyle, int?, IFormatProvider?)"/> writes an amount.</summary>
public enum CompactMoneyStyle
{
    /// <summary>
    /// As the English-language press writes it: "12.67 billion yuan" for CNY, "US$1.77 billion" for USD, and the
    /// ISO code after the amount for any other currency ("5 billion NPR").
    /// </summary>
    Press = 0,

    /// <summary>English scale words and the ISO code after the amount: "12.67 billion CNY", "1.77 billion USD".</summary>
    Code = 1,

    /// <summary>Chinese units: "126.7亿元", "5000万元", "17.7亿美元"; other currencies get their code ("5亿 NPR").</summary>
    Chinese = 2,
}
