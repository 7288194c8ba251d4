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

        public static readonly DiagnosticDescriptor BT2001_ConsentOrLegalBasisMissing = Create(
            id: "BT2001",
            title: "Biometric processing without consent or legal basis",
            messageFormat: "'{0}' processes biometric data without consent or a legal basis: {1}",
            category: DiagnosticCategories.BiometricGovernance,
            defaultSeverity: DiagnosticSeverity.Warning,
            description: "Biometric data is special-category data (GDPR Art 9(1)); processing it needs explicit consent or another Art 9(2) condition, and Illinois BIPA §15(b) requires written consent before collection. Record the purpose and basis with [BiometricConsent] on the method or type, or call a [ConsentGate] method before the biometric call on every path. Escalates in border-control and law-enforcement contexts.");

        public static readonly DiagnosticDescriptor BT2002_RetentionPeriodMissing = Create(
            id: "BT2002",
            title: "Biometric data stored without a retention period",
            messageFormat: "'{0}' holds biometric data ({1}) and has no [BiometricRetention]{2}",
            category: DiagnosticCategories.BiometricGovernance,
            defaultSeverity: DiagnosticSeverity.Warning,
            description: "Personal data may be kept no longer than its purpose needs (GDPR Art 5(1)(e)), and Illinois BIPA §15(a) requires a written retention schedule with destruction within three years of the last interaction. State the period with [BiometricRetention(days)] on the member or its type. Escalates in border-control and law-enforcement contexts.");

        public static readonly DiagnosticDescriptor BT2003_RetentionPeriodTooLong = Create(
            id: "BT2003",
            title: "Retention period too long",
            messageFormat: "A retention period of {0} days exceeds the maximum of {1} days (bordertech.max_retention_days)",
            category: DiagnosticCategories.BiometricGovernance,
            defaultSeverity: DiagnosticSeverity.Warning,
            description: "Illinois BIPA §15(a) requires biometric identifiers to be destroyed within three years (1095 days) of the last interaction at the latest; GDPR Art 5(1)(e) asks for the shortest period the purpose allows. The maximum is configurable with bordertech.max_retention_days.");

        public static readonly DiagnosticDescriptor BT2004_ImpactAssessmentMissing = Create(
            id: "BT2004",
            title: "No impact assessment",
            messageFormat: "This assembly processes biometric data ('{0}') but names no impact assessment; add [assembly: BiometricImpactAssessment(\"<reference>\")]",
            category: DiagnosticCategories.BiometricGovernance,
            defaultSeverity: DiagnosticSeverity.Warning,
            description: "Large-scale processing of biometric data needs a data protection impact assessment (GDPR Art 35(3)(b)); deployers of high-risk AI systems in public services need a fundamental rights impact assessment (EU AI Act Art 27). Reference the assessment that covers this code with [assembly: BiometricImpactAssessment]. Reported once per assembly. Escalates in border-control and law-enforcement contexts.",
            customTags: WellKnownDiagnosticTags.CompilationEnd);

        public static readonly DiagnosticDescriptor BT2005_ImpactAssessmentOverdue = Create(
            id: "BT2005",
            title: "Impact assessment past its review date",
            messageFormat: "Impact assessment '{0}' was due for review on {1}; the build date is {2}",
            category: DiagnosticCategories.BiometricGovernance,
            defaultSeverity: DiagnosticSeverity.Warning,
            description: "Impact assessments must be reviewed when the processing or its risks change (GDPR Art 35(11)); a review date that has passed means the assessment may no longer describe the code. The build date comes from the MSBuild property BorderTechBuildDate, which the package sets, so the analysis stays deterministic.");

        public static readonly DiagnosticDescriptor BT2006_IncompleteGovernanceAnnotation = Create(
            id: "BT2006",
            title: "Incomplete governance annotation",
            messageFormat: "[{0}] {1}",
            category: DiagnosticCategories.BiometricGovernance,
            defaultSeverity: DiagnosticSeverity.Warning,
            description: "A governance annotation is evidence only when it says something: an empty or placeholder text (TODO, TBD, N/A, -, xxx, ...), a non-positive number of days or an unparseable date records nothing an auditor can check.");

        public static readonly DiagnosticDescriptor BT2007_ConsentNotSufficient = Create(
            id: "BT2007",
            title: "Consent is not a sufficient basis here",
            messageFormat: "'{0}' in a {1} deployment: {2}",
            category: DiagnosticCategories.BiometricGovernance,
            defaultSeverity: DiagnosticSeverity.Warning,
            description: "Consent is not freely given where there is a clear imbalance between the person and the controller, as with a public authority deciding on entry or asylum (GDPR Recital 43). Identification and enrolment at borders and in law enforcement need a basis in law (GDPR Art 9(2)(g)) and a human-rights impact assessment. Escalates in border-control and law-enforcement contexts.");

        public static readonly DiagnosticDescriptor BT9001_InvalidBiometricApiListEntry = Create(
            id: "BT9001",
            title: "Invalid entry in a biometric API list",
            messageFormat: "{0}",
            category: DiagnosticCategories.Configuration,
            defaultSeverity: DiagnosticSeverity.Warning,
            description: "A line of a BiometricApis*.txt file could not be read, names an unknown category, or names a member that does not exist on a type the compilation has. The line is ignored until it is fixed.");

        public static readonly DiagnosticDescriptor BT9002_InvalidOptionValue = Create(
            id: "BT9002",
            title: "Invalid option value",
            messageFormat: "'{0} = {1}' {2}",
            category: DiagnosticCategories.Configuration,
            defaultSeverity: DiagnosticSeverity.Warning,
            description: "A bordertech.* option in .editorconfig or .globalconfig, or a BorderTech MSBuild property, has a value that cannot be read. The default is used until it is fixed.",
            customTags: WellKnownDiagnosticTags.CompilationEnd);

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
