namespace TradeStats.Extraction;

/// <summary>Reads Chinese customs releases (placeholder until the Chinese vocabulary is in).</summary>
internal static class ChineseReader
{
    public static void Read(Sentence sentence, DateOnly? date, ReadingState state)
    {
        _ = sentence;
        _ = date;
        _ = state;
    }
}
