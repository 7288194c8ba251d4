namespace BorderTechAnalyzers.Tests.Verifiers;

/// <summary>
/// The vendor SDKs test sources can use. Stubs declare the exact namespaces, types and members of SDKs this
/// machine's package source does not serve; the others are the real assemblies, restored with the test project.
/// </summary>
public static class Sdk
{
    // Stubs (Stubs/*.cs)
    public static readonly TestSetup Rekognition = TestSetup.Stub("Rekognition");
    public static readonly TestSetup AzureFace = TestSetup.Stub("AzureFace");
    public static readonly TestSetup AzureFaceLegacy = TestSetup.Stub("AzureFaceLegacy");
    public static readonly TestSetup Speech = TestSetup.Stub("Speech");
    public static readonly TestSetup GoogleVision = TestSetup.Stub("GoogleVision");
    public static readonly TestSetup EmguCV = TestSetup.Stub("EmguCV");
    public static readonly TestSetup DlibDotNet = TestSetup.Stub("DlibDotNet");
    public static readonly TestSetup FaceRecognitionDotNet = TestSetup.Stub("FaceRecognitionDotNet");
    public static readonly TestSetup ViewFaceCore = TestSetup.Stub("ViewFaceCore");
    public static readonly TestSetup SeetaFace6Sharp = TestSetup.Stub("SeetaFace6Sharp");
    public static readonly TestSetup FaceONNX = TestSetup.Stub("FaceONNX");
    public static readonly TestSetup TencentIai = TestSetup.Stub("TencentIai");
    public static readonly TestSetup AlibabaFacebody = TestSetup.Stub("AlibabaFacebody");
    public static readonly TestSetup Hume = TestSetup.Stub("Hume");
    public static readonly TestSetup ProjectOxford = TestSetup.Stub("ProjectOxford");
    public static readonly TestSetup Affdex = TestSetup.Stub("Affdex");
    public static readonly TestSetup SourceAFIS = TestSetup.Stub("SourceAFIS");
    public static readonly TestSetup Neurotec = TestSetup.Stub("Neurotec");
    public static readonly TestSetup DigitalPersona = TestSetup.Stub("DigitalPersona");
    public static readonly TestSetup Windows = TestSetup.Stub("Windows");
    public static readonly TestSetup WinBiometricDotNet = TestSetup.Stub("WinBiometricDotNet");
    public static readonly TestSetup LocalAuth = TestSetup.Stub("LocalAuth");
    public static readonly TestSetup Wpf = TestSetup.Stub("Wpf");
    public static readonly TestSetup EntityFrameworkCore = TestSetup.Stub("EntityFrameworkCore");

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
