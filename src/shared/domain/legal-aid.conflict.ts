/**
 * The conflict check (利益冲突审查) before a legal-aid case is assigned (指派): the case's opposing
 * party against the open cases of the candidate and of the candidate's firm. A lawyer may not act
 * against a party they or their firm currently represent (律师法第三十九条; 律师执业行为规范
 * 利益冲突审查), so a hit blocks that assignment and says why, in Chinese, for the assigning clerk.
 *
 * Matching a party:
 *  - an identity number or unified social credit code (统一社会信用代码) known on both sides
 *    decides: equal is the same party whatever the names, different is a different party even
 *    with the same name (two people called 张三);
 *  - otherwise the normalised names are compared, and a name-only match counts as a conflict
 *    (conservative: a person checks it), its reason saying it matched by name only.
 *
 * Names are normalised: NFKC (full-width letters, digits and brackets to half-width), Latin
 * letters to lower case, white space, punctuation and symbols removed, and the organisation
 * suffix 有限责任公司 written 有限公司 (the Company Law allows both for one company form).
 */

export interface ConflictParty {
  name: string;
  /** Resident ID number or unified social credit code; null or absent when not known. */
  idNumber?: string | null | undefined;
}

export interface ConflictOpenCase {
  /** The case number people quote (案号 or the aid case's own reference). */
  caseRef: string;
  /** Whom the handler represents in that case. */
  client: ConflictParty;
  opposingParty: ConflictParty | null;
  /** The colleague handling it, for the reason of a firm hit; ignored for the candidate's own. */
  handlerName?: string | undefined;
}

export interface ConflictCheckInput {
  /** The opposing party of the case to assign. */
  opposingParty: ConflictParty;
  /** The aid applicant (受援人): an open case against them is a conflict too. Optional. */
  applicant?: ConflictParty | undefined;
  /** The candidate's own open cases. */
  candidateCases: readonly ConflictOpenCase[];
  /** The open cases of the candidate's firm (may include the candidate's own: they are reported once, as the candidate's). */
  firmCases: readonly ConflictOpenCase[];
}

export type ConflictMatch = 'id' | 'name';

export interface ConflictHit {
  caseRef: string;
  /** `candidate`: the candidate's own case; `firm`: a colleague's in the same firm. */
  holder: 'candidate' | 'firm';
  /** `client_is_opposing_party`: they represent our opposing party; `opposes_applicant`: they act against our applicant. */
  kind: 'client_is_opposing_party' | 'opposes_applicant';
  matchedBy: ConflictMatch;
  reason: string;
}

export interface ConflictResult {
  conflict: boolean;
  hits: ConflictHit[];
}

const removable = /[\s\p{P}\p{S}]/gu;

/** The comparable form of a person's or organisation's name ('' when nothing is left). */
export function normalizePartyName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(removable, '')
    .replace(/有限责任公司$/u, '有限公司');
}

/** The comparable form of an ID number or credit code: half-width, upper case, letters and digits only. */
export function normalizePartyId(id: string): string {
  return id
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '');
}

interface PreparedParty {
  display: string;
  name: string;
  id: string;
}

function prepare(party: ConflictParty): PreparedParty {
  return {
    display: party.name.trim(),
    name: normalizePartyName(party.name),
    id: party.idNumber ? normalizePartyId(party.idNumber) : '',
  };
}

/** How two parties match: by ID, by name only, or not (different IDs are different parties). */
export function matchParty(a: ConflictParty, b: ConflictParty): ConflictMatch | null {
  return matchPrepared(prepare(a), prepare(b));
}

function matchPrepared(a: PreparedParty, b: PreparedParty): ConflictMatch | null {
  if (a.id !== '' && b.id !== '') return a.id === b.id ? 'id' : null;
  return a.name !== '' && a.name === b.name ? 'name' : null;
}

function howMatched(match: ConflictMatch, sought: PreparedParty, recorded: PreparedParty): string {
  if (match === 'id')
    return sought.display === recorded.display
      ? '证件号码一致'
      : `证件号码一致（该案登记名称为「${recorded.display}」）`;
  return '仅姓名（名称）相同、未能核对证件号码，请核实是否为同一当事人';
}

/** Whether the candidate may take the case: every open case of theirs or their firm that stands against it. */
export function checkConflict(input: ConflictCheckInput): ConflictResult {
  const opposing = prepare(input.opposingParty);
  const applicant = input.applicant ? prepare(input.applicant) : null;
  const hits: ConflictHit[] = [];
  const seen = new Set<string>();
  const scan = (cases: readonly ConflictOpenCase[], holder: ConflictHit['holder']) => {
    for (const c of cases) {
      if (seen.has(c.caseRef)) continue;
      seen.add(c.caseRef);
      const who = holder === 'candidate' ? '该律师' : `同一律所律师${c.handlerName?.trim() ?? ''}`;
      const client = prepare(c.client);
      const asClient = matchPrepared(opposing, client);
      if (asClient)
        hits.push({
          caseRef: c.caseRef,
          holder,
          kind: 'client_is_opposing_party',
          matchedBy: asClient,
          reason: `${who}正在代理对方当事人「${opposing.display}」的案件（案号 ${c.caseRef}），${howMatched(asClient, opposing, client)}。`,
        });
      if (applicant && c.opposingParty) {
        const other = prepare(c.opposingParty);
        const against = matchPrepared(applicant, other);
        if (against)
          hits.push({
            caseRef: c.caseRef,
            holder,
            kind: 'opposes_applicant',
            matchedBy: against,
            reason: `${who}正在另一案件中代理受援人「${applicant.display}」的相对方（案号 ${c.caseRef}），${howMatched(against, applicant, other)}。`,
          });
      }
    }
  };
  scan(input.candidateCases, 'candidate');
  scan(input.firmCases, 'firm');
  return { conflict: hits.length > 0, hits };
}
