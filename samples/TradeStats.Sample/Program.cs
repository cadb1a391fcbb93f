using TradeStats.Sample;
using TradeStats.Verification;

var seed = SeedDataSet.Load();
var report = new Verifier(new VerifierOptions { Rates = seed.Rates }).Verify(seed.Statements);
Console.WriteLine(report.ToText(includeConsistent: true));
Console.WriteLine(seed.Observations.Count);
return 0;
