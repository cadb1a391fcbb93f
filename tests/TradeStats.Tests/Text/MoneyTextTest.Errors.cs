// These tests call the text API without a format provider on purpose: the default is the invariant notation,
// which the culture analyzer cannot know.
#pragma warning disable CA1305

using TradeStats.Text;

namespace TradeStats.Tests.Text;

public partial class MoneyTextTest
{
    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("12.67 zillion yuan", "'zillion' is not a scale word")]
    [InlineData("12.67 billion", "currency is missing")]
    [InlineData("12.67", "currency is missing")]
    [InlineData("abc yuan", "expected a number")]
    [InlineData("1e5 yuan", "exponent")]
    [InlineData("12..6 billion yuan", "'..6 billion yuan'")]
    [InlineData("12.67 billion XYZ", "'XYZ' is not a known currency code")]
    [InlineData("XYZ 12.67 billion", "'XYZ' is not a known currency code")]
    [InlineData("12.67 billion zorkmids", "'zorkmids'")]
    [InlineData("US$12.67 billion dollars", "given twice")]
    [InlineData("1,23 billion yuan", "',23 billion yuan'")]
    [InlineData("1234,567 yuan", "more than three digits")]
    [InlineData("12.67 billion yuan.", "'yuan.'")]
    [InlineData("99999999999999999999999999999 trillion yuan", "too large")]
    public void Bad_input_throws_a_format_exception_quoting_it(string text, string reason)
    {
        var e = Assert.Throws<FormatException>(() => MoneyText.ParsePublished(text));

        Assert.Contains($"'{text}'", e.Message, StringComparison.Ordinal);
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
        Assert.Contains("Expected", e.Message, StringComparison.Ordinal);
        Assert.False(MoneyText.TryParsePublished(text, out _));
    }

    [Fact]
    public void Null_is_an_argument_error()
    {
        Assert.Throws<ArgumentNullException>(() => MoneyText.Parse(null!));
        Assert.False(MoneyText.TryParsePublished(null, out _));
    }
}
