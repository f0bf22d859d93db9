import { GIVEN_NAMES, WORD_NAMES } from './given-names';
import { all, type Found } from './identifiers';
import { isEverydayEnglish, isListedName, isNameLike } from './name-like';

/**
 * Names as a referral or a pasted record heads them, with no title or label: a surname with a particle first where a line starts
 * ("Mac an tSaoir, Seán 12/03/1956", "Ó Súilleabháin, Máire - 63F", "ap Hywel, Catrin"), and a given name alone after what a
 * referral's subject says it is about ("referral for Siân, 54, breast lump", "re: Gareth 12/03/1956", "ynghylch Megan, lwmp yn y
 * fron"). The names science keeps ("De novo, 2 variants", "Le Fort, 3 cases", "van der Waals, forces") have no given name after
 * the comma; a condition or a team after a referral's cue ("referral for Lynch, 54 families", "re: BRCA1, 2 questions") is no listed
 * given name.
 */

/** Where a line starts, with what may head it: a list's mark, "Re:", "Next:", "pt:" (as normalise.ts lays lines out). */
const LINE_START = String.raw`(?:^|[\n:;])[ \t]*(?:[-•*>.][ \t]*)?(?:(?:Re|RE|Fwd|FW|Next|Handover|Also|Then|Pt|pt|Patient|patient|Claf|claf)[:,]?[ \t]+)?`;
/**
 * A surname's particles before its capitalised part: Irish and Gaelic with their article and the mutation's letter ("Mac an tSaoir",
 * "Nic Giolla Bhríde", "Ó Súilleabháin", "Uí Bhriain"), Welsh ("ap Hywel", "ferch Gruffudd") and continental ("van der Berg", "di
 * Stefano"), and in a record's capitals ("MAC AN tSAOIR", "AP HYWEL").
 */
const PARTICLES = String.raw`(?:(?:Mac|Mhic|Nic|Ní|Uí|Ó|MAC|MHIC|NIC|NÍ|UÍ) (?:(?:an|na|Giolla|Ghiolla|an Ghiolla|AN|NA|GIOLLA) )?(?:[tnhmbdg]h?)?|(?:[Aa]p|[Aa]b|[Ff]erch|[Vv]erch|AP|AB|FERCH|VERCH) |(?:(?:[Vv]an|[Vv]on|[Dd]e|[Dd]u|[Dd]a|[Dd]i|[Dd]el|[Dd]ella|der|den|[Ll]e|[Ll]a|[Dd]os|[Dd]as|VAN|VON|DE|DU|DA|DI|DEL|DER|LE|LA) ){1,2})`;
const PARTICLE_SURNAME_FIRST = new RegExp(String.raw`${LINE_START}(${PARTICLES}\p{Lu}[\p{L}'’-]+, (\p{Lu}\p{Ll}[\p{L}'’-]*))(?![\p{L}'’-])`, 'gu');
/**
 * An age (bracketed or not) or a whole date straight after a name, past a comma, a dash or a slash: what makes a word a person's name
 * ("ap Hywel, Tegwared 12/03/1956", "referral for siân, 54", "Re: Siân - 67F").
 */
const AGE_OR_DATE_AFTER = /^(?:[,/]|,? [-–])? ?\(?(?:(?:aged |age )?\d{1,3}(?: ?(?:yo|y\/o|yrs?|years? old|oed|[MFBG]))?\)?(?![\d./:-])|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?!\d))/u;

const isGiven = (word: string) => GIVEN_NAMES.has(word.toLowerCase());
/** A given name that is also a word, Welsh or a mentor's ("Haf", "Gwen"), not one English uses as a word ("Hope", "May"). */
const isWordGiven = (word: string) => WORD_NAMES.has(word.toLowerCase()) && !isEverydayEnglish(word);

function particleSurnamesFirst(layout: string): Found[] {
  return all(PARTICLE_SURNAME_FIRST, layout, (m) => {
    const given = m[2];
    const end = m.index + m[0].length;
    const named = isGiven(given) || isWordGiven(given) || ((isNameLike(given) || isListedName(given)) && AGE_OR_DATE_AFTER.test(layout.slice(end, end + 20)));
    return named ? { start: end - m[1].length, end, kind: 'name' } : undefined;
  }, /, \p{Lu}/u);
}

/**
 * What a referral or a message's subject says it is about, in English and Welsh: "referral for", "re:", "ref:", "FAO", "regarding",
 * "ynghylch", "atgyfeiriad ar gyfer", "parthed", "cyf:", "mewn perthynas â".
 */
const CUE = String.raw`(?:[Uu]rgent |[Nn]ew |URGENT |NEW )?(?:[Rr]eferral|REFERRAL) (?:for|of|FOR)|[Rr]eferred for|[Rr]e:?|RE:?|[Rr]ef:?|REF:?|FAO:?|[Ff]\.a\.o\.?:?|[Rr]egarding|[Qq]uery re|[Yy]nghylch|(?:[Aa]tgyfeiriad|ATGYFEIRIAD)(?: newydd)? ar gyfer|[Pp]arthed|[Cc]yf:|[Mm]ewn perthynas (?:â|ag)`;
const GIVEN_AFTER_CUE = new RegExp(String.raw`(?<![\p{L}])(?:${CUE}) (\p{L}\p{Ll}[\p{Ll}'’-]*)(?![\p{L}'’-])`, 'gu');
/** Or, for a capitalised given name, the next item of the subject after a comma, a dash or a slash ("referral for Siân, breast lump"). */
const NEXT_ITEM = /^(?:,|\/| [-–] )/u;

function givenNamesAfterCues(text: string): Found[] {
  return all(GIVEN_AFTER_CUE, text, (m) => {
    const end = m.index + m[0].length;
    const next = text.slice(end, end + 20);
    // In lower case only before an age or a date ("referral for siân, 54"): a listed name may be a word too. So may a given name that
    // is also a word, in any case: "FAO Gwen, quick question" asks the mentor.
    const aged = AGE_OR_DATE_AFTER.test(next);
    const person = aged || (/^\p{Lu}/u.test(m[1]) && NEXT_ITEM.test(next));
    return (isGiven(m[1]) && person) || (isWordGiven(m[1]) && aged) ? { start: end - m[1].length, end, kind: 'name' } : undefined;
  });
}

/** The names above: `layout` is the text laid out in its lines (normalise.ts). */
export function referralNames(text: string, layout: string): Found[] {
  return [...particleSurnamesFirst(layout), ...givenNamesAfterCues(text)];
}
