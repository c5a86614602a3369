/** Kinds of service (glossary "Kinds of service"); the work-order kind enum will live in src/shared when it exists. */
export const serviceKinds = [
  'consultation',
  'legal_aid',
  'mediation',
  'notarization',
  'appraisal',
  'special_population',
  'legal_education',
  'feedback',
] as const;
export type ServiceKind = (typeof serviceKinds)[number];

/** The role home pages (src/shared/domain/role.ts roleHome), one per workbench permission. */
export const workbenchKinds = [
  'hotline',
  'window',
  'dispatch',
  'handler',
  'supervision',
  'overview',
  'finance',
] as const;
export type WorkbenchKind = (typeof workbenchKinds)[number];
