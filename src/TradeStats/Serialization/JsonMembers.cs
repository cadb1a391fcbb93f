using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace TradeStats.Serialization;

/// <summary>
/// Strict reading of the library's JSON objects: every member known, none twice, required ones present, numbers as
/// JSON numbers. Every failure is a <see cref="JsonException"/> naming the type, the member and the value.
/// </summary>
internal sealed class JsonMembers
{
    private readonly string _type;
    private readonly string[] _names;
    private readonly bool[] _seen;

    public JsonMembers(string type, params string[] names)
    {
        _type = type;
        _names = names;
        _seen = new bool[names.Length];
    }

    /// <summary>Checks that the reader is at the start of an object.</summary>
    public void Start(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Error($"expected a JSON object, got {Describe(ref reader)}");
        }
    }

    /// <summary>Moves to the next member's value and returns its name, or null at the end of the object.</summary>
    public string? Next(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw Error("the JSON ends inside the object");
        }

        if (reader.TokenType == JsonTokenType.EndObject)
        {
            return null;
        }

        var name = reader.GetString()!;
        var index = Array.IndexOf(_names, name);
        if (index < 0)
        {
            throw Error($"unknown member '{name}'; expected {string.Join(", ", _names.Select(n => "'" + n + "'"))}");
        }

        if (_seen[index])
        {
            throw Error($"member '{name}' appears twice");
        }

        _seen[index] = true;
        if (!reader.Read())
        {
            throw Error($"the JSON ends before the value of '{name}'");
        }

        return name;
    }

    /// <summary>Throws unless every named member was present.</summary>
    public void Require(params string[] required)
    {
        foreach (var name in required)
        {
            if (!_seen[Array.IndexOf(_names, name)])
            {
                throw Error($"required member '{name}' is missing");
            }
        }
    }

    public JsonException Error(string message) => new($"Invalid {_type} JSON: {message}.");

    public JsonException Error(string message, Exception inner) => new($"Invalid {_type} JSON: {message}.", inner);

    public decimal Decimal(ref Utf8JsonReader reader, string member)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw Error($"member '{member}' must be a JSON number, got {Describe(ref reader)}");
        }

        var text = Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray());
        return ExactDecimal.TryParse(text, allowExponent: true, 0, out var value) switch
        {
            ExactDecimal.Outcome.Exact => value,
            ExactDecimal.Outcome.OutOfRange => throw Error($"member '{member}' is the number {text}, which is outside decimal's range"),
            _ => throw Error($"member '{member}' is the number {text}, which decimal cannot hold exactly (more than 28 significant digits or decimal places)"),
        };
    }

    public decimal? NullableDecimal(ref Utf8JsonReader reader, string member) =>
        reader.TokenType == JsonTokenType.Null ? null : Decimal(ref reader, member);

    public bool Boolean(ref Utf8JsonReader reader, string member) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw Error($"member '{member}' must be true or false, got {Describe(ref reader)}"),
    };

    public string String(ref Utf8JsonReader reader, string member)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw Error($"member '{member}' must be a JSON string, got {Describe(ref reader)}");
        }

        return reader.GetString()!;
    }

    public string? NullableString(ref Utf8JsonReader reader, string member) =>
        reader.TokenType == JsonTokenType.Null ? null : String(ref reader, member);

    /// <summary>An enum member by its exact name; numbers and unknown names are refused.</summary>
    public TEnum Enum<TEnum>(ref Utf8JsonReader reader, string member)
        where TEnum : struct, Enum
    {
        var text = String(ref reader, member);
        return ParseEnum<TEnum>(text, out var value)
            ? value
            : throw Error($"member '{member}' is \"{text}\", which is not one of {string.Join(", ", System.Enum.GetNames<TEnum>())}");
    }

    /// <summary>Parses an enum member name exactly (no numbers, no other case).</summary>
    public static bool ParseEnum<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        return text.Length > 0 && char.IsLetter(text[0]) && System.Enum.GetNames<TEnum>().Contains(text, StringComparer.Ordinal)
            && System.Enum.TryParse(text, ignoreCase: false, out value);
    }

    /// <summary>A short description of the current token for error messages: the value itself, or its kind.</summary>
    public static string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => "the string \"" + reader.GetString() + "\"",
        JsonTokenType.Number => "the number " + Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray()),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        _ => reader.TokenType.ToString(),
    };

    /// <summary>Writes a decimal exactly, as a JSON number.</summary>
    public static void WriteDecimal(Utf8JsonWriter writer, string name, decimal value) => writer.WriteNumber(name, value);

    /// <summary>The invariant text of a decimal for messages.</summary>
    public static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
