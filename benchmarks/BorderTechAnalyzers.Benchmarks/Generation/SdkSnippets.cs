namespace BorderTechAnalyzers.Benchmarks.Generation;

/// <summary>
/// Vendor SDK usage in the shapes real projects write it: injected interfaces and concrete clients, async calls,
/// request objects built with initializers, lambdas and method groups, model files loaded by name, result
/// properties read back — and plenty of calls into the same SDKs that are not biometric at all (labels, resizing,
/// OCR-like tags), which an analyzer must look at and dismiss.
/// </summary>
internal static class SdkSnippets
{
    private const string Rekognition = "Rekognition";

    private static readonly string[] s_rekognition = { "Amazon.Rekognition", "Amazon.Rekognition.Model" };
    private static readonly string[] s_openCv = { "OpenCvSharp", "OpenCvSharp.Face", "OpenCvSharp.Dnn" };
    private static readonly string[] s_baidu = { "Newtonsoft.Json.Linq" };
    private static readonly string[] s_vision = { "Microsoft.Azure.CognitiveServices.Vision.ComputerVision", "Microsoft.Azure.CognitiveServices.Vision.ComputerVision.Models" };
    private static readonly string[] s_onnx = { "Microsoft.ML.OnnxRuntime", "Microsoft.ML.OnnxRuntime.Tensors" };
    private static readonly string[] s_mlnet = { "Microsoft.ML" };

    public static IReadOnlyList<Snippet> All { get; } = new Snippet[]
    {
        new("rekognition-search-async", Rekognition, s_rekognition, RekognitionSearchAsync),
        new("rekognition-emotion-screening", Rekognition, s_rekognition, RekognitionEmotionScreening),
        new("rekognition-method-group", Rekognition, s_rekognition, RekognitionMethodGroup),
        new("rekognition-enrolment", Rekognition, s_rekognition, RekognitionEnrolment),
        new("rekognition-labels", Rekognition, s_rekognition, RekognitionLabels),
        new("opencv-lbph-recognizer", null, s_openCv, OpenCvRecognizer),
        new("opencv-cascade-detection", null, s_openCv, OpenCvCascade),
        new("opencv-dnn-emotion-model", null, s_openCv, OpenCvDnnEmotion),
        new("opencv-image-pipeline", null, s_openCv, OpenCvImagePipeline),
        new("opencv-live-stream", null, s_openCv, OpenCvLiveStream),
        new("baidu-face-detect", null, s_baidu, BaiduDetect),
        new("baidu-face-search", null, s_baidu, BaiduSearch),
        new("computervision-faces", null, s_vision, ComputerVisionFaces),
        new("computervision-tags", null, s_vision, ComputerVisionTags),
        new("onnxruntime-emotion-session", null, s_onnx, OnnxEmotionSession),
        new("mlnet-onnx-pipeline", null, s_mlnet, MlNetOnnx),
    };

    private static string RekognitionSearchAsync(string s, Random rng) => $$"""
            public interface IGalleryMatcher{{s}}
            {
                Task<IReadOnlyList<string>> FindMatchesAsync(byte[] photo, CancellationToken cancellationToken);
            }

            public sealed class RekognitionGalleryMatcher{{s}} : IGalleryMatcher{{s}}
            {
                private readonly IAmazonRekognition _rekognition;
                private readonly string _collectionId;

                public RekognitionGalleryMatcher{{s}}(IAmazonRekognition rekognition, string collectionId)
                {
                    _rekognition = rekognition ?? throw new ArgumentNullException(nameof(rekognition));
                    _collectionId = collectionId;
                }

                public async Task<IReadOnlyList<string>> FindMatchesAsync(byte[] photo, CancellationToken cancellationToken)
                {
                    var request = new SearchFacesByImageRequest
                    {
                        CollectionId = _collectionId,
                        Image = new Image { Bytes = new MemoryStream(photo) },
                        FaceMatchThreshold = {{rng.Next(80, 99)}}f,
                        MaxFaces = {{rng.Next(1, 10)}},
                    };

                    var response = await _rekognition.SearchFacesByImageAsync(request, cancellationToken).ConfigureAwait(false);
                    return response.FaceMatches
                        .Where(m => m.Similarity > {{rng.Next(90, 99)}}f)
                        .Select(m => m.Face.ExternalImageId)
                        .ToList();
                }

                public async Task<bool> IsKnownAsync(string faceId, CancellationToken cancellationToken)
                {
                    var response = await _rekognition.SearchFacesAsync(new SearchFacesRequest { CollectionId = _collectionId, FaceId = faceId }, cancellationToken);
                    return response.FaceMatches.Count > 0;
                }
            }

        """;

    private static string RekognitionEmotionScreening(string s, Random rng) => $$"""
            public sealed record ScreeningResult{{s}}(string Mood, int MinAge, int MaxAge, bool Flagged);

            public sealed class EmotionScreening{{s}}
            {
                private readonly IAmazonRekognition _client;

                public EmotionScreening{{s}}(IAmazonRekognition client) => _client = client;

                public async Task<IReadOnlyList<ScreeningResult{{s}}>> ScreenAsync(string bucket, string key)
                {
                    var response = await _client.DetectFacesAsync(new DetectFacesRequest
                    {
                        Image = new Image { S3Object = new S3Object { Bucket = bucket, Name = key } },
                        Attributes = new List<string> { "{{(rng.Next(2) == 0 ? "ALL" : "EMOTIONS")}}" },
                    });

                    var results = new List<ScreeningResult{{s}}>();
                    foreach (var face in response.FaceDetails)
                    {
                        var top = face.Emotions.OrderByDescending(e => e.Confidence).FirstOrDefault();
                        var mood = top?.Type?.Value ?? "UNKNOWN";
                        results.Add(new ScreeningResult{{s}}(mood, face.AgeRange.Low, face.AgeRange.High, mood == "ANGRY" || mood == "FEAR"));
                    }

                    return results;
                }

                public Task<DetectFacesResponse> DetectDefaultAsync(Image image)
                    => _client.DetectFacesAsync(new DetectFacesRequest { Image = image });
            }

        """;

    private static string RekognitionMethodGroup(string s, Random rng) => $$"""
            public sealed class BatchIdentifier{{s}} : IDisposable
            {
                private readonly AmazonRekognitionClient _client = new AmazonRekognitionClient();

                public IReadOnlyList<int> CountMatches(IEnumerable<string> faceIds, string collectionId)
                {
                    Func<SearchFacesRequest, SearchFacesResponse> search = _client.SearchFaces;
                    return faceIds
                        .Select(id => new SearchFacesRequest { CollectionId = collectionId, FaceId = id, MaxFaces = {{rng.Next(1, 20)}} })
                        .Select(search)
                        .Select(r => r.FaceMatches.Count)
                        .ToList();
                }

                public IEnumerable<SearchUsersResponse> SearchUsers(IEnumerable<string> users, string collectionId)
                    => users.Select(u => _client.SearchUsers(new SearchUsersRequest { CollectionId = collectionId, UserId = u }));

                public void Dispose() => _client.Dispose();
            }

        """;

    private static string RekognitionEnrolment(string s, Random rng) => $$"""
            public sealed class Enrolment{{s}}
            {
                private readonly IAmazonRekognition _rekognition;

                public Enrolment{{s}}(IAmazonRekognition rekognition) => _rekognition = rekognition;

                public async Task<int> EnrolAsync(string collectionId, IReadOnlyDictionary<string, byte[]> photos, CancellationToken cancellationToken)
                {
                    await _rekognition.CreateCollectionAsync(new CreateCollectionRequest { CollectionId = collectionId }, cancellationToken);
                    var tasks = photos.Select(async p => await _rekognition.IndexFacesAsync(new IndexFacesRequest
                    {
                        CollectionId = collectionId,
                        ExternalImageId = p.Key,
                        Image = new Image { Bytes = new MemoryStream(p.Value) },
                    }, cancellationToken));
                    var responses = await Task.WhenAll(tasks);
                    return responses.Length;
                }

                public async Task<float> CompareAsync(byte[] source, byte[] target)
                {
                    var response = await _rekognition.CompareFacesAsync(new CompareFacesRequest
                    {
                        SourceImage = new Image { Bytes = new MemoryStream(source) },
                        TargetImage = new Image { Bytes = new MemoryStream(target) },
                        SimilarityThreshold = {{rng.Next(70, 99)}}f,
                    });
                    return response.FaceMatches.Select(m => m.Similarity).DefaultIfEmpty(0f).Max();
                }
            }

        """;

    private static string RekognitionLabels(string s, Random rng) => $$"""
            public sealed class LabelTagger{{s}}
            {
                private readonly IAmazonRekognition _rekognition;

                public LabelTagger{{s}}(IAmazonRekognition rekognition) => _rekognition = rekognition;

                public async Task<bool> HasLabelsAsync(string bucket, string key, CancellationToken cancellationToken)
                {
                    var response = await _rekognition.DetectLabelsAsync(new DetectLabelsRequest
                    {
                        Image = new Image { S3Object = new S3Object { Bucket = bucket, Name = key } },
                        MaxLabels = {{rng.Next(5, 50)}},
                    }, cancellationToken).ConfigureAwait(false);
                    return response is not null;
                }

                public Task DeleteAsync(string collectionId, IEnumerable<string> faceIds)
                    => _rekognition.DeleteFacesAsync(new DeleteFacesRequest { CollectionId = collectionId, FaceIds = faceIds.ToList() });
            }

        """;

    private static string OpenCvRecognizer(string s, Random rng) => $$"""
            public sealed class LocalFaceRecognizer{{s}} : IDisposable
            {
                private readonly LBPHFaceRecognizer _recognizer = LBPHFaceRecognizer.Create(radius: {{rng.Next(1, 4)}}, neighbors: 8);

                public void Train(IEnumerable<(string Path, int Label)> samples)
                {
                    var images = new List<Mat>();
                    var labels = new List<int>();
                    foreach (var (path, label) in samples)
                    {
                        images.Add(Cv2.ImRead(path, ImreadModes.Grayscale));
                        labels.Add(label);
                    }

                    _recognizer.Train(images, labels);
                }

                public int Identify(Mat face) => _recognizer.Predict(face);

                public (int Label, double Confidence) IdentifyWithConfidence(Mat face)
                {
                    _recognizer.Predict(face, out var label, out var confidence);
                    return (label, confidence);
                }

                public void Dispose() => _recognizer.Dispose();
            }

        """;

    private static string OpenCvCascade(string s, Random rng) => $$"""
            public sealed class FaceBoxes{{s}} : IDisposable
            {
                private const string CascadeFile = "haarcascade_frontalface_{{(rng.Next(2) == 0 ? "default" : "alt2")}}.xml";
                private readonly CascadeClassifier _cascade;

                public FaceBoxes{{s}}(string dataDirectory)
                {
                    _cascade = new CascadeClassifier(Path.Combine(dataDirectory, CascadeFile));
                }

                public Rect[] Find(string imagePath)
                {
                    using var image = Cv2.ImRead(imagePath);
                    using var gray = new Mat();
                    Cv2.CvtColor(image, gray, ColorConversionCodes.BGR2GRAY);
                    Cv2.EqualizeHist(gray, gray);
                    return _cascade.DetectMultiScale(gray, 1.1, {{rng.Next(3, 6)}}, HaarDetectionTypes.ScaleImage, new Size(30, 30));
                }

                public void Dispose() => _cascade.Dispose();
            }

        """;

    private static string OpenCvDnnEmotion(string s, Random rng) => $$"""
            public sealed class MoodEstimator{{s}}
            {
                private static readonly string[] Labels = { "neutral", "happiness", "surprise", "sadness", "anger", "disgust", "fear", "contempt" };
                private readonly Net _net;

                public MoodEstimator{{s}}(string modelDirectory)
                {
                    _net = CvDnn.ReadNetFromOnnx(Path.Combine(modelDirectory, "emotion-ferplus-{{(rng.Next(2) == 0 ? "8" : "7")}}.onnx"));
                }

                public string Estimate(Mat grayFace)
                {
                    using var blob = CvDnn.BlobFromImage(grayFace, 1.0, new Size(64, 64), new Scalar(0), false, false);
                    _net.SetInput(blob, "Input3");
                    using var output = _net.Forward();
                    var best = 0;
                    for (var i = 1; i < Labels.Length; i++)
                    {
                        if (output.Get<float>(0, i) > output.Get<float>(0, best))
                        {
                            best = i;
                        }
                    }

                    return Labels[best];
                }
            }

        """;

    private static string OpenCvImagePipeline(string s, Random rng) => $$"""
            public static class ThumbnailPipeline{{s}}
            {
                public static void MakeThumbnail(string source, string target, int width = {{rng.Next(64, 512)}})
                {
                    using var image = Cv2.ImRead(source, ImreadModes.Color);
                    if (image.Empty())
                    {
                        throw new FileNotFoundException("Cannot read image.", source);
                    }

                    var height = image.Rows * width / Math.Max(1, image.Width);
                    using var resized = new Mat();
                    Cv2.Resize(image, resized, new Size(width, height), 0, 0, InterpolationFlags.Area);
                    using var blurred = new Mat();
                    Cv2.GaussianBlur(resized, blurred, new Size(3, 3), 0, 0, BorderTypes.Default);
                    Cv2.ImWrite(target, blurred);
                }

                public static Mat Edges(Mat gray, double low = {{rng.Next(20, 80)}}, double high = {{rng.Next(100, 200)}})
                {
                    var edges = new Mat();
                    Cv2.Canny(gray, edges, low, high, 3, false);
                    return edges;
                }
            }

        """;

    private static string OpenCvLiveStream(string s, Random rng) => $$"""
            public sealed class GateCamera{{s}}
            {
                private readonly FaceRecognizer _recognizer;

                public GateCamera{{s}}(FaceRecognizer recognizer) => _recognizer = recognizer;

                public IEnumerable<int> Watch(string streamUrl, int maxFrames = {{rng.Next(100, 1000)}})
                {
                    using var capture = new VideoCapture(streamUrl, VideoCaptureAPIs.ANY);
                    using var frame = new Mat();
                    using var gray = new Mat();
                    for (var i = 0; i < maxFrames && capture.Read(frame); i++)
                    {
                        Cv2.CvtColor(frame, gray, ColorConversionCodes.BGR2GRAY);
                        yield return _recognizer.Predict(gray);
                    }
                }
            }

        """;

    private static string BaiduDetect(string s, Random rng) => $$"""
            public sealed class BaiduAttributes{{s}}
            {
                private readonly Baidu.Aip.Face.Face _client;

                public BaiduAttributes{{s}}(string apiKey, string secretKey)
                {
                    _client = new Baidu.Aip.Face.Face(apiKey, secretKey) { Timeout = {{rng.Next(10, 60) * 1000}} };
                }

                public JObject Describe(string base64Image)
                {
                    var options = new Dictionary<string, object>
                    {
                        { "face_field", "{{(rng.Next(3) switch { 0 => "age,gender,emotion", 1 => "age,beauty,race", _ => "quality,landmark" })}}" },
                        { "max_face_num", {{rng.Next(1, 10)}} },
                    };
                    return _client.Detect(base64Image, "BASE64", options);
                }
            }

        """;

    private static string BaiduSearch(string s, Random rng) => $$"""
            public sealed class BaiduGallery{{s}}
            {
                private readonly Baidu.Aip.Face.Face _client;
                private readonly string _groups;

                public BaiduGallery{{s}}(Baidu.Aip.Face.Face client, IEnumerable<string> groups)
                {
                    _client = client;
                    _groups = string.Join(",", groups);
                }

                public string? BestUser(string base64Image)
                {
                    var options = new Dictionary<string, object>();
                    options["max_user_num"] = {{rng.Next(1, 5)}};
                    options.Add("quality_control", "NORMAL");
                    var result = _client.Search(base64Image, "BASE64", _groups, options);
                    return result["result"]?["user_list"]?.First?["user_id"]?.ToString();
                }

                public JObject Enrol(string base64Image, string group, string user)
                    => _client.UserAdd(base64Image, "BASE64", group, user, new Dictionary<string, object>());
            }

        """;

    private static string ComputerVisionFaces(string s, Random rng) => $$"""
            public sealed class VisionDemographics{{s}}
            {
                private readonly ComputerVisionClient _client;

                public VisionDemographics{{s}}(string endpoint, string key)
                {
                    _client = new ComputerVisionClient(new ApiKeyServiceClientCredentials(key)) { Endpoint = endpoint };
                }

                public async Task<IReadOnlyList<string>> DescribeFacesAsync(string imageUrl)
                {
                    var features = new List<VisualFeatureTypes?> { VisualFeatureTypes.Faces, VisualFeatureTypes.{{(rng.Next(2) == 0 ? "Tags" : "Description")}} };
                    var analysis = await _client.AnalyzeImageAsync(imageUrl, features);
                    return analysis.Faces.Select(f => $"{f.Gender} {f.Age}").ToList();
                }
            }

        """;

    private static string ComputerVisionTags(string s, Random rng) => $$"""
            public sealed class VisionTagger{{s}}
            {
                private readonly IComputerVisionClient _client;

                public VisionTagger{{s}}(IComputerVisionClient client) => _client = client;

                public async Task<IReadOnlyList<string>> TagsAsync(string imageUrl, double minimum = 0.{{rng.Next(5, 9)}})
                {
                    var analysis = await _client.AnalyzeImageAsync(imageUrl, new List<VisualFeatureTypes?> { VisualFeatureTypes.Tags, VisualFeatureTypes.Color });
                    return analysis.Tags.Where(t => t.Confidence >= minimum).Select(t => t.Name).ToList();
                }
            }

        """;

    private static string OnnxEmotionSession(string s, Random rng) => $$"""
            public sealed class OnnxMood{{s}} : IDisposable
            {
                private const string ModelFile = "emotion-ferplus-{{(rng.Next(2) == 0 ? "8" : "12-int8")}}.onnx";
                private readonly InferenceSession _session;

                public OnnxMood{{s}}(string root)
                {
                    _session = new InferenceSession(Path.Combine(root, "models", ModelFile));
                }

                public float[] Scores(float[] pixels)
                {
                    var tensor = new DenseTensor<float>(pixels, new[] { 1, 1, 64, 64 });
                    var inputs = new List<NamedOnnxValue> { NamedOnnxValue.CreateFromTensor("Input3", tensor) };
                    using var results = _session.Run(inputs);
                    return results.First().AsEnumerable<float>().ToArray();
                }

                public void Dispose() => _session.Dispose();
            }

        """;

    private static string MlNetOnnx(string s, Random rng) => $$"""
            public static class OnnxPipelines{{s}}
            {
                public static IEstimator<ITransformer> Emotion(MLContext context, string modelDirectory)
                    => context.Transforms.ApplyOnnxModel(new[] { "Plus692_Output_0" }, new[] { "Input3" }, Path.Combine(modelDirectory, "emotion-ferplus-8.onnx"));

                public static IEstimator<ITransformer> Classifier(MLContext context, string modelDirectory)
                    => context.Transforms.ApplyOnnxModel(new[] { "softmax" }, new[] { "data" }, Path.Combine(modelDirectory, "resnet{{(rng.Next(2) == 0 ? "50" : "18")}}-v2.onnx"));
            }

        """;
}
