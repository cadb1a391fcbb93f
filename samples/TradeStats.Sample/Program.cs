using System.Globalization;
using TradeStats;

// A first look at the seed figures with the core types; the full report comes with the analysis,
// verification and data-source parts of the library.
var xizang = Territory.FromCode("CN-XZ");
var y2024 = Period.Year(2024);
var exports = Money.Cny(11.32e9m);
var imports = Money.Cny(1.35e9m);
var total = exports + imports;

var inv = CultureInfo.InvariantCulture;
Console.WriteLine($"{xizang.Name} ({xizang.Code}), {y2024}: Xinhua, 2025-02-17");
Console.WriteLine($"  exports  {exports.ToString("N0", inv)}");
Console.WriteLine($"  imports  {imports.ToString("N0", inv)}");
Console.WriteLine($"  total    {total.ToString("N0", inv)} (published: 12.67 billion yuan)");
Console.WriteLine($"  balance  {(exports - imports).ToString("N0", inv)} (published: 9.97 billion yuan)");
Console.WriteLine($"  exports' share of the total: {(exports / total).ToString("P1", inv)}");
Console.WriteLine($"  January-October 2025 is {Period.YearToDate(2025, 10)}; its year-on-year base is {Period.YearToDate(2025, 10).YearEarlier()}");
Console.WriteLine($"  Central Asia 5 in 2023: {string.Join(", ", Territory.CentralAsia5.MembersDuring(Period.Year(2023)).Select(t => t.Name))}");
return 0;
