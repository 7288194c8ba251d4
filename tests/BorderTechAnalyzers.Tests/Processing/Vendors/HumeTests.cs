using System.Threading.Tasks;
using BorderTechAnalyzers.Tests.Verifiers;
using Xunit;
using Verify = BorderTechAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<BorderTechAnalyzers.Processing.BiometricApiUsageAnalyzer>;

namespace BorderTechAnalyzers.Tests.Processing.Vendors;

/// <summary>Hume AI (stubbed): expression measurement through the concrete client and its interface, custom awaitables.</summary>
public sealed class HumeTests
{
    [Fact]
    public async Task StartInferenceJob_ThroughClientChainAndInterface_ReportsEmotion()
    {
        const string source = """
            using System.Threading.Tasks;
            using Hume;
            using Hume.ExpressionMeasurement.Batch;

            class Interview
            {
                async Task Run(string apiKey, IBatchClient batch)
                {
                    var client = new HumeClient(apiKey);
                    var job = await client.ExpressionMeasurement.Batch.{|BT1001:StartInferenceJobAsync|}(new InferenceBaseRequest
                    {
                        Urls = new[] { "https://example/interview.mp4" },
                        Models = new Models { Face = new Face(), Prosody = new Prosody() },
                    });
                    var predictions = await batch.{|BT1001:GetJobPredictionsAsync|}(job.Id);
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.Hume);
    }

    [Fact]
    public async Task RequestModelsAlone_DoNotTrigger()
    {
        const string source = """
            using Hume.ExpressionMeasurement.Batch;

            class Config
            {
                InferenceBaseRequest Build() => new InferenceBaseRequest { Models = new Models { Face = new Face { IdentifyFaces = false } } };
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.Hume);
    }
}
