/**
 * Welsh as it is spoken and typed in chat, south and north, read as it is written in the content: "shwt ma AI yn gwitho"
 * is "sut mae AI yn gweithio", "odi fe'n wir?" is "ydy e'n wir?". A spoken form the content never has, read as written,
 * is a word no passage uses: it weighs as a subject the mentor lacks (mentors/terms.ts counts a Welsh word it does not
 * know as fully specific), and the mentor abstains on a question it can answer; nor does language detection (detect.ts)
 * count it as a Welsh function word. Word for word, before stemming; forms with a mutation are listed as their mutated
 * written forms ("weud" is "ddweud"), so the mutation is read as ever.
 *
 * Only forms that are no English word ("tamed", "lan", "gal" and "ma" are; "ma" and "lan" are stop words already), but
 * "sa" ("sa i'n gwybod"), which is read as a stop word either way. test/unit/welsh-spoken.test.ts checks that and
 * measures generated spoken variants of the content's own Welsh questions.
 */
const SPOKEN_WELSH: Readonly<Record<string, string>> = {
  // how, is/are, do you: "shwt", "odi", "odyn", "odw", "ych"
  shwt: 'sut', shw: 'sut', odi: 'ydy', ody: 'ydy', odyn: 'ydyn', odw: 'ydw', ych: 'ydych',
  // say, know, worry, something, someone
  gweud: 'dweud', weud: 'ddweud', gwed: 'dweud', wedodd: 'dywedodd', gwedwch: 'dywedwch', gwbod: 'gwybod', wbod: 'wybod', gwbo: 'gwybod',
  becso: 'poeni', rhwbeth: 'rhywbeth', rwbeth: 'rywbeth', rhwun: 'rhywun', rwun: 'rywun',
  // work, sometimes, want, do, like, look, can't, hear, don't
  gwitho: 'gweithio', witho: 'weithio', withe: 'weithiau', weithie: 'weithiau', isie: 'eisiau', ishe: 'eisiau', neud: 'gwneud',
  lico: 'hoffi', licen: 'hoffwn', dishgwl: 'edrych', ffili: 'methu', ffilu: 'methu', clwed: 'clywed', pido: 'peidio',
  // would, should, could: "bydde", "dyle", "galle"
  bydde: 'byddai', fydde: 'fyddai', dyle: 'dylai', ddyle: 'ddylai', galle: 'gallai', alle: 'allai',
  // get ("ca'l", typed "cal"), always, try, use, trust
  cal: 'cael', pethe: 'pethau', petha: 'pethau', wastod: 'wastad', treial: 'trio', dreial: 'trio', dreio: 'trio', iwso: 'iwsio', trysto: 'trystio',
  // not, isn't it, no: "sa i'n", "smo fe'n", "ife", "nage", "ontefe"
  sai: 'dim', sa: 'dim', smo: 'dim', ife: 'ie', nage: 'na', ontefe: 'ie', yfe: 'ie',
  // the north: say, do, write, something, things, I want, me too
  deudodd: 'dywedodd', ddudodd: 'ddywedodd', gneud: 'gwneud', sgrifennu: 'ysgrifennu',
  sgwenu: 'ysgrifennu', rwbath: 'rywbeth', rhwbath: 'rhywbeth', isho: 'eisiau', tisio: 'eisiau', finna: 'finnau', inna: 'innau',
  // the north: "sgin ti syniad" (have you any idea), "sgen i", "sgynnoch chi" are "oes gan"; ideas, babies (the content's
  // "babanod")
  sgin: 'gan', sgen: 'gan', sgynno: 'gan', sgynnon: 'gan', sgynnoch: 'gan', sgynnyn: 'gan', syniada: 'syniadau', babis: 'babanod', fabis: 'fabanod',
  // loanwords typed as said: check, really; and "peryg" (dangerous), which the content says as harmful
  testio: 'profi', desdio: 'profi', saff: 'diogel', checko: 'gwirio', tsecio: 'gwirio', tshecio: 'gwirio', jecio: 'gwirio', rili: 'wir', beryg: 'niweidiol', peryg: 'niweidiol',
};

/** `word` (normalised: lower case, no accents or apostrophes) as the content writes it, when it is a spoken Welsh form. */
export function writtenWelsh(word: string): string {
  return SPOKEN_WELSH[word] ?? word;
}

/** The spoken forms read (for the tests). */
export const SPOKEN_FORMS: readonly string[] = Object.keys(SPOKEN_WELSH);
