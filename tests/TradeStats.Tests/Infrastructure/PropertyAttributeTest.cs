using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace TradeStats.Tests.Infrastructure;

/// <summary>
/// A property runner that cannot fail would make every property test worthless. These tests run deliberately false
/// properties through FsCheck.Xunit's own test case (the one that xunit uses for each [Property]) and read what it
/// reports to xunit: a failure, with the shrunk counterexample and the seed to replay it.
/// </summary>
public class PropertyAttributeTest
{
    [Theory]
    [InlineData(nameof(Samples.False_bool))]
    [InlineData(nameof(Samples.False_property))]
    [InlineData(nameof(Samples.Failing_assertion))]
    public async Task A_false_property_fails_its_test(string method)
    {
        var result = await Run(method);

        var failed = Assert.IsAssignableFrom<ITestFailed>(result);
        var message = string.Join(Environment.NewLine, failed.Messages);
        Assert.Contains("Falsifiable", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_true_property_passes_and_runs_the_assembly_default_number_of_cases()
    {
        Samples.Runs = 0;
        var result = await Run(nameof(Samples.True_property));

        Assert.IsAssignableFrom<ITestPassed>(result);
        Assert.Equal(PropertyConfiguration.DefaultMaxTest, Samples.Runs);
    }

    [Fact]
    public async Task A_failure_reports_a_shrunk_counterexample_from_the_registered_arbitrary_and_a_seed_that_replays_it()
    {
        var first = Assert.IsAssignableFrom<ITestFailed>(await Run(nameof(Samples.Replayed)));
        var second = Assert.IsAssignableFrom<ITestFailed>(await Run(nameof(Samples.Replayed)));
        var message = string.Join(Environment.NewLine, first.Messages);

        Assert.Contains("(42,1234567)", message, StringComparison.Ordinal);
        Assert.Contains("Shrunk", message, StringComparison.Ordinal);
        Assert.Equal(message, string.Join(Environment.NewLine, second.Messages));
    }

    /// <summary>Runs one method of <see cref="Samples"/> as xunit would run a [Property] and returns its result message.</summary>
    private static async Task<ITestResultMessage> Run(string methodName)
    {
        var type = typeof(Samples);
        var assembly = new TestAssembly(Reflector.Wrap(type.Assembly));
        var collection = new TestCollection(assembly, null, "FsCheck.Xunit samples");
        var method = new TestMethod(new TestClass(collection, Reflector.Wrap(type)), Reflector.Wrap(type.GetMethod(methodName)!));
        var sink = new NullMessageSink();
        using var testCase = new PropertyTestCase(sink, TestMethodDisplay.ClassAndMethod, TestMethodDisplayOptions.None, method, null);
        var bus = new RecordingBus();
        using var cancellation = new CancellationTokenSource();
        var summary = await testCase.RunAsync(sink, bus, [], new ExceptionAggregator(), cancellation);

        var result = Assert.Single(bus.Messages.OfType<ITestResultMessage>());
        Assert.Equal(result is ITestFailed ? 1 : 0, summary.Failed);
        return result;
    }

    private sealed class RecordingBus : IMessageBus
    {
        public List<IMessageSinkMessage> Messages { get; } = [];

        public bool QueueMessage(IMessageSinkMessage message)
        {
            Messages.Add(message);
            return true;
        }

        public void Dispose()
        {
        }
    }

#pragma warning disable xUnit1000 // Private on purpose: xunit must not discover these properties, which are meant to fail.
    private static class Samples
#pragma warning restore xUnit1000
    {
        public static int Runs { get; set; }

        [Property]
        public static bool False_bool(int x) => x < 10;

        [Property]
        public static Property False_property() => Prop.ForAll(Arb.From(Gen.Choose(0, 100), ArbMap.Default.ArbFor<int>().Shrinker), x => x < 50);

        [Property]
        public static void Failing_assertion(Money m) => Assert.True(m.Amount < 1000m);

        [Property]
        public static bool True_property(Money m)
        {
            Runs++;
            return m == new Money(m.Amount, m.Currency);
        }

        /// <summary>A fixed seed, as one would paste it from a failure report; the Money comes from Arbitraries.</summary>
        [Property(Replay = "(42,1234567)")]
        public static bool Replayed(Money m) => Math.Abs(m.Amount) < 1000m;
    }
}
