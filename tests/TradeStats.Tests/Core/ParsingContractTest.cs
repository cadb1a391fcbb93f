using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TradeStats.Tests.Infrastructure;
using TradeStats.Tests.Text;

namespace TradeStats.Tests.Core;

/// <summary>
/// TryParse against Parse, TryFormat against ToString, and generic parsing through IParsable and ISpanParsable, for
/// Money, Period, ExchangeRate, Currency and Territory.
/// </summary>
public class ParsingContractTest
{
    private static readonly Type[] MoneyFailures = [typeof(FormatException), typeof(UnknownCurrencyException)];
    private static readonly Type[] PeriodFailures = [typeof(FormatException)];
    private static readonly Type[] TerritoryFailures = [typeof(FormatException), typeof(UnknownTerritoryException)];

    private static readonly Gen<Currency> AnyCurrency = Gen.Elements(Currency.BuiltIn.ToArray());

    private static readonly Gen<Money> AnyMoney = Gen.OneOf(
        Generators.Money,
        from c in AnyCurrency from a in Generators.Amount select new Money(a, c));

    private static readonly Gen<ExchangeRate> AnyRate =
        from b in AnyCurrency
        from q in AnyCurrency
        from value in CoreGenerators.Rate
        from period in CoreGenerators.WidePeriod
        from kind in Gen.Elements(Enum.GetValues<ExchangeRateKind>())
        select new ExchangeRate(b, q == b ? (b == Currency.USD ? Currency.CNY : Currency.USD) : q, value, period, kind);

    private static readonly Gen<string?> Formats = Gen.Elements<string?>(null, string.Empty, "S", "M", "C", "G", "F", "N2", "F0", "0.###", "E3", "X", "Q");

    private static readonly Gen<string> MoneyText =
        from m in AnyMoney
        from text in ParseContract.Mutated(
        [
            m.ToString(), $"{m.Currency.Code.ToLowerInvariant()}  {m.Amount.ToString(CultureInfo.InvariantCulture)}",
            $" {m.Amount.ToString("E5", CultureInfo.InvariantCulture)} {m.Currency.Code} ", "12 ABC", "USD 1e5",
        ])
        select text;

    private static readonly Gen<string> PeriodText =
        from p in CoreGenerators.WidePeriod
        from y in CoreGenerators.YearOrMonth
        from text in ParseContract.Mutated([p.ToString(), p.ToString("M", null), y.ToString("C", null), "2024-H2", "2024-A1", " 2024-q3 "])
        select text;

    private static readonly Gen<string> RateText =
        from r in AnyRate
        from text in ParseContract.Mutated([r.ToString(), r.ToString("F", null), $"{r.Pair} {r.Value.ToString(CultureInfo.InvariantCulture)} {r.Period}", "USD/USD 7 2024", "USD/CNY 0 2024"])
        select text;

    private static readonly Gen<string> CurrencyText =
        from c in AnyCurrency
        from text in ParseContract.Mutated([c.Code, c.Code.ToLowerInvariant(), $" {c.Code} ", "ABC", "US"])
        select text;

    private static readonly Gen<string> TerritoryText =
        from t in Generators.Territory
        from text in ParseContract.Mutated([t.Code, t.Alpha3 ?? t.Code, t.NumericCode?.ToString(CultureInfo.InvariantCulture) ?? t.Code, "CA5", "ZZ", string.Empty])
        select text;

    [Property]
    public Property Money_TryParse_agrees_with_Parse() =>
        Prop.ForAll(Arb.From(MoneyText), text =>
        {
            ParseContract.Agrees(text, Money.Parse, Money.TryParse, MoneyFailures);
            ParseContract.Agrees(text, s => Money.Parse(s.AsSpan()), (string? s, out Money m) => Money.TryParse(s.AsSpan(), out m), MoneyFailures);
        });

    [Property]
    public Property Money_parsed_through_IParsable_agrees_with_TryParse_in_every_notation()
    {
        var cases = from m in AnyMoney from provider in TextGenerators.Provider from text in ParseContract.Mutated([m.ToString(null, provider)]) select (text, provider);
        return Prop.ForAll(Arb.From(cases), c =>
        {
            ParseContract.Agrees(c.text, s => ParseContract.ParseGeneric<Money>(s, c.provider), (string? s, out Money m) => ParseContract.TryParseGeneric(s, c.provider, out m), MoneyFailures);
            ParseContract.Agrees(c.text, s => ParseContract.ParseSpan<Money>(s, c.provider), (string? s, out Money m) => ParseContract.TryParseSpan(s!, c.provider, out m), MoneyFailures);
        });
    }

    [Property]
    public Property Period_TryParse_agrees_with_Parse() =>
        Prop.ForAll(Arb.From(PeriodText), text =>
        {
            ParseContract.Agrees(text, Period.Parse, Period.TryParse, PeriodFailures);
            ParseContract.Agrees(text, s => Period.Parse(s.AsSpan()), (string? s, out Period p) => Period.TryParse(s.AsSpan(), out p), PeriodFailures);
            ParseContract.Agrees(text, s => ParseContract.ParseGeneric<Period>(s, CultureInfo.GetCultureInfo("de-DE")), (string? s, out Period p) => ParseContract.TryParseGeneric(s, null, out p), PeriodFailures);
            ParseContract.Agrees(text, s => ParseContract.ParseSpan<Period>(s, null), (string? s, out Period p) => ParseContract.TryParseSpan(s!, null, out p), PeriodFailures);
        });

    [Property]
    public Property ExchangeRate_TryParse_agrees_with_Parse_in_both_forms()
    {
        var cases = from text in RateText from period in CoreGenerators.WidePeriod from provider in TextGenerators.Provider select (text, period, provider);
        return Prop.ForAll(Arb.From(cases), c =>
        {
            ParseContract.Agrees<ExchangeRate?>(c.text, ExchangeRate.Parse, (string? s, out ExchangeRate? r) => ExchangeRate.TryParse(s, out r), MoneyFailures);
            ParseContract.Agrees(c.text, s => ExchangeRate.Parse(s.AsSpan()), (string? s, out ExchangeRate? r) => ExchangeRate.TryParse(s.AsSpan(), out r), MoneyFailures);
            ParseContract.Agrees(c.text, s => ExchangeRate.Parse(s, c.period, ExchangeRateKind.EndOfPeriod, "test"), (string? s, out ExchangeRate? r) => ExchangeRate.TryParse(s, c.period, ExchangeRateKind.EndOfPeriod, "test", out r), MoneyFailures);
            ParseContract.Agrees(c.text, s => ExchangeRate.Parse(s, c.period), (string? s, out ExchangeRate? r) => ExchangeRate.TryParse(s, c.period, out r), MoneyFailures);
            ParseContract.Agrees(c.text, s => ParseContract.ParseGeneric<ExchangeRate>(s, c.provider), (string? s, out ExchangeRate? r) => ParseContract.TryParseGeneric(s, c.provider, out r), MoneyFailures);
            ParseContract.Agrees(c.text, s => ParseContract.ParseSpan<ExchangeRate>(s, c.provider), (string? s, out ExchangeRate? r) => ParseContract.TryParseSpan(s!, c.provider, out r), MoneyFailures);
        });
    }

    [Property]
    public Property Currency_and_Territory_parse_through_IParsable_as_TryParse_says() =>
        Prop.ForAll(Arb.From(Gen.OneOf(CurrencyText, TerritoryText)), text =>
        {
            ParseContract.Agrees(text, s => ParseContract.ParseGeneric<Currency>(s, null), (string? s, out Currency? c) => ParseContract.TryParseGeneric(s, null, out c), MoneyFailures);
            ParseContract.Agrees(text, s => ParseContract.ParseSpan<Currency>(s, null), (string? s, out Currency? c) => ParseContract.TryParseSpan(s!, null, out c), MoneyFailures);
            ParseContract.Agrees(text, s => ParseContract.ParseGeneric<Territory>(s, null), (string? s, out Territory? t) => ParseContract.TryParseGeneric(s, null, out t), TerritoryFailures);
            ParseContract.Agrees(text, s => ParseContract.ParseSpan<Territory>(s, null), (string? s, out Territory? t) => ParseContract.TryParseSpan(s!, null, out t), TerritoryFailures);
        });

    [Property]
    public Property TryFormat_writes_what_ToString_writes_for_every_format_and_room()
    {
        var cases = from m in AnyMoney
                    from p in CoreGenerators.WidePeriod
                    from r in AnyRate
                    from c in AnyCurrency
                    from t in Generators.Territory
                    from format in Formats
                    from provider in TextGenerators.Provider
                    select (m, p, r, c, t, format, provider);
        return Prop.ForAll(Arb.From(cases), x =>
        {
            ParseContract.FormatsLikeToString(x.m, x.format, x.provider);
            ParseContract.FormatsLikeToString(x.p, x.format, x.provider);
            ParseContract.FormatsLikeToString(x.r, x.format, x.provider);
            ParseContract.FormatsLikeToString(x.c, x.format, x.provider);
            ParseContract.FormatsLikeToString(x.t, x.format, x.provider);
        });
    }

    [Property]
    public Property Every_value_reads_back_from_its_text_through_IParsable()
    {
        var cases = from m in AnyMoney
                    from p in CoreGenerators.WidePeriod
                    from y in CoreGenerators.YearOrMonth
                    from r in AnyRate
                    from c in AnyCurrency
                    from t in Generators.Territory
                    from provider in TextGenerators.Provider
                    select (m, p, y, r, c, t, provider);
        return Prop.ForAll(Arb.From(cases), x =>
        {
            Assert.Equal(x.m, ParseContract.ParseGeneric<Money>(x.m.ToString(), null));
            Assert.Equal(x.m, ParseContract.ParseGeneric<Money>(x.m.ToString(null, x.provider), x.provider));
            Assert.Equal(x.m, Money.Parse(x.m.ToString()));
            Assert.Equal(x.p, ParseContract.ParseGeneric<Period>(x.p.ToString(), null));
            Assert.Equal(x.p, ParseContract.ParseSpan<Period>(x.p.ToString("M", null), null));
            Assert.Equal(x.y, ParseContract.ParseGeneric<Period>(x.y.ToString("C", null), null));
            var full = x.r.ToString("F", x.provider);
            Assert.Equal(new ExchangeRate(x.r.BaseCurrency, x.r.QuoteCurrency, x.r.Value, x.r.Period, x.r.Kind), ParseContract.ParseGeneric<ExchangeRate>(full, x.provider));
            Assert.Equal(x.r, ExchangeRate.Parse(x.r.ToString(), x.r.Period, x.r.Kind, x.r.Source));
            Assert.Same(x.c, ParseContract.ParseGeneric<Currency>(x.c.ToString(), null));
            Assert.Same(x.t, ParseContract.ParseGeneric<Territory>(x.t.ToString(), null));
        });
    }

    [Fact]
    public void The_mutated_texts_hold_both_accepted_and_refused_ones_for_every_parser()
    {
        AssertBoth(MoneyText, t => Money.TryParse(t, out _));
        AssertBoth(PeriodText, t => Period.TryParse(t, out _));
        AssertBoth(RateText, t => ExchangeRate.TryParse(t, out _));
        AssertBoth(RateText, t => ExchangeRate.TryParse(t, Period.Year(2024), out _));
        AssertBoth(CurrencyText, t => ParseContract.TryParseGeneric<Currency>(t, null, out _));
        AssertBoth(TerritoryText, t => ParseContract.TryParseGeneric<Territory>(t, null, out _));

        static void AssertBoth(Gen<string> texts, Func<string, bool> accepts)
        {
            var sample = Gen.ArrayOf(texts, 1000).Sample(50, 1)[0];
            Assert.Contains(sample, t => accepts(t));
            Assert.Contains(sample, t => !accepts(t));
        }
    }

    [Fact]
    public void Null_text_is_refused_by_TryParse_and_is_an_argument_error_for_Parse()
    {
        Assert.False(Money.TryParse((string?)null, out _));
        Assert.False(Period.TryParse((string?)null, out _));
        Assert.False(ExchangeRate.TryParse((string?)null, out _));
        Assert.False(ExchangeRate.TryParse(null, Period.Year(2024), out _));
        Assert.False(ParseContract.TryParseGeneric<Money>(null, null, out _));
        Assert.False(ParseContract.TryParseGeneric<Period>(null, null, out _));
        Assert.False(ParseContract.TryParseGeneric<ExchangeRate>(null, null, out _));
        Assert.False(ParseContract.TryParseGeneric<Currency>(null, null, out _));
        Assert.False(ParseContract.TryParseGeneric<Territory>(null, null, out _));
        Assert.Throws<ArgumentNullException>(() => ParseContract.ParseGeneric<Money>(null!, null));
        Assert.Throws<ArgumentNullException>(() => ParseContract.ParseGeneric<Period>(null!, null));
        Assert.Throws<ArgumentNullException>(() => ParseContract.ParseGeneric<ExchangeRate>(null!, null));
        Assert.Throws<ArgumentNullException>(() => ParseContract.ParseGeneric<Currency>(null!, null));
        Assert.Throws<ArgumentNullException>(() => ParseContract.ParseGeneric<Territory>(null!, null));
    }

    [Fact]
    public void Money_through_IParsable_reads_the_amount_in_the_providers_notation()
    {
        var de = CultureInfo.GetCultureInfo("de-DE");
        Assert.Equal(Money.Cny(1234.5m), ParseContract.ParseGeneric<Money>("1234,5 CNY", de));
        Assert.Throws<FormatException>(() => ParseContract.ParseGeneric<Money>("1234,5 CNY", null)); // invariant by default
        Assert.Throws<FormatException>(() => ParseContract.ParseGeneric<Money>("1.234,5 CNY", de)); // no digit grouping
        Assert.Throws<UnknownCurrencyException>(() => ParseContract.ParseGeneric<Money>("12 ABC", null));
        Assert.False(ParseContract.TryParseGeneric<Money>("12 ABC", null, out _));
    }

    [Fact]
    public void ExchangeRate_full_form_names_its_period_and_kind()
    {
        var rate = ExchangeRate.Parse("USD/CNY 7.1217 2024-Q1 endofperiod");
        Assert.Equal(new ExchangeRate(Currency.USD, Currency.CNY, 7.1217m, Period.Quarter(2024, 1), ExchangeRateKind.EndOfPeriod), rate);
        Assert.Equal("USD/CNY 7.1217 2024-Q1 EndOfPeriod", rate.ToString("F", null));
        Assert.Equal("USD/CNY 7.1217", rate.ToString());
        Assert.Equal(ExchangeRateKind.PeriodAverage, ExchangeRate.Parse("USD/CNY 7.1217 2025-01/2025-10").Kind);
        Assert.Equal("USD/CNY 7,1217 2024-Q1 EndOfPeriod", rate.ToString("F", CultureInfo.GetCultureInfo("de-DE")));

        var e = Assert.Throws<FormatException>(() => ExchangeRate.Parse("USD/CNY 7.1217 2024 1"));
        Assert.Contains("'USD/CNY 7.1217 2024 1'", e.Message, StringComparison.Ordinal);
        Assert.Contains("'1' is not a kind of rate", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<FormatException>(() => ExchangeRate.Parse("USD/CNY 7.1217 2024-Q5"));
        Assert.Contains("'2024-Q5' is not a period", e.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => ExchangeRate.Parse("USD/CNY 7.1217"));
        Assert.Throws<FormatException>(() => rate.ToString("X", null));
    }

    [Theory]
    [InlineData("USD/CNY 1000000000000000")]
    [InlineData("USD/CNY 0.000000000000001")]
    public void ExchangeRate_Parse_refuses_a_value_out_of_range_as_malformed_text(string text)
    {
        var e = Assert.Throws<FormatException>(() => ExchangeRate.Parse(text, Period.Year(2024)));
        Assert.Equal($"'{text}' is not a valid exchange rate: the value must lie between 0.00000000000001 and 100000000000000.", e.Message);
        Assert.False(ExchangeRate.TryParse(text, Period.Year(2024), out _));
    }

    [Fact]
    public void ExchangeRate_TryParse_throws_for_an_undefined_kind_which_is_an_argument_not_text()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ExchangeRate.TryParse("USD/CNY 7.1", Period.Year(2024), (ExchangeRateKind)9, null, out _));
    }

    [Fact]
    public void Currency_and_Territory_tell_malformed_text_from_unknown_codes()
    {
        Assert.Equal("'12' is not a currency code: expected three letters such as 'CNY'.", Assert.Throws<FormatException>(() => ParseContract.ParseGeneric<Currency>("12", null)).Message);
        Assert.Equal("ABC", Assert.Throws<UnknownCurrencyException>(() => ParseContract.ParseGeneric<Currency>("ABC", null)).Code);
        Assert.Same(Currency.USD, ParseContract.ParseSpan<Currency>(" usd ", null));
        Assert.Throws<FormatException>(() => ParseContract.ParseGeneric<Territory>("  ", null));
        Assert.Equal("ZZ", Assert.Throws<UnknownTerritoryException>(() => ParseContract.ParseGeneric<Territory>("ZZ", null)).Code);
        Assert.Same(Territory.FromCode("NP"), ParseContract.ParseSpan<Territory>("524", null));
        Assert.Equal("CN-XZ", $"{Territory.FromCode("CN-XZ"):G}");
        Assert.Throws<FormatException>(() => Currency.USD.ToString("N", null));
    }

    [Fact]
    public void Period_TryFormat_writes_the_Comtrade_form_and_refuses_it_where_there_is_none()
    {
        Span<char> buffer = stackalloc char[17];
        Assert.True(Period.Month(2024, 1).TryFormat(buffer, out var written, "C", null));
        Assert.Equal("202401", buffer[..written].ToString());
        Assert.True(Period.FromMonths(9999, 1, 12).TryFormat(buffer, out written, "M", null));
        Assert.True(Period.Range(Period.Month(9998, 2), Period.Month(9999, 12)).TryFormat(buffer, out written, "M", null));
        Assert.Equal("9998-M02/9999-M12", buffer[..written].ToString());
        Assert.False(Period.Month(2024, 1).TryFormat(buffer[..5], out written, "C", null));
        Assert.Equal(0, written);
        Assert.Throws<FormatException>(() => Period.Quarter(2024, 1).TryFormat(new char[17], out _, "C", null));
    }
}
