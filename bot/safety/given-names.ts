/**
 * Given names common among patients and relatives in Wales and the rest of the UK (Welsh, English, Scottish, Irish,
 * South Asian, African, Eastern European and others), lower-case. A capitalised given name followed by a capitalised
 * surname is a person's name even with no label beside it ("saw Gareth Williams in clinic", "Priya Sharma - result
 * back yet?"). Names that are also everyday words, products, places or mentors are left out ("Will", "Mark", "Grace",
 * "Gene", "Glyn", "Gwen"): a capital at the start of a sentence would make them names. They are WORD_NAMES, names only where
 * the text marks a person.
 */
const WELSH =
  'alys bleddyn dilwyn llywelyn pedr pryderi alaw anest cai eben efa einion elliw gwion hedd jac lleucu mabon macsen nanw nel twm aled alun alwyn aneira angharad anwen arwel arwyn bethan betsan cadi caradog carwyn carys catrin ceinwen ceri cerys cledwyn dafydd dai delyth deiniol dewi dilys dyfan dylan eifion eirian eirlys eiry eleri elin elinor elis emlyn emrys emyr eurig ffion gaenor gareth garmon geraint gethin glenys gruffudd gruffydd gwenan gwenllian gwilym gwyneth harri heddwyn heledd hefin hywel idris ieuan ifan ifor ioan iolo iwan llinos llio llŷr llyr lowri luned mabli mair manon mared meinir meirion meleri menna mererid morfudd myfanwy nerys nia olwen osian owain owen peredur rhiannon rhian rhidian rhodri rhun rhydian rhys sian siân siôn sion steffan sioned tegan tegwen teleri tirion tomos trefor tudur wynne huw iestyn bryn ianto seren branwen ' +
  // Older and less common Welsh names, some of them Welsh dictionary words too ("Elen", "Fflur", "Heulwen"): without the list a
  // name after a title or a cue is read as a word and stays ("her name's Nesta Ffransis", "elen wyn 79yo").
  'nesta gwynfor gwenno iorwerth elfed gwerfyl tegid cynog dyfrig elwyn berwyn bronwen buddug caryl ceridwen dwynwen eluned esyllt gwladys ' +
  'gwenda gwendolen marged morwenna owena rhonwen siwan tanwen tesni annest ynyr idwal gwydion madog maredudd meredydd illtud islwyn ' +
  'myrddin rhisiart siencyn elgan deian ffinian trystan tecwyn llion wil gwenfair eirwen nansi sali beca begw ela lois gwennan eilir ' +
  'ithel gwyndaf dyddgu eurwen heddwen arianwen ffraid gwenhwyfar morfydd nona elen enid mari cynan heulwen glesni elain medwen fflur';
const ENGLISH =
  'aaron abigail adam adrian agnes aidan alan albert alexander alexandra alfie alice alison amanda amelia amy andrea andrew angela anna anne annie anthony archie arthur ashley audrey barbara barry beatrice ben benjamin bernard beryl bethany betty beverley brenda brian bridget callum cameron carl caroline catherine charles charlie charlotte chloe christine christopher claire clare colin connor craig daniel danielle darren david debbie deborah declan denise dennis derek diane donna dorothy douglas duncan edward eileen elaine eleanor elizabeth ella ellie emily emma eric ethan evelyn fiona frances freddie freya gail gary gemma geoffrey george gerald gillian gordon graham hannah harold harriet harry helen henry howard ian irene isaac isabel isabella isla jacob james jamie jane janet janice jason jeffrey jennifer jessica joan joanne john jonathan joseph joshua joyce judith julia julie karen kathleen katie keith kelly kenneth kevin kieran kimberley laura lauren leah leanne lee leo lesley lewis liam linda lisa logan louise lucy luke lynne madison malcolm margaret maria marion martin mary matthew maureen megan melanie michael michelle mildred millie mohammed molly muriel natalie nathan neil nicholas nicola noah norma oliver olivia oscar pamela patricia paul pauline peter philip phoebe rachel rebecca richard robert rosemary ruth ryan samantha samuel sandra sarah scott sean sharon sheila shirley simon sophie stephanie stephen steven stuart susan teresa theresa thomas timothy tracey trevor valerie vanessa vera wayne wendy william zoe kayleigh';
const SCOTTISH_IRISH = 'aileen aoife ciara ciaran ciarán cian colm dermot eamon éamon eimear eoin fergus finlay gráinne grainne hamish iain kirsty mairead máiréad niamh oisín oisin padraig pádraig roisin róisín seamus séamus seán shona siobhan siobhán sorcha caoimhe áine aine bríd síle tadhg ruairí cathal caitríona clodagh deirdre nuala máire orla dónal';
const SOUTH_ASIAN =
  'ahmed raj aarav aisha amit anil anita anjali arjun asha ayesha bilal deepak farah farhan fatima gurpreet hamza harjit harpreet imran jaspreet kamal kavita kiran lakshmi manpreet meera mohammad muhammad nadia naveen neha nisha parveen pooja priya rahul rajesh ravi rohan sanjay shabnam shanti sunil sunita tariq usman vikram yasmin zainab zara';
const AFRICAN_CARIBBEAN = 'abimbola adaeze adebayo adewale amara ayodele chidi chinedu chioma chukwuemeka emeka folake funmilayo kofi kwame kwabena ngozi nkechi obinna oluwaseun oluwatobi segun tendai thandiwe tunde yaw olusegun yetunde';
const EUROPEAN = 'agnieszka aleksandra andrzej anna bogdan dorota elena ewa florin ioana jakub joanna katarzyna krzysztof magdalena marek marta mateusz mihai monika olena oksana piotr tomasz vasile wojciech zofia';

const EAST_ASIAN = 'wei ying jing mei xin hui jun ming hiroshi yuki haruto kenji minh linh thanh';

export const GIVEN_NAMES: ReadonlySet<string> = new Set([WELSH, ENGLISH, SCOTTISH_IRISH, SOUTH_ASIAN, AFRICAN_CARIBBEAN, EUROPEAN, EAST_ASIAN].join(' ').split(' '));

/**
 * Given names that are also everyday words ("Bill", "Rose", "Faith"; in Welsh "Haf" summer, "Gwawr" dawn, "Wyn" white), or a mentor's
 * ("Gwen", whom learners address: "Gwen, what is a VUS?", "diolch Gwen", "ask Gwen about DPYD"): a name only before a surname from
 * SURNAMES ("Bill Prosser", "Rose Lewis", "Gwen Jones"), where the pair can be nothing else, or where a title, a label, a relative or a
 * ward's shorthand marks a person (placed-names.ts, names.ts: "Mrs Gwen", "pt wyn", "gwely 4 haf 67 oed", "Nain Gwen").
 */
export const WORD_NAMES: ReadonlySet<string> = new Set('bill bob rose faith hope grace joy will mark gene glyn beth ruby holly ivy daisy jack jay dawn june may april summer sunny hazel amber pearl violet patience honor honour sky robin ray drew frank guy lance rich chance eve hunter mercy medi pat glen eira haf awen gwawr rhosyn wyn seren alaw gwen'.split(' '));

/**
 * Surnames common among patients in Wales and the rest of the UK, lower-case: beside a bed or an age, after an initial or after a
 * given name that is also a word, one of these is a person ("B24 GREEN", "W. Patel", "Bob Thomas (73)"). The eponyms learning
 * needs (Lynch, Down, Turner, Marfan, Huntington) are not here.
 */
export const SURNAMES: ReadonlySet<string> = new Set(
  (
    'jones williams davies davis evans thomas roberts hughes lewis morgan griffiths griffith edwards owen owens price rees reese james jenkins phillips parry rice bird moss ' +
    'lloyd powell pritchard harris morris rowlands rowland howells howell watkins humphreys pugh puw probert prosser vaughan bowen bevan gwynne ifans ' +
    'meredith llewellyn llywelyn rhys pryce preece hopkins jenkin gittins bellis cadwaladr parri wynne wyn tudor beddoe ellis elis harries ' +
    // Welsh surnames as Welsh spells them, some of them dictionary words too ("Prys", "Ffransis", "Llwyd").
    'prys ffransis huws dafis llwyd rhydderch prydderch eynon watcyn hopcyn maddocks meredydd ifan bebb iorwerth gruffudd gruffydd mathias protheroe ' +
    // Other spellings Welsh families keep ('Llewelyn', 'Cadwalader', 'Ffowc').
    'llewelyn llewellin cadwalader ffowc ffowcs ffoulkes foulkes ' +
    'smith brown taylor wilson johnson white green hall walker wright robinson thompson hill clarke clark wood harrison jackson martin cooper ward ' +
    'turner king baker allen young wilkinson anderson mitchell kelly moore cook bailey bell shaw scott adams fisher marshall mason chapman dixon ' +
    'hunt holmes palmer knight ross butler barnes webb fox stevens stewart russell murphy gray grey rogers simpson ellis fletcher watson ' +
    'cole hayes gibson pearce pierce sharp sharpe dawson carter poole long major bishop hope wells rose ' +
    'patel khan ahmed ali hussain shah begum singh kaur sharma chowdhury rahman iqbal akhtar malik okafor okoye adeyemi mensah nwosu ' +
    'kowalski kowalska nowak wisniewski wiśniewska lewandowski kaminski zielinski popescu ionescu chen wang li zhang liu nguyen tran ' +
    "o'brien obrien o'neill oneill o'connor murray walsh byrne ryan doyle mccarthy macdonald mackenzie campbell fraser"
  ).split(' '),
);

/** Whether every part of `word` is a listed surname, a possessive aside ("Jones's", "Lloyd-Jones"): a word name's surname (WORD_NAMES). */
export function isListedSurname(word: string): boolean {
  return word.toLowerCase().replace(/['’]s$/, '').split('-').every((part) => SURNAMES.has(part));
}

/**
 * The people places, bodies and ideas are named after, who follow a given name in what staff ask and must stay, by surname with
 * the given names they go by: NHS Wales's health boards (Aneurin Bevan, Betsi Cadwaladr, Hywel Dda), the people of reviews,
 * principles and science (Florence Nightingale, Alan Turing, Ada Lovelace, Rosalind Franklin, Fiona Caldicott, Alexander Fleming,
 * Edward Jenner, Archie Cochrane), criteria (Simon Broome), charities (Paul Sartori, Marie Curie), Welsh culture (Dylan Thomas,
 * Owain Glyndŵr, Dafydd ap Gwilym) and Father Christmas (Siôn Corn); the theorists nurses and doctors are taught (Patricia Benner,
 * Virginia Henderson, Cicely Saunders, Julian Tudor Hart, the Roper-Logan-Tierney model, Gibbs's and Kolb's cycles), the authors of
 * public-health and safety reviews (Michael Marmot, Robert Francis, Don Berwick) and Wales's health ministers (Eluned Morgan). Only
 * the pair: "Iestyn Bevan" is a patient.
 */
const FAMOUS = `aneurin bevan, nye bevan, betsi cadwaladr, hywel dda, florence nightingale, alan turing, ada lovelace, francis crick,
  rosalind franklin, benjamin franklin, gregor mendel, charles darwin, fred sanger, frederick sanger, eric topol, fiona caldicott,
  ben goldacre, robert wachter, bob wachter, benjamin bloom, geoffrey hinton, dewi sant, james watson, simon broome, paul sartori,
  marie curie, siôn corn, sion corn, rachel carson, james lind, john snow, mary seacole, charles babbage, isaac newton, thomas bayes,
  elizabeth garrett, alexander fleming, edward jenner, joseph lister, jennifer doudna, barbara mcclintock, archie cochrane,
  richard doll, craig venter, john sulston, paul nurse, john burn, john bell, robert guthrie, leo kanner, thomas morgan,
  thomas hunt, john down, john langdon, william osler, dylan thomas, owain glyndŵr, owain glyndwr, dafydd gwilym, gwilym dafydd,
  henry lynch, william harvey, edward wilson, william withering, john hunter, james simpson, jonas salk, louis pasteur,
  robert koch, ignaz semmelweis, angelina jolie, sally davies, chris whitty, frank atherton, hippocrates, tim berners-lee, steve jobs, bill gates, sam altman,
  patricia benner, virginia henderson, jean watson, dorothea orem, hildegard peplau, madeleine leininger, callista roy, betty neuman,
  nancy roper, winifred logan, alison tierney, logan tierney, cicely saunders, elisabeth kubler-ross, elizabeth kubler-ross,
  elisabeth kübler-ross, elizabeth kübler-ross, julian tudor, julian hart, michael marmot, margaret whitehead, graham gibbs, david kolb,
  donald schön, donald schon, chris johns, gary rolfe, abraham maslow, carl rogers, malcolm knowles, don berwick, robert francis,
  eluned morgan, vaughan gething, mark drakeford, jeremy miles`;

export const NAMED_AFTER: ReadonlyMap<string, ReadonlySet<string>> = FAMOUS.split(',')
  .map((pair) => pair.trim().split(/\s+/))
  .filter((words) => words.length === 2)
  .reduce((map, [given, surname]) => map.set(surname, new Set([...(map.get(surname) ?? []), given])), new Map<string, Set<string>>());

/** Whether a given name and a surname are a famous person's, whom staff name in what they ask ("Alan Turing", "Hywel Dda"). */
export function namedAfter(given: string, surname: string): boolean {
  return NAMED_AFTER.get(surname.toLowerCase())?.has(given.toLowerCase()) ?? false;
}
