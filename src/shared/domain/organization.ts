/** Kinds of organisation, as in the glossary ("Places and organisations"). */
export const organizationKinds = [
  'justice_bureau',
  'pls_centre',
  'pls_station',
  'judicial_office',
  'pls_room',
  'legal_aid_centre',
  'law_firm',
  'notary_office',
  'appraisal_institution',
  'grassroots_legal_service_office',
  'mediation_committee',
] as const;
export type OrganizationKind = (typeof organizationKinds)[number];

/** Kinds of legal professional (glossary "People"). */
export const professionalKinds = [
  'lawyer',
  'notary',
  'appraiser',
  'grassroots_legal_worker',
  'mediator',
  'people_supervisor',
  'village_legal_advisor',
] as const;
export type ProfessionalKind = (typeof professionalKinds)[number];
