using TradeStats.Sample;

namespace TradeStats.Tests.Sample;

/// <summary>Runs the sample in-process and captures its output.</summary>
internal static class SampleRunner
{
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = SampleApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    public static string TestFile(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "sample", name);
}
