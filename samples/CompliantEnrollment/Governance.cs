using BorderTech.Annotations;

// The enrolment kiosk runs at an external Schengen border crossing: migration and border control management,
// a high-risk use (EU AI Act Annex III point 7). BorderTechAnalyzers applies its stricter border-control checks.
[assembly: BiometricDeploymentContext(DeploymentContext.BorderControl)]

// The assessments that cover this kiosk, each with the date by which it must be reviewed. When a date passes, the
// build reports BT2005 and -warnaserror fails it: review the assessment and move the date.
[assembly: BiometricImpactAssessment("DPIA-EES-KIOSK-2026-04", Kind = AssessmentKind.DataProtection, ReviewBy = "2028-06-30")]
[assembly: BiometricImpactAssessment("FRIA-EES-KIOSK-2026-02", Kind = AssessmentKind.FundamentalRights, ReviewBy = "2028-06-30")]
[assembly: BiometricImpactAssessment("HRIA-EES-KIOSK-2026-01", Kind = AssessmentKind.HumanRights, ReviewBy = "2028-06-30")]
