using TradeStats.Sources;

namespace TradeStats.Storage;

/// <summary>
/// (Compiled into each storage package.) How a <see cref="TradeQuery"/> becomes a WHERE clause, whatever the engine:
/// conditions that need no data (a breakdown that must be "all"), and the columns whose distinct values are read once
/// and judged by the library's own rules (a period within another, codes in any accepted spelling), the values that
/// pass being bound as one list. Commodities are judged apart, as each engine keys them its own way.
/// </summary>
internal sealed class FilterPlan
{
    private FilterPlan()
    {
    }

    /// <summary>Conditions on the schema's columns that need no data, such as <c>commodity IS NULL</c>.</summary>
    public List<string> Conditions { get; } = [];

    /// <summary>Columns to filter by their distinct values, with the library's rule for a value to pass.</summary>
    public List<(string Column, Func<string, bool> Keep)> Wanted { get; } = [];

    /// <summary>The rule for a commodity to pass, when the query names one.</summary>
    public Func<Commodity, bool>? Commodity { get; private set; }

    public static FilterPlan Of(TradeQuery query, Codes codes)
    {
        var plan = new FilterPlan();
        if (!query.Reporters.IsDefaultOrEmpty)
        {
            plan.Wanted.Add(("reporter", v => query.Reporters.Contains(codes.Territory("reporter", v))));
        }

        if (!query.Partners.IsDefaultOrEmpty)
        {
            plan.Wanted.Add(("partner", v => query.Partners.Contains(codes.Territory("partner", v))));
        }

        if (query.Period is { } period)
        {
            plan.Wanted.Add(("period", v => codes.Period("period", v).IsWithin(period)));
        }

        if (!query.Flows.IsDefaultOrEmpty)
        {
            plan.Wanted.Add(("flow", v => query.Flows.Contains(codes.Flow("flow", v))));
        }

        switch (query.Commodity.Kind)
        {
            case BreakdownFilterKind.TotalOnly:
                plan.Conditions.Add("commodity IS NULL");
                break;
            case BreakdownFilterKind.Only:
                var within = query.Commodity.Value!;
                plan.Commodity = c => c.IsWithin(within);
                break;
        }

        AddEnum(query.CustomsRegime, "customs_regime");
        AddEnum(query.EnterpriseType, "enterprise_type");
        AddEnum(query.TransportMode, "transport_mode");
        switch (query.SecondPartner.Kind)
        {
            case BreakdownFilterKind.TotalOnly:
                plan.Conditions.Add("second_partner IS NULL");
                break;
            case BreakdownFilterKind.Only:
                var partner = query.SecondPartner.Value!;
                plan.Wanted.Add(("second_partner", v => codes.Territory("second_partner", v) == partner));
                break;
        }

        return plan;

        void AddEnum<T>(BreakdownFilter<T> filter, string column)
            where T : struct, Enum
        {
            switch (filter.Kind)
            {
                case BreakdownFilterKind.TotalOnly:
                    plan.Conditions.Add(column + " IS NULL");
                    break;
                case BreakdownFilterKind.Only:
                    var value = filter.Value;
                    plan.Wanted.Add((column, v => EqualityComparer<T?>.Default.Equals(codes.Enum<T>(column, v), value)));
                    break;
            }
        }
    }
}
