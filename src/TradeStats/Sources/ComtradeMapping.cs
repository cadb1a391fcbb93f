using System.Globalization;

namespace TradeStats.Sources;

/// <summary>Maps one UN Comtrade record (API v1 JSON or CSV download, same field names) to an observation.</summary>
internal static class ComtradeMapping
{
    public const string Publisher = "UN Comtrade";

    /// <summary>Fields the mapping needs; a CSV without them is refused.</summary>
    public static readonly string[] RequiredFields = ["period", "flowCode", "cmdCode", "primaryValue"];

    public static TradeObservation Map(Func<string, string?> field, RecordContext r)
    {
        if (field("typeCode") is { Length: > 0 } type && type != "C")
        {
            throw r.Error("typeCode", type, "only goods (C) are supported; services use other classifications.");
        }

        var periodText = field("period");
        var period = r.Period("period", periodText);
        switch (field("freqCode"))
        {
            case "A" when period.Kind != PeriodKind.Year:
                throw r.Error("period", periodText, "freqCode A needs a year period such as 2010.");
            case "M" when period.Kind != PeriodKind.Month:
                throw r.Error("period", periodText, "freqCode M needs a month period such as 201001.");
            case null or "" or "A" or "M":
                break;
            case { } f:
                throw r.Error("freqCode", f, "unknown frequency (expected A or M).");
        }

        var reporter = Territory(field, r, "reporterISO", "reporterCode");
        var partner = Territory(field, r, "partnerISO", "partnerCode");
        if (field("partner2Code") is { Length: > 0 } p2 && p2 != "0")
        {
            throw r.Error("partner2Code", p2, "only partner2Code 0 (World) is supported: a second partner is a breakdown the observation model does not hold.");
        }

        var flowCode = field("flowCode");
        var flow = flowCode switch
        {
            "X" => TradeFlow.Exports,
            "M" => TradeFlow.Imports,
            "RX" => TradeFlow.ReExports,
            "RM" => TradeFlow.ReImports,
            null or "" => throw r.Error("flowCode", flowCode, "a value is required."),
            _ => throw r.Error("flowCode", flowCode, "unsupported flow (expected X, M, RX or RM)."),
        };

        var rawValue = field("primaryValue");
        var value = r.Decimal("primaryValue", rawValue, allowExponent: true);
        if (value < 0m)
        {
            throw r.Error("primaryValue", rawValue, "a Comtrade trade value cannot be negative.");
        }

        CheckOptionalNonNegative(field, r, "cifvalue");
        CheckOptionalNonNegative(field, r, "fobvalue");
        CheckOptionalNonNegative(field, r, "netWgt");

        var o = r.Observation(reporter, partner, period, flow, Money.Usd(value), "reporterCode", "primaryValue", rawValue);
        return o with
        {
            Commodity = Commodity(field, r),
            CustomsRegime = Customs(field, r),
            TransportMode = Transport(field, r),
            Quantity = Quantity(field, r),
            Status = IsFalse(field, r, "isReported") ? ObservationStatus.Estimated : ObservationStatus.Final,
            Source = new SourceReference(Publisher, Title: field("classificationCode") is { Length: > 0 } cl ? "Comtrade " + cl : null),
        };
    }

    private static Territory Territory(Func<string, string?> field, RecordContext r, string isoField, string codeField)
    {
        // The ISO field first: Comtrade's numeric codes differ from M49 for a few countries (842 for the USA, 251 for France).
        var iso = field(isoField);
        if (!string.IsNullOrWhiteSpace(iso) && TradeStats.Territory.TryFromCode(iso, out var byIso))
        {
            return byIso;
        }

        var code = field(codeField);
        if (code == "0")
        {
            return TradeStats.Territory.World;
        }

        if (!string.IsNullOrWhiteSpace(code) && code.All(char.IsAsciiDigit) && TradeStats.Territory.TryFromCode(code, out var byCode))
        {
            return byCode;
        }

        if (string.IsNullOrWhiteSpace(iso) && string.IsNullOrWhiteSpace(code))
        {
            throw r.Error(codeField, null, $"a value is required ({isoField} or {codeField}).");
        }

        return string.IsNullOrWhiteSpace(iso)
            ? throw r.Error(codeField, code, "unknown territory code (register a group for Comtrade areas such as 'Other Asia, nes').")
            : throw r.Error(isoField, iso, $"unknown territory code ({codeField} {code ?? "absent"} is not known either).");
    }

    private static Commodity? Commodity(Func<string, string?> field, RecordContext r)
    {
        var code = field("cmdCode");
        var level = field("aggrLevel");
        if (code == "TOTAL")
        {
            if (level is { Length: > 0 } && level != "0")
            {
                throw r.Error("aggrLevel", level, "cmdCode TOTAL has aggregation level 0.");
            }

            return null;
        }

        if (string.IsNullOrWhiteSpace(code) || !RecordContext.IsHsCode(code))
        {
            throw r.Error("cmdCode", code, "expected TOTAL or an HS code of 2, 4 or 6 digits.");
        }

        if (level is { Length: > 0 } && level != code.Length.ToString(CultureInfo.InvariantCulture))
        {
            throw r.Error("aggrLevel", level, $"does not match cmdCode {code} of {code.Length} digits.");
        }

        return TradeStats.Commodity.Hs(code, field("cmdDesc") is { Length: > 0 } d ? d : null);
    }

    private static CustomsRegime? Customs(Func<string, string?> field, RecordContext r) => field("customsCode") switch
    {
        null or "" or "C00" => null,
        { } other => throw r.Error("customsCode", other, "only C00 (all customs procedures) is supported: Comtrade's other procedure codes have no agreed mapping to a customs regime."),
    };

    private static TransportMode? Transport(Func<string, string?> field, RecordContext r) => field("motCode") switch
    {
        null or "" or "0" => null,
        "1000" => TradeStats.TransportMode.Air,
        "2100" => TradeStats.TransportMode.Sea,
        "3100" => TradeStats.TransportMode.Rail,
        "3200" => TradeStats.TransportMode.Road,
        "9000" => TradeStats.TransportMode.Unknown,
        "2200" or "9100" or "9200" or "9300" or "9900" => TradeStats.TransportMode.Other,
        { } other => throw r.Error("motCode", other, "unsupported mode of transport (0, 1000, 2100, 2200, 3100, 3200, 9000, 9100, 9200, 9300, 9900 are mapped; aggregates such as 2000 and 3000 are not)."),
    };

    private static Quantity? Quantity(Func<string, string?> field, RecordContext r)
    {
        var qty = field("qty");
        var unitCode = field("qtyUnitCode");
        if (string.IsNullOrEmpty(qty) || unitCode == "-1")
        {
            return null;
        }

        var value = r.Decimal("qty", qty, allowExponent: true);
        if (value < 0m)
        {
            throw r.Error("qty", qty, "a quantity cannot be negative.");
        }

        // A blank abbreviation is no abbreviation: fall back to the unit code rather than a blank unit.
        var unit = field("qtyUnitAbbr") is { } abbr && !string.IsNullOrWhiteSpace(abbr) && abbr != "N/A" ? abbr : (unitCode is { Length: > 0 } ? "Comtrade unit " + unitCode : null);
        return unit is null ? throw r.Error("qtyUnitCode", unitCode, "a quantity needs its unit.") : new Quantity(RecordContext.WithoutNegativeZero(value), unit);
    }

    private static void CheckOptionalNonNegative(Func<string, string?> field, RecordContext r, string name)
    {
        if (field(name) is { Length: > 0 } text && r.Decimal(name, text, allowExponent: true) < 0m)
        {
            throw r.Error(name, text, "the value cannot be negative.");
        }
    }

    private static bool IsFalse(Func<string, string?> field, RecordContext r, string name) => field(name) switch
    {
        null or "" => false,
        { } t when t.Equals("true", StringComparison.OrdinalIgnoreCase) || t == "1" => false,
        { } t when t.Equals("false", StringComparison.OrdinalIgnoreCase) || t == "0" => true,
        { } t => throw r.Error(name, t, "expected true or false."),
    };
}
