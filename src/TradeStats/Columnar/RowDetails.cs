namespace TradeStats.Columnar;

/// <summary>
/// The optional parts of an observation that the common shape lacks (quantity, weights and alternative quantity,
/// breakdowns other than the commodity (the second partner among them), status, source). Rows share one dictionary entry per distinct combination, so the column costs nothing until a
/// row has one.
/// </summary>
internal readonly record struct RowDetails(
    Quantity? Quantity,
    CustomsRegime? CustomsRegime,
    EnterpriseType? EnterpriseType,
    TransportMode? TransportMode,
    ObservationStatus Status,
    SourceReference? Source,
    Quantity? NetWeight = null,
    Quantity? GrossWeight = null,
    Quantity? AlternativeQuantity = null,
    Territory? SecondPartner = null)
{
    public static RowDetails None => default;

    public bool HasBreakdown => CustomsRegime is not null || EnterpriseType is not null || TransportMode is not null || SecondPartner is not null;

    public static RowDetails Of(TradeObservation o) =>
        new(o.Quantity, o.CustomsRegime, o.EnterpriseType, o.TransportMode, o.Status, o.Source, o.NetWeight, o.GrossWeight, o.AlternativeQuantity, o.SecondPartner);
}
