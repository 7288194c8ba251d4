using System.Threading.Tasks;
using BorderTechAnalyzers.Processing;
using BorderTechAnalyzers.Tests.Verifiers;
using Xunit;
using Verify = BorderTechAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<BorderTechAnalyzers.Processing.BiometricApiUsageAnalyzer>;

namespace BorderTechAnalyzers.Tests.Processing;

/// <summary>BT1004: searching a person against a gallery.</summary>
public sealed class BiometricIdentificationTests
{
    [Fact]
    public async Task SearchFacesByImageAsync_OnInterface_Triggers_WithMessage()
    {
        const string source = """
            using System.Threading.Tasks;
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;

            class Gate
            {
                private readonly IAmazonRekognition _rekognition;
                public Gate(IAmazonRekognition rekognition) => _rekognition = rekognition;

                public async Task<SearchFacesByImageResponse> MatchAsync(Image photo)
                    => await _rekognition.{|#0:SearchFacesByImageAsync|}(new SearchFacesByImageRequest { CollectionId = "travellers", Image = photo });
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.Rekognition,
            Verify.Diagnostic("BT1004").WithLocation(0).WithArguments("IAmazonRekognition.SearchFacesByImageAsync", "Amazon Rekognition", ""));
    }

    [Theory]
    [InlineData("SearchFaces(new SearchFacesRequest())")]
    [InlineData("SearchFacesByImage(new SearchFacesByImageRequest())")]
    [InlineData("SearchUsers(new SearchUsersRequest())")]
    [InlineData("SearchUsersByImage(new SearchUsersByImageRequest())")]
    public async Task SyncSearch_OnConcreteClient_Triggers(string call)
    {
        var source = $$"""
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;

            class Gate
            {
                void Run(AmazonRekognitionClient client) => client.{|BT1004:{{call.Substring(0, call.IndexOf('('))}}|}{{call.Substring(call.IndexOf('('))}};
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.Rekognition);
    }

    [Theory]
    [InlineData("SearchFacesAsync(new SearchFacesRequest())")]
    [InlineData("SearchFacesByImageAsync(new SearchFacesByImageRequest())")]
    [InlineData("SearchUsersAsync(new SearchUsersRequest())")]
    [InlineData("SearchUsersByImageAsync(new SearchUsersByImageRequest())")]
    public async Task AsyncSearch_OnConcreteClient_Triggers(string call)
    {
        var source = $$"""
            using System.Threading.Tasks;
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;

            class Gate
            {
                async Task Run(AmazonRekognitionClient client) => await client.{|BT1004:{{call.Substring(0, call.IndexOf('('))}}|}{{call.Substring(call.IndexOf('('))}};
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.Rekognition);
    }

    [Fact]
    public async Task MethodGroup_Triggers()
    {
        const string source = """
            using System;
            using System.Threading;
            using System.Threading.Tasks;
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;

            class Gate
            {
                Func<SearchUsersRequest, CancellationToken, Task<SearchUsersResponse>> Bind(IAmazonRekognition client) => client.{|BT1004:SearchUsersAsync|};
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.Rekognition);
    }

    [Fact]
    public async Task CallInLambda_AndGenericRetryWrapper_Triggers()
    {
        const string source = """
            using System;
            using System.Linq;
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;

            class Gate
            {
                static async Task<T> RetryAsync<T>(Func<Task<T>> action) => await action();

                Task<SearchFacesResponse> One(IAmazonRekognition client, SearchFacesRequest request)
                    => RetryAsync(() => client.{|BT1004:SearchFacesAsync|}(request));

                IEnumerable<Task<SearchFacesByImageResponse>> Many(IAmazonRekognition client, IEnumerable<Image> photos)
                    => photos.Select(p => client.{|BT1004:SearchFacesByImageAsync|}(new SearchFacesByImageRequest { Image = p }));
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.Rekognition);
    }

    [Fact]
    public async Task BlockingResult_ConditionalAccess_AndObjectInitializer_Trigger()
    {
        const string source = """
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;

            class Gate
            {
                public IAmazonRekognition? Client { get; set; }

                object A() => Client!.{|BT1004:SearchUsersByImageAsync|}(new SearchUsersByImageRequest()).Result;
                object? B() => Client?.{|BT1004:SearchFaces|}(new SearchFacesRequest { CollectionId = "c", MaxFaces = 1 });
                object C() => Client!.{|BT1004:SearchFacesAsync|}(new SearchFacesRequest()).GetAwaiter().GetResult();
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.Rekognition);
    }

    [Fact]
    public async Task PartialClass_AcrossTwoFiles_TriggersInEach()
    {
        const string first = """
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;

            partial class Gate
            {
                private readonly IAmazonRekognition _client = new AmazonRekognitionClient();
                object First() => _client.{|BT1004:SearchFaces|}(new SearchFacesRequest());
            }
            """;
        const string second = """
            using Amazon.Rekognition.Model;

            partial class Gate
            {
                object Second() => _client.{|BT1004:SearchUsers|}(new SearchUsersRequest());
            }
            """;

        var test = new Verify.Test(Sdk.Rekognition) { TestCode = first };
        test.TestState.Sources.Add(("/0/Gate.Second.cs", second));
        await test.RunAsync();
    }

    [Fact]
    public async Task TopLevelStatements_Trigger()
    {
        const string source = """
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;

            var client = new AmazonRekognitionClient();
            var result = await client.{|BT1004:SearchFacesByImageAsync|}(new SearchFacesByImageRequest { CollectionId = "watchlist" });
            System.Console.WriteLine(result.FaceMatches.Count);
            """;

        await Verify.AnalyzerAsync(source, Sdk.Rekognition.AsConsoleApplication());
    }

    [Fact]
    public async Task UserWrapperImplementingInterface_AndOverride_Trigger()
    {
        const string source = """
            using System.Threading;
            using System.Threading.Tasks;
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;

            class AuditedRekognition : AmazonRekognitionClient
            {
                public override Task<SearchFacesResponse> SearchFacesAsync(SearchFacesRequest request, CancellationToken cancellationToken = default)
                    => base.{|BT1004:SearchFacesAsync|}(request, cancellationToken);
            }

            class Gate
            {
                Task<SearchFacesResponse> Run(AuditedRekognition client) => client.{|BT1004:SearchFacesAsync|}(new SearchFacesRequest());
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.Rekognition);
    }

    [Fact]
    public async Task OpenCvFaceRecognizerPredict_ThroughBaseTypeAndSubclasses_Triggers()
    {
        const string source = """
            using OpenCvSharp;
            using OpenCvSharp.Face;

            class Matcher
            {
                int ByBase(Mat face)
                {
                    FaceRecognizer recognizer = LBPHFaceRecognizer.{|BT1005:Create|}();
                    return recognizer.{|BT1004:Predict|}(face);
                }

                void WithOut(Mat face)
                {
                    using var eigen = EigenFaceRecognizer.{|BT1005:Create|}(80);
                    eigen.{|BT1004:Predict|}(face, out int label, out double confidence);
                }

                int Fisher(FisherFaceRecognizer fisher, Mat face) => fisher.{|BT1004:Predict|}(face);
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.OpenCvSharp);
    }

    [Fact]
    public async Task UsersOwnFaceRecognizer_DoesNotTrigger()
    {
        const string source = """
            namespace MyKiosk.Face
            {
                public class FaceRecognizer
                {
                    public int Predict(byte[] image) => 0;
                    public string Identify(string name) => name;
                }

                class Use
                {
                    int Run(FaceRecognizer recognizer) => recognizer.Predict(new byte[0]) + recognizer.Identify("x").Length;
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.OpenCvSharp);
    }

    [Fact]
    public async Task UnrelatedIdentify_AndRekognitionDetectLabels_DoNotTrigger()
    {
        const string source = """
            using System.Threading.Tasks;
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;

            class Catalogue
            {
                static string Identify(string sku) => sku;

                async Task Run(IAmazonRekognition client)
                {
                    await client.DetectLabelsAsync(new DetectLabelsRequest { MaxLabels = 10 });
                    Identify("ABC-1");
                    _ = nameof(IAmazonRekognition.SearchFaces);
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.Rekognition);
    }

    [Fact]
    public async Task NoBiometricSdkReferenced_DoesNotTrigger()
    {
        const string source = """
            class FaceRecognizer
            {
                public int Predict(object image) => 0;
                public int SearchFaces(string collection) => 0;
            }

            class Use
            {
                int Run() => new FaceRecognizer().Predict(new object()) + new FaceRecognizer().SearchFaces("c");
            }
            """;

        await Verify.AnalyzerAsync(source);
    }

    [Fact]
    public async Task GeneratedCode_DoesNotTrigger()
    {
        const string source = """
            // <auto-generated/>
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;

            class GeneratedProxy
            {
                object Run(IAmazonRekognition client) => client.SearchFaces(new SearchFacesRequest());
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.Rekognition);
    }

    [Fact]
    public async Task GeneratedCodeAttribute_GeneratedFileName_AndGeneratedCodeOption_DoNotTrigger()
    {
        const string attributed = """
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;

            [System.CodeDom.Compiler.GeneratedCode("proxy-gen", "2.1")]
            partial class Proxy
            {
                object Run(IAmazonRekognition client) => client.SearchFaces(new SearchFacesRequest());
            }

            partial class Proxy
            {
                object Also(IAmazonRekognition client) => client.SearchUsers(new SearchUsersRequest());
            }

            class Handwritten
            {
                object Run(IAmazonRekognition client) => client.{|BT1004:SearchFaces|}(new SearchFacesRequest());
            }
            """;
        await Verify.AnalyzerAsync(attributed, Sdk.Rekognition);

        const string namedGenerated = """
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;

            class FromAGenerator
            {
                object Run(IAmazonRekognition client) => client.SearchFaces(new SearchFacesRequest());
            }
            """;
        var test = new Verify.Test(Sdk.Rekognition) { TestCode = "class Empty { }" };
        test.TestState.Sources.Add(("/0/Client.g.cs", namedGenerated));
        await test.RunAsync();

        await Verify.AnalyzerAsync(namedGenerated, Sdk.Rekognition.WithOptions("generated_code = true"));
    }

    [Fact]
    public async Task ExclusionLineInProjectList_SilencesTheMember()
    {
        const string source = """
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;

            class Gate
            {
                object Allowed(IAmazonRekognition client) => client.SearchUsers(new SearchUsersRequest());
                object Still(IAmazonRekognition client) => client.{|BT1004:SearchFaces|}(new SearchFacesRequest());
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.Rekognition.WithAdditionalFile("/0/BiometricApis.txt", "!M:Amazon.Rekognition.IAmazonRekognition.SearchUsers\n"));
    }
}
