using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit;
using Verify = BorderTechAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<BorderTechAnalyzers.Processing.BiometricApiUsageAnalyzer>;

namespace BorderTechAnalyzers.Tests.Verifiers;

/// <summary>Every vendor stub compiles on its own and, being declarations only, raises nothing.</summary>
public sealed class StubTests
{
    public static IEnumerable<object[]> StubNames() => TestSetup.AllStubNames().Select(n => new object[] { n });

    [Theory]
    [MemberData(nameof(StubNames))]
    public async Task Stub_CompilesAlone_AndRaisesNothing(string stub)
        => await Verify.AnalyzerAsync("class Empty { }", TestSetup.Stub(stub));

    [Fact]
    public async Task AllStubs_CompileTogether()
    {
        var all = TestSetup.AllStubNames().Aggregate(TestSetup.None, (setup, name) => setup + TestSetup.Stub(name));
        await Verify.AnalyzerAsync("class Empty { }", all);
    }
}
