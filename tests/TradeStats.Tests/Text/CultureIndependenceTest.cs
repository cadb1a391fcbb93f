// These tests call the text API without a format provider on purpose: the default is the invariant notation,
// which the culture analyzer cannot know.
#pragma warning disable CA1305

using System.Globalization;
using TradeStats.Text;

namespace TradeStats.Tests.Text;

/// <summary>The current culture must never change what is parsed or written.</summary>
public class CultureIndependenceTest
{
    [Theory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("zh-CN")]
    [InlineData("ar-SA")]
    public void Parsing_and_formatting_ignore_the_current_culture(string culture)
    {
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);

            foreach (var row in SeedForms.Money)
            {
                var parsed = MoneyText.ParsePublished((string)row[0]);
                Assert.Equal((decimal)row[1], parsed.Number.Value);
                Assert.Equal((decimal)row[3], parsed.Number.Resolution);
            }

            foreach (var row in SeedForms.Percent)
            {
                Assert.Equal((decimal)row[1], NumberText.ParsePercent((string)row[0]).Value);
            }

            foreach (var row in SeedForms.Count)
            {
                Assert.Equal((decimal)row[1], NumberText.ParseCount((string)row[0]).Value);
            }

            foreach (var row in SeedForms.Fold)
            {
                Assert.Equal((decimal)row[1], NumberText.ParseFold((string)row[0]).Value);
            }

            Assert.Equal("12.67 billion yuan", MoneyText.FormatCompact(Money.Cny(12.67e9m)));
            Assert.Equal("US$1,770,000,000", MoneyText.Format(Money.Usd(1.77e9m)));
            Assert.Equal("-33.1%", NumberText.FormatPercent(-0.331m));
            Assert.Equal("12,938", NumberText.FormatCount(12938m));
            Assert.Equal("1.5-fold", NumberText.FormatFold(1.5m, 1));
            Assert.Throws<FormatException>(() => MoneyText.Parse("12,67 billion yuan"));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }
}
