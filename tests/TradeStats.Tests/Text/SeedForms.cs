namespace TradeStats.Tests.Text;

/// <summary>Every money, percentage, growth-factor and count form in the five seed articles, with what it must parse to.</summary>
public static class SeedForms
{
    /// <summary>Money: text, value, currency code, resolution, style.</summary>
    public static TheoryData<string, decimal, string, decimal, RoundingStyle> Money => new()
    {
        // Xinhua, 2025-02-17
        { "12.67 billion yuan", 12.67e9m, "CNY", 0.01e9m, RoundingStyle.Nearest },
        { "about 1.77 billion U.S. dollars", 1.77e9m, "USD", 0.01e9m, RoundingStyle.Nearest },
        { "11.32 billion yuan", 11.32e9m, "CNY", 0.01e9m, RoundingStyle.Nearest },
        { "1.35 billion yuan", 1.35e9m, "CNY", 0.01e9m, RoundingStyle.Nearest },
        { "5.12 billion yuan", 5.12e9m, "CNY", 0.01e9m, RoundingStyle.Nearest },
        { "surpassed 100 million yuan", 100e6m, "CNY", 1e6m, RoundingStyle.AtLeast },
        { "1.55 billion yuan", 1.55e9m, "CNY", 0.01e9m, RoundingStyle.Nearest },
        { "3.53 billion yuan", 3.53e9m, "CNY", 0.01e9m, RoundingStyle.Nearest },

        // China Daily, 2026-01-30
        { "an estimated 8.47 billion yuan", 8.47e9m, "CNY", 0.01e9m, RoundingStyle.Nearest },
        { "$1.21 billion", 1.21e9m, "USD", 0.01e9m, RoundingStyle.Nearest },
        { "7.26 billion yuan", 7.26e9m, "CNY", 0.01e9m, RoundingStyle.Nearest },
        { "613 million yuan", 613e6m, "CNY", 1e6m, RoundingStyle.Nearest },
        { "4.47 billion yuan", 4.47e9m, "CNY", 0.01e9m, RoundingStyle.Nearest },
        { "2.82 billion yuan", 2.82e9m, "CNY", 0.01e9m, RoundingStyle.Nearest },
        { "440 million yuan", 440e6m, "CNY", 1e6m, RoundingStyle.Nearest },
        { "some 5.76 billion yuan", 5.76e9m, "CNY", 0.01e9m, RoundingStyle.Nearest },
        { "4.03 billion yuan", 4.03e9m, "CNY", 0.01e9m, RoundingStyle.Nearest },
        { "136 million yuan", 136e6m, "CNY", 1e6m, RoundingStyle.Nearest },

        // Travel agency overview
        { "approximately 9.97 billion yuan", 9.97e9m, "CNY", 0.01e9m, RoundingStyle.Nearest },
        { "approximately 2.1 billion USD", 2.1e9m, "USD", 0.1e9m, RoundingStyle.Nearest },
        { "1.8 billion USD", 1.8e9m, "USD", 0.1e9m, RoundingStyle.Nearest },
        { "an estimated 2.5 billion USD", 2.5e9m, "USD", 0.1e9m, RoundingStyle.Nearest },
        { "1.5 billion USD", 1.5e9m, "USD", 0.1e9m, RoundingStyle.Nearest },
        { "approximately 1 billion USD", 1e9m, "USD", 1e9m, RoundingStyle.Nearest },
        { "2.8 billion USD", 2.8e9m, "USD", 0.1e9m, RoundingStyle.Nearest },
        { "approximately 3.2 billion USD", 3.2e9m, "USD", 0.1e9m, RoundingStyle.Nearest },

        // 2023 milestone article
        { "10 billion yuan", 10e9m, "CNY", 1e9m, RoundingStyle.Nearest },
        { "$138.08 million", 138.08e6m, "USD", 0.01e6m, RoundingStyle.Nearest },

        // Global Times, 2024-02-07
        { "$34.3 billion", 34.3e9m, "USD", 0.1e9m, RoundingStyle.Nearest },
        { "246.57 billion yuan", 246.57e9m, "CNY", 0.01e9m, RoundingStyle.Nearest },
        { "283.67 billion yuan", 283.67e9m, "CNY", 0.01e9m, RoundingStyle.Nearest },

        // The contract's other forms
        { "US$1.77 billion", 1.77e9m, "USD", 0.01e9m, RoundingStyle.Nearest },
        { "1.77 billion U.S. dollars", 1.77e9m, "USD", 0.01e9m, RoundingStyle.Nearest },
        { "8.47bn yuan", 8.47e9m, "CNY", 0.01e9m, RoundingStyle.Nearest },
        { "12.67亿元", 12.67e8m, "CNY", 0.01e8m, RoundingStyle.Nearest },
        { "5000万元", 5000e4m, "CNY", 1e4m, RoundingStyle.Nearest },
        { "17.7亿美元", 17.7e8m, "USD", 0.1e8m, RoundingStyle.Nearest },
        { "34.3 billion USD", 34.3e9m, "USD", 0.1e9m, RoundingStyle.Nearest },
    };

    /// <summary>Money with an equivalent in parentheses: text, amount, its code, equivalent, its code.</summary>
    public static TheoryData<string, decimal, string, decimal, string> MoneyWithEquivalent => new()
    {
        { "12.67 billion yuan (about 1.77 billion U.S. dollars)", 12.67e9m, "CNY", 1.77e9m, "USD" },
        { "8.47 billion yuan ($1.21 billion)", 8.47e9m, "CNY", 1.21e9m, "USD" },
        { "10 billion yuan ($138.08 million)", 10e9m, "CNY", 138.08e6m, "USD" },
        { "246.57 billion yuan ($34.3 billion)", 246.57e9m, "CNY", 34.3e9m, "USD" },
    };

    /// <summary>Percentages: text, fraction, resolution, style.</summary>
    public static TheoryData<string, decimal, decimal, RoundingStyle> Percent => new()
    {
        { "15.4 percent", 0.154m, 0.001m, RoundingStyle.Nearest },
        { "15.3 percent", 0.153m, 0.001m, RoundingStyle.Nearest },
        { "16.9 percent", 0.169m, 0.001m, RoundingStyle.Nearest },
        { "84.8 percent", 0.848m, 0.001m, RoundingStyle.Nearest },
        { "98.6 percent", 0.986m, 0.001m, RoundingStyle.Nearest },
        { "more than 20 percent", 0.20m, 0.01m, RoundingStyle.AtLeast },
        { "144.82 percent", 1.4482m, 0.0001m, RoundingStyle.Nearest },
        { "126.79 percent", 1.2679m, 0.0001m, RoundingStyle.Nearest },
        { "6.3 percent", 0.063m, 0.001m, RoundingStyle.Nearest },
        { "over 7 percent", 0.07m, 0.01m, RoundingStyle.AtLeast },
        { "8 percent", 0.08m, 0.01m, RoundingStyle.Nearest },
        { "12.4 percent", 0.124m, 0.001m, RoundingStyle.Nearest },
        { "85.7 percent", 0.857m, 0.001m, RoundingStyle.Nearest },
        { "6.8 percent", 0.068m, 0.001m, RoundingStyle.Nearest },
        { "23.2 percent", 0.232m, 0.001m, RoundingStyle.Nearest },
        { "approximately 89%", 0.89m, 0.01m, RoundingStyle.Nearest },
        { "10%", 0.10m, 0.01m, RoundingStyle.Nearest },
        { "12%", 0.12m, 0.01m, RoundingStyle.Nearest },
        { "around 10%", 0.10m, 0.01m, RoundingStyle.Nearest },
        { "15%", 0.15m, 0.01m, RoundingStyle.Nearest },
        { "50 percent", 0.50m, 0.01m, RoundingStyle.Nearest },
        { "79.4 percent", 0.794m, 0.001m, RoundingStyle.Nearest },
        { "70.8 percent", 0.708m, 0.001m, RoundingStyle.Nearest },
        { "25.8 percent", 0.258m, 0.001m, RoundingStyle.Nearest },
        { "93.4 percent", 0.934m, 0.001m, RoundingStyle.Nearest },
        { "52.5 percent", 0.525m, 0.001m, RoundingStyle.Nearest },
        { "44.5 percent", 0.445m, 0.001m, RoundingStyle.Nearest },
        { "187 percent", 1.87m, 0.01m, RoundingStyle.Nearest },
        { "88 percent", 0.88m, 0.01m, RoundingStyle.Nearest },
        { "60 percent", 0.60m, 0.01m, RoundingStyle.Nearest },
        { "142.7 percent", 1.427m, 0.001m, RoundingStyle.Nearest },
        { "+15.4%", 0.154m, 0.001m, RoundingStyle.Nearest },
        { "-33.1%", -0.331m, 0.001m, RoundingStyle.Nearest },
    };

    /// <summary>Growth factors: text, factor.</summary>
    public static TheoryData<string, decimal> Fold => new()
    {
        { "65-fold", 65m },
        { "eightfold", 8m },
    };

    /// <summary>Counts: text, value, resolution, style.</summary>
    public static TheoryData<string, decimal, decimal, RoundingStyle> Count => new()
    {
        { "12,938", 12938m, 0m, RoundingStyle.Exact },
        { "more than 11,800", 11800m, 1m, RoundingStyle.AtLeast },
        { "226", 226m, 0m, RoundingStyle.Exact },
        { "155", 155m, 0m, RoundingStyle.Exact },
        { "140", 140m, 0m, RoundingStyle.Exact },
        { "192", 192m, 0m, RoundingStyle.Exact },
        { "14", 14m, 0m, RoundingStyle.Exact },
        { "3,600", 3600m, 0m, RoundingStyle.Exact },
        { "10", 10m, 0m, RoundingStyle.Exact },
    };
}
