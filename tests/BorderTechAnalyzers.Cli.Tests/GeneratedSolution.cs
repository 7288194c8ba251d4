using BorderTechAnalyzers.Cli.Analysis;
using BorderTechAnalyzers.Cli.Inventory;
using BorderTechAnalyzers.Cli.Loading;
using BorderTechAnalyzers.Cli.Model;

namespace BorderTechAnalyzers.Cli.Tests;

/// <summary>
/// A solution written to a temp folder once for all tests, scanned once (with restore) and inventoried once:
/// App (severities from .editorconfig, a BiometricApis.txt with a valid and two invalid lines, the real annotations
/// assembly), Gallery (its own copies of the annotation attributes, border-control context, an assessment, consent and
/// retention), and Broken (a project file that is not XML). Every test that writes temp files is in this collection,
/// so removing the run's temp root at the end is safe.
/// </summary>
public sealed class GeneratedSolution : IAsyncLifetime
{
    public string Root { get; } = TestEnvironment.NewTempDirectory("solution");

    public string SolutionPath => Path.Combine(Root, "Demo.sln");

    internal ScanReport Scan { get; private set; } = null!;

    internal InventoryReport Inventory { get; private set; } = null!;

    public string ScanLog { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        WriteApp();
        WriteGallery();
        TestEnvironment.Write(Root, "Broken/Broken.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup>");
        TestEnvironment.Write(Root, "Demo.sln", Solution(("App", "App\\App.csproj"), ("Gallery", "Gallery\\Gallery.csproj"), ("Broken", "Broken\\Broken.csproj")));

        var target = TargetResolver.Resolve(Root, Root);
        var log = new StringWriter();
        Scan = await new Scanner(new Progress(log, quiet: false)).ScanAsync(target, new Scanner.Settings { Restore = true }, null, CancellationToken.None);

        var builder = new InventoryBuilder();
        var inventoryScan = await new Scanner(new Progress(log, quiet: false)).ScanAsync(
            target, new Scanner.Settings { Restore = false, IgnoreSeverityConfiguration = true }, builder.Add, CancellationToken.None);
        Inventory = builder.Build(inventoryScan);
        ScanLog = log.ToString();
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(TestEnvironment.TempRoot, recursive: true);
        }
        catch (IOException)
        {
        }

        return Task.CompletedTask;
    }

    private void WriteApp()
    {
        TestEnvironment.Write(Root, "App/App.csproj", TestEnvironment.ProjectFile($"""
            <Reference Include="{TestEnvironment.AnnotationsPath}" />
            <AdditionalFiles Include="BiometricApis.txt" />
            """));
        TestEnvironment.Write(Root, "App/Rekognition.cs", TestEnvironment.RekognitionStub);
        TestEnvironment.Write(Root, "App/.editorconfig", """
            root = true

            [*.cs]
            dotnet_diagnostic.BT1004.severity = error
            bordertech.deployment_context = workplace

            [Quiet.cs]
            dotnet_diagnostic.BT1004.severity = none
            """);
        TestEnvironment.Write(Root, "App/BiometricApis.txt", """
            @vendor Acme Prints
            @modality fingerprint
            verification  M:Acme.Prints.Matcher.Match
            identification  M:Acme.Prints.Matcher.Mtach
            telepathy  M:Acme.Prints.Matcher.Match
            """);
        TestEnvironment.Write(Root, "App/Kiosk.cs", """
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;
            using BorderTech.Annotations;

            namespace Acme.Prints
            {
                public class Matcher
                {
                    public bool Match(byte[] probe, byte[] candidate) => probe.Length == candidate.Length;
                }
            }

            public class Kiosk
            {
                private readonly IAmazonRekognition _client = new AmazonRekognitionClient();

                public SearchFacesByImageResponse Find(Image image)
                    => _client.SearchFacesByImage(new SearchFacesByImageRequest { CollectionId = "travellers", Image = image });

                [BiometricConsent("Staff door access", Basis = LegalBasis.Employment)]
                public bool Verify(byte[] probe, byte[] candidate)
                    => new Acme.Prints.Matcher().Match(probe, candidate);
            }
            """);
        TestEnvironment.Write(Root, "App/Pragma.cs", """
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;

            public class PragmaSearch
            {
                public SearchFacesResponse Search(IAmazonRekognition client)
                {
            #pragma warning disable BT1004
                    return client.SearchFaces(new SearchFacesRequest { CollectionId = "staff", FaceId = "2" });
            #pragma warning restore BT1004
                }
            }
            """);
        TestEnvironment.Write(Root, "App/Quiet.cs", """
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;

            public class QuietSearch
            {
                public SearchFacesResponse Search(IAmazonRekognition client)
                    => client.SearchFaces(new SearchFacesRequest { CollectionId = "staff", FaceId = "1" });
            }
            """);
    }

    private void WriteGallery()
    {
        TestEnvironment.Write(Root, "Gallery/Gallery.csproj", TestEnvironment.ProjectFile());
        TestEnvironment.Write(Root, "Gallery/Rekognition.cs", TestEnvironment.RekognitionStub);
        TestEnvironment.Write(Root, "Gallery/.editorconfig", """
            root = true

            # The border-control context escalates these to errors; this assessed project keeps them warnings
            # (identification is covered by DPIA-2026-014; the gate-only basis of Users is under legal review).
            [*.cs]
            dotnet_diagnostic.BT1004.severity = warning
            dotnet_diagnostic.BT2007.severity = warning
            """);
        TestEnvironment.Write(Root, "Gallery/Annotations.cs", """
            // The project's own copies of the annotation attributes: matched by full name like the package's.
            namespace BorderTech.Annotations
            {
                public enum LegalBasis { ExplicitConsent, Employment, VitalInterests, SubstantialPublicInterest, LegalObligation, Other }
                public enum AssessmentKind { DataProtection, FundamentalRights, HumanRights }
                public enum DeploymentContext { General, BorderControl, LawEnforcement, Workplace, Education, PublicSpace }
                public enum RetentionTrigger { AfterCollection, AfterLastInteraction, AfterPurposeFulfilled, AfterCaseClosed }
                [System.AttributeUsage(System.AttributeTargets.All)]
                public sealed class BiometricConsentAttribute : System.Attribute { public BiometricConsentAttribute(string purpose) { } public LegalBasis Basis { get; set; } public string ConsentRecord { get; set; } }
                [System.AttributeUsage(System.AttributeTargets.All)]
                public sealed class BiometricRetentionAttribute : System.Attribute { public BiometricRetentionAttribute(int maxDays) { } public RetentionTrigger Trigger { get; set; } public string DeletionProcedure { get; set; } }
                [System.AttributeUsage(System.AttributeTargets.Assembly, AllowMultiple = true)]
                public sealed class BiometricImpactAssessmentAttribute : System.Attribute { public BiometricImpactAssessmentAttribute(string reference) { } public AssessmentKind Kind { get; set; } public string ReviewBy { get; set; } }
                [System.AttributeUsage(System.AttributeTargets.Assembly)]
                public sealed class BiometricDeploymentContextAttribute : System.Attribute { public BiometricDeploymentContextAttribute(DeploymentContext context) { } }
                [System.AttributeUsage(System.AttributeTargets.Method)]
                public sealed class ConsentGateAttribute : System.Attribute { }
            }
            """);
        TestEnvironment.Write(Root, "Gallery/Search.cs", """
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;
            using BorderTech.Annotations;

            [assembly: BiometricImpactAssessment("DPIA-2026-014", Kind = AssessmentKind.HumanRights, ReviewBy = "2027-06-30")]
            [assembly: BiometricDeploymentContext(DeploymentContext.BorderControl)]

            [BiometricRetention(30, Trigger = RetentionTrigger.AfterCaseClosed, DeletionProcedure = "nightly purge job")]
            public class GallerySearch
            {
                private readonly IAmazonRekognition _client = new AmazonRekognitionClient();

                [BiometricConsent("Match travellers against the watch list", Basis = LegalBasis.SubstantialPublicInterest, ConsentRecord = "Border Code Art 8")]
                public SearchFacesResponse Match(string faceId)
                    => _client.SearchFaces(new SearchFacesRequest { CollectionId = "watch", FaceId = faceId });

                [ConsentGate]
                public static void AskConsent() { }

                public SearchUsersResponse Users(string id)
                {
                    AskConsent();
                    return _client.SearchUsers(new SearchUsersRequest { UserId = id });
                }
            }
            """);
    }

    public static string Solution(params (string Name, string Path)[] projects)
    {
        var builder = new System.Text.StringBuilder();
        builder.AppendLine();
        builder.AppendLine("Microsoft Visual Studio Solution File, Format Version 12.00");
        builder.AppendLine("# Visual Studio Version 17");
        var index = 0;
        foreach (var (name, path) in projects)
        {
            index++;
            builder.AppendLine($"Project(\"{{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}}\") = \"{name}\", \"{path}\", \"{{00000000-0000-0000-0000-{index:000000000000}}}\"");
            builder.AppendLine("EndProject");
        }

        builder.AppendLine("Global");
        builder.AppendLine("\tGlobalSection(SolutionConfigurationPlatforms) = preSolution");
        builder.AppendLine("\t\tDebug|Any CPU = Debug|Any CPU");
        builder.AppendLine("\tEndGlobalSection");
        builder.AppendLine("\tGlobalSection(ProjectConfigurationPlatforms) = postSolution");
        for (var i = 1; i <= projects.Length; i++)
        {
            builder.AppendLine($"\t\t{{00000000-0000-0000-0000-{i:000000000000}}}.Debug|Any CPU.ActiveCfg = Debug|Any CPU");
            builder.AppendLine($"\t\t{{00000000-0000-0000-0000-{i:000000000000}}}.Debug|Any CPU.Build.0 = Debug|Any CPU");
        }

        builder.AppendLine("\tEndGlobalSection");
        builder.AppendLine("EndGlobal");
        return builder.ToString();
    }
}

[CollectionDefinition(Name)]
public sealed class GeneratedSolutionCollection : ICollectionFixture<GeneratedSolution>
{
    public const string Name = "generated solution";
}
