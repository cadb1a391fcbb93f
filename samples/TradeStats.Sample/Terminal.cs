using Spectre.Console;

namespace TradeStats.Sample;

/// <summary>Creates the Spectre.Console console the sample writes to: rich in a terminal, plain text otherwise.</summary>
public static class Terminal
{
    /// <summary>
    /// Whether output must be plain text without escape codes: when it is not the process's own terminal, when
    /// standard output is redirected, or when CI runs it (<c>CI=true</c>) or NO_COLOR is set.
    /// </summary>
    /// <param name="writer">Where the output goes.</param>
    /// <returns>True for plain text.</returns>
    public static bool IsPlain(TextWriter writer) =>
        !ReferenceEquals(writer, Console.Out)
        || Console.IsOutputRedirected
        || string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    /// <summary>A console writing to <paramref name="writer"/>, plain when <see cref="IsPlain"/> says so.</summary>
    /// <param name="writer">Where the output goes.</param>
    /// <returns>A Spectre console over <paramref name="writer"/>: 160 columns without colours, ANSI codes or Unicode when plain; capabilities detected otherwise.</returns>
    public static IAnsiConsole Create(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var plain = IsPlain(writer);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = plain ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = plain ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = plain ? InteractionSupport.No : InteractionSupport.Detect,
            Out = new AnsiConsoleOutput(writer),
        });
        if (plain)
        {
            // A fixed width keeps plain logs stable whatever the runner's terminal reports.
            console.Profile.Width = 160;
            console.Profile.Capabilities.Unicode = false;
        }

        return console;
    }

    /// <summary>The table border: ASCII in plain text, rounded lines in a terminal.</summary>
    /// <param name="console">The console the table will be written to.</param>
    /// <returns><see cref="TableBorder.Rounded"/> when the console supports ANSI, otherwise <see cref="TableBorder.Ascii"/>.</returns>
    public static TableBorder Border(IAnsiConsole console) =>
        console.Profile.Capabilities.Ansi ? TableBorder.Rounded : TableBorder.Ascii;
}
