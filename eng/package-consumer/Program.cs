using System.Globalization;
using TradeStats;

// A consumer that only has the .nupkg: a few calls through the public API, checked, exit code 0 on success.
var failures = new List<string>();
void Check(bool condition, string what)
{
    if (!condition)
    {
        failures.Add(what);
    }
}

var total = Money.Cny(11.32e9m) + Money.Cny(1.35e9m);
Check(total == Money.Cny(12.67e9m), "money addition");
Check(Period.Parse("2025-01/2025-10").YearEarlier().ToString() == "2024-01/2024-10", "period year-on-year base");
Check(Territory.FromCode("CN-XZ").Name == "Xizang", "territory catalogue");

foreach (var f in failures)
{
    Console.Error.WriteLine($"FAILED: {f}");
}

Console.WriteLine(failures.Count == 0
    ? string.Create(CultureInfo.InvariantCulture, $"package consumer: all checks passed ({total})")
    : "package consumer: failures");
return failures.Count == 0 ? 0 : 1;
