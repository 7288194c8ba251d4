using System;

namespace BorderTechAnalyzers.Infrastructure
{
    /// <summary>What a catalog entry says an API does. One entry may carry several categories.</summary>
    [Flags]
    internal enum BiometricCategory
    {
        None = 0,
        Emotion = 1 << 0,
        SensitiveTrait = 1 << 1,
        Demographic = 1 << 2,
        Identification = 1 << 3,
        Verification = 1 << 4,
        Detection = 1 << 5,
        TemplateType = 1 << 6,
    }

    internal static class BiometricCategories
    {
        /// <summary>Categories that outrank plain detection at the same site (SPEC precedence).</summary>
        public const BiometricCategory MoreSpecificThanDetection =
            BiometricCategory.Emotion | BiometricCategory.SensitiveTrait | BiometricCategory.Demographic |
            BiometricCategory.Identification | BiometricCategory.Verification;

        /// <summary>Categories that are processing of biometric data (BT1001–BT1005), as opposed to detection only.</summary>
        public const BiometricCategory Processing = MoreSpecificThanDetection;

        public static bool TryParse(string text, out BiometricCategory category)
        {
            switch (text.Trim().ToLowerInvariant())
            {
                case "emotion": category = BiometricCategory.Emotion; return true;
                case "sensitive-trait": category = BiometricCategory.SensitiveTrait; return true;
                case "demographic": category = BiometricCategory.Demographic; return true;
                case "identification": category = BiometricCategory.Identification; return true;
                case "verification": category = BiometricCategory.Verification; return true;
                case "detection": category = BiometricCategory.Detection; return true;
                case "template-type": category = BiometricCategory.TemplateType; return true;
                default: category = BiometricCategory.None; return false;
            }
        }

        public static string ToCatalogName(BiometricCategory category) => category switch
        {
            BiometricCategory.Emotion => "emotion",
            BiometricCategory.SensitiveTrait => "sensitive-trait",
            BiometricCategory.Demographic => "demographic",
            BiometricCategory.Identification => "identification",
            BiometricCategory.Verification => "verification",
            BiometricCategory.Detection => "detection",
            BiometricCategory.TemplateType => "template-type",
            _ => "none",
        };

        public const string KnownNames = "emotion, sensitive-trait, demographic, identification, verification, detection, template-type";
    }
}
