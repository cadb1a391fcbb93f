namespace TradeStats.Tests.Core;

public partial class CurrencyTest
{
    [Fact]
    public void Users_can_register_currencies_and_find_them()
    {
        Assert.Equal("NPR", Npr.Code);
        Assert.Equal(524, Npr.NumericCode);
        Assert.Equal(0.01m, Npr.MinorUnit);
        Assert.Equal("Rs", Npr.Symbol);
        Assert.Same(Npr, Currency.FromCode("npr"));
        Assert.Same(Eur, Currency.FromCode("EUR"));
        Assert.Same(Kzt, Currency.FromNumericCode(398));
        Assert.Contains(Kzt, Currency.All);
        Assert.Equal(1m, Xts.MinorUnit);
    }

    [Fact]
    public void Registering_the_same_definition_again_returns_the_same_instance()
    {
        var first = Currency.Register("XBA", 955, 0, "Bond Markets Unit European Composite Unit (EURCO)");
        var again = Currency.Register("xba", 955, 0, "Bond Markets Unit European Composite Unit (EURCO)");
        Assert.Same(first, again);
        Assert.Equal("XBA", first.Symbol); // the symbol defaults to the code
        Assert.Same(Currency.USD, Currency.Register("USD", 840, 2, "US dollar", "$"));
    }

    [Fact]
    public void A_conflicting_definition_is_refused_naming_both()
    {
        _ = Npr;
        var e = Assert.Throws<ArgumentException>(() => Currency.Register("NPR", 524, 0, "Nepalese rupee", "Rs"));
        Assert.Contains("NPR", e.Message, StringComparison.Ordinal);
        Assert.Contains("2 minor digits", e.Message, StringComparison.Ordinal);
        Assert.Contains("0 minor digits", e.Message, StringComparison.Ordinal);

        var usd = Assert.Throws<ArgumentException>(() => Currency.Register("USD", 840, 2, "United States dollar", "$"));
        Assert.Contains("United States dollar", usd.Message, StringComparison.Ordinal);

        // ISO numeric codes are unique too: another code under CNY's 156 would make FromNumericCode ambiguous.
        var numeric = Assert.Throws<ArgumentException>(() => Currency.Register("XCN", 156, 2, "Fake yuan"));
        Assert.Equal("numericCode", numeric.ParamName);
        Assert.Contains("156", numeric.Message, StringComparison.Ordinal);
        Assert.Contains("CNY", numeric.Message, StringComparison.Ordinal);
        Assert.False(Currency.TryFromCode("XCN", out _));
    }

    [Theory]
    [InlineData("NP")]
    [InlineData("NPRS")]
    [InlineData("N1R")]
    [InlineData("ÑPR")]
    [InlineData("N R")]
    public void Malformed_codes_are_refused_quoting_them(string code)
    {
        var e = Assert.Throws<ArgumentException>(() => Currency.Register(code, 524, 2, "Nepalese rupee"));
        Assert.Contains($"'{code}'", e.Message, StringComparison.Ordinal);
        Assert.Equal("code", e.ParamName);
    }

    [Theory]
    [InlineData(-1, 2)]
    [InlineData(1000, 2)]
    [InlineData(524, -1)]
    [InlineData(524, 5)]
    public void Out_of_range_numbers_are_refused(int numericCode, int minorDigits)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Currency.Register("XOR", numericCode, minorDigits, "Out of range"));
        Assert.Contains(e.ParamName == "numericCode" ? numericCode.ToString(System.Globalization.CultureInfo.InvariantCulture) : minorDigits.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Blank_codes_and_names_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Currency.Register("", 1, 2, "Name"));
        Assert.Throws<ArgumentNullException>(() => Currency.Register(null!, 1, 2, "Name"));
        Assert.Throws<ArgumentException>(() => Currency.Register("XBL", 1, 2, " "));
    }

    [Fact]
    public void Concurrent_registration_yields_one_instance_and_refuses_every_conflict()
    {
        const int Threads = 32;
        using var start = new Barrier(Threads);
        var results = new Currency?[Threads];
        var failures = new Exception?[Threads];
        var threads = Enumerable.Range(0, Threads).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            try
            {
                // Half register one definition; the other half a conflicting one under the same code.
                results[i] = i % 2 == 0
                    ? Currency.Register("XCC", 31, 2, "Concurrent test currency", "C")
                    : Currency.Register("XCC", 31, 3, "Concurrent test currency", "C");
            }
            catch (ArgumentException e)
            {
                failures[i] = e;
            }
        })).ToArray();
        foreach (var t in threads)
        {
            t.Start();
        }

        foreach (var t in threads)
        {
            t.Join();
        }

        var winner = Currency.FromCode("XCC");
        var winnerParity = winner.MinorUnitDigits == 2 ? 0 : 1;
        for (var i = 0; i < Threads; i++)
        {
            if (i % 2 == winnerParity)
            {
                Assert.Same(winner, results[i]);
            }
            else
            {
                Assert.NotNull(failures[i]);
                Assert.Contains("XCC", failures[i]!.Message, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Concurrent_registration_of_many_codes_loses_none()
    {
        // Numeric codes that ISO 4217 does not assign, so no real currency registered elsewhere can clash.
        int[] numbers = [1, 2, 3, 4, 5, 6, 9, 10, 11, .. Enumerable.Range(13, 17)];
        var codes = Enumerable.Range(0, 26).Select(i => "XQ" + (char)('A' + i)).ToArray();
        Parallel.ForEach(
            Enumerable.Range(0, 26 * 8),
            new ParallelOptions { MaxDegreeOfParallelism = 8 },
            i => Currency.Register(codes[i % 26], numbers[i % 26], 2, "Parallel " + codes[i % 26]));
        Assert.All(codes, c => Assert.Equal(c, Currency.FromCode(c).Code));
        Assert.All(Enumerable.Range(0, 26), i => Assert.Equal(codes[i], Currency.FromNumericCode(numbers[i]).Code));
    }
}
