using System.Globalization;
using Xunit.Abstractions;

namespace TradeStats.Tests.Extraction;

/// <summary>
/// The extractor measured as information extraction is: precision and recall of statements against hand annotation,
/// on the five seed articles (the sample's hand-typed statements are the gold standard) and on real releases added
/// for the purpose. A statement counts as right only when value, reporter, partner, period, flow and breakdowns match.
/// </summary>
public sealed class ExtractionEvaluationTest(ITestOutputHelper output)
{
    [Fact]
    public void Seed_articles_reach_90_percent_recall_and_95_percent_precision()
    {
        var scores = ExtractionEvaluation.ScoreSeeds();
        var total = ExtractionEvaluation.Total("all seed articles", scores);
        Print(scores, total);

        Assert.True(total.Recall >= 0.90, string.Create(CultureInfo.InvariantCulture, $"recall {total.Recall:P1} is below 90%"));
        Assert.True(total.Precision >= 0.95, string.Create(CultureInfo.InvariantCulture, $"precision {total.Precision:P1} is below 95%"));
    }

    [Fact]
    public void Added_real_releases_are_scored_and_printed()
    {
        var scores = ExtractionEvaluation.ScoreAdded(ExtractionEvaluation.Added);
        var total = ExtractionEvaluation.Total("all added releases", scores);
        Print(scores, total);

        Assert.True(total.Recall >= 0.80, string.Create(CultureInfo.InvariantCulture, $"recall {total.Recall:P1} on the added releases is below 80%"));
        Assert.True(total.Precision >= 0.90, string.Create(CultureInfo.InvariantCulture, $"precision {total.Precision:P1} on the added releases is below 90%"));
    }

    [Fact]
    public void Held_out_releases_are_scored_and_printed()
    {
        var scores = ExtractionEvaluation.ScoreAdded(ExtractionEvaluation.HeldOut);
        var total = ExtractionEvaluation.Total("all held-out releases", scores);
        Print(scores, total);

        Assert.True(total.Precision >= 0.90, string.Create(CultureInfo.InvariantCulture, $"precision {total.Precision:P1} on the held-out releases is below 90%"));
    }

    private void Print(IReadOnlyList<ArticleScore> scores, ArticleScore total)
    {
        foreach (var s in scores.Append(total))
        {
            output.WriteLine(s.ToString());
        }

        foreach (var s in scores)
        {
            foreach (var m in s.Missed)
            {
                output.WriteLine($"  missed in {s.Article}: {m}");
            }

            foreach (var w in s.Wrong)
            {
                output.WriteLine($"  not in the annotation of {s.Article}: {w}");
            }
        }
    }
}
