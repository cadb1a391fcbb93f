using System.Collections;

namespace TradeStats.Verification;

/// <summary>
/// Published statements to check against each other, with the relations between them that cannot be read from
/// their subjects: complete partitions of a whole into parts, and parts of a whole.
/// </summary>
/// <remarks>
/// The verifier finds most relations itself (identities between exports, imports, total and balance of the same
/// subject; growth between consecutive years; shares; parts within grand totals; equivalents in other
/// currencies). Declare only what the subjects cannot tell, such as "general trade, processing trade and other
/// regimes make up the whole" when the parts are named groups.
/// </remarks>
/// <example>
/// <code>
/// var set = new StatementSet();
/// set.Add(Statement.OfValue("total", subject, Figures.Billion(12.67m, Currency.CNY)));
/// set.Add(Statement.OfValue("exports", subject.WithFlow(TradeFlow.Exports), Figures.Billion(11.32m, Currency.CNY)));
/// VerificationReport report = new Verifier().Verify(set);
/// </code>
/// </example>
public sealed class StatementSet : IReadOnlyList<Statement>
{
    private readonly List<Statement> _statements = [];
    private readonly Dictionary<string, Statement> _byId = new(StringComparer.Ordinal);
    private readonly List<StatementRelation> _relations = [];

    /// <summary>Creates an empty set.</summary>
    public StatementSet()
    {
    }

    /// <summary>Creates a set holding statements.</summary>
    /// <param name="statements">The statements to add in order, each validated; ids must be unique.</param>
    /// <exception cref="ArgumentException">A statement is invalid or its id is taken.</exception>
    public StatementSet(IEnumerable<Statement> statements)
    {
        Guard.Against.Null(statements);
        foreach (var s in statements)
        {
            Add(s);
        }
    }

    /// <summary>The relations declared with <see cref="AddPartition"/> and <see cref="AddPartOf"/>.</summary>
    public IReadOnlyList<StatementRelation> Relations => _relations;

    /// <inheritdoc/>
    public int Count => _statements.Count;

    /// <inheritdoc/>
    public Statement this[int index] => _statements[index];

    /// <summary>The statement with an id.</summary>
    /// <param name="id">The statement's label as given to <see cref="Statement.Id"/>; case-sensitive.</param>
    /// <returns>The statement added with that id.</returns>
    /// <exception cref="KeyNotFoundException">No statement has that id.</exception>
    public Statement this[string id] => _byId.TryGetValue(id, out var s) ? s : throw new KeyNotFoundException($"No statement has id '{id}'.");

    /// <summary>Adds a statement after validating it.</summary>
    /// <param name="statement">The statement to validate and add; its id must not be taken.</param>
    /// <returns>The statement, so it can be kept in a variable.</returns>
    /// <exception cref="ArgumentException">The statement is invalid (see <see cref="Statement.Validate"/>) or its id is taken.</exception>
    public Statement Add(Statement statement)
    {
        Guard.Against.Null(statement);
        statement.Validate();
        if (!_byId.TryAdd(statement.Id, statement))
        {
            throw new ArgumentException($"Two statements have the id '{statement.Id}'.", nameof(statement));
        }

        _statements.Add(statement);
        return statement;
    }

    /// <summary>Declares that the parts together make up the whole exactly (no overlap, nothing left out).</summary>
    /// <param name="wholeId">The id of the whole's statement.</param>
    /// <param name="partIds">The ids of the parts' statements, at least two.</param>
    /// <returns>This set, so declarations can be chained.</returns>
    /// <exception cref="ArgumentException">An id is unknown, or fewer than two parts are given.</exception>
    public StatementSet AddPartition(string wholeId, params string[] partIds)
    {
        Guard.Against.Null(partIds);
        Guard.Against.TooFewElements(partIds.Length, 2, $"A partition of '{wholeId}' needs at least two parts.", nameof(partIds));

        _relations.Add(new StatementRelation(StatementRelationKind.Partition, Known(wholeId), [.. partIds.Select(Known)]));
        return this;
    }

    /// <summary>Declares that one statement's figure is a part of another's (so it cannot exceed it).</summary>
    /// <param name="partId">The id of the part's statement.</param>
    /// <param name="wholeId">The id of the whole's statement.</param>
    /// <returns>This set, so declarations can be chained.</returns>
    /// <exception cref="ArgumentException">An id is unknown.</exception>
    public StatementSet AddPartOf(string partId, string wholeId)
    {
        _relations.Add(new StatementRelation(StatementRelationKind.PartOf, Known(wholeId), [Known(partId)]));
        return this;
    }

    /// <inheritdoc/>
    public IEnumerator<Statement> GetEnumerator() => _statements.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private string Known(string id)
    {
        Guard.Against.NullOrWhiteSpace(id);
        return _byId.ContainsKey(id) ? id : throw new ArgumentException($"No statement has id '{id}'; add it before declaring relations.", nameof(id));
    }
}

/// <summary>A relation between statements declared by the user.</summary>
/// <param name="Kind">Partition or part-of.</param>
/// <param name="WholeId">The id of the whole's statement.</param>
/// <param name="PartIds">The ids of the parts' statements: two or more for a partition, one for part-of.</param>
public sealed record StatementRelation(StatementRelationKind Kind, string WholeId, IReadOnlyList<string> PartIds);

/// <summary>The kinds of declared relation.</summary>
public enum StatementRelationKind
{
    /// <summary>The parts together make up the whole exactly.</summary>
    Partition = 0,

    /// <summary>The part is contained in the whole.</summary>
    PartOf = 1,
}
