using System.Globalization;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TradeStats.Text;

namespace TradeStats.Tests.Text;

/// <summary>At the edges of decimal, a text parser returns the exact figure with a usable interval, or a FormatException quoting the text; never a rounded number.</summary>
public class TextEdgesTest
{
    [Theory]
    [InlineData("12345678901234567890123456789.4")]
    [InlineData("79228162514264337593543950335亿")]
    [InlineData("about 79228162514264337593543950335000")]
    public void Counts_that_decimal_cannot_hold_exactly_are_refused_quoting_the_text(string text)
    {
        var e = Assert.Throws<FormatException>(() => NumberText.ParseCount(text, null));
        Assert.Contains(text, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12345678901234567890123456789.5-fold")]
    public void Folds_that_decimal_cannot_hold_exactly_are_refused(string text) =>
        Assert.Contains(text, Assert.Throws<FormatException>(() => NumberText.ParseFold(text, null)).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("1234567890123456789012345678.95 yuan")]
    [InlineData("0.0000000000000000000000000001 yuan")]
    [InlineData("79228162514264337593543950335 yuan")]
    [InlineData("7922816251426433759354395033.5 billion yuan")]
    public void Money_that_decimal_cannot_hold_with_its_interval_is_refused(string text) =>
        Assert.Contains(text, Assert.Throws<FormatException>(() => MoneyText.ParsePublished(text, null)).Message, StringComparison.Ordinal);

    [Fact]
    public void A_percentage_whose_interval_overflows_is_refused() =>
        Assert.Throws<FormatException>(() => NumberText.ParsePercent("35741400467121691892305578318%", null));

    [Fact]
    public void Near_the_limits_what_decimal_holds_still_parses_exactly()
    {
        Assert.Equal(12345678901234567890123456789m, NumberText.ParseCount("12345678901234567890123456789", null).Value);
        var big = MoneyText.ParsePublished("7922816251426433759354395033 yuan", null);
        Assert.Equal(7922816251426433759354395033m, big.Value.Amount);
        Assert.True(big.Admits(Money.Cny(7922816251426433759354395033.4m)));
        Assert.Equal(0.000000000000000000000000002m, MoneyText.ParsePublished("0.000000000000000000000000002 yuan", null).Value.Amount);
    }

    [Property(MaxTest = 500)]
    public Property A_parsed_figure_always_has_a_usable_interval_and_the_exact_value_of_its_text()
    {
        var digitTexts = Gen.OneOf(
            from n in Gen.Choose(1, 30)
            from ds in Gen.ArrayOf(Gen.Elements('0', '1', '5', '9'), n)
            from point in Gen.Choose(0, n)
            select point == 0 || point == n ? new string(ds) : new string(ds, 0, point) + "." + new string(ds, point, n - point),
            Gen.Elements("79228162514264337593543950335", "0.0000000000000000000000000001", "9.0000000000000000000000000001", "7922816251426433759354395033.5"));
        var texts = from d in digitTexts
                    from suffix in Gen.Elements(" yuan", " billion yuan", "亿元", "万元", " million US dollars")
                    select d + suffix;
        return Prop.ForAll(Arb.From(texts), (string text) =>
        {
            PublishedMoney figure;
            try
            {
                figure = MoneyText.ParsePublished(text, null);
            }
            catch (FormatException e)
            {
                Assert.Contains(text, e.Message, StringComparison.Ordinal);
                return;
            }

            _ = figure.Interval;
            Assert.True(figure.Admits(figure.Value));
            Assert.Equal(ExactValue(text), ExactText(figure.Value.Amount));
        });
    }

    // The exact value of the leading digits times the scale word, as an integer count of 10^-40.
    private static BigInteger ExactValue(string text)
    {
        var digits = new string([.. text.TakeWhile(c => char.IsAsciiDigit(c) || c == '.')]);
        var scale = text.Contains("billion", StringComparison.Ordinal) ? 9 : text.Contains("million", StringComparison.Ordinal) ? 6 : text.Contains('亿', StringComparison.Ordinal) ? 8 : text.Contains('万', StringComparison.Ordinal) ? 4 : 0;
        var point = digits.IndexOf('.', StringComparison.Ordinal);
        var decimals = point < 0 ? 0 : digits.Length - point - 1;
        return BigInteger.Parse(digits.Replace(".", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture) * BigInteger.Pow(10, 40 - decimals + scale);
    }

    private static BigInteger ExactText(decimal d) => ExactValue(d.ToString(CultureInfo.InvariantCulture));
}
