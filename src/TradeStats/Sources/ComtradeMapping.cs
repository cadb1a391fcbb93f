using System.Globalization;
using F = TradeStats.Sources.ComtradeFields;

namespace TradeStats.Sources;

/// <summary>
/// Maps one UN Comtrade record, in any of its shapes (ComtradePlus JSON and CSV, website downloads, bulk files, the
/// legacy comtrade.un.org export and JSON), to an observation. Field names are made canonical by <see cref="ComtradeFields"/>.
/// </summary>
internal static class ComtradeMapping
{
    public const string Publisher = "UN Comtrade";

    /// <summary>
    /// UN Comtrade's quantity unit codes with their WCO abbreviation (the unit read) and Comtrade's description, from
    /// UN Comtrade's "Supplementary quantity units" (uncomtrade.org/docs/supplementary-quantity-units) and its legacy
    /// reference tables (comtrade.un.org/kb/article.aspx?id=10102). Code 1 (no quantity) and -1 (N/A) carry no quantity.
    /// </summary>
    private static readonly Dictionary<string, string[]> Units = new(StringComparer.Ordinal)
    {
        ["2"] = ["m2", "m²", "Area in square meters", "Area in square metres"],
        ["3"] = ["1000 kWh", "1000kWh", "Electrical energy in thousands of kilowatt-hours"],
        ["4"] = ["m", "Length in meters", "Length in metres"],
        ["5"] = ["u", "Number of items"],
        ["6"] = ["2u", "Number of pairs"],
        ["7"] = ["l", "Volume in liters", "Volume in litres"],
        ["8"] = ["kg", "Weight in kilograms"],
        ["9"] = ["1000u", "Thousand of items", "Thousands of items"],
        ["10"] = ["U (jeu/pack)", "u (jeu/pack)", "Number of packages"],
        ["11"] = ["12u", "Dozen of items"],
        ["12"] = ["m3", "m³", "Volume in cubic meters", "Volume in cubic metres"],
        ["13"] = ["carat", "Weight in carats"],
    };

    /// <summary>The canonical field holding a value choice.</summary>
    public static string ValueField(ComtradeValue value) => value switch
    {
        ComtradeValue.Primary => F.Primary,
        ComtradeValue.Cif => F.Cif,
        ComtradeValue.Fob => F.Fob,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Unknown Comtrade value."),
    };

    /// <summary>The fields (by canonical name) a source must have, checked once on a CSV header; each pair needs one of two.</summary>
    public static IEnumerable<(string, string?)> RequiredFields(ComtradeValue value) =>
    [
        (F.Period, F.Year), (F.ReporterCode, F.ReporterIso), (F.PartnerCode, F.PartnerIso), (F.FlowCode, F.FlowNumber), (F.Cmd, null), (ValueField(value), null),
    ];

    public static TradeObservation Map(ComtradeRecord f, RecordContext r, ComtradeValue valueChoice)
    {
        if (f[F.Type] is { } type && type != "C")
        {
            throw r.Error(f.Name(F.Type), type, "only goods (C) are supported; services use other classifications.");
        }

        var period = Period(f, r);
        var reporter = Territory(f, r, F.ReporterCode, F.ReporterIso, required: true)!;
        var partner = Territory(f, r, F.PartnerCode, F.PartnerIso, required: true)!;
        var partner2 = Territory(f, r, F.Partner2Code, F.Partner2Iso, required: false);
        var secondPartner = partner2 is null || partner2 == TradeStats.Territory.World ? null : partner2;
        var flow = Flow(f, r);
        var valueField = ValueField(valueChoice);
        var rawValue = f[valueField];
        if (rawValue is null)
        {
            throw r.Error(f.Name(valueField), rawValue, $"the chosen value ({valueChoice}) is missing; no other value is used in its place.");
        }

        var value = r.Decimal(f.Name(valueField), rawValue, allowExponent: true);
        if (value < 0m)
        {
            throw r.Error(f.Name(valueField), rawValue, "a Comtrade trade value cannot be negative.");
        }

        foreach (var other in new[] { F.Primary, F.Cif, F.Fob })
        {
            if (other != valueField)
            {
                NonNegative(f, r, other);
            }
        }

        if (f[F.Mos] is { } mos && mos != "0")
        {
            throw r.Error(f.Name(F.Mos), mos, "a mode of supply other than 0 belongs to services; only goods are read.");
        }

        var (qtyEstimated, netEstimated) = EstimationFlags(f, r);
        var commodity = Commodity(f, r);
        var o = r.Observation(reporter, partner, period, flow, Money.Usd(RecordContext.WithoutNegativeZero(value)), f.Name(F.ReporterCode), f.Name(valueField), rawValue);
        return o with
        {
            Commodity = commodity,
            CustomsRegime = Customs(f, r),
            TransportMode = Transport(f, r),
            SecondPartner = secondPartner,
            Quantity = Quantity(f, r, F.Qty, F.QtyUnitCode, F.QtyUnit, qtyEstimated),
            AlternativeQuantity = Quantity(f, r, F.AltQty, F.AltQtyUnitCode, F.AltQtyUnit, Flag(f, r, F.AltQtyEstimated) ?? false),
            NetWeight = Weight(f, r, F.NetWgt, netEstimated, commodity is null),
            GrossWeight = Weight(f, r, F.GrossWgt, Flag(f, r, F.GrossWgtEstimated) ?? false, commodity is null),
            Status = Status(f, r),
            Source = new SourceReference(Publisher, Title: f[F.Classification] is { } cl ? "Comtrade " + cl : null),
        };
    }

    private static Period Period(ComtradeRecord f, RecordContext r)
    {
        var text = f[F.Period];
        var year = f[F.Year];
        Period period;
        if (text is null)
        {
            period = r.Period(f.Name(F.Year), year);
            if (period.Kind != PeriodKind.Year)
            {
                throw r.Error(f.Name(F.Year), year, "expected a year such as 2017.");
            }
        }
        else
        {
            period = r.Period(f.Name(F.Period), text);
            if (period.Kind is not (PeriodKind.Year or PeriodKind.Month))
            {
                throw r.Error(f.Name(F.Period), text, "expected a year (2017) or a month (201701).");
            }

            if (year is not null && year != period.StartYear.ToString(CultureInfo.InvariantCulture))
            {
                throw r.Error(f.Name(F.Year), year, $"does not match {f.Name(F.Period)} {text}.");
            }
        }

        switch (f[F.Freq])
        {
            case "A" when period.Kind != PeriodKind.Year:
                throw r.Error(f.Name(F.Period), text, "freqCode A needs a year period such as 2010.");
            case "M" when period.Kind != PeriodKind.Month:
                throw r.Error(f.Name(F.Period), text, "freqCode M needs a month period such as 201001.");
            case null or "A" or "M":
                break;
            case { } freq:
                throw r.Error(f.Name(F.Freq), freq, "unknown frequency (expected A or M).");
        }

        return period;
    }

    private static TradeFlow Flow(ComtradeRecord f, RecordContext r)
    {
        if (f[F.FlowCode] is { } code)
        {
            return code is "M" or "X" or "RM" or "RX" && F.Flows.TryGetValue(code, out var flow)
                ? flow
                : throw r.Error(f.Name(F.FlowCode), code, "unsupported flow (X, M, RX and RM are read; processing flows such as MIP or XOP are not).");
        }

        // Legacy: Trade Flow Code 1 import, 2 export, 3 re-export, 4 re-import. Some exports write 0 there and put the
        // flow in the Trade Flow column as a code (X, M, RX): 0 means "the number is not given", and the text is read.
        var number = f[F.FlowNumber];
        var text = f[F.FlowText];
        TradeFlow? byText = text is null ? null
            : F.Flows.TryGetValue(text, out var t) && !text.All(char.IsAsciiDigit) ? t
            : throw r.Error(f.Name(F.FlowText), text, "unknown flow (expected Import, Export, Re-Export, Re-Import, M, X, RM or RX).");
        switch (number)
        {
            case null:
                return byText ?? throw r.Error(f.Name(F.FlowNumber), null, "a flow is required.");
            case "0":
                return byText ?? throw r.Error(f.Name(F.FlowNumber), number, $"flow code 0 does not name a flow, and {f.Name(F.FlowText)} is empty.");
            case "1" or "2" or "3" or "4":
                var byNumber = F.Flows[number];
                return byText is { } bt && bt != byNumber
                    ? throw r.Error(f.Name(F.FlowText), text, $"contradicts {f.Name(F.FlowNumber)} {number} ({byNumber}).")
                    : byNumber;
            default:
                throw r.Error(f.Name(F.FlowNumber), number, "unknown flow code (expected 1 import, 2 export, 3 re-export, 4 re-import, or 0 with the flow in the text column).");
        }
    }

    private static Territory? Territory(ComtradeRecord f, RecordContext r, string codeField, string isoField, bool required)
    {
        var code = f[codeField];
        var iso = f[isoField];
        Territory? byCode = null;
        if (code is not null)
        {
            if (!code.All(char.IsAsciiDigit) || code.Length > 9
                || !TradeStats.Territory.TryFromComtradeCode(int.Parse(code, NumberStyles.None, CultureInfo.InvariantCulture), out byCode))
            {
                throw r.Error(f.Name(codeField), code, "unknown UN Comtrade area code (not in Comtrade's table of areas nor an ISO 3166-1 numeric code).");
            }
        }

        Territory? byIso = null;
        if (iso is not null && !TradeStats.Territory.TryFromComtradeIso(iso, out byIso))
        {
            // Comtrade's pseudo-codes for its areas are not all in the table; the number is authoritative for an area,
            // and an unknown code cannot name another territory.
            if (byCode is { Kind: TerritoryKind.Area } && iso.Length <= 3)
            {
                return byCode;
            }

            throw r.Error(f.Name(isoField), iso, code is null ? "unknown ISO code." : $"unknown ISO code ({f.Name(codeField)} is {code}, {byCode!.Name}).");
        }

        if (byCode is not null && byIso is not null && byCode != byIso)
        {
            throw r.Error(f.Name(isoField), iso, $"{f.Name(isoField)} {iso} ({byIso.Name}) contradicts {f.Name(codeField)} {code} ({byCode.Name}).");
        }

        return byCode ?? byIso ?? (required ? throw r.Error(f.Name(codeField), null, $"a value is required ({f.Name(codeField)} or {f.Name(isoField)}).") : null);
    }

    private static Commodity? Commodity(ComtradeRecord f, RecordContext r)
    {
        var code = f[F.Cmd] ?? throw r.Error(f.Name(F.Cmd), null, "a value is required (TOTAL for all goods).");
        var level = f[F.AggrLevel];
        if (code.Equals("TOTAL", StringComparison.OrdinalIgnoreCase) || code.Equals("ALL", StringComparison.OrdinalIgnoreCase))
        {
            return level is null or "0" ? null : throw r.Error(f.Name(F.AggrLevel), level, $"{code} (all goods) has aggregate level 0.");
        }

        CommodityClassification classification;
        if (f.Has(F.Classification))
        {
            var cl = f[F.Classification];
            if (cl == "BE")
            {
                cl = "BEC"; // the legacy reference tables: "BE=BEC" (comtrade.un.org/kb/article.aspx?id=10102)
            }

            if (cl is null || !CommodityClassification.TryFromCode(cl, out classification!) || cl.StartsWith("NAT", StringComparison.OrdinalIgnoreCase))
            {
                throw r.Error(f.Name(F.Classification), cl, "unknown classification (expected HS, H0 to H6, SITC, S1 to S4, BEC, B4 or B5).");
            }
        }
        else
        {
            // API records saved without classificationCode: the API's HS endpoint; the edition is not stated.
            classification = CommodityClassification.Hs;
        }

        var digits = code;
        if (f.Layout == ComtradeLayout.Legacy && classification.System == ClassificationSystem.HarmonizedSystem
            && code.All(char.IsAsciiDigit) && code.Length is 1 or 3 or 5)
        {
            digits = "0" + code; // legacy exports write HS 01 as 1, 0101 as 101
        }

        Commodity commodity;
        try
        {
            commodity = TradeStats.Commodity.Create(digits, classification, f[F.CmdDesc]);
        }
        catch (FormatException e)
        {
            throw r.Error(f.Name(F.Cmd), code, e.Message + (f.Layout == ComtradeLayout.Plus ? " This layout writes codes with their leading zeros." : string.Empty));
        }

        if (commodity.Code.Length != digits.Length || !digits.All(char.IsAsciiDigit))
        {
            throw r.Error(f.Name(F.Cmd), code, "expected the digits of a code.");
        }

        if (level is not null && level != digits.Length.ToString(CultureInfo.InvariantCulture))
        {
            throw r.Error(f.Name(F.AggrLevel), level, $"does not match {f.Name(F.Cmd)} {code} ({digits.Length} digits).");
        }

        return commodity;
    }

    private static CustomsRegime? Customs(ComtradeRecord f, RecordContext r) => f[F.Customs] switch
    {
        null or "C00" => null,
        { } other => throw r.Error(f.Name(F.Customs), other, "only C00 (all customs procedures) is supported: Comtrade's other procedure codes have no agreed mapping to a customs regime."),
    };

    private static TransportMode? Transport(ComtradeRecord f, RecordContext r) => f[F.Mot] switch
    {
        null or "0" => null,
        "1000" => TradeStats.TransportMode.Air,
        "2100" => TradeStats.TransportMode.Sea,
        "3100" => TradeStats.TransportMode.Rail,
        "3200" => TradeStats.TransportMode.Road,
        "9000" => TradeStats.TransportMode.Unknown,
        "2200" or "9100" or "9200" or "9300" or "9900" => TradeStats.TransportMode.Other,
        { } other => throw r.Error(f.Name(F.Mot), other, "unsupported mode of transport (0, 1000, 2100, 2200, 3100, 3200, 9000, 9100, 9200, 9300, 9900 are mapped; aggregates such as 2000 and 3000 are not)."),
    };

    /// <summary>
    /// The legacy estimation flag: 0 nothing estimated, 2 the quantity, 4 the net weight, 6 both (UN Comtrade). The
    /// flags isQtyEstimated and isNetWgtEstimated say the same per quantity; when both are given they must agree.
    /// </summary>
    private static (bool Qty, bool Net) EstimationFlags(ComtradeRecord f, RecordContext r)
    {
        var qty = Flag(f, r, F.QtyEstimated);
        var net = Flag(f, r, F.NetWgtEstimated);
        if (f[F.EstimationFlag] is not { } text)
        {
            return (qty ?? false, net ?? false);
        }

        var (legacyQty, legacyNet) = text switch
        {
            "0" => (false, false),
            "2" => (true, false),
            "4" => (false, true),
            "6" => (true, true),
            _ => throw r.Error(f.Name(F.EstimationFlag), text, "unknown estimation flag (expected 0 none, 2 quantity, 4 net weight or 6 both estimated)."),
        };
        if (qty is { } q && q != legacyQty)
        {
            throw r.Error(f.Name(F.QtyEstimated), f[F.QtyEstimated], $"contradicts {f.Name(F.EstimationFlag)} {text}.");
        }

        if (net is { } n && n != legacyNet)
        {
            throw r.Error(f.Name(F.NetWgtEstimated), f[F.NetWgtEstimated], $"contradicts {f.Name(F.EstimationFlag)} {text}.");
        }

        return (legacyQty, legacyNet);
    }

    /// <summary>
    /// isReported false with isAggregate true: a total the UN computed from reported detail (Computed); isReported false
    /// otherwise: a value the country did not report (Estimated); else Final.
    /// </summary>
    private static ObservationStatus Status(ComtradeRecord f, RecordContext r)
    {
        var reported = Flag(f, r, F.IsReported);
        var aggregate = Flag(f, r, F.IsAggregate);
        return reported == false ? (aggregate == true ? ObservationStatus.Computed : ObservationStatus.Estimated) : ObservationStatus.Final;
    }

    private static Quantity? Quantity(ComtradeRecord f, RecordContext r, string valueField, string unitCodeField, string unitField, bool estimated)
    {
        var text = f[valueField];
        var unitCode = f[unitCodeField];
        if (f[unitField] is { } unitText && ExactDecimal.TryParse(unitText, true, 0, out _) != ExactDecimal.Outcome.NotANumber)
        {
            // Seen in a legacy export: the quantity in the unit column and the quantity column empty. Which number
            // belongs where cannot be told, so the record is refused rather than read without its quantity.
            throw r.Error(f.Name(unitField), unitText, $"a number where the unit's name belongs ({f.Name(valueField)} is {(text is null ? "empty" : text)}): the columns may be shifted.");
        }

        if (unitCode is "-1" or "1")
        {
            // -1 N/A, 1 "No Quantity": a zero is no quantity; anything else would be a number without a unit.
            return text is null || r.Decimal(f.Name(valueField), text, allowExponent: true) == 0m
                ? null
                : throw r.Error(f.Name(valueField), text, $"a quantity with no unit ({f.Name(unitCodeField)} {unitCode}).");
        }

        if (text is null)
        {
            return null;
        }

        var value = r.Decimal(f.Name(valueField), text, allowExponent: true);
        if (value < 0m)
        {
            throw r.Error(f.Name(valueField), text, "a quantity cannot be negative.");
        }

        string unit;
        if (unitCode is not null && Units.TryGetValue(unitCode, out var known))
        {
            // The code decides; a unit text next to it must be the same unit (WCO abbreviation or Comtrade's description).
            if (f[unitField] is { } given && !known.Contains(given, StringComparer.OrdinalIgnoreCase))
            {
                throw r.Error(f.Name(unitField), given, $"does not match {f.Name(unitCodeField)} {unitCode} ({string.Join(" / ", known)}).");
            }

            unit = known[0];
        }
        else
        {
            unit = f[unitField] is { } u && u != "N/A" ? u
                : unitCode is not null ? "Comtrade unit " + unitCode
                : throw r.Error(f.Name(unitCodeField), null, "a quantity needs its unit.");
        }

        return new Quantity(RecordContext.WithoutNegativeZero(value), unit) { IsEstimated = estimated };
    }

    /// <summary>
    /// A weight in kilograms. On an all-goods (TOTAL) record Comtrade writes 0 for weights it does not add up across
    /// commodities (ComtradePlus downloads: netWgt 0 next to a value of 2.7 trillion): there 0 is read as not given.
    /// </summary>
    private static Quantity? Weight(ComtradeRecord f, RecordContext r, string field, bool estimated, bool allGoods)
    {
        if (f[field] is not { } text)
        {
            return null;
        }

        var value = r.Decimal(f.Name(field), text, allowExponent: true);
        return value < 0m ? throw r.Error(f.Name(field), text, "a weight cannot be negative.")
            : value == 0m && allGoods ? null
            : new Quantity(RecordContext.WithoutNegativeZero(value), "kg") { IsEstimated = estimated };
    }

    private static void NonNegative(ComtradeRecord f, RecordContext r, string field)
    {
        if (f[field] is { } text && r.Decimal(f.Name(field), text, allowExponent: true) < 0m)
        {
            throw r.Error(f.Name(field), text, "the value cannot be negative.");
        }
    }

    private static bool? Flag(ComtradeRecord f, RecordContext r, string field) => f[field] switch
    {
        null => null,
        { } t when t.Equals("true", StringComparison.OrdinalIgnoreCase) || t == "1" => true,
        { } t when t.Equals("false", StringComparison.OrdinalIgnoreCase) || t == "0" => false,
        { } t => throw r.Error(f.Name(field), t, "expected true or false."),
    };
}
