using System.Threading.Tasks;
using BorderTechAnalyzers.Tests.Verifiers;
using Xunit;
using Verify = BorderTechAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<BorderTechAnalyzers.Governance.GovernanceAnnotationAnalyzer, BorderTechAnalyzers.CodeFixes.RetentionPeriodCodeFix>;

namespace BorderTechAnalyzers.Tests.CodeFixes;

/// <summary>BT2003 fix: lower the retention period to the configured maximum, however the argument is written.</summary>
public sealed class RetentionPeriodCodeFixTests
{
    [Fact]
    public async Task PositionalArgument_IsLoweredToTheMaximum()
    {
        const string source = """
            using System.Collections.Generic;
            using BorderTech.Annotations;

            class Watchlist
            {
                [BiometricData(BiometricModality.Face)]
                [BiometricRetention({|BT2003:3650|}, DeletionProcedure = "purge job")]
                private readonly List<byte[]> _faces = new();
            }
            """;
        const string fixedSource = """
            using System.Collections.Generic;
            using BorderTech.Annotations;

            class Watchlist
            {
                [BiometricData(BiometricModality.Face)]
                [BiometricRetention(1095, DeletionProcedure = "purge job")]
                private readonly List<byte[]> _faces = new();
            }
            """;

        await Verify.CodeFixAsync(source, fixedSource, Sdk.Annotations);
    }

    [Fact]
    public async Task NamedArgument_IsLoweredToTheMaximum()
    {
        const string source = """
            using BorderTech.Annotations;

            [BiometricRetention({|BT2003:maxDays: 4000|})]
            class Template
            {
            }
            """;
        const string fixedSource = """
            using BorderTech.Annotations;

            [BiometricRetention(maxDays: 1095)]
            class Template
            {
            }
            """;

        await Verify.CodeFixAsync(source, fixedSource, Sdk.Annotations);
    }
}
