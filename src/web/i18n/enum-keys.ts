/** Kinds of service (glossary "Kinds of service"), as the portal and the enum labels name them. */
export { type WorkOrderKind as ServiceKind, workOrderKinds as serviceKinds } from '../../shared/domain/work-order';

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
