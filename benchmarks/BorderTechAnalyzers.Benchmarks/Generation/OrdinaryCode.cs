using System.Text;

namespace BorderTechAnalyzers.Benchmarks.Generation;

/// <summary>
/// The ordinary business code every generated file is mostly made of: records, enums, a service interface and its
/// implementation with LINQ, async, pattern matching, string building, generics, local functions and extension methods.
/// </summary>
internal static class OrdinaryCode
{
    private static readonly string[] s_nouns =
    {
        "Order", "Invoice", "Customer", "Shipment", "Ticket", "Booking", "Passenger", "Flight", "Gate", "Lane",
        "Permit", "Document", "Route", "Schedule", "Payment", "Account", "Report", "Audit", "Device", "Sensor",
        "Queue", "Shift", "Vehicle", "Parcel", "Claim", "Voucher", "Terminal", "Checkpoint", "Manifest", "Cargo",
    };

    private static readonly string[] s_areas = { "Billing", "Logistics", "Travel", "Operations", "Identity", "Reporting", "Inventory", "Support", "Scheduling", "Compliance" };

    private static readonly Func<Names, Random, string>[] s_methods =
    {
        GroupByTag, Paginate, ParseLine, Statistics, FormatReport, RetryAsync, Classify, Merge, Validate,
        LocalFunction, Tuples, QuerySyntax, Cache, Stream, Events, Fold,
    };

    /// <summary>Names shared by one file's ordinary types.</summary>
    internal sealed record Names(string Namespace, string Entity, int Index)
    {
        public string Dto => Entity + "Dto";

        public string Status => Entity + "Status";

        public string Service => Entity + "Service";

        public string Interface => "I" + Entity + "Service";
    }

    public static Names NamesFor(int index, Random rng)
    {
        var noun = s_nouns[rng.Next(s_nouns.Length)];
        var area = s_areas[rng.Next(s_areas.Length)];
        return new Names($"Contoso.{area}.Module{index / 25:D3}", noun + index.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), index);
    }

    public static void AppendUsings(StringBuilder sb)
    {
        sb.AppendLine("using System;");
        sb.AppendLine("using System.Collections.Concurrent;");
        sb.AppendLine("using System.Collections.Generic;");
        sb.AppendLine("using System.Globalization;");
        sb.AppendLine("using System.IO;");
        sb.AppendLine("using System.Linq;");
        sb.AppendLine("using System.Runtime.CompilerServices;");
        sb.AppendLine("using System.Text;");
        sb.AppendLine("using System.Text.RegularExpressions;");
        sb.AppendLine("using System.Threading;");
        sb.AppendLine("using System.Threading.Tasks;");
    }

    /// <summary>The types of one file, with methods added until the text in <paramref name="sb"/> has about <paramref name="targetLines"/> lines.</summary>
    public static void AppendTypes(StringBuilder sb, Names n, Random rng, int targetLines)
    {
        sb.Append($$"""
                public sealed record {{n.Dto}}(int Id, string Name, decimal Amount, DateTime CreatedAt, IReadOnlyList<string> Tags)
                {
                    public bool IsRecent(DateTime now) => now - CreatedAt < TimeSpan.FromDays(30);
                }

                public enum {{n.Status}}
                {
                    Pending,
                    Active,
                    Suspended,
                    Closed,
                }

                public interface {{n.Interface}}
                {
                    Task<IReadOnlyList<{{n.Dto}}>> ListAsync(string filter, CancellationToken cancellationToken = default);

                    decimal Total(IEnumerable<{{n.Dto}}> items);

                    string Describe({{n.Dto}} item);
                }

                public sealed partial class {{n.Service}} : {{n.Interface}}
                {
                    private readonly Dictionary<int, {{n.Dto}}> _store = new();
                    private readonly List<string> _log = new();
                    private int _version;

                    public {{n.Service}}(IEnumerable<{{n.Dto}}> seed)
                    {
                        foreach (var item in seed)
                        {
                            _store[item.Id] = item;
                        }
                    }

                    public int Version => _version;

                    public async Task<IReadOnlyList<{{n.Dto}}>> ListAsync(string filter, CancellationToken cancellationToken = default)
                    {
                        await Task.Yield();
                        cancellationToken.ThrowIfCancellationRequested();
                        return _store.Values
                            .Where(i => string.IsNullOrEmpty(filter) || i.Name.Contains(filter, StringComparison.OrdinalIgnoreCase))
                            .OrderBy(i => i.CreatedAt)
                            .ToList();
                    }

                    public decimal Total(IEnumerable<{{n.Dto}}> items) => items.Sum(i => i.Amount);

                    public string Describe({{n.Dto}} item) => $"{item.Name} ({item.Id}): {item.Amount.ToString("0.00", CultureInfo.InvariantCulture)}";

            """);

        // The closing part below is about 20 lines; add methods until the file is near its target length.
        var used = new HashSet<int>();
        while ((used.Count == 0 || CountLines(sb) + 20 < targetLines) && used.Count < s_methods.Length)
        {
            var pick = rng.Next(s_methods.Length);
            if (!used.Add(pick))
            {
                continue;
            }

            sb.Append(s_methods[pick](n, rng));
            sb.AppendLine();
        }

        sb.Append($$"""
                    private void Log(string message)
                    {
                        Interlocked.Increment(ref _version);
                        _log.Add(message);
                    }
                }

                public static class {{n.Entity}}Extensions
                {
                    public static decimal SumAmount(this IEnumerable<{{n.Dto}}> items) => items.Sum(i => i.Amount);

                    public static string ToDisplay(this {{n.Dto}} item) => $"#{item.Id} {item.Name}";

                    public static IEnumerable<{{n.Dto}}> Recent(this IEnumerable<{{n.Dto}}> items, DateTime now) => items.Where(i => i.IsRecent(now));
                }

            """);
    }

    private static int CountLines(StringBuilder sb)
    {
        var lines = 0;
        foreach (var chunk in sb.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (c == '\n')
                {
                    lines++;
                }
            }
        }

        return lines;
    }

    private static string GroupByTag(Names n, Random rng) => $$"""
                public IReadOnlyDictionary<string, int> CountByTag(int minimum = {{rng.Next(1, 5)}})
                {
                    return _store.Values
                        .SelectMany(i => i.Tags, (item, tag) => new { item, tag })
                        .GroupBy(x => x.tag, StringComparer.OrdinalIgnoreCase)
                        .Where(g => g.Count() >= minimum)
                        .ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
                }

        """;

    private static string Paginate(Names n, Random rng) => $$"""
                public static IReadOnlyList<TItem> Page<TItem>(IEnumerable<TItem> source, int page, int size = {{10 * rng.Next(1, 6)}})
                    where TItem : notnull
                {
                    if (page < 0)
                    {
                        throw new ArgumentOutOfRangeException(nameof(page));
                    }

                    return source.Skip(page * size).Take(size).ToArray();
                }

        """;

    private static string ParseLine(Names n, Random rng) => $$"""
                public static {{n.Dto}}? Parse(string line)
                {
                    var parts = line.Split('{{(rng.Next(2) == 0 ? ',' : ';')}}');
                    if (parts.Length < 3 || !int.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
                    {
                        return null;
                    }

                    var amount = decimal.TryParse(parts[2], NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : 0m;
                    var tags = parts.Length > 3 ? parts[3].Split('|', StringSplitOptions.RemoveEmptyEntries) : Array.Empty<string>();
                    return new {{n.Dto}}(id, parts[1].Trim(), amount, DateTime.UnixEpoch.AddDays(id), tags);
                }

        """;

    private static string Statistics(Names n, Random rng) => $$"""
                public (decimal Min, decimal Max, double Mean, double StdDev) Statistics()
                {
                    var amounts = _store.Values.Select(i => i.Amount).ToList();
                    if (amounts.Count == 0)
                    {
                        return (0m, 0m, 0d, 0d);
                    }

                    var mean = amounts.Average(a => (double)a);
                    var variance = 0d;
                    for (var i = 0; i < amounts.Count; i++)
                    {
                        var delta = (double)amounts[i] - mean;
                        variance += delta * delta;
                    }

                    return (amounts.Min(), amounts.Max(), mean, Math.Sqrt(variance / amounts.Count));
                }

        """;

    private static string FormatReport(Names n, Random rng) => $$"""
                public string BuildReport(string title)
                {
                    var sb = new StringBuilder();
                    sb.AppendLine(title.ToUpperInvariant());
                    sb.AppendLine(new string('-', title.Length));
                    foreach (var item in _store.Values.OrderByDescending(i => i.Amount).Take({{rng.Next(5, 50)}}))
                    {
                        sb.Append(item.Id.ToString(CultureInfo.InvariantCulture).PadLeft(6));
                        sb.Append(' ').Append(item.Name);
                        sb.Append(' ').AppendLine(item.Amount.ToString("N2", CultureInfo.InvariantCulture));
                    }

                    Log($"report {title} with {_store.Count} rows");
                    return sb.ToString();
                }

        """;

    private static string RetryAsync(Names n, Random rng) => $$"""
                public async Task<TResult> RetryAsync<TResult>(Func<CancellationToken, Task<TResult>> action, CancellationToken cancellationToken)
                {
                    Exception? last = null;
                    for (var attempt = 1; attempt <= {{rng.Next(2, 6)}}; attempt++)
                    {
                        try
                        {
                            return await action(cancellationToken).ConfigureAwait(false);
                        }
                        catch (IOException ex) when (!cancellationToken.IsCancellationRequested)
                        {
                            last = ex;
                            Log($"attempt {attempt} failed: {ex.Message}");
                            await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt), cancellationToken).ConfigureAwait(false);
                        }
                    }

                    throw new InvalidOperationException("All attempts failed.", last);
                }

        """;

    private static string Classify(Names n, Random rng) => $$"""
                public static {{n.Status}} Classify({{n.Dto}} item, DateTime now) => item switch
                {
                    { Amount: < 0m } => {{n.Status}}.Suspended,
                    { Tags.Count: 0 } => {{n.Status}}.Pending,
                    var x when now - x.CreatedAt > TimeSpan.FromDays({{rng.Next(30, 400)}}) => {{n.Status}}.Closed,
                    _ => {{n.Status}}.Active,
                };

                public static string Label({{n.Status}} status) => status switch
                {
                    {{n.Status}}.Pending => "pending",
                    {{n.Status}}.Active => "active",
                    {{n.Status}}.Suspended => "suspended",
                    _ => "closed",
                };

        """;

    private static string Merge(Names n, Random rng) => $$"""
                public int Merge(IEnumerable<{{n.Dto}}> incoming)
                {
                    var changed = 0;
                    foreach (var item in incoming)
                    {
                        if (_store.TryGetValue(item.Id, out var existing))
                        {
                            if (existing.Amount != item.Amount)
                            {
                                _store[item.Id] = existing with { Amount = item.Amount, Tags = existing.Tags.Union(item.Tags).ToList() };
                                changed++;
                            }
                        }
                        else
                        {
                            _store.Add(item.Id, item);
                            changed++;
                        }
                    }

                    Log($"merged {changed}");
                    return changed;
                }

        """;

    private static string Validate(Names n, Random rng) => $$"""
                private static readonly Regex s_name{{n.Index}} = new Regex("^[A-Za-z][A-Za-z0-9 _-]{0,{{rng.Next(20, 80)}}}$", RegexOptions.CultureInvariant);

                public static IReadOnlyList<string> Validate({{n.Dto}} item)
                {
                    var errors = new List<string>();
                    if (string.IsNullOrWhiteSpace(item.Name))
                    {
                        errors.Add("Name is required.");
                    }
                    else if (!s_name{{n.Index}}.IsMatch(item.Name))
                    {
                        errors.Add($"Name '{item.Name}' has invalid characters.");
                    }

                    if (item.Amount > {{rng.Next(1000, 100000)}}m)
                    {
                        errors.Add("Amount is above the limit.");
                    }

                    return errors;
                }

        """;

    private static string LocalFunction(Names n, Random rng) => $$"""
                public long Checksum()
                {
                    long total = 0;
                    foreach (var item in _store.Values)
                    {
                        total = unchecked(total * 31 + Mix(item.Id) + item.Name.Length);
                    }

                    return total;

                    static long Mix(int value)
                    {
                        var x = (long)value;
                        x ^= x << {{rng.Next(5, 15)}};
                        x ^= x >> 7;
                        return x;
                    }
                }

        """;

    private static string Tuples(Names n, Random rng) => $$"""
                public (int Count, decimal Sum) Split(decimal threshold, out List<{{n.Dto}}> above)
                {
                    above = new List<{{n.Dto}}>();
                    var (count, sum) = (0, 0m);
                    foreach (var item in _store.Values)
                    {
                        if (item.Amount > threshold)
                        {
                            above.Add(item);
                            continue;
                        }

                        (count, sum) = (count + 1, sum + item.Amount);
                    }

                    return (count, sum);
                }

        """;

    private static string QuerySyntax(Names n, Random rng) => $$"""
                public IEnumerable<string> TopNames(int take)
                {
                    var query =
                        from item in _store.Values
                        where item.Amount > {{rng.Next(0, 500)}}m
                        orderby item.Amount descending, item.Name
                        select item.Name.Trim();
                    return query.Distinct().Take(take);
                }

        """;

    private static string Cache(Names n, Random rng) => $$"""
                private readonly ConcurrentDictionary<string, Lazy<decimal>> _totals = new(StringComparer.Ordinal);

                public decimal TotalForTag(string tag)
                    => _totals.GetOrAdd(tag, t => new Lazy<decimal>(() => _store.Values.Where(i => i.Tags.Contains(t)).Sum(i => i.Amount))).Value;

                public void Invalidate() => _totals.Clear();

        """;

    private static string Stream(Names n, Random rng) => $$"""
                public async IAsyncEnumerable<{{n.Dto}}> StreamAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
                {
                    foreach (var batch in _store.Values.Chunk({{rng.Next(8, 64)}}))
                    {
                        await Task.Delay(1, cancellationToken).ConfigureAwait(false);
                        foreach (var item in batch)
                        {
                            yield return item;
                        }
                    }
                }

                public async Task<int> CountStreamedAsync(CancellationToken cancellationToken)
                {
                    var count = 0;
                    await foreach (var _ in StreamAsync(cancellationToken).ConfigureAwait(false))
                    {
                        count++;
                    }

                    return count;
                }

        """;

    private static string Events(Names n, Random rng) => $$"""
                public event EventHandler<{{n.Dto}}>? Changed;

                public void Rename(int id, string name)
                {
                    if (!_store.TryGetValue(id, out var item))
                    {
                        throw new KeyNotFoundException($"No item {id}.");
                    }

                    var renamed = item with { Name = name };
                    _store[id] = renamed;
                    Changed?.Invoke(this, renamed);
                }

        """;

    private static string Fold(Names n, Random rng) => $$"""
                public TAccumulate Fold<TAccumulate>(TAccumulate seed, Func<TAccumulate, {{n.Dto}}, TAccumulate> step)
                {
                    var state = seed;
                    foreach (var item in _store.Values.OrderBy(i => i.Id))
                    {
                        state = step(state, item);
                    }

                    return state;
                }

                public string JoinNames(string separator = "{{(rng.Next(2) == 0 ? ", " : " | ")}}") => Fold(new StringBuilder(), (sb, i) => sb.Length == 0 ? sb.Append(i.Name) : sb.Append(separator).Append(i.Name)).ToString();

        """;
}
