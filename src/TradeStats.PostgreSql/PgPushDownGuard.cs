using TradeStats.Analysis;

namespace TradeStats.PostgreSql;

/// <summary>
/// The double-count and currency guard for a pushed-down sum, run on distinct values rather than rows, with
/// statements that PostgreSQL (and postgres_fdw) can run on each partition where it lies: every GROUP BY carries the
/// table's partition keys, and the few distinct values come back to be judged by the library's own
/// <see cref="LevelCheck"/>.
/// </summary>
internal sealed class PgPushDownGuard(PgSession session, string where, PgParameters whereParameters)
{
    // The breakdown columns, the flow with its currency, the status and the reporter: few distinct combinations,
    // fetched in one statement.
    private static readonly string[] Small = ["reporter", "flow", "currency", "customs_regime", "enterprise_type", "transport_mode", "second_partner", "status"];

    private Codes Codes => session.Codes;

    public async Task CheckAsync(CancellationToken cancellationToken)
    {
        var partners = (await Distinct(["partner"], cancellationToken).ConfigureAwait(false)).Select(v => Codes.Territory("partner", v[0])).ToHashSet();
        var periods = (await Distinct(["period"], cancellationToken).ConfigureAwait(false)).Select(v => Codes.Period("period", v[0])).ToHashSet();
        var commodities = (await Distinct(["commodity", "classification"], cancellationToken).ConfigureAwait(false)).Select(v => Codes.Commodity(v[0], v[1])).ToList();
        var small = await Distinct(Small, cancellationToken).ConfigureAwait(false);

        string?[] Column(string name) => [.. small.Select(row => row[Array.IndexOf(Small, name)]).Distinct()];
        var reporters = Column("reporter").Select(v => Codes.Territory("reporter", v)).ToHashSet();
        var regimes = Column("customs_regime").Select(v => Codes.Enum<CustomsRegime>("customs_regime", v)).ToList();
        var enterprises = Column("enterprise_type").Select(v => Codes.Enum<EnterpriseType>("enterprise_type", v)).ToList();
        var transports = Column("transport_mode").Select(v => Codes.Enum<TransportMode>("transport_mode", v)).ToList();
        var secondPartners = Column("second_partner").Select(v => v is null ? null : Codes.Territory("second_partner", v)).ToList();
        _ = Column("status").Select(v => Codes.Enum<ObservationStatus>("status", v)).ToList();

        // Currencies first, as the library checks them before levels.
        var currencies = small.Select(row => (Raw: row[1]!, RawCurrency: row[2]!)).Distinct()
            .Select(c => (Flow: Codes.Flow("flow", c.Raw), c.Raw, Currency: Codes.Currency("currency", c.RawCurrency), c.RawCurrency))
            .ToList();
        foreach (var flow in currencies.GroupBy(c => c.Flow).Where(g => g.Select(c => c.Currency).Distinct().Count() > 1))
        {
            var two = new List<TradeObservation>();
            foreach (var c in flow.DistinctBy(c => c.Currency).Take(2))
            {
                two.Add(await FirstRow(q => $"flow = {q.Add(c.Raw)} AND currency = {q.Add(c.RawCurrency)}", cancellationToken).ConfigureAwait(false));
            }

            LevelCheck.Check(two);
        }

        var mixed = LevelMix.Any(reporters, partners, periods, commodities, regimes, enterprises, transports, secondPartners);
        cancellationToken.ThrowIfCancellationRequested();
        var keys = StorageColumns.Key;
        var rows = session.Rows();
        if (!mixed)
        {
            // Only an exact duplicate (the same key twice, in any status) can count twice: one GROUP BY over the key
            // columns that vary, keeping the keys seen more than once (HAVING runs on the shards too).
            int Distinctness(string column) => column switch
            {
                "reporter" => reporters.Count,
                "partner" => partners.Count,
                "period" => periods.Count,
                "commodity" or "classification" => commodities.Count,
                "customs_regime" => regimes.Count,
                "enterprise_type" => enterprises.Count,
                "transport_mode" => transports.Count,
                "second_partner" => secondPartners.Count,
                _ => currencies.Select(c => c.Flow).Distinct().Count(),
            };
            var varying = keys.Where(k => Distinctness(k) > 1).ToList();
            if (varying.Count == 0)
            {
                varying = ["reporter"];
            }

            var duplicates = await session.ListAsync(
                $"SELECT {string.Join(", ", varying)} FROM {session.Table.From} WHERE {where}{session.GroupBy(varying)} HAVING count(*) > 1",
                whereParameters.Clone(),
                r => varying.Select((_, i) => PgSession.Text(r, i)).ToArray(),
                cancellationToken).ConfigureAwait(false);
            foreach (var duplicate in duplicates)
            {
                var same = await Rows(varying, duplicate, cancellationToken).ConfigureAwait(false);
                LevelCheck.Check(same);
            }

            return;
        }

        // Levels are mixed: one representative per distinct key, checked exactly by the library.
        var representatives = new List<TradeObservation>();
        await foreach (var (key, currency, count) in session.QueryAsync(
            $"SELECT {string.Join(", ", keys)}, min(currency), count(*) FROM {session.Table.From} WHERE {where}{session.GroupBy(keys)}",
            whereParameters.Clone(),
            r => (Key: keys.Select((_, i) => PgSession.Text(r, i)).ToArray(), Currency: r.GetString(keys.Count), Count: r.GetInt64(keys.Count + 1)),
            cancellationToken).ConfigureAwait(false))
        {
            if (count > 1)
            {
                LevelCheck.Check(await Rows(keys, key, cancellationToken).ConfigureAwait(false));
            }

            representatives.Add(Codes.Representative(key, currency));
        }

        LevelCheck.Check(representatives);
    }

    private Task<List<string?[]>> Distinct(IReadOnlyList<string> columns, CancellationToken cancellationToken) =>
        session.DistinctAsync(columns, where, whereParameters.Clone(), cancellationToken);

    /// <summary>The rows with one key (at most two: enough for the library to name the duplicate).</summary>
    private Task<List<TradeObservation>> Rows(IReadOnlyList<string> columns, string?[] key, CancellationToken cancellationToken) =>
        Fetch(q => string.Join(" AND ", columns.Select((c, i) => $"{c} IS NOT DISTINCT FROM {q.Add(key[i])}")) + " LIMIT 2", cancellationToken);

    private async Task<TradeObservation> FirstRow(Func<PgParameters, string> condition, CancellationToken cancellationToken) =>
        (await Fetch(q => condition(q) + " LIMIT 1", cancellationToken).ConfigureAwait(false)).Single();

    private Task<List<TradeObservation>> Fetch(Func<PgParameters, string> condition, CancellationToken cancellationToken)
    {
        var q = whereParameters.Clone();
        var rows = session.Rows();
        return session.ListAsync($"SELECT {PgSession.ObservationColumns} FROM {session.Table.From} WHERE {where} AND {condition(q)}", q, rows.Read, cancellationToken);
    }
}
