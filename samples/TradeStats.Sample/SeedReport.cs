using System.Globalization;
using Spectre.Console;
using TradeStats.Analysis;
using TradeStats.Text;
using TradeStats.Verification;

namespace TradeStats.Sample;

/// <summary>
/// The report on the seed data set: levels, growth, shares, currencies, new energy vehicles, Xinjiang and Central
/// Asia, and the verifier's findings. Every number is either a published figure (with its statement id) or a
/// computation shown beside it.
/// </summary>
public sealed class SeedReport
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private static readonly Territory Xizang = Territory.FromCode("CN-XZ");
    private static readonly Territory Xinjiang = Territory.FromCode("CN-XJ");

    /// <summary>Runs the verifier on the data set.</summary>
    /// <param name="data">The seed statements and sourced rates; the verifier checks the statements with the rates as reference.</param>
    public SeedReport(SeedDataSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        Data = data;
        Verification = new Verifier(new VerifierOptions { Rates = data.Rates }).Verify(data.Statements);
    }

    /// <summary>The data set.</summary>
    public SeedDataSet Data { get; }

    /// <summary>The verifier's findings on every statement, with the sourced rates as reference.</summary>
    public VerificationReport Verification { get; }

    /// <summary>Writes the whole report.</summary>
    /// <param name="console">The console to write the rules, tables and panels to; plain text or a terminal.</param>
    public void Render(IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        console.Write(new Rule("TradeStats sample: five press articles on Xizang's and Xinjiang's foreign trade"));
        console.WriteLine(string.Create(Inv, $"{Data.Statements.Count} statements, {Data.Observations.Count} observations derived from their levels, {Data.Rates.Rates.Length} sourced exchange rates, {Data.Context.Count} context figures."));
        console.WriteLine("Each figure carries its statement id (see the source table); computed figures show their arithmetic.");
        Sources(console);
        Levels(console);
        Chart(console);
        GrowthTable(console);
        Shares(console);
        Currencies(console);
        Vehicles(console);
        CentralAsia(console);
        Findings(console);
        ContextTable(console);
        Extraction(console);
    }

    /// <summary>Formats an amount as the press does, "12.67 billion yuan".</summary>
    /// <param name="money">The exact amount to write.</param>
    /// <returns>The amount with the largest scale word below it and as many decimals as it needs, such as <c>12.67 billion yuan</c>.</returns>
    public static string Amount(Money money) => MoneyText.FormatCompact(money, CompactMoneyStyle.Press, null, Inv);

    /// <summary>Formats a computed amount with two decimals of its scale, "10.98 billion yuan".</summary>
    /// <param name="money">The computed amount to write, usually with more digits than a press figure.</param>
    /// <returns>The amount with its scale word and two decimals, such as <c>10.98 billion yuan</c>.</returns>
    public static string Calc(Money money) => MoneyText.FormatCompact(money, CompactMoneyStyle.Press, 2, Inv);

    /// <summary>Formats a published amount as printed, "more than 100 million yuan".</summary>
    /// <param name="money">The published amount, with its rounding or bound.</param>
    /// <returns>The figure as the press prints it, with any bound word, such as <c>more than 100 million yuan</c>.</returns>
    public static string Amount(PublishedMoney money) => MoneyText.FormatCompact(money, CompactMoneyStyle.Press, Inv);

    private static string Pct(decimal fraction, bool signed = false) => NumberText.FormatPercent(fraction, 1, signed, Inv);

    private static string Pct(PublishedNumber n, bool signed = false) =>
        n.Style switch
        {
            RoundingStyle.AtLeast when n.Value == 0m => "increase (no rate)",
            RoundingStyle.AtMost when n.Value == 0m => "decrease (no rate)",
            // A growth read from a fold ("65-fold") has the fold's resolution: write it as the fold.
            _ when n.Resolution >= 1m => NumberText.FormatFold(n.Value + 1m, 0, Inv) + " (growth " + NumberText.FormatPercent(n.Value, 0, signed, Inv) + ")",
            _ => NumberText.FormatPercent(n, signed, Inv),
        };

    private static string Num(decimal value, int decimals = 2) => value.ToString("N" + decimals.ToString(Inv), Inv);

    private static string E(string text) => Markup.Escape(text);

    private Table NewTable(IAnsiConsole console, string title, params string[] columns)
    {
        var table = new Table { Border = Terminal.Border(console), Title = new TableTitle(E(title)) };
        foreach (var c in columns)
        {
            table.AddColumn(new TableColumn(E(c)));
        }

        return table;
    }

    private static void Add(Table table, params string[] cells) => table.AddRow([.. cells.Select(c => new Spectre.Console.Text(c))]);

    private static string Publisher(Statement s) => s.Source?.Publisher ?? "unsourced";

    private IEnumerable<Statement> Statements => Data.Statements;

    /// <summary>The level of a subject in a currency: the statement's own, or another statement's for the same subject (same publisher first).</summary>
    private Statement? LevelOf(StatementSubject subject, Currency? currency, string? preferredPublisher)
    {
        var candidates = Statements
            .Where(s => s.Subject == subject && s.Value is { } v && v.Number.Style == RoundingStyle.Nearest && (currency is null || v.Currency == currency))
            .OrderBy(s => Publisher(s) == preferredPublisher ? 0 : 1)
            .ToList();
        return candidates.FirstOrDefault();
    }

    private void Sources(IAnsiConsole console)
    {
        var table = NewTable(console, "Sources", "Publisher", "Date", "Title", "Statements");
        foreach (var g in Statements.GroupBy(s => (Publisher(s), s.Source?.Date, s.Source?.Title)))
        {
            Add(table, g.Key.Item1, g.Key.Date?.ToString("yyyy-MM-dd", Inv) ?? "undated", g.Key.Title ?? string.Empty, string.Join(", ", g.Select(s => s.Id)));
        }

        console.Write(table);
    }

    private void Levels(IAnsiConsole console)
    {
        var table = NewTable(console, "Totals, exports, imports and balance (no breakdown), by source", "Reporter-partner", "Year", "Source", "Exports", "Imports", "Total (stated)", "Total = X + M", "Balance (stated)", "Balance = X - M", "Exports / total");
        var levels = Data.Observations
            .Where(o => o.Commodity is null && o.CustomsRegime is null && o.EnterpriseType is null && o.TransportMode is null)
            .Where(o => o.Partner == Territory.World || o.Partner == Territory.CentralAsia5)
            .GroupBy(o => (o.Reporter, o.Partner, o.Period, Publisher: o.Source?.Publisher ?? "unsourced", o.Value.Currency))
            .OrderBy(g => g.Key.Reporter.Code, StringComparer.Ordinal).ThenBy(g => g.Key.Period).ThenBy(g => g.Key.Currency.Code, StringComparer.Ordinal);
        foreach (var g in levels)
        {
            var t = TradeSeries.From(g).Totals();
            var share = t.Exports is { } x && (t.StatedTotal ?? t.Total) is { } total
                ? $"{Pct(Ratio.Of(x, total).Value ?? 0m)} (X / {(t.StatedTotal is null ? "X + M" : "stated total")})"
                : "-";
            Add(
                table,
                $"{g.Key.Reporter.Code}-{g.Key.Partner.Code}",
                g.Key.Period.ToString(),
                g.Key.Publisher,
                Opt(t.Exports),
                Opt(t.Imports),
                Opt(t.StatedTotal),
                t.IsDerived ? Opt(t.Exports + t.Imports) : "-",
                Opt(t.StatedBalance),
                t.IsDerived ? Opt(t.Exports - t.Imports) : "-",
                share);
        }

        console.Write(table);
        console.WriteLine("Xinjiang's imports from Central Asia are not published: 283.67 - 246.57 = 37.10 billion yuan (see the Central Asia table).");

        static string Opt(Money? m) => m is { } v ? Amount(v) : "-";
    }

    private void Chart(IAnsiConsole console)
    {
        var xinhua = Data["xinhua-2024-total"];
        var implied2023 = Growth.ImpliedBase(xinhua.Value!.Value.Value, xinhua.Growth!.Value.Value);
        var chart = new BarChart().Width(Math.Min(100, console.Profile.Width)).Label("Xizang total trade by year, billion yuan (dollar figures at the NBS annual average rate)");
        foreach (var s in Statements.Where(s => s.Subject.Reporter == Xizang && s.Subject.Partner == Territory.World && s.Subject.Flow == TradeFlow.Total
                     && s.Subject.EnterpriseType is null && s.Subject.CustomsRegime is null && s.Subject.TransportMode is null && s.Value is not null)
                     .OrderBy(s => s.Subject.Period))
        {
            var v = s.Value!.Value.Value;
            var label = s.Subject.Period + " " + Publisher(s);
            if (v.Currency == Currency.USD)
            {
                var rate = Data.Rates.GetRate(Currency.USD, Currency.CNY, s.Subject.Period);
                label += string.Create(Inv, $" (${v.Amount / 1e9m:0.0#}bn x {rate.Value})");
                v = rate.Convert(v);
            }

            if (s.Id == "xinhua-2024-total")
            {
                chart.AddItem(E("2023 implied by Xinhua: 12.67 / 1.154"), (double)Math.Round(implied2023.Amount / 1e9m, 2), Color.Grey);
            }

            chart.AddItem(E(label), (double)Math.Round(v.Amount / 1e9m, 2), Color.Grey);
        }

        console.Write(chart);
    }

    private void GrowthTable(IAnsiConsole console)
    {
        var table = NewTable(console, "Growth on a year earlier: stated and computed", "Statement", "Subject", "Stated", "Computed", "How");
        foreach (var s in Statements.Where(s => s.Growth is not null))
        {
            var stated = s.Growth!.Value;
            string computed = "-", how;
            var publisher = Publisher(s);
            var level = s.Value is { } ? s : LevelOf(s.Subject, null, publisher);
            if (s.Count is { } count)
            {
                var baseCount = count.Value / (1m + stated.Value);
                how = string.Create(Inv, $"implied {s.Subject.Period.YearEarlier()} base: {NumberText.FormatCount(count, Inv)} / (1 + {Pct(stated)}) = {Num(baseCount, 0)} {s.CountUnit}");
                var previous = Statements.FirstOrDefault(p => p.Count is not null && p.Subject == s.Subject.WithPeriod(s.Subject.Period.YearEarlier()));
                if (previous is not null)
                {
                    how += $"; published: {NumberText.FormatCount(previous.Count!.Value, Inv)} ({previous.Id})";
                }
            }
            else if (level?.Value is { } lv && lv.Number.Style == RoundingStyle.Nearest)
            {
                var current = lv.Value;
                var basis = LevelOf(s.Subject.WithPeriod(s.Subject.Period.YearEarlier()), current.Currency, publisher);
                if (basis is not null)
                {
                    var g = Growth.Between(current, basis.Value!.Value.Value);
                    computed = g.Rate is { } r ? Pct(r, signed: true) : "undefined";
                    how = $"{Amount(current)} ({level.Id}) / {Amount(basis.Value!.Value.Value)} ({basis.Id}) - 1";
                }
                else if (stated.Style == RoundingStyle.Nearest)
                {
                    how = $"no level for {s.Subject.Period.YearEarlier()}; implied base {Amount(current)} / (1 + {Pct(stated)}) = {Calc(Growth.ImpliedBase(current, stated.Value))}";
                }
                else
                {
                    how = "no level for the year before";
                }
            }
            else
            {
                how = "no level published";
            }

            Add(table, s.Id, s.Subject.ToString(), Pct(stated, signed: true), computed, how);
        }

        console.Write(table);
    }

    private void Shares(IAnsiConsole console)
    {
        var table = NewTable(console, "Shares: stated and computed", "Part", "Of", "Stated", "Computed", "How");
        foreach (var s in Statements.Where(s => s.Share is not null))
        {
            var publisher = Publisher(s);
            var part = s.Value is { } ? s : LevelOf(s.Subject, null, publisher);
            var whole = part?.Value is { } pv ? LevelOf(s.ShareOf!, pv.Currency, publisher) : null;
            string computed = "-", how;
            if (part?.Value is { } p && whole?.Value is { } w)
            {
                computed = Pct(Ratio.Of(p.Value, w.Value).Value ?? 0m);
                how = $"{Amount(p.Value)} ({part.Id}) / {Amount(w.Value)} ({whole.Id})";
            }
            else if (part?.Value is { } p2)
            {
                how = $"whole not published; implied whole {Amount(p2.Value)} / {Pct(s.Share!.Value)} = {Calc(Ratio.ImpliedWhole(p2.Value, s.Share.Value.Value))}";
            }
            else
            {
                how = "no level published for the part";
            }

            Add(table, $"{s.Subject} ({s.Id})", s.ShareOf!.ToString(), Pct(s.Share!.Value), computed, how);
        }

        // Shares the articles do not state but their levels give: every level of a reporter against its total of the same year, source and currency.
        var wholes = Statements.Where(w => w.Value is { Number.Style: RoundingStyle.Nearest } && w.Subject.Partner == Territory.World && w.Subject.Flow == TradeFlow.Total
            && w.Subject.Commodity is null && w.Subject.CustomsRegime is null && w.Subject.EnterpriseType is null && w.Subject.TransportMode is null)
            .GroupBy(w => (w.Subject, w.Value!.Value.Currency, Publisher(w))).Select(g => g.First());
        foreach (var w in wholes)
        {
            var wv = w.Value!.Value;
            foreach (var p in Statements.Where(p => p != w && p.Share is null && p.Value is { Number.Style: RoundingStyle.Nearest } pv && pv.Currency == wv.Currency
                         && Publisher(p) == Publisher(w) && p.Subject.Reporter == w.Subject.Reporter && p.Subject.Period == w.Subject.Period && p.Subject.Flow != TradeFlow.Balance
                         && p.Subject != w.Subject))
            {
                var ratio = Ratio.Of(p.Value!.Value.Value, wv.Value);
                Add(table, $"{p.Subject} ({p.Id})", w.Subject.ToString(), "-", Pct(ratio.Value ?? 0m), $"{Amount(p.Value!.Value.Value)} / {Amount(wv.Value)} ({w.Id})");
            }
        }

        console.Write(table);
    }

    private void Currencies(IAnsiConsole console)
    {
        var rates = NewTable(console, "Exchange rates in the data set (USD/CNY)", "Year", "Rate", "Kind", "Source");
        foreach (var r in Data.Rates.Rates)
        {
            Add(rates, r.Period.ToString(), r.Value.ToString(Inv), r.Kind.ToString(), r.Source ?? "unsourced");
        }

        console.Write(rates);
        var table = NewTable(console, "Yuan and dollar amounts: implied rates against the sourced rate", "Statement", "Yuan", "Dollars", "Implied rate (yuan per dollar)", "Sourced rate", "At the sourced rate");
        foreach (var s in Statements.Where(s => s.Equivalent is not null))
        {
            var cny = s.Value!.Value;
            var usd = s.Equivalent!.Value;
            var implied = cny.Value.Amount / usd.Value.Amount;
            var range = string.Create(Inv, $"{implied:0.####} = {Amount(cny.Value)} / {Amount(usd.Value)} (rounding allows {cny.Interval.Lower / usd.Interval.Upper:0.####}-{cny.Interval.Upper / usd.Interval.Lower:0.####})");
            string sourced = "none for " + s.Subject.Period, at = "-";
            if (Data.Rates.TryGetRate(Currency.USD, Currency.CNY, s.Subject.Period, ExchangeRateKind.PeriodAverage, out var rate))
            {
                sourced = string.Create(Inv, $"{rate.Value} ({rate.Period} average, NBS)");
                at = $"{Amount(cny.Value)} / {rate.Value.ToString(Inv)} = {Calc(rate.Invert().Convert(cny.Value))}";
            }

            Add(table, s.Id, Amount(cny), Amount(usd), range, sourced, at);
        }

        // The dollar series of one source against the yuan figure of another for the same subject.
        foreach (var s in Statements.Where(s => s.Value is { } v && v.Currency == Currency.USD))
        {
            var usd = s.Value!.Value.Value;
            var yuan = Statements.FirstOrDefault(c => c.Subject == s.Subject && c.Value is { } cv && cv.Currency == Currency.CNY && cv.Number.Style == RoundingStyle.Nearest && Publisher(c) != Publisher(s));
            if (!Data.Rates.TryGetRate(Currency.USD, Currency.CNY, s.Subject.Period, ExchangeRateKind.PeriodAverage, out var rate))
            {
                continue;
            }

            var converted = rate.Convert(usd);
            var implied = yuan is null ? "no yuan figure" : string.Create(Inv, $"{yuan.Value!.Value.Value.Amount / usd.Amount:0.####} = {Amount(yuan.Value!.Value.Value)} ({yuan.Id}) / {Amount(usd)}");
            Add(table, s.Id, yuan is null ? "-" : Amount(yuan.Value!.Value), Amount(s.Value!.Value), implied, string.Create(Inv, $"{rate.Value} ({rate.Period} average, NBS)"), $"{Amount(usd)} x {rate.Value.ToString(Inv)} = {Calc(converted)}");
        }

        console.Write(table);
    }

    private void Vehicles(IAnsiConsole console)
    {
        var table = NewTable(console, "New energy vehicle exports (Xizang): units and value", "Year", "Units", "Units growth", "Value", "Value growth", "Computed");
        var units2024 = Data["xinhua-2024-nev-units"];
        var value2024 = Data["xinhua-2024-nev-value"];
        var units2025 = Data["chinadaily-2025-nev-units"];
        var u24 = units2024.Count!.Value;
        var v24 = value2024.Value!.Value.Value;
        var u25 = units2025.Count!.Value;
        Add(table, "2023 (implied)", "more than " + Num(u24.Value / (1m + units2024.Growth!.Value.Value), 0), "-", Calc(Growth.ImpliedBase(v24, value2024.Growth!.Value.Value)), "-",
            $"{NumberText.FormatCount(u24, Inv)} / (1 + {Pct(units2024.Growth.Value)}); {Amount(v24)} / (1 + {Pct(value2024.Growth.Value)})");
        Add(table, "2024", NumberText.FormatCount(u24, Inv), Pct(units2024.Growth.Value, true), Amount(v24), Pct(value2024.Growth.Value, true),
            $"at most {Num(v24.Amount / u24.Value, 0)} yuan per vehicle = {Amount(v24)} / {Num(u24.Value, 0)}");
        Add(table, "2025", NumberText.FormatCount(u25, Inv), Pct(units2025.Growth!.Value, true), "not published", "-",
            $"implied 2024: {Num(u25.Value, 0)} / (1 + {Pct(units2025.Growth.Value)}) = {Num(u25.Value / (1m + units2025.Growth.Value.Value), 0)}, consistent with more than {Num(u24.Value, 0)}");
        console.Write(table);
    }

    private void CentralAsia(IAnsiConsole console)
    {
        var exports = Data["globaltimes-2023-c5-exports"];
        var total = Data["globaltimes-2023-c5-total"];
        var x = exports.Value!.Value.Value;
        var t = total.Value!.Value.Value;
        var gx = exports.Growth!.Value.Value;
        var gt = total.Growth!.Value.Value;
        var table = NewTable(console, "Xinjiang's trade with the five Central Asian countries (2023)", "Figure", "Value", "Source or computation");
        Add(table, "Exports to Central Asia 5", $"{Amount(x)} ({Amount(exports.Equivalent!.Value)}), {Pct(gx, true)}", exports.Id);
        Add(table, "Total trade with Central Asia 5", $"{Amount(t)}, {Pct(gt, true)}", total.Id);
        Add(table, "Imports from Central Asia 5", Calc(t - x), $"{Amount(t)} - {Amount(x)}");
        Add(table, "Exports / total", Pct(Ratio.Of(x, t).Value ?? 0m), $"{Amount(x)} / {Amount(t)}");
        Add(table, "Xinjiang's overall foreign trade", Calc(Ratio.ImpliedWhole(t, total.Share!.Value.Value)), $"{Amount(t)} / {Pct(total.Share.Value)} ({total.Id})");
        var x22 = Growth.ImpliedBase(x, gx);
        var t22 = Growth.ImpliedBase(t, gt);
        Add(table, "2022 exports (implied)", Calc(x22), $"{Amount(x)} / (1 + {Pct(exports.Growth!.Value)})");
        Add(table, "2022 total (implied)", Calc(t22), $"{Amount(t)} / (1 + {Pct(total.Growth!.Value)})");
        Add(table, "2022 imports (implied)", Calc(t22 - x22), "total - exports: negative, so the two growth rates cannot both hold");
        foreach (var s in Statements.Where(s => s.Subject.Reporter == Xinjiang && s.Value is null && s.Growth is not null))
        {
            Add(table, $"Growth with {s.Subject.Partner.Name}" + (s.Subject.TransportMode is { } m ? $" by {m}" : string.Empty), Pct(s.Growth!.Value, true), s.Id);
        }

        console.Write(table);
    }

    private void Findings(IAnsiConsole console)
    {
        var v = Verification;
        console.Write(new Rule("Verification"));
        console.WriteLine(string.Create(Inv, $"{v.Findings.Count} relations checked: {v.Contradictions.Count} contradictions, {v.ExplainableGaps.Count} explainable gaps, {v.Consistent.Count} consistent within rounding (reference rates: the sourced table above; 2025 falls back to the plausible band USD/CNY 6.0-7.5)."));
        var table = NewTable(console, "Contradictions and explainable gaps", "Classification", "Kind", "Finding", "Arithmetic");
        foreach (var f in v.Contradictions.Concat(v.ExplainableGaps))
        {
            Add(table, f.Classification.ToString(), f.Kind.ToString(), f.Message, f.Arithmetic);
        }

        console.Write(table);
        var ok = NewTable(console, "Consistent within rounding", "Kind", "Relation", "Statements", "Arithmetic");
        foreach (var f in v.Consistent)
        {
            Add(ok, f.Kind.ToString(), f.Relation, string.Join(", ", f.Statements.Select(s => s.Id)), f.Arithmetic);
        }

        console.Write(ok);

        var sets = NewTable(console, "Minimal contradictory sets (remove any one statement and the rest hold)", "Statements", "Chain of arithmetic");
        foreach (var c in v.Conflicts.Where(c => c.IsContradiction))
        {
            Add(sets, string.Join(", ", c.Statements.Select(s => s.Id)), string.Join("; ", c.Chain));
        }

        console.Write(sets);
        console.WriteLine("Most suspect statements (number of minimal contradictory sets): " + string.Join(", ", v.Suspects.Take(6).Select(s => $"{s.Id} ({s.MinimalSets})")) + ".");
        var bounds = NewTable(console, "Implied bounds: figures no statement publishes, pinned down by the others (setting aside " + string.Join(", ", v.SetAside) + ")", "Figure", "Interval", "From");
        foreach (var b in v.ImpliedBounds)
        {
            Add(bounds, b.Text[..b.Text.IndexOf(": ", StringComparison.Ordinal)], b.Text[(b.Text.IndexOf(": ", StringComparison.Ordinal) + 2)..b.Text.LastIndexOf(", from ", StringComparison.Ordinal)], string.Join(", ", b.From));
        }

        console.Write(bounds);
    }

    private void Extraction(IAnsiConsole console)
    {
        var rows = SeedExtraction.Compare(Data);
        var table = NewTable(console, "The articles read by the extractor, beside the hand-typed statements", "Outcome", "Hand-typed", "Extracted");
        foreach (var r in rows.Where(r => r.Outcome != ExtractionOutcome.Found))
        {
            Add(table, r.Outcome.ToString(), r.HandTyped?.ToString() ?? "-", r.Extracted?.ToString() ?? "-");
        }

        var found = rows.Count(r => r.Outcome == ExtractionOutcome.Found);
        var typed = rows.Count(r => r.HandTyped is not null);
        var extracted = rows.Count(r => r.Extracted is not null);
        console.WriteLine(string.Create(Inv, $"The extractor read the five articles: {extracted} statements, of which {found} match a hand-typed one ({typed} typed by hand); the others:"));
        console.Write(table);
    }

    private void ContextTable(IAnsiConsole console)
    {
        var table = NewTable(console, "Figures shown for context, not verified", "Source", "Figure", "Why not a trade statement", "Sentence");
        foreach (var c in Data.Context)
        {
            Add(table, c.Publisher, c.Figure, c.Reason, c.Excerpt);
        }

        console.Write(table);
    }
}
