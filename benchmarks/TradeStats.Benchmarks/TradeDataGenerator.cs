using System.Globalization;
using System.Text;
using TradeStats.Columnar;

namespace TradeStats.Benchmarks;

/// <summary>
/// A seeded generator of the reference data set: reporter China, the 249 catalogue countries as partners, months
/// 2015-01 to 2024-12, flows X and M, HS4 headings, whole US dollar values; every row a distinct cell, as in real
/// data, so that the double-count guard accepts the sums. The same seed and size always give the same rows, in memory
/// or as a file in the library's CSV format. Beyond the 68,862,720 cells China has (for the 100-million-row point of
/// the scaling table), the reporters are mainland provinces of China instead, as many as the rows need, so that every
/// row stays a distinct cell and the sums stay free of double counting.
/// </summary>
public sealed class TradeDataGenerator
{
    /// <summary>The CSV header of the benchmark file.</summary>
    public const string Header = "reporter,partner,period,flow,commodity,value,currency";

    private const int FirstYear = 2015;
    private const int Years = 10;

    private readonly byte[] _reporter;
    private readonly byte[] _partner;
    private readonly byte[] _month;
    private readonly byte[] _flow;
    private readonly ushort[] _hs;
    private readonly int[] _value;

    /// <summary>Generates the rows.</summary>
    /// <param name="rows">How many rows.</param>
    /// <param name="seed">The seed.</param>
    public TradeDataGenerator(int rows, int seed = 20250217)
    {
        Rows = rows;
        PartnerCodes = [.. Territory.Countries.Select(t => t.Code)];
        HsCodes = [.. Enumerable.Range(1, 97).Where(c => c != 77).SelectMany(c => Enumerable.Range(1, 12).Select(h => string.Create(CultureInfo.InvariantCulture, $"{c:D2}{h:D2}")))];
        MonthTexts = [.. Enumerable.Range(0, Years * 12).Select(m => Period.Month(FirstYear + (m / 12), (m % 12) + 1).ToString())];
        // Distinct cells: row i takes cell (a * i + b) mod N, a bijection on 0..N-1 since a is prime to N.
        long reporterCells = (long)PartnerCodes.Length * Years * 12 * 2 * HsCodes.Length;
        var provinces = Territory.Subdivisions.Select(t => t.Code).Where(c => c is not ("CN-HK" or "CN-MO" or "CN-TW")).Order(StringComparer.Ordinal).ToArray();
        ReporterCodes = rows <= reporterCells ? ["CN"] : provinces[..(int)((rows + reporterCells - 1) / reporterCells)];
        long cells = reporterCells * ReporterCodes.Length;
        const long A = 1_000_003;
        var random = new Random(seed);
        var b = random.NextInt64(cells);
        _reporter = new byte[rows];
        _partner = new byte[rows];
        _month = new byte[rows];
        _flow = new byte[rows];
        _hs = new ushort[rows];
        _value = new int[rows];
        for (var i = 0; i < rows; i++)
        {
            var cell = ((A * i) + b) % cells;
            _hs[i] = (ushort)(cell % HsCodes.Length);
            cell /= HsCodes.Length;
            _flow[i] = (byte)(cell % 2);
            cell /= 2;
            _month[i] = (byte)(cell % (Years * 12));
            cell /= Years * 12;
            _partner[i] = (byte)(cell % PartnerCodes.Length);
            _reporter[i] = (byte)(cell / PartnerCodes.Length);
            _value[i] = random.Next(1, 10_000_000);
        }
    }

    /// <summary>The number of rows.</summary>
    public int Rows { get; }

    /// <summary>The reporter codes: China, or mainland provinces of China beyond China's cells.</summary>
    public string[] ReporterCodes { get; }

    /// <summary>The 249 partner codes.</summary>
    public string[] PartnerCodes { get; }

    /// <summary>The HS4 codes used.</summary>
    public string[] HsCodes { get; }

    /// <summary>The month texts, 2015-01 to 2024-12.</summary>
    public string[] MonthTexts { get; }

    /// <summary>The rows as observations: the object-per-row representation the naive baselines use.</summary>
    /// <returns>A new list.</returns>
    public List<TradeObservation> ToObservations()
    {
        var reporters = ReporterCodes.Select(Territory.FromCode).ToArray();
        var partners = PartnerCodes.Select(Territory.FromCode).ToArray();
        var months = MonthTexts.Select(Period.Parse).ToArray();
        var hs = HsCodes.Select(c => Commodity.Hs(c)).ToArray();
        var list = new List<TradeObservation>(Rows);
        for (var i = 0; i < Rows; i++)
        {
            list.Add(new TradeObservation(reporters[_reporter[i]], partners[_partner[i]], months[_month[i]], _flow[i] == 0 ? TradeFlow.Exports : TradeFlow.Imports, Money.Usd(_value[i]))
            {
                Commodity = hs[_hs[i]],
            });
        }

        return list;
    }

    /// <summary>The rows as a columnar store, built directly.</summary>
    /// <returns>The store.</returns>
    public TradeColumns ToColumns()
    {
        var builder = new TradeColumnsBuilder();
        builder.EnsureCapacity(Rows);
        var reporters = ReporterCodes.Select(c => builder.ReporterCode(Territory.FromCode(c))).ToArray();
        var partners = PartnerCodes.Select(c => builder.PartnerCode(Territory.FromCode(c))).ToArray();
        var months = MonthTexts.Select(m => builder.PeriodCode(Period.Parse(m))).ToArray();
        var hs = HsCodes.Select(c => builder.CommodityCode(Commodity.Hs(c))).ToArray();
        var usd = builder.CurrencyCode(Currency.USD);
        for (var i = 0; i < Rows; i++)
        {
            builder.Add(reporters[_reporter[i]], partners[_partner[i]], months[_month[i]], _flow[i] == 0 ? TradeFlow.Exports : TradeFlow.Imports, hs[_hs[i]], _value[i], 0, usd, 0);
        }

        return builder.Build();
    }

    /// <summary>Writes the rows in the library's CSV format.</summary>
    /// <param name="path">The file to write.</param>
    public void WriteCsv(string path)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.NewLine = "\n";
        writer.WriteLine(Header);
        Span<char> number = stackalloc char[16];
        for (var i = 0; i < Rows; i++)
        {
            writer.Write(ReporterCodes[_reporter[i]]);
            writer.Write(',');
            writer.Write(PartnerCodes[_partner[i]]);
            writer.Write(',');
            writer.Write(MonthTexts[_month[i]]);
            writer.Write(_flow[i] == 0 ? ",X," : ",M,");
            writer.Write(HsCodes[_hs[i]]);
            writer.Write(',');
            _value[i].TryFormat(number, out var written, provider: CultureInfo.InvariantCulture);
            writer.Write(number[..written]);
            writer.WriteLine(",USD");
        }
    }

    /// <summary>Monthly USD/CNY average rates for every month of the data, seeded (not real rates).</summary>
    /// <returns>The table.</returns>
    public static ExchangeRateTable MonthlyUsdCnyRates()
    {
        var rates = new List<ExchangeRate>();
        for (var m = 0; m < Years * 12; m++)
        {
            var value = 6.2m + (m % 17 * 0.0613m);
            rates.Add(new ExchangeRate(Currency.USD, Currency.CNY, value, Period.Month(FirstYear + (m / 12), (m % 12) + 1), ExchangeRateKind.PeriodAverage, "synthetic"));
        }

        return new ExchangeRateTable(rates);
    }

    /// <summary>A cached file of the given size in the temporary folder, written once per size and seed.</summary>
    /// <param name="rows">How many rows.</param>
    /// <returns>The path.</returns>
    public static string CachedCsv(int rows)
    {
        var path = Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"tradestats-bench-v2-{rows}.csv"));
        if (!File.Exists(path))
        {
            var temp = path + ".tmp";
            new TradeDataGenerator(rows).WriteCsv(temp);
            File.Move(temp, path, overwrite: true);
        }

        return path;
    }
}
