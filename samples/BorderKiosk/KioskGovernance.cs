using BorderTech.Annotations;

// The kiosk runs at a border crossing: identification and enrolment here are high-risk (EU AI Act Annex III point 7),
// so BorderTechAnalyzers reports the kiosk's findings one level higher (BT1004, BT1005, BT2001 … become errors).
[assembly: BiometricDeploymentContext(DeploymentContext.BorderControl)]

// The pilot's data-protection impact assessment was written once and never reviewed: its review date has passed
// (BT2005; the build date comes from the package's BorderTechBuildDate property). No human-rights impact assessment
// was ever made, which is one reason the identification and enrolment calls report BT2007.
[assembly: BiometricImpactAssessment("DPIA-KIOSK-PILOT-2023", Kind = AssessmentKind.DataProtection, ReviewBy = "2024-03-31")]
