import { redact } from './redact';

/**
 * What staff say about themselves ("Dr Gareth Price here from ward 7 at Glan Clwyd", "I'm Gareth, the only band 7
 * pharmacist at Bronglais", "Dw i'n nyrs ar ward 7 yn Ysbyty Glan Clwyd"), taken out of text that educators will read
 * (unanswered questions, a thumbs-down's question and comment). Patient-identifier redaction keeps such words, as a
 * learner's own chat needs them; but a job, grade, ward and hospital together point to one member of staff, and
 * educators see cohorts, never individuals.
 */

const ROLE_WORDS = String.raw`nurse|staff nurse|charge nurse|sister|matron|midwife|doctor|dr|gp|registrar|consultant|sho|fy1|fy2|f1|f2|houseman|surgeon|anaesthetist|physician|pharmacist|pharmacy technician|technician|physio|physiotherapist|ot|occupational therapist|therapist|paramedic|radiographer|sonographer|dietitian|psychologist|counsellor|hca|healthcare assistant|support worker|student|trainee|manager|lead|educator|coordinator|co-ordinator|administrator|admin|clerk|receptionist|secretary|porter|scientist|podiatrist|audiologist|optometrist|dentist|health visitor|district nurse|nyrs|meddyg|fferyllydd|bydwraig|myfyriwr|myfyrwraig`;

/** Words by which a member of staff describes themself (any case). */
const SELF_WORDS = new RegExp(
  [
    // "here from ward 7", "speaking from", "writing from".
    String.raw`\b(?:here|speaking|writing) from\b`,
    // "I am a band 6 nurse", "I'm the only pharmacist", "as the lead nurse".
    String.raw`\b(?:i['’]?m|i am)\s+(?:a|an|the)\s+(?:only\s+|senior\s+|junior\s+|new\s+|newly qualified\s+|lead\s+|specialist\s+|band \d\s+)*(?:${ROLE_WORDS})\b`,
    String.raw`\bas (?:a|an|the) (?:only |senior |junior |new |lead |specialist |band \d )*(?:${ROLE_WORDS})\b`,
    // Where they work, and their grade.
    String.raw`\bi (?:work|am based|['’]?m based|am working|['’]?m working)\b`,
    // Welsh: "Dw i'n nyrs", "Rwy'n gweithio ar ward 7", "Fy enw i yw" (as in English, "dw i'n meddwl" is no description).
    String.raw`\b(?:dw i['’]?n|dwi['’]?n|rwy['’]?n|rydw i['’]?n|ydw i['’]?n)\s+(?:(?:uwch |brif |unig )?(?:${ROLE_WORDS})|gweithio)\b`,
    String.raw`\bfy enw(?: i)? yw\b`,
  ].join('|'),
  'iu',
);
/** A writer naming themself ("Dr Gareth Price here", "I'm Gareth", "this is Sister Jones"): the capital is the name's, so case counts. */
const SELF_NAMED = new RegExp(
  [
    String.raw`(?<![\p{L}])(?:[Ii]['’]?m|I am|[Tt]his is|[Mm]y name is|[Mm]y name['’]s|[Ff]i yw)\s+\p{Lu}`,
    // Welsh puts the name first: "Rhian Evans ydw i".
    // The same once redaction has taken the name: "[name removed] here", "[name removed] ydw i".
    String.raw`\[name removed\] (?:here|ydw i|dw i)\b`,
  ].join('|'),
  'u',
);
/** A name before "here" or "ydw i" ("Gareth Price here", "Rhian Evans ydw i"), unless it is a job ("Pharmacist here", "Nyrs ydw i"). */
const NAME_THEN_HERE = /^\s*(?:(?:[Hh]i|[Hh]ello|[Hh]iya|[Hh]elo|[Mm]orning|[Aa]fternoon)[, !]+)?(?:(?:Dr|Mr|Mrs|Ms|Miss|Nurse|Sister)\.? )?(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?) (?:here\b|(?:ydw i|dw i)\s*(?:[.,!;]|$))/u;
const NOT_A_WRITER_NAME = new RegExp(String.raw`^(?:${ROLE_WORDS}|sut|beth|pam|pryd|ble|os|pwy|faint|dw|ydw|rwy|rydw|hi|hello|morning)$`, 'iu');
const namesWriter = (text: string) => {
  const name = NAME_THEN_HERE.exec(text)?.[1];
  return name !== undefined && !NOT_A_WRITER_NAME.test(name);
};
const describesWriter = (text: string) => SELF_WORDS.test(text) || SELF_NAMED.test(text) || namesWriter(text);

/** Where a member of staff works: a ward, a hospital, a practice, named (the capital is the name's). */
const PLACE = /(?<![\p{L}])(?:[Ww]ard \d+|[Ww]ard \p{Lu}[\p{Ll}'’-]+|[Yy]sbyty \p{Lu}|\p{Lu}[\p{L}'’-]+ (?:[Hh]ospital|[Ii]nfirmary|[Ss]urgery|[Pp]ractice|[Mm]edical [Cc]entre|[Hh]ealth [Cc]entre))/u;

/** Said of oneself, these point to one person: the writer's name, a named ward or hospital, "the only ...", a named workplace. */
const ONLY_ONE = /\bthe only\b|\byr unig\b/iu;
const WORKS_AT_NAMED = /(?:\b[Ii] (?:work|am based|['’]?m based|am working|['’]?m working)|\bgweithio) (?:at|in|on|for|yn|ar|i) (?:the |y |yr )?\p{Lu}/u;
const identifies = (segment: string) => SELF_NAMED.test(segment) || namesWriter(segment) || PLACE.test(segment) || ONLY_ONE.test(segment) || WORKS_AT_NAMED.test(segment) || /\[name removed\]/.test(segment);

/** Pieces a message is told in: sentences, and clauses after a comma or a dash (kept, to put the text back as written). */
const SEGMENT = /((?<=[.!?;:])\s+|,\s+|\s+[-–—]\s+|\n+)/u;
/** A clause that is only a job ("ward sister", "band 6 staff nurse") or only a removed name: it says who wrote, nothing more. */
const ONLY_WHO = new RegExp(String.raw`^\s*(?:(?:the |a |an )?(?:ward |senior |junior |lead |specialist |band \d )*(?:${ROLE_WORDS})|(?:(?:dr|mr|mrs|ms|miss|mx|nurse|sister|prof)\.? )?\[name removed\])[.!;:]?\s*$`, 'iu');
/** A name with a job's title and nothing else ("Nurse Owen", "Sister Evans"): who wrote. */
const TITLED_ONLY = /^\s*(?:Dr|Nurse|Sister|Matron|Prof|Midwife)\.? \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?[.!;:]?\s*$/u;
/** A bare proper name, said right after the writer was pointed to ("ward 12, Bronglais"): where they work. */
const BARE_NAME = /^\s*(?:(?:at|in|from|yn|ym|ar) )?\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3}[.!;:]?\s*$/u;
/** A clause going on about the writer after they named themself ("I'm Gareth, the only band 7 pharmacist at Bronglais"). */
const MORE_OF_WHO = new RegExp(String.raw`^\s*(?:the |a |an )(?:only |ward |senior |junior |lead |specialist |newly qualified |band \d )*(?:${ROLE_WORDS})\b`, 'iu');

/**
 * `text` (already redacted of patient identifiers, or not) without what its writer said about themself, for educators'
 * eyes: a sentence or clause that describes the writer and asks nothing is left out; one that also asks something keeps
 * the question only when no ward, hospital or grade is in it, else the text is dropped whole (undefined). Nothing else
 * changes, word for word.
 */
export function withoutAsker(text: string): string | undefined {
  const parts = text.split(SEGMENT);
  let out = '';
  // Once the writer has been pointed to, what follows about them or a place goes too; `gap` is where the text was cut.
  let aboutWriter = false;
  let gap: string | undefined;
  for (let i = 0; i < parts.length; i += 2) {
    let segment = parts[i];
    const asks = /\?\s*$/.test(segment);
    const pointsToWriter = (describesWriter(segment) && identifies(segment)) || (aboutWriter && (MORE_OF_WHO.test(segment) || PLACE.test(segment) || BARE_NAME.test(segment)));
    if (!asks && (ONLY_WHO.test(segment) || TITLED_ONLY.test(segment) || pointsToWriter)) {
      aboutWriter = true;
      gap ??= parts[i - 1];
      continue;
    }
    if (asks && pointsToWriter) {
      // A question that names where its asker works, or says they are the only one: none of it is kept.
      if (PLACE.test(segment) || ONLY_ONE.test(segment)) return undefined;
      segment = segment.replace(/(?<![\p{L}])([Ii]['’]?m|I am|[Tt]his is|[Mm]y name is|[Ff]i yw)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?/gu, '$1 [name removed]');
    }
    const separator = gap !== undefined && !/[.!?]$/.test(out) ? gap : (parts[i - 1] ?? '');
    out += out ? separator : '';
    out += segment;
    gap = undefined;
  }
  return out.trim() || undefined;
}

/** Patient identifiers and the writer's own description out: the text an educator may read, or undefined to keep none. */
export function forEducators(text: string): string | undefined {
  return withoutAsker(redact(text).text);
}
