using System.Globalization;
using System.Text;
using TradeStats.Sources;

namespace TradeStats.Tests.Sources;

public sealed class StreamingTest : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("tradestats-streaming-");

    [Fact]
    public async Task A_million_row_CSV_streams_without_holding_its_rows()
    {
        const int rows = 1_000_000;
        var path = Path.Combine(_folder.FullName, "million.csv");
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16))
        {
            await writer.WriteAsync("reporter,partner,period,flow,commodity,value,currency\n");
            var line = new StringBuilder();
            for (var i = 0; i < rows; i++)
            {
                line.Clear().Append("CN,NP,2019-").Append(((i % 12) + 1).ToString("D2", CultureInfo.InvariantCulture))
                    .Append(",X,8703,").Append(i.ToString(CultureInfo.InvariantCulture)).Append(".5,USD\n");
                await writer.WriteAsync(line);
            }
        }

        var before = GC.GetTotalMemory(forceFullCollection: true);
        long peak = 0, count = 0;
        decimal sum = 0m;
        await foreach (var o in new ObservationCsvFile(path).ReadAsync(TradeQuery.All))
        {
            count++;
            sum += o.Value.Amount;
            if (count % 250_000 == 0)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - before);
            }
        }

        Assert.Equal(rows, count);
        Assert.Equal(((decimal)rows * (rows - 1) / 2) + (rows * 0.5m), sum);

        // A million observations held in memory would take hundreds of megabytes; streaming holds a few buffers.
        Assert.True(peak < 16 * 1024 * 1024, $"memory grew by {peak:N0} bytes while streaming");
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
