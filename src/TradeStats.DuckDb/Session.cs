using DuckDB.NET.Data;
using TradeStats.Sources;

namespace TradeStats.DuckDb;

/// <summary>One connection with the checked relation and a code cache, for one read or one aggregation.</summary>
internal sealed class Session(DuckDBConnection connection, Relation relation, Codes codes) : IDisposable
{
    public DuckDBConnection Connection { get; } = connection;

    public Relation Relation { get; } = relation;

    public Codes Codes { get; } = codes;

    public void Dispose() => Connection.Dispose();

    /// <summary>DuckDB hands over DECIMAL(38,12) as a decimal at the stored scale: trailing zeros removed.</summary>
    public static decimal DuckDbDecimal(System.Data.Common.DbDataReader reader, int ordinal, string column, string? file) => Codes.Normalize(reader.GetDecimal(ordinal));

    /// <summary>
    /// The WHERE clause of a query. Each filtered column's distinct values are read once and judged by the library's
    /// own rules (a period within another, a commodity within a chapter, codes in any accepted spelling); the values
    /// that pass are bound as one list parameter.
    /// </summary>
    public string Where(TradeQuery query, Parameters p, CancellationToken cancellationToken)
    {
        var plan = FilterPlan.Of(query, Codes);
        var conditions = plan.Conditions;
        var wanted = plan.Wanted;
        if (plan.Commodity is { } keepCommodity)
        {
            wanted.Add((Codes.CommodityKeySql, v => CommodityOf(v) is { } c && keepCommodity(c)));
        }

        if (wanted.Count > 0)
        {
            var dp = new Parameters();
            var sql = "SELECT " + string.Join(", ", wanted.Select(w => $"list(DISTINCT {w.Column})")) + " FROM " + Relation.From(dp);
            using var command = dp.Command(Connection, sql);
            using var reader = Relation.Execute(command, Codes.SourceName);
            reader.Read();
            for (var i = 0; i < wanted.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var keep = Distinct(reader, i).Where(v => v is not null && wanted[i].Keep(v)).ToList();
                conditions.Add(keep.Count == 0 ? "false" : $"list_contains({p.Add(keep)}, {wanted[i].Column})");
            }
        }

        return conditions.Count == 0 ? "true" : string.Join(" AND ", conditions);
    }

    /// <summary>A <c>list(DISTINCT ...)</c> column; an aggregate over no row gives null, read as an empty list.</summary>
    public static List<string?> Distinct(DuckDB.NET.Data.DuckDBDataReader reader, int i) =>
        reader.IsDBNull(i) ? [] : reader.GetFieldValue<List<string?>>(i);

    /// <summary>The commodity of a <see cref="Codes.CommodityKey"/>.</summary>
    public Commodity? CommodityOf(string? key) => Codes.CommodityOfKey(key);
}
