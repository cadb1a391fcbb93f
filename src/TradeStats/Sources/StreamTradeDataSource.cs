using System.Runtime.CompilerServices;

namespace TradeStats.Sources;

/// <summary>
/// The base of sources that read a file or any stream: it opens the input anew for each read, applies the
/// <see cref="ReadOptions"/> error mode, and leaves the parsing to a derived class.
/// </summary>
public abstract class StreamTradeDataSource : ITradeDataSource
{
    private readonly Func<Stream> _open;

    /// <summary>A source over a file.</summary>
    /// <param name="path">Path of the file; it is opened afresh, read-only, on each read.</param>
    /// <param name="options">How to treat bad input; null for <see cref="ReadOptions.Default"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    protected StreamTradeDataSource(string path, ReadOptions? options)
    {
        Guard.Against.NullOrWhiteSpace(path);
        _open = () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
        Name = path;
        Options = options ?? ReadOptions.Default;
    }

    /// <summary>A source over streams that <paramref name="openStream"/> opens, once per read; the source disposes them.</summary>
    /// <param name="openStream">Opens the input.</param>
    /// <param name="name">The name that error messages and exceptions give as the source, such as the original file name; not blank.</param>
    /// <param name="options">How to treat bad input; null for <see cref="ReadOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="openStream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    protected StreamTradeDataSource(Func<Stream> openStream, string name, ReadOptions? options)
    {
        Guard.Against.Null(openStream);
        Guard.Against.NullOrWhiteSpace(name);
        _open = openStream;
        Name = name;
        Options = options ?? ReadOptions.Default;
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <summary>How bad input is treated.</summary>
    public ReadOptions Options { get; }

    /// <inheritdoc/>
    public async IAsyncEnumerable<TradeObservation> ReadAsync(TradeQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        var errors = new ErrorCollector(Name, Options);
        // Gzip is recognised by its magic bytes, so a bulk download (.gz) reads as it is.
        var stream = await Decompression.OpenAsync(_open(), cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            await foreach (var o in ReadStreamAsync(stream, query, new ReadContext(errors), cancellationToken).ConfigureAwait(false))
            {
                yield return o;
            }
        }

        errors.ThrowIfAny();
    }

    /// <summary>Parses the input, yielding the observations that match the query.</summary>
    /// <param name="stream">The input, already decompressed when it was gzip; the caller disposes it.</param>
    /// <param name="query">The filters an observation must match to be yielded.</param>
    /// <param name="context">Where to report invalid records.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The observations that match <paramref name="query"/>, yielded as they are parsed.</returns>
    protected abstract IAsyncEnumerable<TradeObservation> ReadStreamAsync(Stream stream, TradeQuery query, ReadContext context, CancellationToken cancellationToken);
}

/// <summary>What a <see cref="StreamTradeDataSource"/> reports invalid records to while it reads.</summary>
public sealed class ReadContext
{
    internal ReadContext(ErrorCollector errors) => Errors = errors;

    /// <summary>The source's name.</summary>
    public string SourceName => Errors.SourceName;

    internal ErrorCollector Errors { get; }

    /// <summary>
    /// Reports an invalid record that can be skipped. In <see cref="ErrorMode.StopAtFirstError"/> mode this throws
    /// the error; otherwise the error is kept and thrown, with all others, at the end of the read.
    /// </summary>
    /// <param name="error">The error describing the record that is skipped.</param>
    /// <exception cref="TradeDataFormatException">In <see cref="ErrorMode.StopAtFirstError"/> mode.</exception>
    /// <exception cref="TradeDataValidationException">The maximum number of errors was reached.</exception>
    public void ReportInvalidRecord(TradeDataFormatException error)
    {
        Guard.Against.Null(error);
        Errors.Record(error);
    }

    /// <summary>Builds the exception for an error after which nothing more can be read; throw it.</summary>
    /// <param name="error">The error describing why reading cannot go on.</param>
    /// <returns>The exception to throw: the error itself, or a validation exception holding every error so far.</returns>
    public Exception Fatal(TradeDataFormatException error)
    {
        Guard.Against.Null(error);
        return Errors.Fatal(error);
    }
}
