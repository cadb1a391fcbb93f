using System.Text.RegularExpressions;
using TradeStats.Verification;

namespace TradeStats.Extraction;

/// <summary>A statement being assembled from the figures of a sentence.</summary>
internal sealed class Draft
{
    public required StatementSubject Subject { get; set; }

    public required Sentence Sentence { get; init; }

    public required int FirstFigure { get; set; }

    public required int FirstFigureEnd { get; set; }

    public required int Clause { get; init; }

    public PublishedMoney? Value { get; set; }

    public PublishedMoney? Equivalent { get; set; }

    public PublishedNumber? Count { get; set; }

    public string? CountUnit { get; set; }

    public PublishedNumber? Share { get; set; }

    public StatementSubject? ShareOf { get; set; }

    public PublishedNumber? Growth { get; set; }

    public StatementFigures Approximate { get; set; }

    public bool IsBase { get; set; }

    public int FigureCount => (Value is null ? 0 : 1) + (Equivalent is null ? 0 : 1) + (Count is null ? 0 : 1) + (Share is null ? 0 : 1) + (Growth is null ? 0 : 1);
}

/// <summary>The shared state of one article's reading: what sentences carry to the next ones, and the output.</summary>
internal sealed class ReadingState
{
    public Territory? Reporter { get; set; }

    public string? SubUnit { get; set; }

    public Period? Period { get; set; }

    public Territory? LastPartner { get; set; }

    public Territory? LargestPartner { get; set; }

    public List<Draft> Previous { get; set; } = [];

    public List<Draft> Drafts { get; } = [];

    public List<UnresolvedFigure> Unresolved { get; } = [];
}

/// <summary>Reads English releases sentence by sentence: figures, the cues around them, and what earlier sentences set.</summary>
internal static partial class EnglishReader
{
    private const RegexOptions Ci = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@";|,\s+(?=while\b|whereas\b|but\b|with\b|and\s+(?:its|the|imports|exports)\b)|\s+(?=while\b|whereas\b)", Ci)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"\b(?:up|rose|rise|rises|rising|risen|grew|grow|grows|growing|growth|increase|increases|increased|increasing|surge|surges|surged|surging|soar|soared|soaring|jump|jumped|climb|climbed|climbing|expand|expanded|expanding|expansion|skyrocketed|doubled|boosted)\b", Ci)]
    private static partial Regex RiseWords();

    [GeneratedRegex(@"\b(?:rose|rising|risen|grew|growing|increased|increasing|surge|surges|surged|surging|soared|soaring|jumped|climbed|climbing|expanded|expanding|skyrocketed|doubled)\b", Ci)]
    private static partial Regex RiseVerbs();

    [GeneratedRegex(@"\b(?:down|fell|fall|falls|falling|dropped|drop|declined|decline|declines|declining|decreased|decrease|decreasing|slid|shrank|shrunk|contracted|slumped)\b", Ci)]
    private static partial Regex FallWords();

    [GeneratedRegex(@"\b(?:maintained\s+stability|remained\s+stable|stable|steady|unchanged|flat)\b(?!\s+(?:growth|increase|rise|expansion|upward))", Ci)]
    private static partial Regex SteadyWords();

    [GeneratedRegex(@"\b(?:year[- ]on[- ]year|year[- ]over[- ]year|from\s+(?:a\s+year\s+earlier|the\s+previous\s+year|last\s+year)|compared\s+(?:to|with)\s+the\s+previous\s+year)\b", Ci)]
    private static partial Regex YearOnYear();

    [GeneratedRegex(@"(?:accounting\s+for|accounted\s+for|accounts\s+for|constituting|constituted|constitutes|contributing|contributed|representing|represented|represents|making\s+up|made\s+up|share\s+of|taking\s+up|took\s+up|comprising|comprised)\s+(?:about\s+|nearly\s+|around\s+|approximately\s+|over\s+|more\s+than\s+|some\s+)?$", Ci)]
    private static partial Regex ShareVerbBefore();

    [GeneratedRegex(@"^\s+of\b(?!\s+(?:growth|increase|the\s+growth))", Ci)]
    private static partial Regex OfAfter();

    [GeneratedRegex(@"^[""\u201c]?(?:It|This|That|The\s+result|The\s+figure|This\s+figure|The\s+number|This\s+number|The\s+amount|This\s+amount|The\s+value|This\s+value)\b(?!\s+(?:year|month|quarter|is\s+(?:the\s+)?(?:first|second)\s+time\s+that))", RegexOptions.CultureInvariant)]
    private static partial Regex ReferenceStart();

    [GeneratedRegex(@"^[""\u201c]?(?:And|Also|Meanwhile|In\s+addition|Additionally)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ContinuationStart();

    [GeneratedRegex(@"^\s+(?:in\s+the\s+previous\s+year|in\s+the\s+same\s+period\s+(?:of\s+)?last\s+year|a\s+year\s+(?:earlier|ago|before)|the\s+year\s+before|in\s+the\s+year\s+before)", Ci)]
    private static partial Regex BaseAfter();

    [GeneratedRegex(@"\b(?:a|an)\s+(?:[\w-]+\s+){0,3}(?:growth|increase|rise|decline|decrease|drop)\b", Ci)]
    private static partial Regex GrowthNoun();

    [GeneratedRegex(@"\brespectively\b", Ci)]
    private static partial Regex Respectively();

    [GeneratedRegex(@"\b(?:goods|cargo)\b", Ci)]
    private static partial Regex GoodsWords();

    public static void Read(Sentence sentence, DateOnly? date, ReadingState state)
    {
        var s = sentence.Text;
        var mentions = Mentions.Find(s);
        var cues = Lexicon.Cues(s);
        var periods = Periods.Find(s, date);
        var clauses = ClauseStarts(s);
        var isReference = ReferenceStart().IsMatch(s);
        var drafts = new List<Draft>();

        foreach (var c in cues.Where(c => c.Kind == CueKind.Partner && c.Territory is not null))
        {
            if (cues.Any(l => l.Kind == CueKind.LargestPartner && Math.Abs(l.Start - c.End) < 60 || Math.Abs(c.Start - l.End) < 60))
            {
                state.LargestPartner = c.Territory;
            }
        }

        var respectively = Respectively().Match(s);
        var targets = new Dictionary<Mention, object>();
        if (respectively.Success)
        {
            BindRespectively(s, respectively.Index, mentions, cues, targets, out var problem);
            if (problem is not null)
            {
                foreach (var m in mentions.Where(m => m.Kind is MentionKind.Percent or MentionKind.Fold && m.Start < respectively.Index))
                {
                    Unresolved(state, sentence, m, problem);
                    targets[m] = "unresolved";
                }
            }
        }

        var levelByMention = new Dictionary<Mention, Draft>();
        foreach (var m in mentions)
        {
            if (targets.TryGetValue(m, out var t) && t is string)
            {
                continue;
            }

            if (m.Kind == MentionKind.Points)
            {
                Unresolved(state, sentence, m, "a difference in percentage points, not a level, share or growth of trade");
                continue;
            }

            if (m.Kind == MentionKind.Count && !m.UnitIsGoods)
            {
                Unresolved(state, sentence, m, "a count of " + m.Unit + ", not a trade figure");
                continue;
            }

            var clause = ClauseOf(clauses, m.Start);
            var (clauseStart, clauseEnd) = (clauses[clause], clause + 1 < clauses.Count ? clauses[clause + 1] : s.Length);
            var (segStart, segEnd) = Segment(s, m, clauseStart, clauseEnd);
            var role = Role(s, m, clauseStart, clauseEnd, segStart, segEnd, mentions);
            if (role is not ("share" or "growth" or "level"))
            {
                Unresolved(state, sentence, m, role);
                continue;
            }

            var isShare = role == "share";
            var isGrowth = role == "growth";
            var limit = isShare ? m.Start : clauseEnd;

            var nonTrade = cues.FirstOrDefault(c => c.Kind == CueKind.NonTrade && ((c.Start >= clauseStart && c.Start < m.End) || (c.Start >= segStart && c.Start < segEnd)));
            if (nonTrade is not null)
            {
                Unresolved(state, sentence, m, (string)nonTrade.Value!);
                continue;
            }

            if (isGrowth && m.Kind is MentionKind.Percent or MentionKind.Fold && !mentions.Any(x => x.Kind == MentionKind.Money && x.Start >= clauseStart && x.Start < clauseEnd)
                && mentions.FirstOrDefault(x => x.Kind == MentionKind.Count && !x.UnitIsGoods && x.Start >= clauseStart && x.Start < clauseEnd) is { } counted)
            {
                Unresolved(state, sentence, m, "the growth of a count of " + counted.Unit + ", not of trade");
                continue;
            }

            Draft? previous = isReference ? state.Previous.LastOrDefault() : null;
            var whole = isShare ? Whole(s, m, clauseEnd, cues, periods) : null;

            // Reporter.
            Territory? reporter;
            string? problemText = null;
            var reporterCue = FirstCue(cues, c => c.Kind is CueKind.Reporter or CueKind.Region or CueKind.SubUnit, clauseStart, m.Start)
                ?? FirstCue(cues, c => c.Kind is CueKind.Reporter or CueKind.Region or CueKind.SubUnit, 0, m.Start)
                ?? (isShare ? null : FirstCue(cues, c => c.Kind is CueKind.Reporter or CueKind.SubUnit, m.End, segEnd));
            if (reporterCue is { Kind: CueKind.SubUnit })
            {
                problemText = (string)reporterCue.Value!;
                reporter = null;
            }
            else if (reporterCue is { Kind: CueKind.Reporter })
            {
                reporter = reporterCue.Territory;
            }
            else if (previous is not null)
            {
                reporter = previous.Subject.Reporter;
            }
            else if (reporterCue is { Kind: CueKind.Region })
            {
                reporter = state.Reporter;
                problemText = reporter is null ? "'" + reporterCue.Text + "' refers to a territory no earlier sentence names" : null;
            }
            else if (whole is not null && whole.Reporter != Territory.World && state.SubUnit is null)
            {
                // "Private enterprises contributed 85.7 percent of Xizang's total trade": the part is within the whole's reporter.
                reporter = whole.Reporter;
            }
            else
            {
                reporter = state.SubUnit is null ? state.Reporter : null;
                problemText = state.SubUnit ?? (reporter is null ? "no reporter: the sentence names no territory and none was set before" : null);
            }

            if (reporter is null)
            {
                Unresolved(state, sentence, m, problemText!);
                continue;
            }

            // Flow.
            TradeFlow? flow = FirstCue(cues, c => c.Kind == CueKind.Flow, clauseStart, m.Start)?.Value as TradeFlow?;
            if (flow is null)
            {
                for (var k = clause - 1; k >= 0 && flow is null; k--)
                {
                    flow = FirstCue(cues, c => c.Kind == CueKind.Flow, clauses[k], clauses[k + 1])?.Value as TradeFlow?;
                }
            }

            if (flow is null && !isShare)
            {
                flow = FirstCue(cues, c => c.Kind == CueKind.Flow, m.End, clauseEnd)?.Value as TradeFlow?;
            }

            flow ??= previous?.Subject.Flow ?? whole?.Flow;
            if (flow is null && GoodsWords().IsMatch(s[clauseStart..clauseEnd]))
            {
                flow = TradeFlow.Total;
            }

            if (flow is null)
            {
                Unresolved(state, sentence, m, "no flow: the sentence does not say whether this is exports, imports, total trade or a balance");
                continue;
            }

            // Period.
            var periodCue = periods.FirstOrDefault(p => p.Start >= clauseStart && p.Start < clauseEnd && (!isShare || p.Start < m.Start))
                ?? periods.FirstOrDefault(p => !isShare || p.Start < m.Start);
            Period? period;
            if (periodCue is { Problem: { } pp })
            {
                Unresolved(state, sentence, m, pp);
                continue;
            }

            var wholePeriod = isShare ? periods.FirstOrDefault(p => p.Start >= m.End && p.Start < clauseEnd && p.Period is not null)?.Period : null;
            period = periodCue is null || periodCue.Carried ? (previous?.Subject.Period ?? wholePeriod ?? state.Period) : periodCue.Period;
            if (period is null)
            {
                Unresolved(state, sentence, m, "no period: the sentence names none and no earlier figure set one");
                continue;
            }

            var isBase = m.Kind == MentionKind.Money && s[..m.Start].TrimEnd().EndsWith(" from", StringComparison.OrdinalIgnoreCase) && BaseAfter().IsMatch(s[m.End..]);
            if (isBase)
            {
                period = period.Value.YearEarlier();
            }

            // Partner.
            Territory? partner = null;
            var partnerCue = FirstCue(cues, c => c.Kind == CueKind.Partner, segStart, isShare ? m.Start : segEnd)
                ?? FirstCue(cues, c => c.Kind == CueKind.Partner, clauseStart, m.Start)
                ?? FirstCue(cues, c => c.Kind == CueKind.Partner, 0, m.Start);
            var largest = FirstCue(cues, c => c.Kind == CueKind.LargestPartner, 0, isShare ? m.Start : s.Length);
            if (partnerCue is not null)
            {
                if (partnerCue.Territory is null)
                {
                    Unresolved(state, sentence, m, "'" + partnerCue.Text + "' is a group no one has registered (register it with Territory.RegisterGroup)");
                    continue;
                }

                partner = partnerCue.Territory;
            }
            else if (largest is not null)
            {
                if (state.LargestPartner is null)
                {
                    Unresolved(state, sentence, m, "'" + largest.Text + "' is not named in the text");
                    continue;
                }

                partner = state.LargestPartner;
            }
            else if (previous is not null)
            {
                partner = previous.Subject.Partner;
            }
            else if (ContinuationStart().IsMatch(s) && state.LastPartner is not null)
            {
                partner = state.LastPartner;
            }

            partner ??= Territory.World;

            var subject = new StatementSubject(reporter, partner, period.Value, flow.Value)
            {
                CustomsRegime = Breakdown(cues, CueKind.Regime, clauseStart, m.Start, segEnd, isShare) as CustomsRegime?,
                EnterpriseType = Breakdown(cues, CueKind.Enterprise, clauseStart, m.Start, segEnd, isShare) as EnterpriseType?,
                TransportMode = Breakdown(cues, CueKind.Transport, clauseStart, m.Start, segEnd, isShare) as TransportMode?,
            };
            var commodity = m.Kind == MentionKind.Count && m.UnitCommodity is not null ? m.UnitCommodity : Breakdown(cues, CueKind.Commodity, clauseStart, m.Start, segEnd, isShare) as string;
            var goodsReference = FirstCue(cues, c => c.Kind == CueKind.SubUnit && c.Value is string r && r.StartsWith("the goods", StringComparison.Ordinal), clauseStart, m.Start);
            if (goodsReference is not null && commodity is null)
            {
                Unresolved(state, sentence, m, (string)goodsReference.Value!);
                continue;
            }

            if (commodity is not null)
            {
                subject = subject with { Commodity = Commodity.Named(commodity) };
            }

            if (previous is not null && subject.Reporter == previous.Subject.Reporter && subject.Period == previous.Subject.Period)
            {
                subject = previous.Subject;
            }

            if (whole is not null)
            {
                whole = whole with
                {
                    Reporter = whole.Reporter == Territory.World ? subject.Reporter : whole.Reporter,
                    Period = periods.Any(p => p.Start > m.End && p.Start < clauseEnd && p.Period is not null) ? whole.Period : subject.Period,
                    Flow = cues.Any(c => c.Kind == CueKind.Flow && c.Start > m.End && c.Start < clauseEnd) ? whole.Flow : subject.Flow,
                };
            }

            // Attach.
            var approx = Figures.IsApproximate(m.Text);
            if (targets.TryGetValue(m, out var target))
            {
                if (target is Mention level && levelByMention.TryGetValue(level, out var levelDraft))
                {
                    levelDraft.Growth = m.Number;
                    continue;
                }

                if (target is Territory p)
                {
                    subject = subject with { Partner = p };
                }
            }

            Draft Open(Func<Draft, bool> free)
            {
                var d = (isReference ? state.Previous.Concat(drafts) : drafts).LastOrDefault(d => d.Subject == subject && free(d));
                if (d is not null)
                {
                    return d;
                }

                d = new Draft { Subject = subject, Sentence = sentence, FirstFigure = m.Start, FirstFigureEnd = m.End, Clause = clause, IsBase = isBase };
                drafts.Add(d);
                return d;
            }

            switch (m.Kind)
            {
                case MentionKind.Money:
                    {
                        var d = Open(d => d.Value is null && d.Count is null && d.IsBase == isBase);
                        d.Value = m.Money;
                        d.Equivalent = m.Equivalent;
                        d.Approximate |= (approx ? StatementFigures.Value : 0) | (Figures.IsApproximate(m.EquivalentText) ? StatementFigures.Equivalent : 0);
                        levelByMention[m] = d;
                        break;
                    }

                case MentionKind.Count:
                    {
                        var d = Open(d => d.Value is null && d.Count is null && !d.IsBase);
                        d.Count = m.Number;
                        d.CountUnit = m.Unit;
                        d.Approximate |= approx ? StatementFigures.Count : 0;
                        levelByMention[m] = d;
                        break;
                    }

                case MentionKind.Percent when isShare:
                    {
                        var d = Open(d => d.Share is null && !d.IsBase);
                        d.Share = m.Number;
                        d.ShareOf = whole;
                        d.Approximate |= approx ? StatementFigures.Share : 0;
                        break;
                    }

                default:
                    {
                        var d = Open(d => d.Growth is null && !d.IsBase);
                        d.Growth = Signed(s, m, segStart, segEnd);
                        d.Approximate |= approx ? StatementFigures.Growth : 0;
                        break;
                    }
            }
        }

        // Direction words give growth where no rate is printed ("imports also increased, reaching ...").
        foreach (var d in drafts.Where(d => d.Growth is null && d.Value is not null && !d.IsBase))
        {
            var (cs, ce) = (clauses[d.Clause], d.Clause + 1 < clauses.Count ? clauses[d.Clause + 1] : s.Length);
            var text = s[cs..ce];
            d.Growth = SteadyWords().IsMatch(text) ? Figures.Stable()
                : FallWords().IsMatch(text) && !RiseVerbs().IsMatch(text) ? Figures.Decrease()
                : RiseVerbs().IsMatch(text) ? Figures.Increase()
                : null;
        }

        if (mentions.Count == 0 && isReference && state.Previous.LastOrDefault(d => !d.IsBase) is { Growth: null } last && last.Value is not null
            && (YearOnYear().IsMatch(s) || GrowthNoun().IsMatch(s)))
        {
            last.Growth = FallWords().IsMatch(s) && !RiseWords().IsMatch(s) ? Figures.Decrease() : Figures.Increase();
        }

        // What this sentence carries to the next ones.
        // A sentence about a port ("Taking Xinjiang's Horgos Port as an example, its major exports ...") makes the port
        // the subject of the next sentences until a territory is named again.
        var port = cues.FirstOrDefault(c => c.Kind == CueKind.SubUnit && ((string)c.Value!).StartsWith("a port", StringComparison.Ordinal));
        if (port is not null && mentions.Count == 0 && cues.Any(c => c.Kind == CueKind.Flow && c.Start > port.Start))
        {
            state.SubUnit = (string)port.Value!;
        }
        else if (cues.Any(c => c.Kind == CueKind.Reporter))
        {
            state.Reporter = cues.First(c => c.Kind == CueKind.Reporter).Territory;
            state.SubUnit = null;
        }

        if (drafts.Count > 0)
        {
            state.Period = drafts[^1].IsBase ? drafts.First(d => !d.IsBase || true).Subject.Period : drafts[^1].Subject.Period;
            state.Period = drafts.LastOrDefault(d => !d.IsBase)?.Subject.Period ?? state.Period;
            state.LastPartner = drafts[^1].Subject.Partner;
            state.Previous = drafts;
        }
        else if (mentions.Count > 0)
        {
            state.Previous = [];
        }

        state.Drafts.AddRange(drafts);
    }

    private static void Unresolved(ReadingState state, Sentence sentence, Mention m, string reason) =>
        state.Unresolved.Add(new UnresolvedFigure(m.Text.Trim(), sentence.Text, new TextSpan(sentence.Start + m.Start, m.End - m.Start), reason));

    private static List<int> ClauseStarts(string s)
    {
        var starts = new List<int> { 0 };
        foreach (Match m in ClauseBreak().Matches(s))
        {
            starts.Add(m.Index + m.Length);
        }

        return starts;
    }

    private static int ClauseOf(List<int> starts, int position)
    {
        var k = 0;
        while (k + 1 < starts.Count && starts[k + 1] <= position)
        {
            k++;
        }

        return k;
    }

    private static (int Start, int End) Segment(string s, Mention m, int clauseStart, int clauseEnd)
    {
        var start = m.Start;
        while (start > clauseStart && s[start - 1] != ',')
        {
            start--;
        }

        var end = m.End;
        while (end < clauseEnd && s[end] != ',')
        {
            end++;
        }

        return (start, end);
    }

    private static Cue? FirstCue(List<Cue> cues, Func<Cue, bool> kind, int from, int to) =>
        cues.FirstOrDefault(c => kind(c) && c.Start >= from && c.Start < to);

    private static object? Breakdown(List<Cue> cues, CueKind kind, int clauseStart, int figureStart, int segEnd, bool isShare)
    {
        var before = cues.LastOrDefault(c => c.Kind == kind && c.Start >= clauseStart && c.End <= figureStart);
        if (before is not null)
        {
            return before.Value;
        }

        return isShare ? null : cues.FirstOrDefault(c => c.Kind == kind && c.Start >= figureStart && c.Start < segEnd)?.Value;
    }

    /// <summary>"share", "growth" or "level", or the reason the figure is none of them.</summary>
    private static string Role(string s, Mention m, int clauseStart, int clauseEnd, int segStart, int segEnd, List<Mention> all)
    {
        switch (m.Kind)
        {
            case MentionKind.Money:
            case MentionKind.Count:
                return "level";
            case MentionKind.Fold:
                return "growth";
        }

        if (OfAfter().IsMatch(s[m.End..]) || ShareVerbBefore().IsMatch(s[clauseStart..m.Start]))
        {
            return m.Number.Value is >= 0m and <= 1m ? "share" : "a share above 100 percent";
        }

        var clause = s[clauseStart..clauseEnd];
        if (RiseWords().IsMatch(clause) || FallWords().IsMatch(clause) || YearOnYear().IsMatch(clause))
        {
            return "growth";
        }

        // "growth rate with Malaysia at 187 percent, with South Africa at 88 percent": the rate word is in the first clause only.
        if (!all.Any(x => x.Kind is MentionKind.Money or MentionKind.Count && x.Start >= clauseStart && x.Start < clauseEnd)
            && (RiseWords().IsMatch(s) || FallWords().IsMatch(s) || YearOnYear().IsMatch(s)))
        {
            return "growth";
        }

        return "a percentage that is neither a share ('of ...') nor a growth rate";
    }

    private static PublishedNumber Signed(string s, Mention m, int segStart, int segEnd)
    {
        var n = m.Number;
        var seg = s[segStart..segEnd];
        if (m.Kind == MentionKind.Percent && n.Value > 0m && FallWords().IsMatch(seg) && !RiseWords().IsMatch(seg))
        {
            var style = n.Style switch
            {
                RoundingStyle.AtLeast => RoundingStyle.AtMost,
                RoundingStyle.AtMost => RoundingStyle.AtLeast,
                _ => n.Style,
            };
            return new PublishedNumber(-n.Value, n.Resolution, style);
        }

        return n;
    }

    /// <summary>The whole of a share: "of the region's total foreign trade", "of the total value of China-Nepal trade".</summary>
    private static StatementSubject Whole(string s, Mention m, int clauseEnd, List<Cue> cues, List<PeriodCue> periods)
    {
        var after = cues.Where(c => c.Start >= m.End && c.Start < clauseEnd).ToList();
        var reporter = after.FirstOrDefault(c => c.Kind == CueKind.Reporter)?.Territory ?? Territory.World;
        var partner = after.FirstOrDefault(c => c.Kind == CueKind.Partner && c.Territory is not null)?.Territory ?? Territory.World;
        var flow = after.FirstOrDefault(c => c.Kind == CueKind.Flow)?.Value as TradeFlow? ?? TradeFlow.Total;
        var period = periods.FirstOrDefault(p => p.Start >= m.End && p.Start < clauseEnd && p.Period is not null)?.Period ?? Period.Year(2000);
        return new StatementSubject(reporter, partner, period, flow);
    }

    /// <summary>
    /// "up 144.82 percent and 126.79 percent year on year respectively": the rates go, in order, to the levels or to
    /// the partners the sentence lists; when the counts differ nothing is guessed.
    /// </summary>
    private static void BindRespectively(string s, int at, List<Mention> mentions, List<Cue> cues, Dictionary<Mention, object> targets, out string? problem)
    {
        problem = null;
        var rates = mentions.Where(m => m.Kind is MentionKind.Percent or MentionKind.Fold && m.Start < at).ToList();
        if (rates.Count < 2)
        {
            return;
        }

        var firstRate = rates[0].Start;
        var levels = mentions.Where(m => m.Kind is MentionKind.Money or (MentionKind.Count) && m.Start < firstRate && (m.Kind != MentionKind.Count || m.UnitIsGoods)).ToList();
        var partners = cues.Where(c => c.Kind == CueKind.Partner && c.Territory is not null && c.Start < firstRate).Select(c => c.Territory!).Distinct().ToList();
        if (levels.Count == rates.Count)
        {
            for (var i = 0; i < rates.Count; i++)
            {
                targets[rates[i]] = levels[i];
            }
        }
        else if (partners.Count == rates.Count)
        {
            for (var i = 0; i < rates.Count; i++)
            {
                targets[rates[i]] = partners[i];
            }
        }
        else
        {
            problem = $"'respectively' pairs {rates.Count} rates with {levels.Count} levels and {partners.Count} partners; the pairing is not guessed";
        }
    }
}
