using System.Globalization;
using System.Text.RegularExpressions;
using TradeStats.Text;
using TradeStats.Verification;

namespace TradeStats.Extraction;

/// <summary>
/// Reads Chinese customs releases (海关 releases): totals, exports, imports, partners, periods, growth, shares, the
/// main breakdowns and counts of goods. Cues are read in order, so "其中，出口19.5亿元，基本持平；进口3.58亿元，增长56.7%"
/// gives the exports and the imports their own figures.
/// </summary>
internal static partial class ChineseReader
{
    private static readonly (string Word, string Code)[] Reporters =
    [
        ("西藏自治区", "CN-XZ"), ("西藏", "CN-XZ"), ("新疆维吾尔自治区", "CN-XJ"), ("新疆", "CN-XJ"), ("内蒙古自治区", "CN-NM"), ("内蒙古", "CN-NM"),
        ("广西壮族自治区", "CN-GX"), ("广西", "CN-GX"), ("云南省", "CN-YN"), ("云南", "CN-YN"), ("我国", "CN"), ("全国", "CN"), ("中国", "CN"),
    ];

    private static readonly (string Word, string Code)[] Partners =
    [
        ("尼泊尔", "NP"), ("印度尼西亚", "ID"), ("印度", "IN"), ("美国", "US"), ("俄罗斯", "RU"), ("哈萨克斯坦", "KZ"), ("吉尔吉斯斯坦", "KG"),
        ("塔吉克斯坦", "TJ"), ("乌兹别克斯坦", "UZ"), ("土库曼斯坦", "TM"), ("巴基斯坦", "PK"), ("孟加拉国", "BD"), ("马来西亚", "MY"), ("日本", "JP"),
        ("韩国", "KR"), ("德国", "DE"), ("澳大利亚", "AU"), ("荷兰", "NL"), ("英国", "GB"), ("法国", "FR"), ("越南", "VN"), ("泰国", "TH"),
        ("新加坡", "SG"), ("东盟", "ASEAN"), ("欧盟", "EU"), ("中亚五国", "CA5"), ("中亚", "CA5"), ("“一带一路”", "BRI"), ("一带一路", "BRI"),
        ("南亚", "SAARC"), ("RCEP", "RCEP"),
    ];

    private static readonly (string Word, string Name)[] Goods =
    [
        ("新能源汽车", "New energy vehicles"), ("新能源车", "New energy vehicles"), ("农产品", "Agricultural products"), ("机电产品", "Mechanical and electrical products"),
        ("劳动密集型产品", "Labor-intensive products"), ("高新技术产品", "High-tech products"), ("服装", "Garments"), ("纺织制品", "Textiles"), ("纺织品", "Textiles"),
        ("锂电池", "Lithium batteries"), ("太阳能电池", "Solar cells"), ("钢材", "Steel products"), ("金属矿砂", "Metal ores"),
    ];

    private static readonly string[] Cities = ["拉萨市", "日喀则市", "林芝市", "昌都市", "那曲市", "山南市", "阿里地区", "乌鲁木齐市", "喀什地区", "喀什市", "霍尔果斯", "伊犁"];

    [GeneratedRegex(@"(?<n>\d+(?:\.\d+)?)(?<scale>万亿|亿|万)?(?<cur>美元|元)")]
    private static partial Regex Money();

    [GeneratedRegex(@"(?<n>\d+(?:\.\d+)?)\s*(?:个百分点)")]
    private static partial Regex Points();

    [GeneratedRegex(@"(?<n>-?\d+(?:\.\d+)?)\s*[%％]")]
    private static partial Regex Percent();

    [GeneratedRegex(@"(?<n>\d+(?:\.\d+)?)倍")]
    private static partial Regex Times();

    [GeneratedRegex(@"(?<n>\d+(?:\.\d+)?)(?<scale>万)?(?<unit>辆|吨|台|件|艘|架|个国家和地区|个国家|家|条|项|个)")]
    private static partial Regex Count();

    [GeneratedRegex(@"进出口|外贸|对外贸易|双边贸易|贸易值|贸易额|贸易|出口|进口|顺差|逆差")]
    private static partial Regex Flows();

    [GeneratedRegex(@"(?:(?<y>\d{4})年|(?<this>今年)|(?<last>去年))?(?:前(?<n>\d{1,2}|两|三|四|五|六|七|八|九|十|十一)个?月|(?<m1>\d{1,2})(?:至|到|-|—)(?<m2>\d{1,2})月|(?:第)?(?<q>一|二|三|四)季度|(?<h>上|下)半年)|(?<yonly>\d{4})年|(?<lastonly>去年)|(?<thisonly>今年)|(?<same>同期)")]
    private static partial Regex Periods();

    [GeneratedRegex(@"货运量|国内生产总值|地区生产总值|GDP|销售额|目标|预计|计划|营业收入")]
    private static partial Regex NonTrade();

    [GeneratedRegex(@"民营企业|国有企业|外商投资企业|外资企业|一般贸易|边境小额贸易|加工贸易|跨境电商|边民互市贸易")]
    private static partial Regex Breakdowns();

    [GeneratedRegex(@"增长|增加|上升|提高|增幅|增速|下降|减少|回落|下滑")]
    private static partial Regex GrowthWords();

    [GeneratedRegex(@"下降|减少|回落|下滑")]
    private static partial Regex FallWords();

    private sealed record Token(int Start, int End, string Kind, object? Value, string Text);

    public static void Read(Sentence sentence, DateOnly? date, ReadingState state)
    {
        var s = sentence.Text;
        var tokens = Tokens(s, date);
        var drafts = new List<Draft>();
        Territory? reporter = state.SubUnit is null ? state.Reporter : null;
        string? subUnit = state.SubUnit;
        Territory partner = Territory.World;
        TradeFlow? flow = null;
        Period? period = state.Period;
        string? periodProblem = null;
        CustomsRegime? regime = null;
        EnterpriseType? enterprise = null;
        var goods = new List<string>();
        string? poisoned = null;
        var respectivelyLevels = new List<Draft>();
        var pendingRespectively = false;

        foreach (var t in tokens)
        {
            switch (t.Kind)
            {
                case "reporter":
                    reporter = (Territory)t.Value!;
                    subUnit = null;
                    break;
                case "city":
                    subUnit = "a prefecture-level city (" + t.Text + ") is below the provinces of the territory catalogue";
                    break;
                case "partner":
                    partner = (Territory?)t.Value ?? partner;
                    break;
                case "flow":
                    flow = (TradeFlow)t.Value!;
                    poisoned = null;
                    break;
                case "period":
                    var (found, why) = ((Period?, string?))t.Value!;
                    (period, periodProblem) = found is { } p ? (p, null) : why is not null ? (period, why) : (state.Period, null);
                    break;
                case "regime":
                    regime = (CustomsRegime)t.Value!;
                    break;
                case "enterprise":
                    enterprise = (EnterpriseType)t.Value!;
                    break;
                case "goods":
                    goods.Add((string)t.Value!);
                    break;
                case "nontrade":
                    poisoned = "'" + t.Text + "': not a customs trade figure";
                    break;
                case "respectively":
                    pendingRespectively = true;
                    break;
                case "stable":
                    if (drafts.LastOrDefault() is { Growth: null } stable)
                    {
                        stable.Growth = Figures.Stable();
                    }

                    break;
                case "points":
                    Unresolved(state, sentence, t, "a difference in percentage points, not a level, share or growth of trade");
                    break;
                case "othercount":
                    Unresolved(state, sentence, t, "a count of " + t.Value + ", not a trade figure");
                    break;
                default:
                    {
                        var problem = poisoned ?? subUnit ?? periodProblem
                            ?? (reporter is null ? "no reporter: the sentence names no territory and none was set before" : null)
                            ?? (period is null ? "no period: the sentence names none and no earlier figure set one" : null)
                            ?? (flow is null && t.Kind != "share" ? "no flow: the sentence does not say whether this is exports, imports or total trade" : null);
                        if (problem is not null)
                        {
                            Unresolved(state, sentence, t, problem);
                            break;
                        }

                        var subject = new StatementSubject(reporter!, partner, period!.Value, flow ?? TradeFlow.Total) { CustomsRegime = regime, EnterpriseType = enterprise };
                        if (goods.Count == 1 && t.Kind != "count")
                        {
                            subject = subject with { Commodity = Commodity.Named(goods[0]) };
                        }

                        Attach(t, subject, drafts, respectivelyLevels, goods, ref pendingRespectively, sentence, state);
                        break;
                    }
            }
        }

        if (drafts.Count > 0)
        {
            state.Reporter = drafts[^1].Subject.Reporter;
            state.Period = drafts[^1].Subject.Period;
            state.Previous = drafts;
        }
        else if (reporter is not null && tokens.Any(t => t.Kind == "reporter"))
        {
            state.Reporter = reporter;
        }

        state.SubUnit = null;
        state.Drafts.AddRange(drafts);
    }

    private static void Attach(Token t, StatementSubject subject, List<Draft> drafts, List<Draft> levels, List<string> goods, ref bool respectively, Sentence sentence, ReadingState state)
    {
        Draft New(StatementSubject subj)
        {
            var d = new Draft { Subject = subj, Sentence = sentence, FirstFigure = t.Start, FirstFigureEnd = t.End, Clause = 0 };
            drafts.Add(d);
            return d;
        }

        switch (t.Kind)
        {
            case "money":
                {
                    var d = New(subject);
                    d.Value = (PublishedMoney)t.Value!;
                    levels.Add(d);
                    break;
                }

            case "count":
                {
                    var (number, unit) = ((PublishedNumber, string))t.Value!;
                    var index = levels.Count(l => l.Count is not null);
                    var subj = goods.Count > index && respectively ? subject with { Commodity = Commodity.Named(goods[index]) }
                        : goods.Count == 1 ? subject with { Commodity = Commodity.Named(goods[0]) } : subject;
                    var d = New(subj);
                    d.Count = number;
                    d.CountUnit = unit;
                    levels.Add(d);
                    break;
                }

            case "share":
                {
                    var d = drafts.LastOrDefault(x => x.Share is null && x.Subject == subject) ?? New(subject);
                    d.Share = (PublishedNumber)t.Value!;
                    d.ShareOf = new StatementSubject(subject.Reporter, Territory.World, subject.Period, subject.Flow);
                    break;
                }

            default:
                {
                    var growth = (PublishedNumber)t.Value!;
                    if (respectively && levels.FirstOrDefault(l => l.Growth is null) is { } next && levels.Count > 1)
                    {
                        next.Growth = growth;
                        break;
                    }

                    var d = drafts.LastOrDefault(x => x.Growth is null && x.Subject == subject)
                        ?? (drafts.Count == 0 ? state.Previous.LastOrDefault(x => x.Growth is null && x.Subject == subject) : null)
                        ?? New(subject);
                    d.Growth = growth;
                    break;
                }
        }
    }

    private static void Unresolved(ReadingState state, Sentence sentence, Token t, string reason) =>
        state.Unresolved.Add(new UnresolvedFigure(t.Text, sentence.Text, new TextSpan(sentence.Start + t.Start, t.End - t.Start), reason));

    private static List<Token> Tokens(string s, DateOnly? date)
    {
        var tokens = new List<Token>();
        var taken = new bool[s.Length + 1];
        bool Free(int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                if (taken[i])
                {
                    return false;
                }
            }

            for (var i = start; i < end; i++)
            {
                taken[i] = true;
            }

            return true;
        }

        void Add(Match m, string kind, object? value)
        {
            if (Free(m.Index, m.Index + m.Length))
            {
                tokens.Add(new Token(m.Index, m.Index + m.Length, kind, value, m.Value));
            }
        }

        foreach (Match m in Periods().Matches(s))
        {
            Add(m, "period", PeriodOf(m, date));
        }

        foreach (Match m in Money().Matches(s))
        {
            if (MoneyText.TryParsePublished(m.Value, CultureInfo.InvariantCulture, out var money))
            {
                Add(m, "money", money);
            }
        }

        foreach (Match m in Points().Matches(s))
        {
            Add(m, "points", null);
        }

        foreach (Match m in Percent().Matches(s))
        {
            var text = m.Groups["n"].Value + "%";
            if (!NumberText.TryParsePercent(text, CultureInfo.InvariantCulture, out var pct))
            {
                continue;
            }

            var clauseStart = Math.Max(0, s.LastIndexOfAny([',', '，', ';', '；'], Math.Max(0, m.Index - 1)) + 1);
            var before = s[clauseStart..m.Index];
            if (before.Contains('占', StringComparison.Ordinal))
            {
                Add(m, "share", pct);
            }
            else
            {
                var negative = FallWords().IsMatch(before);
                Add(m, "growth", negative ? new PublishedNumber(-pct.Value, pct.Resolution, pct.Style) : pct);
            }
        }

        foreach (Match m in Times().Matches(s))
        {
            if (decimal.TryParse(m.Groups["n"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var x))
            {
                // "增长1.02倍": grew by 1.02 times the base, a growth of 102 percent.
                Add(m, "growth", PublishedNumber.FromDigits(x, 1m));
            }
        }

        foreach (Match m in Count().Matches(s))
        {
            var unit = m.Groups["unit"].Value;
            var scale = m.Groups["scale"].Success ? 10_000m : 1m;
            if (!decimal.TryParse(m.Groups["n"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n))
            {
                continue;
            }

            var (goodsUnit, english) = unit switch
            {
                "辆" => (true, "vehicles"),
                "吨" => (true, "tonnes"),
                "台" => (true, "units"),
                "件" => (true, "pieces"),
                _ => (false, unit),
            };
            var count = scale == 1m ? PublishedNumber.Exact(n) : PublishedNumber.FromDigits(n, scale);
            Add(m, goodsUnit ? "count" : "othercount", goodsUnit ? (count, english) : english);
        }

        foreach (Match m in Flows().Matches(s))
        {
            var flow = m.Value switch
            {
                "出口" => TradeFlow.Exports,
                "进口" => TradeFlow.Imports,
                "顺差" or "逆差" => TradeFlow.Balance,
                _ => TradeFlow.Total,
            };
            Add(m, "flow", flow);
        }

        foreach (Match m in NonTrade().Matches(s))
        {
            Add(m, "nontrade", null);
        }

        foreach (Match m in Breakdowns().Matches(s))
        {
            object? value = m.Value switch
            {
                "民营企业" => EnterpriseType.Private,
                "国有企业" => EnterpriseType.StateOwned,
                "外商投资企业" or "外资企业" => EnterpriseType.ForeignInvested,
                "一般贸易" => CustomsRegime.GeneralTrade,
                "边境小额贸易" => CustomsRegime.BorderSmallScaleTrade,
                "加工贸易" => CustomsRegime.ProcessingTrade,
                "跨境电商" => CustomsRegime.CrossBorderECommerce,
                _ => CustomsRegime.Other,
            };
            Add(m, value is EnterpriseType ? "enterprise" : "regime", value);
        }

        foreach (var (word, name) in Goods)
        {
            foreach (Match m in Regex.Matches(s, Regex.Escape(word)))
            {
                Add(m, "goods", name);
            }
        }

        foreach (var city in Cities)
        {
            foreach (Match m in Regex.Matches(s, Regex.Escape(city)))
            {
                Add(m, "city", null);
            }
        }

        foreach (var (word, code) in Reporters)
        {
            foreach (Match m in Regex.Matches(s, Regex.Escape(word) + "(?!海关|外贸增速|平均)"))
            {
                Add(m, "reporter", Territory.FromCode(code));
            }
        }

        foreach (var (word, code) in Partners)
        {
            foreach (Match m in Regex.Matches(s, Regex.Escape(word)))
            {
                Add(m, "partner", Territory.TryFromCode(code, out var t) ? t : null);
            }
        }

        foreach (Match m in Regex.Matches(s, "分别"))
        {
            Add(m, "respectively", null);
        }

        foreach (Match m in Regex.Matches(s, "基本持平|保持稳定|持平"))
        {
            Add(m, "stable", null);
        }

        tokens.Sort((a, b) => a.Start.CompareTo(b.Start));
        return tokens;
    }

    private static (Period? Period, string? Problem) PeriodOf(Match m, DateOnly? date)
    {
        if (m.Groups["same"].Success)
        {
            return (null, null);
        }

        int? year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture)
            : m.Groups["yonly"].Success ? int.Parse(m.Groups["yonly"].Value, CultureInfo.InvariantCulture)
            : date is { } d ? (m.Groups["last"].Success || m.Groups["lastonly"].Success ? d.Year - 1 : d.Year)
            : null;
        if (year is not { } y)
        {
            return (null, "'" + m.Value + "' needs the article's date (give --date)");
        }

        if (m.Groups["n"].Success)
        {
            var n = m.Groups["n"].Value switch
            {
                "两" => 2, "三" => 3, "四" => 4, "五" => 5, "六" => 6, "七" => 7, "八" => 8, "九" => 9, "十" => 10, "十一" => 11,
                var digits => int.Parse(digits, CultureInfo.InvariantCulture),
            };
            return n is >= 1 and <= 12 ? (Period.YearToDate(y, n), null) : (null, "'" + m.Value + "' is not a span of months");
        }

        if (m.Groups["m1"].Success)
        {
            var m1 = int.Parse(m.Groups["m1"].Value, CultureInfo.InvariantCulture);
            var m2 = int.Parse(m.Groups["m2"].Value, CultureInfo.InvariantCulture);
            return m1 is >= 1 and <= 12 && m2 >= m1 && m2 <= 12 ? (Period.FromMonths(y, m1, m2 - m1 + 1), null) : (null, "'" + m.Value + "' is not a span of months");
        }

        if (m.Groups["q"].Success)
        {
            return (Period.Quarter(y, m.Groups["q"].Value switch { "一" => 1, "二" => 2, "三" => 3, _ => 4 }), null);
        }

        if (m.Groups["h"].Success)
        {
            return (Period.Half(y, m.Groups["h"].Value == "上" ? 1 : 2), null);
        }

        return m.Groups["thisonly"].Success || m.Groups["lastonly"].Success || m.Groups["yonly"].Success ? (Period.Year(y), null) : (null, null);
    }
}
