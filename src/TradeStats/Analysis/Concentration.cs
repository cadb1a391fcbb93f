using System.Globalization;

namespace TradeStats.Analysis;

/// <summary>
/// How concentrated a flow is over its parts (partners, products): the Herfindahl-Hirschman index as a fraction
/// (the sum of squared shares, from 1/n when n parts are equal to 1 when one part has everything) and its
/// equivalent number of equal parts (1 / HHI).
/// </summary>
/// <param name="Herfindahl">The Herfindahl-Hirschman index, in [1/n, 1] (multiply by 10,000 for the antitrust scale).</param>
/// <param name="EquivalentNumber">The number of equal parts with the same concentration: 1 / <paramref name="Herfindahl"/>.</param>
/// <param name="Count">The number of parts given (zeros included).</param>
public sealed record Concentration(decimal Herfindahl, decimal EquivalentNumber, int Count)
{
    /// <summary>Computes the concentration of amounts of one currency.</summary>
    /// <param name="values">The parts, not negative, at least one positive.</param>
    /// <returns>The index over the parts' shares of their sum, with its equivalent number and the count of parts.</returns>
    /// <exception cref="ArgumentException">No part is given, a part is negative, or all are zero.</exception>
    /// <exception cref="CurrencyMismatchException">The parts are in different currencies.</exception>
    /// <example>
    /// <code>
    /// var c = Concentration.Of([Money.Cny(5.12e9m), Money.Cny(2m), Money.Cny(1m)]);
    /// </code>
    /// </example>
    public static Concentration Of(IEnumerable<Money> values)
    {
        Guard.Against.Null(values);
        var list = values.ToList();
        Guard.Against.TooFewElements(list.Count, 1, "Concentration needs at least one part.", nameof(values));

        var total = list[0];
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].IsNegative)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Part {i} is negative ({list[i]}); concentration is defined for non-negative parts."), nameof(values));
            }

            if (i > 0)
            {
                total += list[i];
            }
        }

        if (total.IsZero)
        {
            throw new ArgumentException("All parts are zero; concentration is undefined.", nameof(values));
        }

        var hhi = 0m;
        foreach (var v in list)
        {
            var s = v.Amount / total.Amount;
            hhi += s * s;
        }

        return new Concentration(hhi, 1m / hhi, list.Count);
    }
}
