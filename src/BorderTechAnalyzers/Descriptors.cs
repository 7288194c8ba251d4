using Microsoft.CodeAnalysis;

namespace BorderTechAnalyzers
{
    /// <summary>Every diagnostic BorderTechAnalyzers reports. Member names carry the ID so <c>grep BT1004</c> finds the rule everywhere.</summary>
    internal static class Descriptors
    {
        public const string HelpLinkBase = "https://github.com/bordertech-analyzers/BorderTechAnalyzers/blob/main/docs/rules/";

        public static readonly DiagnosticDescriptor BT1001_EmotionRecognition = Create(
            id: "BT1001",
            title: "Emotion recognition",
            messageFormat: "'{0}' ({1}) infers emotion or affect from biometric data{2}",
            category: DiagnosticCategories.BiometricProcessing,
            defaultSeverity: DiagnosticSeverity.Error,
            description: "Inferring emotions, affect, intentions or deception from a face, a voice or a body is prohibited in workplaces and education (EU AI Act Art 5(1)(f)) and is high-risk everywhere else (Annex III point 1(c)); human-rights bodies ask for a ban at borders. Remove the emotion request or the emotion model.");

        public static readonly DiagnosticDescriptor BT1002_SensitiveTraitCategorisation = Create(
            id: "BT1002",
            title: "Sensitive-trait categorisation",
            messageFormat: "'{0}' ({1}) categorises people by sensitive traits inferred from biometric data{2}",
            category: DiagnosticCategories.BiometricProcessing,
            defaultSeverity: DiagnosticSeverity.Error,
            description: "Categorising people by race, ethnicity, political opinion, trade-union membership, religion, sex life or sexual orientation from biometric data is prohibited by EU AI Act Art 5(1)(g) and processes special-category data under GDPR Art 9.");

        public static readonly DiagnosticDescriptor BT1003_DemographicInference = Create(
            id: "BT1003",
            title: "Demographic inference",
            messageFormat: "'{0}' ({1}) infers age, gender or other physical traits from biometric data{2}",
            category: DiagnosticCategories.BiometricProcessing,
            defaultSeverity: DiagnosticSeverity.Warning,
            description: "Biometric categorisation by age, gender, smile, facial hair or make-up is high-risk under EU AI Act Annex III point 1(b) and was retired by Microsoft's Azure Face for its error rates and risk of discrimination. Escalates in border-control and law-enforcement contexts.");

        public static readonly DiagnosticDescriptor BT1004_BiometricIdentification = Create(
            id: "BT1004",
            title: "Biometric identification (1:N)",
            messageFormat: "'{0}' ({1}) identifies a person by searching a biometric gallery (1:N){2}",
            category: DiagnosticCategories.BiometricProcessing,
            defaultSeverity: DiagnosticSeverity.Warning,
            description: "Searching a face, fingerprint, iris or voice against a gallery is remote biometric identification: high-risk under EU AI Act Annex III point 1(a), special-category processing under GDPR Art 9, and subject to written consent under Illinois BIPA §15(b). Escalates in border-control and law-enforcement contexts.");

        public static readonly DiagnosticDescriptor BT1005_BiometricVerificationOrEnrolment = Create(
            id: "BT1005",
            title: "Biometric verification or enrolment",
            messageFormat: "'{0}' ({1}) compares biometric samples or creates or stores a biometric template{2}",
            category: DiagnosticCategories.BiometricProcessing,
            defaultSeverity: DiagnosticSeverity.Warning,
            description: "One-to-one comparison and the creation or storage of biometric templates process special-category data (GDPR Art 9(1)) and need a legal basis, a retention period and, under Illinois BIPA §15, written consent and a public retention schedule. Escalates in border-control and law-enforcement contexts.");

        public static readonly DiagnosticDescriptor BT1006_FaceOrBodyDetection = Create(
            id: "BT1006",
            title: "Face or body detection",
            messageFormat: "'{0}' ({1}) detects, tracks or checks the liveness of faces or bodies{2}",
            category: DiagnosticCategories.BiometricProcessing,
            defaultSeverity: DiagnosticSeverity.Info,
            description: "Detection, landmarks, tracking and liveness checks locate people in images without identifying them. They are the first step of every biometric pipeline and belong in the inventory of biometric processing. Escalates in border-control and law-enforcement contexts.");

        public static readonly DiagnosticDescriptor BT9001_InvalidBiometricApiListEntry = Create(
            id: "BT9001",
            title: "Invalid entry in a biometric API list",
            messageFormat: "{0}({1}): {2}",
            category: DiagnosticCategories.Configuration,
            defaultSeverity: DiagnosticSeverity.Warning,
            description: "A line of a BiometricApis*.txt file could not be read, names an unknown category, or names a member that does not exist on a type the compilation has. The line is ignored until it is fixed.");

        private static DiagnosticDescriptor Create(
            string id,
            string title,
            string messageFormat,
            string category,
            DiagnosticSeverity defaultSeverity,
            string description,
            params string[] customTags)
            => new(id, title, messageFormat, category, defaultSeverity, isEnabledByDefault: true, description, HelpLinkBase + id + ".md", customTags);
    }
}
