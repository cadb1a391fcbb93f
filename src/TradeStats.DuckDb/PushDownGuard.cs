using TradeStats.Analysis;

namespace TradeStats.DuckDb;

/// <summary>
/// The double-count and currency guard for a pushed-down sum, run on distinct values rather than rows: the library's
/// <see cref="LevelCheck"/> decides, on one representative observation per distinct key where levels are mixed.
/// </summary>
internal sealed class PushDownGuard(Session session, string where, Parameters whereParameters, string sourceName)
{
    private const string KeyColumns = "reporter, partner, period, flow, commodity, classification, customs_regime, enterprise_type, transport_mode, second_partner";

    private Codes Codes => session.Codes;

    public void Check(CancellationToken cancellationToken)
    {
        // One scan: the distinct values of every key column among the rows to be summed, and each flow's currencies
        // (grouping sets: one hash table per column, all filled in the same pass).
        var lists = Enumerable.Range(0, 10).Select(_ => new List<string?>()).ToList();
        foreach (var (set, a, b) in Query(
            "SELECT grouping_id(reporter, partner, period, ck, customs_regime, enterprise_type, transport_mode, second_partner, flow, status), "
            + "coalesce(reporter, partner, period, ck, customs_regime, enterprise_type, transport_mode, second_partner, flow, status), currency "
            + $"FROM (SELECT *, {Codes.CommodityKeySql} AS ck",
            _ => " ) GROUP BY GROUPING SETS ((reporter), (partner), (period), (ck), (customs_regime), (enterprise_type), (transport_mode), (second_partner), (flow, currency), (status))",
            r => (r.GetInt64(0), r.IsDBNull(1) ? null : r.GetValue(1).ToString(), r.IsDBNull(2) ? null : r.GetString(2))))
        {
            // grouping_id sets a bit for each column left out of the row's set; the first argument is the highest bit.
            var column = Enumerable.Range(0, 10).First(i => (set & (1L << (9 - i))) == 0);
            lists[column].Add(column == 8 ? a + "\u001f" + b : a);
        }

        var reporters = lists[0].Select(v => Codes.Territory("reporter", v)).ToHashSet();
        var partners = lists[1].Select(v => Codes.Territory("partner", v)).ToHashSet();
        var periods = lists[2].Select(v => Codes.Period("period", v)).ToHashSet();
        var commodities = lists[3].Select(session.CommodityOf).ToList();
        var regimes = lists[4].Select(v => Codes.Enum<CustomsRegime>("customs_regime", v)).ToList();
        var enterprises = lists[5].Select(v => Codes.Enum<EnterpriseType>("enterprise_type", v)).ToList();
        var transports = lists[6].Select(v => Codes.Enum<TransportMode>("transport_mode", v)).ToList();
        var secondPartners = lists[7].Select(v => v is null ? null : Codes.Territory("second_partner", v)).ToList();
        _ = lists[9].Select(v => Codes.Enum<ObservationStatus>("status", v)).ToList();

        // Currencies first, as the library checks them before levels.
        var currencies = lists[8].Select(v => v!.Split('\u001f')).Select(a => (Flow: Codes.Flow("flow", a[0]), Raw: a[0], Currency: Codes.Currency("currency", a[1]), RawCurrency: a[1])).ToList();
        foreach (var flow in currencies.GroupBy(c => c.Flow).Where(g => g.Select(c => c.Currency).Distinct().Count() > 1))
        {
            var two = flow.DistinctBy(c => c.Currency).Take(2)
                .Select(c => FirstRow(q => $"flow = {q.Add(c.Raw)} AND currency = {q.Add(c.RawCurrency)}"))
                .ToList();
            LevelCheck.Check(two);
        }

        var mixed = LevelMix.Any(reporters, partners, periods, commodities, regimes, enterprises, transports, secondPartners);
        cancellationToken.ThrowIfCancellationRequested();
        if (!mixed)
        {
            // Only an exact duplicate (the same key twice, in any status) can count twice. Grouping by a 64-bit hash of
            // the key needs far less memory and time than grouping by the key's ten text columns; a hash shared by two
            // rows is then checked on the rows themselves, so a collision is never taken for a duplicate.
            // A column with one value among these rows tells no key from another: it is left out of the hash.
            (string Column, int List)[] keyLists =
            [
                ("reporter", 0), ("partner", 1), ("period", 2), ("flow", 8), ("commodity", 3), ("classification", 3),
                ("customs_regime", 4), ("enterprise_type", 5), ("transport_mode", 6), ("second_partner", 7),
            ];
            var varying = keyLists.Where(k => (k.List == 8 ? lists[8].Select(v => v!.Split('\u001f')[0]).Distinct().Count() : lists[k.List].Count) > 1).Select(k => k.Column).ToList();
            var hashed = varying.Count == 0 ? "0" : string.Join(", ", varying);
            var rows = new RowReader(Codes, Session.DuckDbDecimal, hasFile: true);
            foreach (var hash in Query($"SELECT hash({hashed}) AS h", _ => " GROUP BY h HAVING count(*) > 1", r => r.GetValue(0).ToString()!))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var same = Query(
                    $"SELECT {string.Join(", ", ObservationSchema.Columns)}, _file",
                    q => $" AND hash({hashed}) = CAST({q.Add(hash)} AS UBIGINT)",
                    rows.Read);
                foreach (var key in same.GroupBy(o => (o.Reporter, o.Partner, o.Period, o.Flow, o.Commodity, o.CustomsRegime, o.EnterpriseType, o.TransportMode, o.SecondPartner)).Where(g => g.Count() > 1))
                {
                    LevelCheck.Check(key.Take(2));
                }
            }

            return;
        }

        // Levels are mixed: one representative per distinct key, checked exactly by the library.
        var representatives = new List<TradeObservation>();
        foreach (var (key, currency, count) in Query(
            $"SELECT {KeyColumns}, min(currency), count(*)",
            _ => $" GROUP BY {KeyColumns}",
            r => (KeyOf(r), r.GetString(10), r.GetInt64(11))))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (count > 1)
            {
                LevelCheck.Check(Rows(key));
            }

            representatives.Add(Codes.Representative(key, currency));
        }

        LevelCheck.Check(representatives);
    }

    private static string?[] KeyOf(DuckDB.NET.Data.DuckDBDataReader r) =>
        [.. Enumerable.Range(0, 10).Select(i => r.IsDBNull(i) ? null : r.GetValue(i).ToString())];

    /// <summary>The rows with one key (at most two: enough for the library to name the duplicate).</summary>
    private List<TradeObservation> Rows(string?[] key)
    {
        var columns = KeyColumns.Split(", ");
        var rows = new RowReader(Codes, Session.DuckDbDecimal, hasFile: true);
        return Query(
            $"SELECT {string.Join(", ", ObservationSchema.Columns)}, _file",
            q => " AND " + string.Join(" AND ", columns.Select((c, i) => $"{c} IS NOT DISTINCT FROM {q.Add(key[i])}::VARCHAR")) + " LIMIT 2",
            rows.Read);
    }

    private TradeObservation FirstRow(Func<Parameters, string> condition)
    {
        var rows = new RowReader(Codes, Session.DuckDbDecimal, hasFile: true);
        return Query($"SELECT {string.Join(", ", ObservationSchema.Columns)}, _file", q => " AND " + condition(q) + " LIMIT 1", rows.Read).Single();
    }

    private List<T> Query<T>(string select, Func<Parameters, string> tail, Func<DuckDB.NET.Data.DuckDBDataReader, T> read)
    {
        // Each statement binds its own copy of the WHERE clause's parameters, then the relation's and its own.
        var q = whereParameters.Clone();
        var sql = $"{select} FROM {session.Relation.From(q)} WHERE {where}{tail(q)}";
        using var command = q.Command(session.Connection, sql);
        using var reader = Relation.Execute(command, sourceName);
        var result = new List<T>();
        try
        {
            while (reader.Read())
            {
                result.Add(read(reader));
            }
        }
        catch (DuckDB.NET.Data.DuckDBException e)
        {
            throw Relation.Translate(e, sourceName);
        }

        return result;
    }
}
