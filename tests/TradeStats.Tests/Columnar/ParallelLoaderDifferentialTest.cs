using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TradeStats.Analysis;
using TradeStats.Columnar;

namespace TradeStats.Tests.Columnar;

/// <summary>
/// The parallel loader against the sequential one and against LINQ over the observations the text was written from:
/// the same store bit for bit (dictionaries in the same order, same columns, same scale), the same sums, and for bad
/// text the same first error (absolute line, field, value) whichever part of the file it falls in.
/// </summary>
public sealed class ParallelLoaderDifferentialTest
{
    private static readonly string[] Titles = ["plain", "a, b", "say \"hi\"", "two\nlines", "crlf\r\ninside", "\"\n\"", ""];

    private static readonly string[] Columns = ["reporter", "partner", "period", "flow", "commodity", "value", "currency"];

    private static readonly string[] SourceColumns = ["source_publisher", "source_title"];

    /// <summary>Observations, a layout of the text, the number of parts, and where to break the text (if anywhere).</summary>
    public sealed record Input(TradeObservation[] Observations, bool QuoteAll, bool Crlf, bool WithTitles, int Parts, (int Row, int Kind)[] Errors)
    {
        /// <inheritdoc/>
        public override string ToString() =>
            $"{Observations.Length} rows, quoteAll={QuoteAll}, crlf={Crlf}, titles={WithTitles}, parts={Parts}, errors=[{string.Join("; ", Errors)}]";
    }

    private static Gen<TradeObservation> Observation { get; } =
        from o in ColumnarGenerators.Observation(Currency.USD, Currency.USD, Currency.USD, Currency.CNY)
        from title in Gen.Elements(Titles)
        from hasSource in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        select o with { Reporter = Territory.FromCode("CN"), Source = hasSource ? new SourceReference("Pub", null, title.Length == 0 ? null : title) : null };

    private static Gen<Input> Inputs { get; } =
        from rows in Gen.Choose(1, 80)
        from observations in Gen.ArrayOf(Observation, rows)
        from quoteAll in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from crlf in Gen.Elements(false, true)
        from titles in Gen.Elements(false, true)
        from parts in Gen.Choose(2, 9)
        from errorCount in Gen.Frequency((3, Gen.Constant(0)), (2, Gen.Constant(1)), (1, Gen.Constant(2)))
        from errors in Gen.ArrayOf(Gen.Zip(Gen.Choose(0, rows - 1), Gen.Choose(0, 5)), errorCount)
        select new Input(observations, quoteAll, crlf, titles, parts, errors);

    [Property(MaxTest = 300)]
    public Property Parallel_load_equals_sequential_load_and_linq() =>
        Prop.ForAll(Arb.From(Inputs), input =>
        {
            var (text, errorLines) = Write(input);
            var bytes = Encoding.UTF8.GetBytes(text);
            var sequential = Catch(() => TradeCsvLoader.Load(new MemoryStream(bytes), "p.csv"));
            var parallel = Catch(() => LoadInParts(bytes, input.Parts, out _));

            if (errorLines.Length > 0)
            {
                // The first broken record in file order, at its absolute line, in both paths.
                var s = Assert.IsType<TradeCsvException>(sequential.Error);
                var p = Assert.IsType<TradeCsvException>(parallel.Error);
                Assert.Equal(errorLines.Min(), s.Line);
                Assert.Equal((s.Line, s.Field, s.Value, s.Message), (p.Line, p.Field, p.Value, p.Message));
                return;
            }

            Assert.Null(sequential.Error);
            Assert.Null(parallel.Error);
            AssertIdentical(sequential.Store!, parallel.Store!);
            var expected = input.WithTitles ? input.Observations : [.. input.Observations.Select(o => o with { Source = null })];
            Assert.Equal(expected, parallel.Store!.ToObservations());

            // Sums by partner, year and flow (and currency) through LINQ over the observations and through the store.
            var linq = input.Observations
                .GroupBy(o => (o.Partner, o.Period.StartYear, o.Flow, o.Value.Currency))
                .ToDictionary(g => g.Key, g => g.Sum(o => o.Value.Amount));
            var store = parallel.Store!;
            var fromStore = Enumerable.Range(0, store.Count)
                .GroupBy(i => (Partner: store.PartnerDictionary[store.PartnerColumn[i]], store.PeriodDictionary[store.PeriodFlowColumn[i] >> 3].StartYear, (TradeFlow)(store.PeriodFlowColumn[i] & 7), store.CurrencyOf(i)))
                .ToDictionary(g => g.Key, g => (decimal)g.Sum(i => store.ValueColumn[i]) / ScaledPower(store.Scale));
            Assert.Equal(linq.OrderBy(kv => kv.Key.ToString()), fromStore.OrderBy(kv => kv.Key.ToString()));
        });

    [Property(MaxTest = 100)]
    public Property Parallel_grouping_equals_TradeSeries_grouping() =>
        Prop.ForAll(Arb.From(Inputs), input =>
        {
            var rows = input.Observations.Select(o => o with { Value = new Money(o.Value.Amount, Currency.USD) })
                .DistinctBy(o => (o.Partner, o.Period, o.Flow, o.Commodity)).ToArray();
            var (text, _) = Write(input with { Observations = rows, Errors = [] });
            var store = LoadInParts(Encoding.UTF8.GetBytes(text), input.Parts, out _);
            var options = new GroupingOptions(TradeDimension.Partner | TradeDimension.Period) { PeriodRollUp = PeriodKind.Year };
            TradeGrouping expected;
            try
            {
                expected = TradeSeries.From(rows).GroupBy(options);
            }
            catch (InvalidOperationException e)
            {
                // The double-count guard refuses the same rows in both engines.
                Assert.IsType(e.GetType(), Record.Exception(() => store.GroupBy(options)));
                return;
            }

            TradeColumnsTest.AssertSameGrouping(expected, store.GroupBy(options));
        });

    [Fact]
    public void Parts_are_really_merged_when_no_quoted_field_spans_a_cut()
    {
        // Guards the property above against passing only through the one-pass fallback.
        var rows = Gen.ArrayOf(Observation, 200).Sample(10, 1)[0].Select(o => o with { Source = null }).ToArray();
        var (text, _) = Write(new Input(rows, QuoteAll: false, Crlf: true, WithTitles: false, Parts: 6, Errors: []));
        var bytes = Encoding.UTF8.GetBytes(text);
        var parallel = LoadInParts(bytes, 6, out var merged);
        Assert.Equal(6, merged);
        AssertIdentical(TradeCsvLoader.Load(new MemoryStream(bytes), "p.csv"), parallel);
    }

    [Fact]
    public void An_error_in_the_last_part_reports_its_absolute_line()
    {
        var rows = Gen.ArrayOf(Observation, 300).Sample(10, 1)[0].Select(o => o with { Source = null }).ToArray();
        var (text, lines) = Write(new Input(rows, QuoteAll: false, Crlf: false, WithTitles: false, Parts: 4, Errors: [(295, 1)]));
        var e = Assert.Throws<TradeCsvException>(() => LoadInParts(Encoding.UTF8.GetBytes(text), 4, out _));
        Assert.Equal(297, Assert.Single(lines));
        Assert.Equal((297L, "partner", "XXQ"), (e.Line, e.Field, e.Value));
    }

    [Fact]
    public void Load_of_a_file_on_several_threads_equals_one_thread()
    {
        var path = Path.GetTempFileName();
        try
        {
            var rows = Gen.ArrayOf(Observation, 60_000).Sample(10, 1)[0].ToArray();
            File.WriteAllText(path, Write(new Input(rows, QuoteAll: false, Crlf: false, WithTitles: true, Parts: 2, Errors: [])).Text);
            Assert.True(new FileInfo(path).Length > 2 * TradeCsvLoader.MinPartBytes);
            AssertIdentical(TradeCsvLoader.Load(path, 1), TradeCsvLoader.Load(path, 3));
        }
        finally
        {
            File.Delete(path);
        }
    }

    internal static void AssertIdentical(TradeColumns expected, TradeColumns actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(expected.Scale, actual.Scale);
        Assert.Equal(expected.FlowMask, actual.FlowMask);
        Assert.Equal(expected.HasBreakdowns, actual.HasBreakdowns);
        Assert.Equal(expected.SumsCannotOverflow, actual.SumsCannotOverflow);
        Assert.Equal(expected.ReporterDictionary, actual.ReporterDictionary);
        Assert.Equal(expected.PartnerDictionary, actual.PartnerDictionary);
        Assert.Equal(expected.PeriodDictionary, actual.PeriodDictionary);
        Assert.Equal(expected.CommodityDictionary, actual.CommodityDictionary);
        Assert.Equal(expected.Currencies.ToArray(), actual.Currencies.ToArray());
        Assert.Equal(expected.DetailDictionary, actual.DetailDictionary);
        Assert.Equal(expected.ReporterColumn, actual.ReporterColumn);
        Assert.Equal(expected.PartnerColumn, actual.PartnerColumn);
        Assert.Equal(expected.PeriodFlowColumn, actual.PeriodFlowColumn);
        Assert.Equal(expected.CommodityColumn, actual.CommodityColumn);
        Assert.Equal(expected.ValueColumn, actual.ValueColumn);
        Assert.Equal(expected.CurrencyColumn, actual.CurrencyColumn);
        Assert.Equal(expected.DetailColumn, actual.DetailColumn);
        Assert.Equal(expected.BytesPerRow, actual.BytesPerRow);
    }

    private static TradeColumns LoadInParts(byte[] bytes, int parts, out int merged) =>
        TradeCsvLoader.LoadInParts(offset => new MemoryStream(bytes, (int)offset, bytes.Length - (int)offset), bytes.Length, "p.csv", parts, parts, out merged);

    private static decimal ScaledPower(int scale)
    {
        var p = 1m;
        for (var i = 0; i < scale; i++)
        {
            p *= 10m;
        }

        return p;
    }

    private static (TradeColumns? Store, Exception? Error) Catch(Func<TradeColumns> load)
    {
        try
        {
            return (load(), null);
        }
        catch (TradeCsvException e)
        {
            return (null, e);
        }
    }

    /// <summary>Writes the text, breaking the chosen records; returns the lines the broken records start on.</summary>
    private static (string Text, long[] ErrorLines) Write(Input input)
    {
        var columns = input.WithTitles ? [.. Columns, .. SourceColumns] : Columns;
        var newLine = input.Crlf ? "\r\n" : "\n";
        var sb = new StringBuilder();
        sb.Append(string.Join(',', columns)).Append(newLine);
        var line = 2L;
        var errorLines = new List<long>();
        for (var r = 0; r < input.Observations.Length; r++)
        {
            var o = input.Observations[r];
            var fields = columns.Select(c => c switch
            {
                "source_publisher" => o.Source?.Publisher ?? string.Empty,
                "source_title" => o.Source?.Title ?? string.Empty,
                _ => ColumnarGenerators.ToCsv([o], [c], quoteAll: false).Split('\n')[1],
            }).ToArray();
            var error = input.Errors.Where(e => e.Row == r).Select(e => (int?)e.Kind).FirstOrDefault();
            if (error is { } kind)
            {
                errorLines.Add(line);
                switch (kind)
                {
                    case 0: fields[3] = "Z"; break;                  // not a flow
                    case 1: fields[1] = "XXQ"; break;                // an unknown partner
                    case 2: fields[5] = "1e5"; break;                // not an invariant decimal
                    case 3: fields[2] = "2024-13"; break;            // not a period
                    case 4: fields = [.. fields, "extra"]; break;    // a field too many
                    default: fields[6] = "EURO"; break;              // not a currency
                }
            }

            var record = string.Join(',', fields.Select(f => Quote(f, input.QuoteAll)));
            sb.Append(record).Append(newLine);
            line += 1 + record.Count(c => c == '\n');
        }

        return (sb.ToString(), [.. errorLines]);
    }

    private static string Quote(string value, bool quoteAll) =>
        quoteAll || value.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
}
