using TradeStats.Verification;

namespace TradeStats.Extraction;

/// <summary>A range of characters in an article's text: where a figure or a sentence is.</summary>
/// <param name="Start">The index of the first character, from 0.</param>
/// <param name="Length">The number of characters.</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The index just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>The characters of <paramref name="text"/> this span covers.</summary>
    /// <param name="text">The article text the span was taken from.</param>
    /// <returns>The substring from <see cref="Start"/> of <see cref="Length"/> characters.</returns>
    public string Of(string text)
    {
        Guard.Against.Null(text);
        return text.Substring(Start, Length);
    }

    /// <summary>The span as <c>[start, end)</c>, such as <c>[120, 138)</c>.</summary>
    /// <returns>The start and end indexes in interval notation.</returns>
    public override string ToString() => FormattableString.Invariant($"[{Start}, {End})");
}

/// <summary>A statement read from an article, with the sentence it comes from and where its first figure is printed.</summary>
/// <param name="Statement">The statement in the verifier's model, with its source and the sentence as excerpt.</param>
/// <param name="Sentence">The sentence, as printed (white space folded).</param>
/// <param name="Span">Where the statement's first figure is printed in the article text.</param>
public sealed record ExtractedStatement(Statement Statement, string Sentence, TextSpan Span);

/// <summary>A figure the extractor found but could not attach to a subject, with the reason; it is never guessed.</summary>
/// <param name="Figure">The figure as printed, such as "6.3 percent" or "155 countries".</param>
/// <param name="Sentence">The sentence it is printed in.</param>
/// <param name="Span">Where the figure is printed in the article text.</param>
/// <param name="Reason">Why it is not a statement, such as "no period: the sentence names none and none was set before".</param>
public sealed record UnresolvedFigure(string Figure, string Sentence, TextSpan Span, string Reason);

/// <summary>What the caller knows about an article that the text may not say.</summary>
public sealed record ExtractionOptions
{
    /// <summary>The publication date that "last year", "this year" and "the first 11 months" resolve against; null to read it from the dateline.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The publisher the statements are attributed to; null to read it from the dateline ("(Xinhua)"), else "Unattributed".</summary>
    public string? Publisher { get; init; }

    /// <summary>The article's title for the statements' source; null to use the first line of the text.</summary>
    public string? Title { get; init; }

    /// <summary>The article's address for the statements' source; null when unknown.</summary>
    public string? Address { get; init; }

    /// <summary>The prefix of the statement ids, which are numbered after it ("xinhua-1", "xinhua-2"); null to derive it from the publisher.</summary>
    public string? IdPrefix { get; init; }
}

/// <summary>What the extractor read from one article: the statements and the figures it could not attach.</summary>
/// <param name="Statements">The statements, in the order their first figures are printed.</param>
/// <param name="Unresolved">The figures that are not statements, each with its reason.</param>
/// <param name="Date">The date periods were resolved against (the caller's, or the dateline's); null when neither gave one.</param>
/// <param name="Publisher">The publisher the statements are attributed to.</param>
public sealed record ExtractionResult(IReadOnlyList<ExtractedStatement> Statements, IReadOnlyList<UnresolvedFigure> Unresolved, DateOnly? Date, string Publisher);
