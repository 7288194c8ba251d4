// Stub of the Hume .NET SDK (namespaces Hume, Hume.ExpressionMeasurement, Hume.ExpressionMeasurement.Batch): exact names, no behaviour.
// Source of the names: github.com/HumeAI/hume-dotnet-sdk src/Hume/ExpressionMeasurement/Batch/IBatchClient.cs, BatchClient.cs, Types/*.cs.
#nullable disable
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace Hume
{
    public class RequestOptions { }
    public readonly struct WithRawResponseTask<T>
    {
        public TaskAwaiter<T> GetAwaiter() => default;
    }

    public partial class HumeClient
    {
        public HumeClient(string apiKey = null) { }
        public Hume.ExpressionMeasurement.ExpressionMeasurementClient ExpressionMeasurement => null;
    }
}

namespace Hume.ExpressionMeasurement
{
    public partial class ExpressionMeasurementClient
    {
        public Hume.ExpressionMeasurement.Batch.BatchClient Batch => null;
    }
}

namespace Hume.ExpressionMeasurement.Batch
{
    public record JobId { public string Id { get; init; } }
    public record Face { public bool? IdentifyFaces { get; init; } }
    public record Prosody { }
    public record Models { public Face Face { get; init; } public Prosody Prosody { get; init; } }
    public record InferenceBaseRequest { public IEnumerable<string> Urls { get; init; } public Models Models { get; init; } }
    public record InferenceJob { }
    public record InferenceSourcePredictResult { }

    public partial interface IBatchClient
    {
        WithRawResponseTask<JobId> StartInferenceJobAsync(InferenceBaseRequest request, RequestOptions options = null, CancellationToken cancellationToken = default);
        WithRawResponseTask<InferenceJob> GetJobDetailsAsync(string id, RequestOptions options = null, CancellationToken cancellationToken = default);
        WithRawResponseTask<IEnumerable<InferenceSourcePredictResult>> GetJobPredictionsAsync(string id, RequestOptions options = null, CancellationToken cancellationToken = default);
    }

    public partial class BatchClient : IBatchClient
    {
        public WithRawResponseTask<JobId> StartInferenceJobAsync(InferenceBaseRequest request, RequestOptions options = null, CancellationToken cancellationToken = default) => default;
        public WithRawResponseTask<InferenceJob> GetJobDetailsAsync(string id, RequestOptions options = null, CancellationToken cancellationToken = default) => default;
        public WithRawResponseTask<IEnumerable<InferenceSourcePredictResult>> GetJobPredictionsAsync(string id, RequestOptions options = null, CancellationToken cancellationToken = default) => default;
    }
}
