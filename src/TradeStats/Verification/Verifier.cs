using System.Globalization;

namespace TradeStats.Verification;

/// <summary>
/// Checks published statements against each other with interval arithmetic, so that a rounding gap is never
/// reported as an error and a contradiction always is.
/// </summary>
/// <remarks>
/// <para>The verifier discovers the relations that the statements make checkable:</para>
/// <list type="bullet">
/// <item>identities among exports, imports, total and balance of the same subject and unit (total = exports +
/// imports, balance = exports - imports, and balance = 2 x exports - total or total - 2 x imports when one flow is
/// missing), and exports or imports within the total;</item>
/// <item>the same identities on the bases a year earlier implied by stated growth rates, which tests the growth
/// rates of the parts against the growth rate of the whole;</item>
/// <item>parts within wholes: a partner within the world or within a group it belongs to, a breakdown (enterprise
/// type, customs regime, transport mode, commodity) within "all", a subdivision within its country;</item>
/// <item>stated shares against the share computed from stated levels;</item>
/// <item>stated growth against the levels of the two periods (<see cref="FindingKind.Growth"/> when the base comes
/// from the same source, <see cref="FindingKind.ImpliedBase"/> when it was published elsewhere and may have been
/// revised since), and chains of growth rates over several years;</item>
/// <item>figures for the same subject from different sources (<see cref="FindingKind.Agreement"/>) and in different
/// currencies, stated equivalents included (<see cref="FindingKind.CurrencyEquivalent"/>), against a rate from
/// <see cref="VerifierOptions.Rates"/> or else a <see cref="PlausibleRateBand"/>, with a dedicated
/// <see cref="FindingKind.PowerOfTenSlip"/>;</item>
/// <item>the partitions and part-of relations declared on the <see cref="StatementSet"/>.</item>
/// </list>
/// <para>
/// A relation that fails under the published rounding is retried with each rounded figure read as truncated; when
/// that makes it hold, the finding is <see cref="FindingKind.RoundingStyle"/>, an explainable gap. A growth rate
/// whose base was published by another source within <see cref="VerifierOptions.RevisionTolerance"/>, and an
/// implied rate within <see cref="VerifierOptions.RateTolerance"/> of a reference rate, are explainable gaps too.
/// Everything else that fails is a contradiction. A relation whose arithmetic is undefined (a growth rate of a
/// balance whose base may be zero) produces no finding.
/// </para>
/// <para>
/// Then, unless <see cref="VerifierOptions.UseNetwork"/> is false, every figure goes into one network of interval
/// constraints, which finds what no single relation shows: minimal sets of statements that cannot all hold, with
/// the chain of arithmetic that links them (<see cref="VerificationReport.Conflicts"/>, ranked in
/// <see cref="VerificationReport.Suspects"/>), and the bounds the statements imply for figures none of them publishes
/// (<see cref="VerificationReport.ImpliedBounds"/>). A set that no direct finding reports and that shares no statement
/// with a reported contradiction becomes a finding of its own (<see cref="FindingKind.Chain"/>, or an explainable gap
/// that names its cause). A figure flagged in <see cref="Statement.Approximate"/> that is off by no more than
/// <see cref="VerifierOptions.ApproximationTolerance"/> is an explainable gap (<see cref="FindingKind.Approximation"/>).
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var subject = new StatementSubject(Territory.FromCode("CN-XZ"), Territory.World, Period.Year(2024), TradeFlow.Total);
/// var set = new StatementSet();
/// set.Add(Statement.OfValue("total", subject, Figures.Billion(12.67m, Currency.CNY)));
/// set.Add(Statement.OfValue("exports", subject.WithFlow(TradeFlow.Exports), Figures.Billion(11.32m, Currency.CNY)));
/// set.Add(Statement.OfValue("imports", subject.WithFlow(TradeFlow.Imports), Figures.Billion(1.35m, Currency.CNY)));
/// VerificationReport report = new Verifier().Verify(set);
/// Console.WriteLine(report.ToText(includeConsistent: true));
/// </code>
/// </example>
public sealed class Verifier
{
    /// <summary>Creates a verifier.</summary>
    /// <param name="options">The settings; null for <see cref="VerifierOptions.Default"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A tolerance is negative or the combination limit is not positive.</exception>
    public Verifier(VerifierOptions? options = null)
    {
        Options = options ?? VerifierOptions.Default;
        Guard.Against.NegativeValue(Options.RevisionTolerance, nameof(options));
        Guard.Against.NegativeValue(Options.RateTolerance, nameof(options));
        Guard.Against.NotPositive(Options.MaxCombinations, nameof(options));
        Guard.Against.NotPositive(Options.MaxConflicts, nameof(options));
        Guard.Against.NegativeValue(Options.ApproximationTolerance, nameof(options));
        Guard.Against.Null(Options.RateBands, nameof(options));
    }

    /// <summary>The tolerances, rates, rate bands and combination limit this verifier uses; <see cref="VerifierOptions.Default"/> when none were given.</summary>
    public VerifierOptions Options { get; }

    /// <summary>Checks every relation the statements and the set's declared relations make checkable.</summary>
    /// <param name="statements">The set whose statements are compared with each other and whose declared partitions and part-of relations are checked.</param>
    /// <returns>One finding per relation checked, consistent ones included, with the count of combinations left out.</returns>
    public VerificationReport Verify(StatementSet statements)
    {
        Guard.Against.Null(statements);
        var run = new Run(Options, statements);
        run.CheckAll();
        if (!Options.UseNetwork)
        {
            return new VerificationReport(run.Findings, run.Omitted);
        }

        var diagnosis = Network.Diagnosis.Run(Network.NetworkBuilder.Build(statements, Options), run.Findings);
        return new VerificationReport([.. run.Findings, .. diagnosis.NewFindings], run.Omitted)
        {
            Conflicts = diagnosis.Conflicts,
            ImpliedBounds = diagnosis.Bounds,
            SetAside = diagnosis.SetAside,
            Suspects = diagnosis.Suspects,
        };
    }

    /// <summary>Checks every relation the statements make checkable.</summary>
    /// <param name="statements">The statements; ids must be unique.</param>
    /// <returns>One finding per relation checked, consistent ones included, with the count of combinations left out.</returns>
    /// <exception cref="ArgumentException">A statement is invalid or two share an id.</exception>
    public VerificationReport Verify(IEnumerable<Statement> statements) => Verify(new StatementSet(statements));

    /// <summary>One published figure of a statement.</summary>
    private sealed class Operand(Statement statement, string role, PublishedNumber number, DisplayUnit shown, string unit)
    {
        public Statement Statement { get; } = statement;

        public string Role { get; } = role;

        public PublishedNumber Number { get; } = number;

        public DisplayUnit Shown { get; } = shown;

        public string Unit { get; } = unit;

        public string Printed => Shown == DisplayUnit.Percent
            ? (Role == "growth" ? Signed(Number) : Bound(Number)) + Display.Percent(Number.Value)
            : Bound(Number) + Display.Amount(Number.Value) + (Unit.Length > 0 ? " " + Unit : string.Empty);

        private static string Signed(PublishedNumber n) => Bound(n) + (n.Value > 0m && n.Style is not (RoundingStyle.AtLeast or RoundingStyle.AtMost) ? "+" : string.Empty);

        private static string Bound(PublishedNumber n) => n.Style switch
        {
            RoundingStyle.AtLeast => "at least ",
            RoundingStyle.AtMost => "at most ",
            _ => string.Empty,
        };
    }

    /// <summary>A level: published, or the base a year earlier implied by a published level and growth rate.</summary>
    private sealed class Measure
    {
        public required StatementSubject Subject { get; init; }

        public required string UnitKey { get; init; }

        public required string Unit { get; init; }

        public Currency? Currency { get; init; }

        public required Operand Level { get; init; }

        public Operand? Growth { get; init; }

        public bool IsEquivalent { get; init; }

        public Statement Statement => Level.Statement;

        public bool IsImplied => Growth is not null;

        public IEnumerable<Operand> Operands => Growth is null ? [Level] : [Level, Growth];

        public string Label =>
            Growth is null
                ? string.Create(CultureInfo.InvariantCulture, $"{FlowName(Subject.Flow)} {Subject.Period} {Level.Printed} ({Statement.Id})")
                : string.Create(CultureInfo.InvariantCulture, $"{FlowName(Subject.Flow)} {Subject.Period} implied by {Level.Printed} / (1 {Growth.Printed}) ({Statement.Id})");

        public DecimalInterval? Evaluate(Func<Operand, DecimalInterval> interval) =>
            Growth is null ? interval(Level) : IntervalMath.Divide(interval(Level), IntervalMath.Add(DecimalInterval.Point(1m), interval(Growth)));
    }

    private sealed record Check(
        FindingKind Kind,
        string Relation,
        string Unit,
        DisplayUnit Shown,
        IReadOnlyList<Operand> Operands,
        string LeftText,
        string RightText,
        Func<Func<Operand, DecimalInterval>, DecimalInterval?> Left,
        Func<Func<Operand, DecimalInterval>, DecimalInterval?> Right)
    {
        /// <summary>The right side is a whole the left side may not exceed, rather than a value it must meet.</summary>
        public bool RightIsUpperBound { get; init; }

        /// <summary>A cause that may explain a failure, tried after truncation.</summary>
        public Func<DecimalInterval, DecimalInterval, decimal, decimal?, (FindingKind Kind, FindingClassification Classification, string Message)?>? Explain { get; init; }
    }

    private sealed class Run(VerifierOptions options, StatementSet set)
    {
        private readonly List<Measure> _real = [];
        private readonly List<Measure> _implied = [];

        public List<Finding> Findings { get; } = [];

        public int Omitted { get; private set; }

        public void CheckAll()
        {
            BuildMeasures();
            CheckAgreementAndCurrencies();
            CheckIdentities(_real.Where(m => !m.IsEquivalent), implied: false);
            CheckIdentities(_implied, implied: true);
            CheckPartsOfWholes();
            CheckDeclaredRelations();
            CheckShares();
            CheckGrowth();
            CheckGrowthChains();
        }

        private void BuildMeasures()
        {
            foreach (var s in set)
            {
                if (s.Value is { } v)
                {
                    var level = new Measure
                    {
                        Subject = s.Subject,
                        UnitKey = v.Currency.Code,
                        Unit = v.Currency.Code,
                        Currency = v.Currency,
                        Level = new Operand(s, "value", v.Number, DisplayUnit.Amount, v.Currency.Code),
                    };
                    _real.Add(level);
                    AddImplied(s, level);
                }

                if (s.Count is { } c)
                {
                    var unit = s.CountUnit!.Trim();
                    var level = new Measure
                    {
                        Subject = s.Subject,
                        UnitKey = "#" + unit.ToUpperInvariant(),
                        Unit = unit,
                        Level = new Operand(s, "count", c, DisplayUnit.Amount, unit),
                    };
                    _real.Add(level);
                    AddImplied(s, level);
                }

                if (s.Equivalent is { } e)
                {
                    _real.Add(new Measure
                    {
                        Subject = s.Subject,
                        UnitKey = e.Currency.Code,
                        Unit = e.Currency.Code,
                        Currency = e.Currency,
                        Level = new Operand(s, "equivalent", e.Number, DisplayUnit.Amount, e.Currency.Code),
                        IsEquivalent = true,
                    });
                }
            }
        }

        private void AddImplied(Statement s, Measure level)
        {
            if (s.Growth is { } g)
            {
                _implied.Add(new Measure
                {
                    Subject = s.Subject.WithPeriod(s.Subject.Period.YearEarlier()),
                    UnitKey = level.UnitKey,
                    Unit = level.Unit,
                    Currency = level.Currency,
                    Level = level.Level,
                    Growth = new Operand(s, "growth", g, DisplayUnit.Percent, string.Empty),
                });
            }
        }

        private void CheckAgreementAndCurrencies()
        {
            var bySubject = _real.GroupBy(m => m.Subject);
            foreach (var group in bySubject)
            {
                var list = group.ToList();
                for (var i = 0; i < list.Count; i++)
                {
                    for (var j = i + 1; j < list.Count; j++)
                    {
                        var (a, b) = (list[i], list[j]);
                        if (a.UnitKey == b.UnitKey)
                        {
                            if (!ReferenceEquals(a.Statement, b.Statement))
                            {
                                Evaluate(Agreement(a, b));
                            }
                        }
                        else if (a.Currency is not null && b.Currency is not null && CurrencyCheck(a, b) is { } check)
                        {
                            Evaluate(check);
                        }
                    }
                }
            }
        }

        private static Check Agreement(Measure a, Measure b) =>
            new(
                FindingKind.Agreement,
                $"two figures for {a.Subject} in {a.Unit} agree",
                a.Unit,
                DisplayUnit.Amount,
                [a.Level, b.Level],
                a.Label,
                b.Label,
                iv => iv(a.Level),
                iv => iv(b.Level));

        private Check? CurrencyCheck(Measure a, Measure b)
        {
            var period = a.Subject.Period;
            var band = options.RateBands.FirstOrDefault(x => x.Covers(period) && ((x.BaseCurrency == a.Currency && x.QuoteCurrency == b.Currency) || (x.BaseCurrency == b.Currency && x.QuoteCurrency == a.Currency)));

            // Quote the rate as units of one currency per unit of the other, the way the band (or else the equivalent) reads.
            var (baseMeasure, quoteMeasure) = band is not null
                ? (band.BaseCurrency == a.Currency ? (a, b) : (b, a))
                : (a.IsEquivalent ? (a, b) : (b, a));
            var baseCurrency = baseMeasure.Currency!;
            var quoteCurrency = quoteMeasure.Currency!;
            var pair = baseCurrency.Code + "/" + quoteCurrency.Code;

            DecimalInterval reference;
            string referenceText;
            bool fromTable;
            if (options.Rates is { } rates && rates.TryGetRate(baseCurrency, quoteCurrency, period, options.RateKind, out var rate))
            {
                reference = DecimalInterval.Point(rate.Value);
                referenceText = string.Create(CultureInfo.InvariantCulture, $"reference rate {pair} {Display.Rate(rate.Value)} ({rate.Period} {rate.Kind}{(rate.Source is null ? string.Empty : ", " + rate.Source)})");
                fromTable = true;
            }
            else if (band is not null)
            {
                reference = band.BaseCurrency == baseCurrency ? band.Interval : IntervalMath.Divide(DecimalInterval.Point(1m), band.Interval)!.Value;
                referenceText = "plausible band " + band;
                fromTable = false;
            }
            else
            {
                return null;
            }

            return new Check(
                FindingKind.CurrencyEquivalent,
                $"the {pair} rate implied by {quoteMeasure.Label} and {baseMeasure.Label} is plausible",
                pair,
                DisplayUnit.Rate,
                [quoteMeasure.Level, baseMeasure.Level],
                "implied rate " + pair,
                referenceText,
                iv => IntervalMath.Divide(iv(quoteMeasure.Level), iv(baseMeasure.Level)),
                _ => reference)
            {
                Explain = (implied, stated, gap, relative) =>
                {
                    for (var k = 1; k <= 3; k++)
                    {
                        foreach (var factor in new[] { Pow10(k), 1m / Pow10(k) })
                        {
                            if (IntervalMath.Scale(implied, factor).Overlaps(stated))
                            {
                                // The implied rate is too high by the factor's inverse when the base amount is too small.
                                var wrong = factor > 1m ? baseMeasure : quoteMeasure;
                                return (FindingKind.PowerOfTenSlip, FindingClassification.Contradiction,
                                    string.Create(CultureInfo.InvariantCulture, $"{pair} implied by {quoteMeasure.Level.Printed} and {baseMeasure.Level.Printed} is {Display.Interval(implied, DisplayUnit.Rate)}, off from the {referenceText} by a factor of {Display.Plain(factor > 1m ? factor : 1m / factor)}: {wrong.Level.Printed} ({wrong.Statement.Id}) is likely a slip by a power of ten."));
                            }
                        }
                    }

                    return fromTable && relative is { } r && r <= options.RateTolerance
                        ? (FindingKind.CurrencyEquivalent, FindingClassification.ExplainableGap,
                            string.Create(CultureInfo.InvariantCulture, $"{pair} implied by {quoteMeasure.Level.Printed} and {baseMeasure.Level.Printed} is {Display.Interval(implied, DisplayUnit.Rate)}, {Display.Percent(r)} from the {referenceText}: within {Display.Percent(options.RateTolerance)}, so another rate (market against central parity, another period's average) explains it."))
                        : null;
                },
            };
        }

        private void CheckIdentities(IEnumerable<Measure> measures, bool implied)
        {
            foreach (var group in measures.GroupBy(m => (Subject: m.Subject.WithFlow(TradeFlow.Exports), m.UnitKey)))
            {
                var byFlow = group.GroupBy(m => m.Subject.Flow).ToDictionary(g => g.Key, g => (IReadOnlyList<Measure>)[.. g]);
                var x = byFlow.GetValueOrDefault(TradeFlow.Exports);
                var m = byFlow.GetValueOrDefault(TradeFlow.Imports);
                var t = byFlow.GetValueOrDefault(TradeFlow.Total);
                var b = byFlow.GetValueOrDefault(TradeFlow.Balance);
                var key = group.Key.Subject;
                var where = string.Create(CultureInfo.InvariantCulture, $"{key.Reporter.Code}-{key.Partner.Code} {key.Period}{(implied ? " (bases implied by the next year's growth rates)" : string.Empty)} in {group.First().Unit}");
                var unit = group.First().Unit;

                if (x is not null && m is not null && t is not null)
                {
                    Combine([x, m, t], c => Evaluate(Identity($"total = exports + imports, {where}", unit, c, iv => Sum(iv, c[0], c[1]), iv => c[2].Evaluate(iv), $"{c[0].Label} + {c[1].Label}", c[2].Label)));
                }

                if (x is not null && m is not null && b is not null)
                {
                    Combine([x, m, b], c => Evaluate(Identity($"balance = exports - imports, {where}", unit, c, iv => Diff(iv, c[0], c[1]), iv => c[2].Evaluate(iv), $"{c[0].Label} - {c[1].Label}", c[2].Label)));
                }

                if (x is not null && t is not null && b is not null && m is null)
                {
                    Combine([x, t, b], c => Evaluate(Identity($"balance = 2 x exports - total, {where}", unit, c, iv => TwiceMinus(iv, c[0], c[1]), iv => c[2].Evaluate(iv), $"2 x {c[0].Label} - {c[1].Label}", c[2].Label)));
                }

                if (m is not null && t is not null && b is not null && x is null)
                {
                    Combine([t, m, b], c => Evaluate(Identity($"balance = total - 2 x imports, {where}", unit, c, iv => MinusTwice(iv, c[0], c[1]), iv => c[2].Evaluate(iv), $"{c[0].Label} - 2 x {c[1].Label}", c[2].Label)));
                }

                if (t is not null && b is null)
                {
                    if (x is not null && m is null)
                    {
                        Combine([x, t], c => Evaluate(PartOf($"exports within total, {where}", unit, c[0], c[1])));
                    }

                    if (m is not null && x is null)
                    {
                        Combine([m, t], c => Evaluate(PartOf($"imports within total, {where}", unit, c[0], c[1])));
                    }
                }

                if (byFlow.GetValueOrDefault(TradeFlow.ReExports) is { } rx && x is not null)
                {
                    Combine([rx, x], c => Evaluate(PartOf($"re-exports within exports, {where}", unit, c[0], c[1])));
                }

                if (byFlow.GetValueOrDefault(TradeFlow.ReImports) is { } rm && m is not null)
                {
                    Combine([rm, m], c => Evaluate(PartOf($"re-imports within imports, {where}", unit, c[0], c[1])));
                }
            }
        }

        private void CheckPartsOfWholes()
        {
            var levels = _real.Where(m => !m.IsEquivalent && m.Subject.Flow != TradeFlow.Balance).ToList();
            foreach (var part in levels)
            {
                foreach (var whole in levels)
                {
                    if (part.UnitKey == whole.UnitKey && part.Subject.IsStrictlyWithin(whole.Subject))
                    {
                        Evaluate(PartOf($"{part.Subject} within {whole.Subject}", part.Unit, part, whole));
                    }
                }
            }
        }

        private void CheckDeclaredRelations()
        {
            foreach (var relation in set.Relations)
            {
                var wholes = LevelsOf(set[relation.WholeId]);
                foreach (var whole in wholes)
                {
                    var parts = relation.PartIds.Select(id => LevelsOf(set[id]).FirstOrDefault(p => p.UnitKey == whole.UnitKey)).ToList();
                    if (parts.Any(p => p is null))
                    {
                        continue;
                    }

                    var known = parts.Select(p => p!).ToList();
                    if (relation.Kind == StatementRelationKind.PartOf)
                    {
                        Evaluate(PartOf($"{relation.PartIds[0]} within {relation.WholeId}", whole.Unit, known[0], whole));
                    }
                    else
                    {
                        var all = known.Append(whole).ToList();
                        Evaluate(new Check(
                            FindingKind.Partition,
                            $"the parts {string.Join(", ", relation.PartIds)} make up {relation.WholeId}",
                            whole.Unit,
                            DisplayUnit.Amount,
                            [.. all.SelectMany(p => p.Operands)],
                            string.Join(" + ", known.Select(p => p.Label)),
                            whole.Label,
                            iv => SumAll(iv, known),
                            iv => whole.Evaluate(iv)));
                    }
                }
            }
        }

        private void CheckShares()
        {
            foreach (var s in set)
            {
                if (s.Share is not { } share || s.ShareOf is not { } wholeSubject)
                {
                    continue;
                }

                var shareOperand = new Operand(s, "share", share, DisplayUnit.Percent, string.Empty);
                var parts = _real.Where(m => !m.IsEquivalent && m.Subject == s.Subject).ToList();
                var wholes = _real.Where(m => !m.IsEquivalent && m.Subject == wholeSubject).ToList();
                foreach (var part in parts)
                {
                    foreach (var whole in wholes.Where(w => w.UnitKey == part.UnitKey))
                    {
                        Evaluate(new Check(
                            FindingKind.Share,
                            $"the stated share of {s.Subject} in {wholeSubject} matches the levels in {part.Unit}",
                            "share",
                            DisplayUnit.Percent,
                            [part.Level, whole.Level, shareOperand],
                            $"{part.Label} / {whole.Label}",
                            $"stated share {shareOperand.Printed} ({s.Id})",
                            iv => IntervalMath.Divide(iv(part.Level), iv(whole.Level)),
                            iv => iv(shareOperand)));
                    }
                }
            }
        }

        private void CheckGrowth()
        {
            foreach (var s in set)
            {
                if (s.Growth is not { } g)
                {
                    continue;
                }

                var growth = new Operand(s, "growth", g, DisplayUnit.Percent, string.Empty);
                var own = _real.Where(m => !m.IsEquivalent && ReferenceEquals(m.Statement, s)).ToList();
                var currents = own.Count > 0 ? own : _real.Where(m => !m.IsEquivalent && m.Subject == s.Subject).ToList();
                var baseSubject = s.Subject.WithPeriod(s.Subject.Period.YearEarlier());
                var bases = _real.Where(m => !m.IsEquivalent && m.Subject == baseSubject).ToList();
                foreach (var current in currents)
                {
                    foreach (var b in bases.Where(x => x.UnitKey == current.UnitKey))
                    {
                        Evaluate(SameSource(b.Statement, s) ? Growth(current, b, growth) : ImpliedBase(current, b, growth));
                    }
                }
            }
        }

        private static Check Growth(Measure current, Measure b, Operand growth) =>
            new(
                FindingKind.Growth,
                $"the stated growth of {current.Subject} matches the levels of {current.Subject.Period} and {b.Subject.Period}",
                "growth",
                DisplayUnit.Percent,
                [current.Level, b.Level, growth],
                $"{current.Label} / {b.Label} - 1",
                $"stated growth {growth.Printed} ({growth.Statement.Id})",
                iv => IntervalMath.Divide(iv(current.Level), iv(b.Level)) is { } ratio ? IntervalMath.Subtract(ratio, DecimalInterval.Point(1m)) : null,
                iv => iv(growth));

        private Check ImpliedBase(Measure current, Measure b, Operand growth) =>
            new Check(
                FindingKind.ImpliedBase,
                $"the {b.Subject.Period} base implied by {current.Statement.Id}'s level and growth matches the figure published for {b.Subject.Period} ({b.Statement.Id})",
                current.Unit,
                DisplayUnit.Amount,
                [current.Level, growth, b.Level],
                $"{current.Label} / (1 {growth.Printed})",
                b.Label,
                iv => IntervalMath.Divide(iv(current.Level), IntervalMath.Add(DecimalInterval.Point(1m), iv(growth))),
                iv => iv(b.Level))
            {
                Explain = (_, _, _, relative) => relative is { } r && r <= options.RevisionTolerance
                    ? (FindingKind.ImpliedBase, FindingClassification.ExplainableGap,
                        string.Create(CultureInfo.InvariantCulture, $"The {b.Subject.Period} base implied by {current.Level.Printed} and growth {growth.Printed} differs from the published {b.Level.Printed} ({b.Statement.Id}) by {Display.Percent(r)}: a revision of the base by that much, within {Display.Percent(options.RevisionTolerance)}, explains it."))
                    : null,
            };

        private void CheckGrowthChains()
        {
            var levels = _real.Where(m => !m.IsEquivalent).ToList();
            // A rate stated with a level applies to that level's unit (growth in dollars differs from growth in yuan);
            // a rate stated alone applies to any unit.
            Statement? GrowthFor(StatementSubject subject, string unitKey) =>
                set.FirstOrDefault(s => s.Growth is not null && s.Subject == subject && (LevelsOf(s).Any(m => m.UnitKey == unitKey) || !LevelsOf(s).Any()));
            foreach (var start in levels)
            {
                foreach (var end in levels)
                {
                    if (start.UnitKey != end.UnitKey || end.Subject != start.Subject.WithPeriod(end.Subject.Period))
                    {
                        continue;
                    }

                    var years = (end.Subject.Period.StartYear - start.Subject.Period.StartYear);
                    if (years < 2 || end.Subject.Period.Shift(-12 * years) != start.Subject.Period)
                    {
                        continue;
                    }

                    var steps = new List<Operand>();
                    for (var k = 1; k <= years; k++)
                    {
                        var subject = start.Subject.WithPeriod(start.Subject.Period.Shift(12 * k));
                        if (GrowthFor(subject, start.UnitKey) is not { } s)
                        {
                            break;
                        }

                        steps.Add(new Operand(s, "growth", s.Growth!.Value, DisplayUnit.Percent, string.Empty));
                    }

                    // With every level in between published, the year-on-year checks already cover the chain.
                    var gapInLevels = Enumerable.Range(1, years - 1).Any(k => !levels.Any(m => m.UnitKey == start.UnitKey && m.Subject == start.Subject.WithPeriod(start.Subject.Period.Shift(12 * k))));
                    if (steps.Count != years || !gapInLevels)
                    {
                        continue;
                    }

                    Evaluate(new Check(
                        FindingKind.GrowthChain,
                        $"the growth rates of {start.Subject.WithPeriod(end.Subject.Period)} over {start.Subject.Period}-{end.Subject.Period} compound to the change in levels",
                        "ratio",
                        DisplayUnit.Plain,
                        [start.Level, end.Level, .. steps],
                        $"{end.Label} / {start.Label}",
                        string.Join(" x ", steps.Select(o => $"(1 {o.Printed})")),
                        iv => IntervalMath.Divide(iv(end.Level), iv(start.Level)),
                        iv => steps.Aggregate(DecimalInterval.Point(1m), (acc, o) => IntervalMath.Multiply(acc, IntervalMath.Add(DecimalInterval.Point(1m), iv(o))))));
                }
            }
        }

        private static Check Identity(string relation, string unit, Measure[] c, Func<Func<Operand, DecimalInterval>, DecimalInterval?> left, Func<Func<Operand, DecimalInterval>, DecimalInterval?> right, string leftText, string rightText) =>
            new(FindingKind.Identity, relation, unit, DisplayUnit.Amount, [.. c.SelectMany(m => m.Operands)], leftText, rightText, left, right);

        private static Check PartOf(string relation, string unit, Measure part, Measure whole) =>
            new(FindingKind.PartOfWhole, relation, unit, DisplayUnit.Amount, [.. part.Operands, .. whole.Operands], part.Label, whole.Label, iv => part.Evaluate(iv), iv => whole.Evaluate(iv))
            {
                RightIsUpperBound = true,
            };

        private static DecimalInterval? Sum(Func<Operand, DecimalInterval> iv, Measure a, Measure b) =>
            a.Evaluate(iv) is { } x && b.Evaluate(iv) is { } y ? IntervalMath.Add(x, y) : null;

        private static DecimalInterval? Diff(Func<Operand, DecimalInterval> iv, Measure a, Measure b) =>
            a.Evaluate(iv) is { } x && b.Evaluate(iv) is { } y ? IntervalMath.Subtract(x, y) : null;

        private static DecimalInterval? TwiceMinus(Func<Operand, DecimalInterval> iv, Measure twice, Measure minus) =>
            twice.Evaluate(iv) is { } x && minus.Evaluate(iv) is { } y ? IntervalMath.Subtract(IntervalMath.Scale(x, 2m), y) : null;

        private static DecimalInterval? MinusTwice(Func<Operand, DecimalInterval> iv, Measure from, Measure twice) =>
            from.Evaluate(iv) is { } x && twice.Evaluate(iv) is { } y ? IntervalMath.Subtract(x, IntervalMath.Scale(y, 2m)) : null;

        private static DecimalInterval? SumAll(Func<Operand, DecimalInterval> iv, IEnumerable<Measure> parts)
        {
            DecimalInterval? sum = null;
            foreach (var p in parts)
            {
                if (p.Evaluate(iv) is not { } x)
                {
                    return null;
                }

                sum = sum is { } s ? IntervalMath.Add(s, x) : x;
            }

            return sum;
        }

        private IEnumerable<Measure> LevelsOf(Statement s) => _real.Where(m => !m.IsEquivalent && ReferenceEquals(m.Statement, s));

        private void Combine(IReadOnlyList<IReadOnlyList<Measure>> lists, Action<Measure[]> check)
        {
            var total = lists.Aggregate(1L, (n, l) => n * l.Count);
            var done = 0;
            var index = new int[lists.Count];
            while (done < total)
            {
                if (done >= options.MaxCombinations)
                {
                    Omitted += (int)Math.Min(int.MaxValue, total - done);
                    return;
                }

                var combination = lists.Select((l, i) => l[index[i]]).ToArray();

                // A statement's measures never combine with themselves in different roles, so skip repeats.
                if (combination.Distinct().Count() == combination.Length)
                {
                    check(combination);
                }

                done++;
                for (var i = lists.Count - 1; i >= 0; i--)
                {
                    if (++index[i] < lists[i].Count)
                    {
                        break;
                    }

                    index[i] = 0;
                }
            }
        }

        private void Evaluate(Check c)
        {
            static DecimalInterval Stated(Operand o) => o.Number.Interval;
            if (c.Left(Stated) is not { } left || c.Right(Stated) is not { } stated)
            {
                return;
            }

            var right = c.RightIsUpperBound ? IntervalMath.AtMost(stated) : stated;
            var arithmetic = $"{c.LeftText} = {Display.Interval(left, c.Shown)}; {c.RightText} = {Display.Interval(stated, c.Shown)}";
            var statements = c.Operands.Select(o => o.Statement).Distinct().Select(s => new FindingStatement(s.Id, s.Text)).ToList();
            void Add(Finding finding) => Findings.Add(finding with { Computed = left, Stated = stated, ComputedLabel = c.LeftText, StatedLabel = c.RightText });
            if (left.Overlaps(right))
            {
                Add(new Finding(c.Kind, FindingClassification.ConsistentWithinRounding, c.Relation, statements, arithmetic, 0m, 0m, c.Unit, $"Consistent within rounding: {c.Relation}."));
                return;
            }

            var gap = IntervalMath.Gap(left, right);
            var nearest = left.Lower >= right.Upper ? right.Upper : right.Lower;
            decimal? relative = nearest == 0m || nearest == decimal.MinValue || nearest == decimal.MaxValue ? null : Display.Ratio(gap, Math.Abs(nearest));
            var gapText = Display.Value(gap, c.Shown) + (c.Shown == DisplayUnit.Amount ? " " + c.Unit : string.Empty)
                + (relative is { } rel ? " (" + Display.Percent(rel) + " relative)" : string.Empty);

            foreach (var op in c.Operands.Distinct().Where(o => o.Number.Style == RoundingStyle.Nearest))
            {
                var truncated = new PublishedNumber(op.Number.Value, op.Number.Resolution, RoundingStyle.Truncated).Interval;
                DecimalInterval Alternative(Operand o) => ReferenceEquals(o, op) ? truncated : o.Number.Interval;
                if (c.Left(Alternative) is { } l2 && c.Right(Alternative) is { } r2 && l2.Overlaps(c.RightIsUpperBound ? IntervalMath.AtMost(r2) : r2))
                {
                    Add(new Finding(
                        FindingKind.RoundingStyle,
                        FindingClassification.ExplainableGap,
                        c.Relation,
                        statements,
                        arithmetic,
                        gap,
                        relative,
                        c.Unit,
                        $"{Capitalize(c.Relation)} holds only if {op.Statement.Id}'s {op.Role} {op.Printed} was truncated (cut off) rather than rounded: read as truncated it stands for {Display.Interval(truncated, op.Shown)}; rounded, the gap is {gapText}."));
                    return;
                }
            }

            foreach (var op in c.Operands.Distinct().Where(o => IsApproximate(o)))
            {
                var margin = Math.Abs(op.Number.Value) * options.ApproximationTolerance;
                var wide = IntervalMath.Add(op.Number.Interval, new DecimalInterval(-margin, margin));
                DecimalInterval Alternative(Operand o) => ReferenceEquals(o, op) ? wide : o.Number.Interval;
                if (c.Left(Alternative) is { } l2 && c.Right(Alternative) is { } r2 && l2.Overlaps(c.RightIsUpperBound ? IntervalMath.AtMost(r2) : r2))
                {
                    Add(new Finding(
                        FindingKind.Approximation,
                        FindingClassification.ExplainableGap,
                        c.Relation,
                        statements,
                        arithmetic,
                        gap,
                        relative,
                        c.Unit,
                        $"{Capitalize(c.Relation)} holds only if {op.Statement.Id}'s approximate {op.Role} {op.Printed} is off by up to {Display.Percent(options.ApproximationTolerance)} of its value, as the source's qualifier allows; taken at its digits, the gap is {gapText}."));
                    return;
                }
            }

            if (c.Explain?.Invoke(left, right, gap, relative) is { } explained)
            {
                Add(new Finding(explained.Kind, explained.Classification, c.Relation, statements, arithmetic, gap, relative, c.Unit, explained.Message));
                return;
            }

            var kind = c.Kind == FindingKind.PartOfWhole ? FindingKind.PartExceedsWhole : c.Kind;
            var what = c.RightIsUpperBound
                ? $"{c.LeftText} is {Display.Interval(left, c.Shown)}, more than {c.RightText} at {Display.Interval(stated, c.Shown)}"
                : $"{c.LeftText} is {Display.Interval(left, c.Shown)} but {c.RightText} is {Display.Interval(stated, c.Shown)}";
            Add(new Finding(kind, FindingClassification.Contradiction, c.Relation, statements, arithmetic, gap, relative, c.Unit, $"Contradiction (expected: {c.Relation}). {Capitalize(what)}; the gap is {gapText}, beyond any rounding."));
        }

        private static bool IsApproximate(Operand o)
        {
            var figure = o.Role switch
            {
                "value" => StatementFigures.Value,
                "count" => StatementFigures.Count,
                "share" => StatementFigures.Share,
                "growth" => StatementFigures.Growth,
                "equivalent" => StatementFigures.Equivalent,
                _ => StatementFigures.None,
            };
            return (o.Statement.Approximate & figure) != 0 && o.Number.Style is RoundingStyle.Nearest or RoundingStyle.Truncated or RoundingStyle.Exact;
        }

        private static bool SameSource(Statement a, Statement b) =>
            (a.Source, b.Source) switch
            {
                (null, null) => true,
                ({ } x, { } y) => x with { Excerpt = null } == y with { Excerpt = null },
                _ => false,
            };

        private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }

    private static string FlowName(TradeFlow flow) => flow switch
    {
        TradeFlow.Exports => "exports",
        TradeFlow.Imports => "imports",
        TradeFlow.Total => "total",
        TradeFlow.Balance => "balance",
        TradeFlow.ReExports => "re-exports",
        TradeFlow.ReImports => "re-imports",
        _ => flow.ToString(),
    };

    private static decimal Pow10(int n)
    {
        var r = 1m;
        for (var i = 0; i < n; i++)
        {
            r *= 10m;
        }

        return r;
    }
}
