/**
 * A learner saying who they are ("I'm a midwife, what is AI really?", "Fel bydwraig…", "Dw i'n nyrs…"): the role
 * is who asks, not what is asked about. Read as a subject word it pulls in the content written for that role (the
 * midwife's heel-prick test for a question about AI), so retrieval reads the question without it.
 */

// Staff roles as people name their own, longest first so "nurse practitioner" is taken whole before "nurse". Not a word that
// is also a relative or a patient ("sister", "carer"): "I'm a sister of someone with BRCA" says who is at risk.
const ENGLISH_ROLES = [
  'nurse', 'midwife', 'doctor', 'gp', 'physio', 'physiotherapist', 'pharmacist', 'pharmacy technician', 'hca', 'healthcare assistant',
  'health care assistant', 'care assistant', 'support worker', 'nursing associate', 'nursing assistant', 'consultant', 'registrar',
  'junior doctor', 'resident doctor', 'foundation doctor', 'f1', 'f2', 'fy1', 'fy2', 'sho', 'reg', 'surgeon', 'anaesthetist', 'obstetrician',
  'paediatrician', 'oncologist', 'radiologist', 'radiographer', 'sonographer', 'paramedic', 'dietitian', 'dietician',
  'occupational therapist', 'speech and language therapist', 'therapist', 'psychologist', 'health visitor',
  'district nurse', 'matron', 'ward sister', 'charge nurse', 'ward manager', 'manager', 'nurse practitioner', 'anp', 'acp',
  'advanced clinical practitioner', 'practitioner', 'clinical nurse specialist', 'cns', 'genetic counsellor', 'genetic counselor',
  'counsellor', 'clinical scientist', 'biomedical scientist', 'healthcare scientist', 'scientist', 'technician', 'student', 'trainee',
  'educator', 'receptionist', 'administrator', 'secretary', 'dentist', 'optometrist', 'podiatrist', 'ahp', 'clinician',
  // more of the roles staff name, in theatres, wards, labs, outpatients and the ambulance service
  'odp', 'operating department practitioner', 'staff nurse', 'scrub nurse', 'theatre nurse', 'dental nurse', 'nursery nurse', 'hcsw',
  'healthcare support worker', 'phlebotomist', 'audiologist', 'orthoptist', 'orthotist', 'prosthetist', 'perfusionist', 'psychiatrist',
  'physician associate', 'ward clerk', 'clinical coder', 'coder', 'porter', 'chaplain', 'call handler', 'dispatcher', 'technologist',
  'dental hygienist', 'hygienist', 'optician', 'midwives',
];

// Welsh roles unmutated; after "yn" ("dw i'n feddyg") a role takes the soft mutation, written out by `softMutation`.
const WELSH_ROLES = [
  'nyrs', 'bydwraig', 'meddyg', 'meddyg teulu', 'fferyllydd', 'ffisiotherapydd', 'ffisio', 'ymgynghorydd', 'cofrestrydd',
  'myfyriwr', 'myfyrwraig', 'gwyddonydd', 'gwyddonydd gofal iechyd', 'parafeddyg', 'radiograffydd', 'therapydd',
  'therapydd galwedigaethol', 'deietegydd', 'ymwelydd iechyd', 'nyrs ardal', 'rheolwr', 'rheolwr ward', 'gweinyddwr',
  'gweithiwr cymorth', 'gweithiwr cymorth gofal iechyd', 'cynorthwyydd gofal iechyd', 'cynorthwy-ydd gofal iechyd',
  'llawfeddyg', 'seicolegydd', 'cwnselydd genetig', 'ymarferydd', 'ymarferydd nyrsio', 'technegydd', 'clinigwr', 'hyfforddai',
];

// The soft mutation of a word's first sound (the Welsh a role takes after the predicative "yn").
const SOFT: readonly [RegExp, string][] = [[/^p/, 'b'], [/^t(?!h)/, 'd'], [/^c(?!h)/, 'g'], [/^b/, 'f'], [/^d(?!d)/, 'dd'], [/^g/, ''], [/^m/, 'f'], [/^ll/, 'l'], [/^rh/, 'r']];
const softMutation = (role: string) => SOFT.reduce((word, [sound, mutated]) => (word === role ? role.replace(sound, mutated) : word), role);
const NASAL: readonly [RegExp, string][] = [[/^p/, 'mh'], [/^t(?!h)/, 'nh'], [/^c(?!h)/, 'ngh'], [/^b/, 'm'], [/^d(?!d)/, 'n'], [/^g/, 'ng']];
const nasalMutation = (word: string) => NASAL.reduce((w, [sound, mutated]) => (w === word ? word.replace(sound, mutated) : w), word);

/**
 * A one-word staff role, as asked ("fy1", "hcas", "pharmacists"): who is spoken of, not a subject the content lacks. A role
 * no content names ("The new FY1 just accepts whatever the sepsis alert suggests") does not make a question out of scope.
 */
const ROLE_WORDS = new Set([...ENGLISH_ROLES, ...WELSH_ROLES].filter((r) => !/[ -]/.test(r)));
export const isRoleWord = (word: string): boolean => [word, word.replace(/s$/, ''), word.replace(/es$/, '')].some((w) => ROLE_WORDS.has(w));

const byLength = (roles: readonly string[]) => [...new Set(roles)].sort((a, b) => b.length - a.length).map((r) => r.replace(/[ -]/g, '[\\s-]+'));
/** Staff roles as a pattern's alternatives, longest first (English; Welsh radical and soft-mutated). */
export const english = byLength(ENGLISH_ROLES).join('|');
export const welsh = byLength([...WELSH_ROLES, ...WELSH_ROLES.map(softMutation)]).join('|');
/** Welsh roles after "fy" ("fy myfyriwr", "fy nghydweithiwr"): the nasal mutation. */
export const welshAfterFy = byLength(WELSH_ROLES.map(nasalMutation)).join('|');
const APOSTROPHE = "['’]";

/**
 * "I'm a / I am a / as a / we're / working as [up to three words such as "band 5", "community", "student"] ROLE",
 * "ROLE here"; in Welsh "fel ROLE", "dw i'n / rwy'n / rydw i'n ROLE" and "ROLE ydw i".
 */
const SELF_DESCRIPTIONS: readonly RegExp[] = [
  new RegExp(`\\b(?:i\\s*${APOSTROPHE}?\\s*m|i\\s+am|we\\s*${APOSTROPHE}?\\s*re|we\\s+are|(?:work|working|speaking)\\s+as|as)\\s+(?:(?:an?|the)\\s+(?:[\\p{L}\\d-]+\\s+){0,3})?(?:${english})(?:s|es)?\\b`, 'giu'),
  new RegExp(`\\b(?:${english})\\s+here\\b`, 'giu'),
  new RegExp(`\\b(?:fel|(?:dw|dwi|rwy|rwyf|rydw|ydw|wi|fi)(?:\\s+i)?(?:\\s*${APOSTROPHE}?\\s*n|\\s+yn))\\s+(?:${welsh})\\b`, 'giu'),
  new RegExp(`\\b(?:${welsh})\\s+(?:ydw|dw|ydwyf|wyf)\\s+i\\b`, 'giu'),
];

/** `text` without the learner's description of their own role: "I'm a midwife, what is AI really?" reads ", what is AI really?". */
export function withoutSelfDescription(text: string): string {
  return SELF_DESCRIPTIONS.reduce((rest, pattern) => rest.replace(pattern, ' '), text);
}
