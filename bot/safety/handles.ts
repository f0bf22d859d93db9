import { all, type Found } from './identifiers';
import { isListedName, isNameLike } from './name-like';

/**
 * A name typed after "@" as a mention Teams did not make ("@Carys Llewellyn needs DPYD", "bed 4 @DafyddJenkins", "@bethan.morgan"):
 * in the text a learner sends, a real mention is markup Teams took out before redaction, so an "@" left in is a person typed by hand.
 * The handle's parts (split at a dot, an underscore or a capital: "DafyddJenkins") must each be a listed name or a word that could be
 * one (name-like.ts), and up to two capitalised words after it the same. Not the mentors, nor a group ("@HALI", "@Gwen", "@everyone"),
 * nor an email's "@" (a letter or a digit before it), nor "@ 10:30" or "@ the MDT".
 */
const HANDLE = /(?<![\p{L}\p{N}._%+-])@(\p{L}[\p{L}'’-]*(?:[._]\p{L}[\p{L}'’-]*){0,2})(\d{0,4})(?![\p{L}\p{N}@]|\.\p{L})((?: \p{Lu}[\p{Ll}'’-]+){0,2})/gu;
// Nor a machine or a mail provider typed after a lone "@" ("the @localhost address", "@gmail.com").
const NO_ONE = new Set('hali gwen everyone channel team here all general genomics genetics admin localhost gmail googlemail hotmail outlook yahoo icloud btinternet aol protonmail nhs wales'.split(' '));

/** A handle's name parts: split at dots, underscores and a capital after a small letter ("DafyddJenkins", "bethan.morgan"). */
const partsOf = (handle: string) => handle.split(/[._]|(?<=\p{Ll})(?=\p{Lu})/u).filter(Boolean);
const couldBeName = (word: string) => isListedName(word) || isNameLike(word);

export function handleNames(text: string): Found[] {
  return all(HANDLE, text, (m) => {
    const parts = partsOf(m[1]);
    if (NO_ONE.has(parts[0].toLowerCase()) || !parts.every(couldBeName)) return undefined;
    // The words after it that are a name too ("@Carys Llewellyn needs"), not a heading or an acronym ("@Bethan NICE").
    let end = m.index + 1 + m[1].length + m[2].length;
    for (const word of m[3].split(' ').filter(Boolean)) {
      if (!couldBeName(word)) break;
      end = text.indexOf(word, end) + word.length;
    }
    return { start: m.index + 1, end, kind: 'name' };
  }, '@');
}
