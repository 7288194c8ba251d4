namespace BorderTechAnalyzers.Benchmarks.Generation;

/// <summary>
/// The plain corpus's counterpart of <see cref="SdkSnippets"/>: the same shapes (injected clients, async requests
/// with initializers, lambdas, method groups, model files, result properties) over the project's own types — some of
/// them named like vendor types (<c>FaceDetector</c>, <c>SearchFacesRequest</c>), which is not a finding.
/// </summary>
internal static class PlainSnippets
{
    private static readonly string[] s_none = Array.Empty<string>();

    public static IReadOnlyList<Snippet> All { get; } = new Snippet[]
    {
        new("own-search-client", null, s_none, OwnSearchClient),
        new("own-face-detector", null, s_none, OwnFaceDetector),
        new("own-method-group", null, s_none, OwnMethodGroup),
        new("own-model-loader", null, s_none, OwnModelLoader),
        new("own-http-like-client", null, s_none, OwnHttpLikeClient),
        new("own-image-pipeline", null, s_none, OwnImagePipeline),
    };

    private static string OwnSearchClient(string s, Random rng) => $$"""
            public sealed class SearchFacesRequest{{s}}
            {
                public string CollectionId { get; set; } = "";
                public byte[] Payload { get; set; } = Array.Empty<byte>();
                public float Threshold { get; set; }
                public List<string> Attributes { get; set; } = new();
            }

            public interface ICatalogSearch{{s}}
            {
                Task<IReadOnlyList<string>> SearchAsync(SearchFacesRequest{{s}} request, CancellationToken cancellationToken = default);
            }

            public sealed class CatalogMatcher{{s}}
            {
                private readonly ICatalogSearch{{s}} _search;

                public CatalogMatcher{{s}}(ICatalogSearch{{s}} search) => _search = search ?? throw new ArgumentNullException(nameof(search));

                public async Task<IReadOnlyList<string>> FindAsync(byte[] payload, CancellationToken cancellationToken)
                {
                    var request = new SearchFacesRequest{{s}}
                    {
                        CollectionId = "catalog-{{rng.Next(1, 100)}}",
                        Payload = payload,
                        Threshold = {{rng.Next(80, 99)}}f,
                        Attributes = new List<string> { "ALL" },
                    };

                    var hits = await _search.SearchAsync(request, cancellationToken).ConfigureAwait(false);
                    return hits.Where(h => h.Length > {{rng.Next(1, 5)}}).Select(h => h.Trim()).ToList();
                }
            }

        """;

    private static string OwnFaceDetector(string s, Random rng) => $$"""
            public sealed class FaceDetector{{s}}
            {
                private readonly int _tolerance;

                public FaceDetector{{s}}(int tolerance = {{rng.Next(1, 10)}}) => _tolerance = tolerance;

                // A dial face on a gauge image: the project's own "face", nothing biometric.
                public IReadOnlyList<(int X, int Y)> Detect(byte[,] pixels)
                {
                    var points = new List<(int X, int Y)>();
                    for (var y = 1; y < pixels.GetLength(0) - 1; y++)
                    {
                        for (var x = 1; x < pixels.GetLength(1) - 1; x++)
                        {
                            var gradient = Math.Abs(pixels[y, x + 1] - pixels[y, x - 1]) + Math.Abs(pixels[y + 1, x] - pixels[y - 1, x]);
                            if (gradient > _tolerance * 16)
                            {
                                points.Add((x, y));
                            }
                        }
                    }

                    return points;
                }

                public static (int X, int Y) Center(IReadOnlyList<(int X, int Y)> points)
                    => points.Count == 0 ? (0, 0) : ((int)points.Average(p => p.X), (int)points.Average(p => p.Y));
            }

        """;

    private static string OwnMethodGroup(string s, Random rng) => $$"""
            public sealed class Lookup{{s}} : IDisposable
            {
                private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

                public int Search(string key) => _index.TryGetValue(key, out var value) ? value : -1;

                public IReadOnlyList<int> SearchAll(IEnumerable<string> keys)
                {
                    Func<string, int> search = Search;
                    return keys
                        .Select(k => k.Trim().ToUpperInvariant())
                        .Select(search)
                        .Where(v => v >= {{rng.Next(0, 3)}})
                        .ToList();
                }

                public IEnumerable<string> Keys(IEnumerable<int> values) => values.Select(v => _index.FirstOrDefault(p => p.Value == v).Key ?? "");

                public void Dispose() => _index.Clear();
            }

        """;

    private static string OwnModelLoader(string s, Random rng) => $$"""
            public sealed class PricingModel{{s}}
            {
                private const string ModelFile = "pricing-v{{rng.Next(1, 9)}}.onnx";
                private readonly IReadOnlyDictionary<string, double> _weights;

                public PricingModel{{s}}(string root)
                {
                    _weights = Load(Path.Combine(root, "models", ModelFile));
                }

                private static IReadOnlyDictionary<string, double> Load(string path)
                {
                    var weights = new Dictionary<string, double>(StringComparer.Ordinal);
                    foreach (var line in File.Exists(path) ? File.ReadLines(path) : Enumerable.Empty<string>())
                    {
                        var parts = line.Split('=');
                        if (parts.Length == 2 && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var w))
                        {
                            weights[parts[0]] = w;
                        }
                    }

                    return weights;
                }

                public double Score(IReadOnlyDictionary<string, double> features)
                    => features.Sum(f => _weights.TryGetValue(f.Key, out var w) ? w * f.Value : 0d);
            }

        """;

    private static string OwnHttpLikeClient(string s, Random rng) => $$"""
            public sealed class TagRequest{{s}}
            {
                public string Url { get; init; } = "";
                public List<string> Features { get; init; } = new();
                public int Limit { get; init; } = {{rng.Next(5, 50)}};
            }

            public sealed class TagClient{{s}}
            {
                private readonly Func<TagRequest{{s}}, CancellationToken, Task<string[]>> _send;

                public TagClient{{s}}(Func<TagRequest{{s}}, CancellationToken, Task<string[]>> send) => _send = send;

                public async Task<IReadOnlyList<string>> TagsAsync(string url, CancellationToken cancellationToken)
                {
                    var request = new TagRequest{{s}} { Url = url, Features = new List<string> { "Tags", "Color" } };
                    var tags = await _send(request, cancellationToken);
                    return tags.Distinct(StringComparer.OrdinalIgnoreCase).OrderBy(t => t, StringComparer.Ordinal).ToList();
                }
            }

        """;

    private static string OwnImagePipeline(string s, Random rng) => $$"""
            public static class Thumbnails{{s}}
            {
                public static byte[,] Downscale(byte[,] source, int factor = {{rng.Next(2, 5)}})
                {
                    var height = source.GetLength(0) / factor;
                    var width = source.GetLength(1) / factor;
                    var target = new byte[height, width];
                    for (var y = 0; y < height; y++)
                    {
                        for (var x = 0; x < width; x++)
                        {
                            var sum = 0;
                            for (var dy = 0; dy < factor; dy++)
                            {
                                for (var dx = 0; dx < factor; dx++)
                                {
                                    sum += source[y * factor + dy, x * factor + dx];
                                }
                            }

                            target[y, x] = (byte)(sum / (factor * factor));
                        }
                    }

                    return target;
                }
            }

        """;
}
