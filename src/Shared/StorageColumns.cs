namespace TradeStats.Storage;

/// <summary>What a stored column holds; each storage package maps it to its engine's exact type.</summary>
internal enum ColumnKind
{
    /// <summary>Codes and text.</summary>
    Text,

    /// <summary>An exact decimal with <see cref="Codes.Scale"/> decimals: DECIMAL(38,12) or numeric(38,12).</summary>
    Decimal,

    /// <summary>A flag.</summary>
    Boolean,

    /// <summary>A calendar date.</summary>
    Date,
}

/// <summary>
/// (Compiled into each storage package.) The columns in which observations are stored, in every engine: the names
/// of the library's CSV format (<see cref="Sources.ObservationCsvFile"/>), in the order the writers write them.
/// </summary>
internal static class StorageColumns
{
    public static IReadOnlyList<(string Name, ColumnKind Kind)> All { get; } =
    [
        ("reporter", ColumnKind.Text), ("partner", ColumnKind.Text), ("period", ColumnKind.Text), ("flow", ColumnKind.Text),
        ("commodity", ColumnKind.Text), ("classification", ColumnKind.Text), ("value", ColumnKind.Decimal), ("currency", ColumnKind.Text),
        ("customs_regime", ColumnKind.Text), ("enterprise_type", ColumnKind.Text), ("transport_mode", ColumnKind.Text),
        ("second_partner", ColumnKind.Text), ("status", ColumnKind.Text),
        ("quantity", ColumnKind.Decimal), ("quantity_unit", ColumnKind.Text), ("quantity_estimated", ColumnKind.Boolean),
        ("net_weight", ColumnKind.Decimal), ("net_weight_unit", ColumnKind.Text), ("net_weight_estimated", ColumnKind.Boolean),
        ("gross_weight", ColumnKind.Decimal), ("gross_weight_unit", ColumnKind.Text), ("gross_weight_estimated", ColumnKind.Boolean),
        ("alt_quantity", ColumnKind.Decimal), ("alt_quantity_unit", ColumnKind.Text), ("alt_quantity_estimated", ColumnKind.Boolean),
        ("source_publisher", ColumnKind.Text), ("source_date", ColumnKind.Date), ("source_title", ColumnKind.Text), ("source_address", ColumnKind.Text),
        ("source_excerpt", ColumnKind.Text),
    ];

    /// <summary>The columns every source must have.</summary>
    public static IReadOnlyList<string> Required { get; } = ["reporter", "partner", "period", "flow", "value", "currency"];

    /// <summary>The columns that make an observation's key (the double-count guard compares them).</summary>
    public static IReadOnlyList<string> Key { get; } =
        ["reporter", "partner", "period", "flow", "commodity", "classification", "customs_regime", "enterprise_type", "transport_mode", "second_partner"];
}
