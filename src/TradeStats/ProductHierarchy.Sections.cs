using System.Globalization;

namespace TradeStats;

/// <content>The 21 sections of the Harmonized System as a built-in hierarchy.</content>
public sealed partial class ProductHierarchy
{
    // The sections of the Harmonized System and their chapters, from the World Customs Organization's HS Nomenclature
    // (2022 edition; the sections and their chapter ranges are unchanged since 1988). Chapter 77 is reserved within
    // Section XV; chapters 98 and 99 are reserved for national use and belong to no section.
    private static readonly (string Section, int First, int Last)[] SectionTable =
    [
        ("I", 1, 5),      // Live animals; animal products
        ("II", 6, 14),    // Vegetable products
        ("III", 15, 15),  // Animal, vegetable or microbial fats and oils
        ("IV", 16, 24),   // Prepared foodstuffs; beverages, spirits and vinegar; tobacco
        ("V", 25, 27),    // Mineral products
        ("VI", 28, 38),   // Products of the chemical or allied industries
        ("VII", 39, 40),  // Plastics and rubber, and articles thereof
        ("VIII", 41, 43), // Raw hides and skins, leather, furskins; saddlery; travel goods
        ("IX", 44, 46),   // Wood, cork, straw and plaiting materials
        ("X", 47, 49),    // Pulp of wood; paper and paperboard
        ("XI", 50, 63),   // Textiles and textile articles
        ("XII", 64, 67),  // Footwear, headgear, umbrellas; prepared feathers; artificial flowers
        ("XIII", 68, 70), // Articles of stone, plaster, cement, asbestos, mica; ceramics; glass
        ("XIV", 71, 71),  // Pearls, precious stones, precious metals; imitation jewellery; coin
        ("XV", 72, 83),   // Base metals and articles of base metal
        ("XVI", 84, 85),  // Machinery and mechanical appliances; electrical equipment
        ("XVII", 86, 89), // Vehicles, aircraft, vessels and associated transport equipment
        ("XVIII", 90, 92), // Optical, photographic, measuring, medical instruments; clocks; musical instruments
        ("XIX", 93, 93),  // Arms and ammunition
        ("XX", 94, 96),   // Miscellaneous manufactured articles
        ("XXI", 97, 97),  // Works of art, collectors' pieces and antiques
    ];

    /// <summary>
    /// The 21 sections of the Harmonized System as named groups of HS chapters (of no stated edition): "Section I"
    /// (chapters 01 to 05) to "Section XXI" (chapter 97), so that <c>Commodity.Named("Section V")</c> holds chapters
    /// 25 to 27 and every heading and subheading within them. Define further groups on it with <see cref="Define"/>.
    /// </summary>
    /// <remarks>Chapter 77 (reserved) is in Section XV; chapters 98 and 99 (reserved for national use) are in no section.</remarks>
    public static ProductHierarchy HsSections { get; } = SectionTable.Aggregate(
        Empty,
        (h, s) => h.Define(
            "Section " + s.Section,
            Enumerable.Range(s.First, s.Last - s.First + 1).Select(c => Commodity.Hs(c.ToString("00", CultureInfo.InvariantCulture)))));

    /// <summary>The HS section of a chapter number: <c>Section(27)</c> is the named group "Section V".</summary>
    /// <param name="chapter">An HS chapter, 1 to 97.</param>
    /// <returns>The section's named group, as defined in <see cref="HsSections"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The chapter is outside 1 to 97; the message gives it.</exception>
    public static Commodity HsSectionOf(int chapter)
    {
        Guard.Against.NotInRange(chapter, 1, 97);
        return Commodity.Named("Section " + SectionTable.First(s => chapter <= s.Last).Section);
    }
}
