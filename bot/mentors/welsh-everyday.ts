/**
 * Everyday Welsh words with the English word each means: there is no Welsh word-frequency list on npm,
 * so a Welsh word is taken to be as everyday as its English meaning is in spoken English (SUBTLEX-UK).
 * "camgymeriad" is as common a word as "mistake", "menyw" as "woman"; a Welsh word not listed here
 * ("cynenedigol", antenatal) counts as fully specific, as a rare English word does.
 *
 * Ordinary words of daily life, by field, singular and unmutated (retrieval folds plurals and mutations
 * first). Not clinical or AI terms: those are subjects, and the mentors' terms tables and content name them.
 * Not Welsh words spelt like a different English word ("math", "pen", "son", "cam"): an English question uses them too.
 */
const NAMING: Readonly<Record<string, string>> = {
  // people
  menyw: 'woman', dynes: 'woman', gwraig: 'wife', dyn: 'man', gwr: 'husband', mam: 'mother', tad: 'father', rhiant: 'parent',
  plentyn: 'child', plant: 'children', babi: 'baby', baban: 'baby', mab: 'son', merch: 'daughter', brawd: 'brother',
  chwaer: 'sister', ffrind: 'friend', cyfaill: 'friend', pobl: 'people', rheolwr: 'manager', meddyg: 'doctor', nyrs: 'nurse',
  bydwraig: 'midwife', fferyllydd: 'pharmacist', ffisiotherapydd: 'physiotherapist', ymgynghorydd: 'consultant',
  cofrestrydd: 'registrar', ysgrifenyddes: 'secretary', gweinyddwr: 'administrator', gwyddonydd: 'scientist', perthynas: 'relative', cymydog: 'neighbour', myfyriwr: 'student', athro: 'teacher', bos: 'boss',
  // time
  amser: 'time', diwrnod: 'day', dydd: 'day', wythnos: 'week', mis: 'month', blwyddyn: 'year', bore: 'morning', nos: 'night',
  noson: 'night', heno: 'tonight', yfory: 'tomorrow', ddoe: 'yesterday', munud: 'minute', awr: 'hour', parod: 'ready',
  hwyr: 'late', cynnar: 'early',
  // things and ideas
  camgymeriad: 'mistake', problem: 'problem', cwestiwn: 'question', ateb: 'answer', enw: 'name', rhan: 'part',
  rheswm: 'reason', syniad: 'idea', cais: 'request', gair: 'word', llythyr: 'letter', neges: 'message', ffon: 'phone', cyfrifiadur: 'computer',
  papur: 'paper', llyfr: 'book', tudalen: 'page', stori: 'story', newyddion: 'news', arian: 'money', bywyd: 'life', byd: 'world',
  gwlad: 'country', cartref: 'home', ty: 'house', ystafell: 'room', bwyd: 'food', dwr: 'water', llaw: 'hand',
  llygad: 'eye', bron: 'almost', calon: 'heart', corff: 'body', gwaed: 'blood', poen: 'pain', tro: 'turn', help: 'help',
  cymorth: 'help', cyngor: 'advice', gwybodaeth: 'information', manylion: 'details', ffaith: 'fact', sgwrs: 'conversation',
  cyfarfod: 'meeting', grwp: 'group', tim: 'team', cwmni: 'company', swyddfa: 'office', ysgol: 'school', gwasanaeth: 'service',
  popeth: 'everything', rhestr: 'list', ffurflen: 'form', nodyn: 'note', trafferth: 'trouble', pryder: 'worry', sefyllfa: 'situation',
  // how things are
  drwg: 'bad', gwael: 'poor', cywir: 'correct', anghywir: 'wrong', hawdd: 'easy', anodd: 'difficult', mawr: 'big', bach: 'small',
  hen: 'old', ifanc: 'young', pwysig: 'important', diddorol: 'interesting', defnyddiol: 'useful', diogel: 'safe',
  peryglus: 'dangerous', arferol: 'usual', cyffredin: 'common', tebyg: 'similar', clir: 'clear', araf: 'slow', llawn: 'full',
  du: 'black', gwyn: 'white', coch: 'red', cyntaf: 'first', olaf: 'last', nesaf: 'next', gwir: 'true', hapus: 'happy',
  trist: 'sad', prysur: 'busy', blinedig: 'tired', sal: 'ill', iach: 'healthy', llai: 'less', digon: 'enough', cymaint: 'much',
  sylfaenol: 'basic', peiriant: 'machine', gormod: 'much', diwedd: 'end', aelod: 'member', clinigwr: 'clinician', diolchgar: 'grateful', brys: 'hurry', ofnadwy: 'terrible', gwych: 'great', ffug: 'fake', rhyfedd: 'strange', twp: 'stupid',
  // as typed in chat: spoken forms and everyday loans ("nesa", "tŵl", "rwtsh", "ots" in "does dim ots")
  nesa: 'next', twl: 'tool', rwtsh: 'rubbish', ots: 'matter', modryb: 'aunt', meddygfa: 'surgery', rhif: 'number', lefel: 'level',
  ochr: 'side', pwynt: 'point', prosiect: 'project', cynnyrch: 'product', cwrs: 'course', adnodd: 'resource', sgil: 'skill',
  copi: 'copy', pwnc: 'subject', barn: 'opinion', dau: 'two', dwy: 'two', hir: 'long', positif: 'positive',
  gweddill: 'rest', llawdriniaeth: 'operation', cymraeg: 'welsh', saesneg: 'english',
  // errands of a working day, as "buy a coffee", "print a document", "count my hours" are in English ("oriau" is "awr"'s own plural)
  coffi: 'coffee', te: 'tea', dogfen: 'document', oriau: 'hours', cyflog: 'pay', gwyliau: 'holiday', car: 'car',
};

/**
 * Everyday verb-nouns. A Welsh verb-noun is a noun as often as a verb ("ar ôl geni", after birth; "trin", to treat
 * and treatment), and no Welsh tagger tells which in context, so these are never taken for talk.
 */
const DOING: Readonly<Record<string, string>> = {
  // doing, saying and thinking
  meddwl: 'think', credu: 'believe', delio: 'deal', teimlo: 'feel', clywed: 'hear', siarad: 'talk', dweud: 'say', gofyn: 'ask',
  derbyn: 'accept', cytuno: 'agree', gwrthod: 'refuse', helpu: 'help', cefnogi: 'support', trin: 'treat', gofalu: 'care',
  dechrau: 'start', gorffen: 'finish', stopio: 'stop', aros: 'wait', newid: 'change', symud: 'move', troi: 'turn', colli: 'lose',
  ennill: 'win', ffeindio: 'find', chwilio: 'search', edrych: 'look', darllen: 'read', ysgrifennu: 'write', teipio: 'type',
  anfon: 'send', rhannu: 'share', cofio: 'remember', anghofio: 'forget', dysgu: 'learn', deall: 'understand', poeni: 'worry',
  ofni: 'fear', hoffi: 'like', caru: 'love', talu: 'pay', cysylltu: 'contact', ffonio: 'phone', trefnu: 'arrange',
  paratoi: 'prepare', ceisio: 'try', trio: 'try', llwyddo: 'succeed', methu: 'fail', effeithio: 'affect', achosi: 'cause',
  cynnwys: 'include', dangos: 'show', tynnu: 'pull', agor: 'open', cau: 'close', bwyta: 'eat', yfed: 'drink', cysgu: 'sleep',
  byw: 'live', marw: 'die', geni: 'born', tyfu: 'grow', codi: 'raise', cwympo: 'fall', torri: 'break', gadael: 'leave',
  cyrraedd: 'arrive', dilyn: 'follow', arwain: 'lead', galw: 'call', ymddiried: 'trust', cyfaddef: 'admit', beio: 'blame',
  // as typed in chat: spoken forms and everyday loans ("deud", "sgwennu", "iwsio", "tsiecio")
  deud: 'say', sgwennu: 'write', iwsio: 'use', tsiecio: 'check', trystio: 'trust', riportio: 'report', clicio: 'click',
  copio: 'copy', holi: 'ask', gyrru: 'send', archebu: 'order', gwerthu: 'sell', gwella: 'improve', dyfalu: 'guess',
  bodoli: 'exist', cwestiynu: 'question', trosglwyddo: 'transfer', drysu: 'confuse',
  // said of what came up on shift, in the past ("soniodd un o'r meddygon", "cododd y peth yn y cyfarfod")
  soniodd: 'mentioned', cododd: 'raised', dywedodd: 'said', gofynnodd: 'asked',
  prynu: 'buy', argraffu: 'print', cyfri: 'count', cyfrif: 'count', parcio: 'park',
};

/**
 * Everyday adverbs and linking words: the talk around what is asked, as the English part-of-speech tagger
 * reads "always" or "actually" (word-class.ts), which has no Welsh model.
 */
const TALK: Readonly<Record<string, string>> = {
  wastad: 'always', weithiau: 'sometimes', aml: 'often', arfer: 'usually', eisoes: 'already', heb: 'without', wrth: 'while',
  oherwydd: 'because', ystod: 'during', trwy: 'through', drwy: 'through', cwmpas: 'around', tua: 'about', cystal: 'well',
  ystyried: 'consider', tueddu: 'tend',
  // "hyd" is said most in "dod o hyd" (find), "o hyd" (still) and "hyd yn oed" (even)
  hyd: 'find',
};

export const WELSH_EVERYDAY: Readonly<Record<string, string>> = { ...NAMING, ...DOING, ...TALK };

/** The everyday Welsh words that are talk rather than names (adverbs, linking words), unmutated. */
export const WELSH_TALK: readonly string[] = Object.keys(TALK);
