namespace BorderTechAnalyzers.Tests.Verifiers;

/// <summary>
/// The vendor SDKs test sources can use. Stubs declare the exact namespaces, types and members of SDKs this
/// machine's package source does not serve; the others are the real assemblies, restored with the test project.
/// </summary>
public static class Sdk
{
    // Stubs (Stubs/*.cs)
    public static readonly TestSetup Rekognition = TestSetup.Stub("Rekognition");

    // Real assemblies
    public static readonly TestSetup OpenCvSharp = TestSetup.Reference("OpenCvSharp.dll");
    public static readonly TestSetup Baidu = TestSetup.Reference("AipSdk.dll", "Newtonsoft.Json.dll");
    public static readonly TestSetup ComputerVision = TestSetup.Reference(
        "Microsoft.Azure.CognitiveServices.Vision.ComputerVision.dll", "Microsoft.Rest.ClientRuntime.dll", "Microsoft.Rest.ClientRuntime.Azure.dll", "Newtonsoft.Json.dll");
    public static readonly TestSetup OnnxRuntime = TestSetup.Reference("Microsoft.ML.OnnxRuntime.dll");
    public static readonly TestSetup MLNet = TestSetup.Reference(
        "Microsoft.ML.Core.dll", "Microsoft.ML.Data.dll", "Microsoft.ML.DataView.dll", "Microsoft.ML.OnnxTransformer.dll", "Microsoft.ML.OnnxRuntime.dll");

    // This product's own attributes
    public static readonly TestSetup Annotations = TestSetup.Reference("BorderTech.Annotations.dll");
}
