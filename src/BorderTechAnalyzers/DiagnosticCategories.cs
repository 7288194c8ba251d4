namespace BorderTechAnalyzers
{
    /// <summary>The fixed set of diagnostic categories; each owns a thousand-block of IDs (DiagnosticCategoryAndIdRanges.txt).</summary>
    internal static class DiagnosticCategories
    {
        public const string BiometricProcessing = nameof(BiometricProcessing);
        public const string BiometricGovernance = nameof(BiometricGovernance);
        public const string BiometricDataFlow = nameof(BiometricDataFlow);
        public const string Configuration = nameof(Configuration);
    }
}
