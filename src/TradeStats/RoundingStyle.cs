namespace TradeStats;

/// <summary>How a published figure relates to the exact value it stands for.</summary>
public enum RoundingStyle
{
    /// <summary>Rounded to the nearest unit of its last digit: "12.67 billion" is in [12.665, 12.675) billion.</summary>
    Nearest = 0,

    /// <summary>Cut off after its last digit: "12.67 billion" is in [12.67, 12.68) billion.</summary>
    Truncated = 1,

    /// <summary>A lower bound, inclusive: "at least", and also "more than 11,800 vehicles" or "surpassed 100 million yuan" read safely.</summary>
    AtLeast = 2,

    /// <summary>An upper bound, inclusive: "at most", and also "less than 5 percent" read safely.</summary>
    AtMost = 3,

    /// <summary>An exact value, such as a count that is not rounded.</summary>
    Exact = 4,
}
