/**
 * A question can name a subject the content is about and ask something of it the content never says: "will AI take my
 * job", "which AI company should I buy shares in", "who invented AI", "what GPU do I need to train an LLM", "what is the
 * survival rate for BRCA breast cancer", "the best diet for high cholesterol". Its subject words find the passage about
 * AI, LLMs or BRCA, which answers something else. Each aspect here is what such a question asks (its job, money,
 * history, hardware, outlook, diet, treatment), in English and Welsh, with the words a passage would use if it
 * covered it: a passage that never does is not the answer, and the mentor says it does not have that yet.
 */
import { withoutAuxiliarySlips } from './spelling';
import { withoutPlaceholders } from '../safety/redact';
export interface Aspect {
  readonly name: string;
  /** The question asks this of its subject. */
  readonly asks: RegExp;
  /** A passage with any of these words says something about it. */
  readonly covers: RegExp;
  /**
   * A clinical aspect (a dose, a diet, a treatment, an outlook). Asked of what an AI tool did or should do ("ChatGPT gave
   * me the wrong dose", "can Copilot write a diet sheet"), it is the tool's task, and the question is about the tool; asked
   * in the light of genes ("what dose of clopidogrel for a CYP2C19 poor metaboliser"), it is about what genes mean for it.
   * Either way it is what the mentors teach, and is answered as ever.
   */
  readonly clinical?: boolean;
}

// Whole words (or a word's start, where a pattern ends in \p{L}*): \b is ASCII-only, so Welsh letters need lookarounds.
export const words = (pattern: string) => new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${pattern})(?![\p{L}\p{N}])`, 'iu');

/** Tools as products: "AI scribe", "chatbot", "LLM", "app". */
const PRODUCTS = String.raw`(?:ai\s+)?(?:scribes?|chatbots?|tools?|apps?|llms?|models?|products?|software|systems?|platforms?|assistants?|brands?)`;
const CYNHYRCHION = String.raw`(?:sgribydd\p{L}*|ysgrifennydd\p{L}*|teclyn\p{L}*|declyn\p{L}*|offeryn\p{L}*|ap|apiau|sgwrsfot\p{L}*|chatbot|meddalwedd|system)(?:\s+AI)?`;

export const ASPECTS: readonly Aspect[] = [
  {
    name: 'jobs and careers',
    asks: words(
      String.raw`(?:take|taking|takes|steal|stealing|replace|replacing|cost|costing)\s+(?:over\s+)?(?:my|our|your|their|people['’]?s|nurses['’]?|doctors['’]?|staff)\s+(?:jobs?|careers?|roles?)` +
        String.raw`|(?:put|putting)\s+(?:me|us|nurses|doctors|staff|people)\s+out of (?:a )?(?:jobs?|work)|careers?|salary|salaries|pay band|vacanc(?:y|ies)|job (?:advert|opening|application)s?` +
        String.raw`|how (?:do|can|would|could|should) (?:i|you|someone|one) (?:become|train as|train to be|qualify as|get a job as)` +
        String.raw`|(?:cymryd|gymryd|dwyn|ddwyn|disodli|ddisodli)\s+(?:fy|ein|eich|eu)\s+(?:swydd|swyddi|ngwaith|ngyrfa|gwaith|gyrfa)|gyrfa|ngyrfa|cyflog|sut (?:mae|ydw i|dw i|alla i|galla i) (?:dod yn|mynd yn|hyfforddi i fod yn|cymhwyso fel)`,
    ),
    // Jobs lost or changed, not "a job" meaning a task ("good at one job") or "my job" meaning my work.
    covers: words(String.raw`(?:jobs?|roles?) (?:will|could|may|might) (?:change|go|disappear|be (?:lost|replaced))|replac\p{L}* (?:staff|nurses|doctors|clinicians|people|jobs|humans|you|professionals)|workforce|careers?|salary|swyddi|gyrfa|ngyrfa|gweithlu|disodli`),
  },
  {
    name: 'shares and investment',
    asks: words(String.raw`(?:buy|buying|sell|selling|own)\s+shares|shares in|share price|stock market|stocks and shares|invest(?:ing|ment|ments|or|ors)?\s+in|crypto\p{L}*|cyfranddaliad\p{L}*|[bf]uddsoddi\p{L}*|mfuddsoddi\p{L}*|marchnad stoc`),
    covers: words(String.raw`invest\p{L}*|stocks?|shares in|buddsoddi\p{L}*|cyfranddaliad\p{L}*`),
  },
  {
    name: 'price',
    asks: words(
      String.raw`how much (?:does|do|is|are|will|would)\b[^?.!]{0,60}(?:cost|charge)|how much is (?:a|an|the)|price (?:of|for)|what does (?:it|a|an|the)[^?.!]{0,40} cost|cost of (?:a|an|the|buying|getting)` +
        // "a ballpark cost per family", "the cost per test"
        String.raw`|costs? per|(?:ballpark|rough|roughly|estimated|approximate|average|typical) (?:cost|price)|cost fesul|pris fesul` +
        String.raw`|faint (?:mae|yw|ydy|fydd)[^?.!]{0,60}(?:costio|gostio|cost|gost|pris|bris)|pris|beth yw['’]r gost`,
    ),
    covers: words(String.raw`costs?|costing|price\p{L}*|prices|charged?|free of charge|funded|fees?|pris\p{L}*|costio|gost|am ddim|ariannu`),
  },
  {
    // Which product is best ("which AI scribe works best for consultations held in Welsh?", "best chatbot for writing letters"):
    // the content teaches how to judge a tool and what Wales has said, and names products only as examples, never as the best.
    name: 'which product is best',
    asks: words(
      String.raw`(?:which|what)\s+(?:\p{L}+\s+){0,2}?${PRODUCTS}\s+(?:\p{L}+\s+){0,2}?(?:is|are|works?|would\s+be|performs?|does)\s+(?:the\s+)?(?:best|better|most\s+accurate)|(?:which|what)\s+(?:is|are)\s+(?:the\s+)?best\s+(?:\p{L}+\s+){0,2}?${PRODUCTS}|(?:the\s+)?best\s+(?:\p{L}+\s+){0,2}?${PRODUCTS}\s+(?:for|to|on\s+the\s+market)|(?:which|what)\s+(?:brand|make|product|supplier|vendor)\s+(?:of\s+)?(?:\p{L}+\s+){0,2}?${PRODUCTS}` +
        String.raw`|pa\s+(?:\p{L}+\s+){0,2}?${CYNHYRCHION}\s+(?:\p{L}+\s+){0,2}?(?:sydd|sy['’]n|yw|ydy|ydi)(?:['’]r)?\s+(?:yn\s+)?(?:gweithio\s+)?(?:orau|gorau|well)|(?:y|yr|yw['’]r|ydy['’]r|ydi['’]r)\s+${CYNHYRCHION}\s+(?:AI\s+)?gorau`,
    ),
    covers: words(String.raw`(?:is|are)\s+the\s+best\s+(?:tool|scribe|app|chatbot|product)`),
  },
  {
    // A patient or relative recording a consultation themselves ("are patients allowed to record their consultation on their own
    // phone?", "can a relative film the ward round?"): the scribe passages are about a tool the service chose recording with
    // consent, and none says what a patient may record.
    name: 'a patient recording a consultation',
    asks: words(
      String.raw`(?:patients?|relatives?|famil(?:y|ies)|parents?|carers?|service\s+users?|mums?|dads?)\s+(?:(?!(?:scribes?|ai|tools?|apps?|systems?|software|device|computer)\s)\p{L}+\s+){0,3}?(?:record|records|recording|recorded|film|films|filming|filmed|video|videoing|tape|taping)\s+(?:\p{L}+\s+){0,3}?(?:consultations?|appointments?|visits?|ward\s+rounds?|conversations?|us|me|staff|doctors?|nurses?)` +
        String.raw`|(?:claf|glaf|cleifion|gleifion|perthnas\p{L}*|berthnas\p{L}*|teulu|deulu|rhieni)\s+(?:(?!(?:sgribydd|AI|ap|teclyn|system|meddalwedd)\s)\p{L}+\s+){0,3}?(?:recordio|ffilmio|tapio)`,
    ),
    covers: words(String.raw`patients?\s+(?:may|can|are\s+allowed\s+to)\s+(?:record|film)|on\s+their\s+own\s+(?:phone|device)|cleifion\s+(?:gael\s+)?recordio`),
  },
  {
    name: 'history and inventors',
    asks: words(
      // Not a family, medical or patient's history, nor Welsh "dyfeisio" (making things up, as a chatbot does).
      String.raw`who (?:(?:actually|really|originally|exactly) )?(?:invented|created|came up with|discovered|founded|made|coined|first)|(?:named|called) after|where (?:does|did) (?:the|its|it get its) name (?:\p{L}+ ){0,3}come from|(?:first|originally) (?:came|come) out|(?:first|originally) (?:released|launched)|inventors?|(?<!(?:family|medical|clinical|drug|patient['’]?s?|their|his|her|my|your)\s)history of|when was[^?.!]{0,60}(?:invented|discovered|created|first)|when did (?!(?:you|i|we|they|she|he|it)\s)[^?.!]{0,60}\b(?:first|originally|begin|began|start(?:ed)? (?!to work|working))|since when (?:has|have|did)|what year (?:did|was)` +
        String.raw`|pryd (?:ddechreuodd|dechreuodd|wnaeth[^?.!]{0,40}ddechrau|y dechreuodd)|ers pryd (?:mae|ma|y mae)|pwy (?:ddyfeisiodd|greodd|ddarganfu|ddarganfyddodd|sefydlodd|fathodd)|hanes (?:AI|deallusrwydd artiffisial|genomeg|DNA)|(?:wedi ei|wedi['’]i|wedi cael ei) enwi ar ôl|enwi ar ol|ar [ôo]l pwy\b[^?.!]{0,60}\benwi|o ble (?:mae|ma|daw|ddaeth)['’]r enw`,
    ),
    // Who and when, not "family history" or content a chatbot "invented".
    covers: words(String.raw`inventors?|invented by|(?:discovered|founded|coined|developed) (?:by|in)|first (?:described|developed|discovered|invented|used)|named after|(?:came\s+)?in\s+force|(?:since|from|on|in)\s+(?:\d{1,2}\s+)?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december|ionawr|chwefror|mawrth|ebrill|mai|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr)\s+)?(?:19|20)\d\d|dyfeisiwyd|darganfuwyd|sefydlwyd|enwyd ar ôl`),
  },
  {
    // IT support: setting a tool up, signing in, a licence or a password.
    name: 'setting up and signing in',
    asks: words(
      String.raw`how (?:do|can|should|would) (?:i|we|you) (?:install|set up|setup|download|log ?in(?:to)?|sign in(?:to)?|turn on|switch on|enable|activate|get a licen[cs]e|reset|uninstall|update)|(?:log ?in|sign[- ]in|password|account) (?:for|to|details|problems?|issues?|not working)|licen[cs]e (?:for|key|details|problems?|issues?|not working|to (?:use|access|run|install))|(?:reset|forgot|forgotten) (?:my )?password|not (?:working|loading|opening) on my (?:laptop|pc|computer|phone)` +
        String.raw`|sut (?:mae|ydw i|dw i|alla i|galla i|ydyn ni)(?:['’]n)? (?:gosod|lawrlwytho|mewngofnodi|troi ymlaen|actifadu|cael trwydded)|mewngofnodi|cyfrinair`,
    ),
    covers: words(String.raw`install\p{L}*|set up|setup|download\p{L}*|log ?in|sign in|licen[cs]e\p{L}*|password\p{L}*|gosod|lawrlwytho|mewngofnodi|cyfrinair|trwydded\p{L}*`),
  },
  {
    // How many people something affects or how many have done something: a figure the content gives, or none.
    name: 'figures and statistics',
    asks: words(
      String.raw`how many (?:\p{L}+\s+){0,2}(?:people|patients|staff|nurses|doctors|clinicians|users|babies|children|kids|women|men|adults|cases|families|deaths|referrals|trusts|health boards|hospitals|practices|tests|errors|mistakes|incidents)|what (?:percentage|proportion|fraction|share) of|(?:accuracy|error|success|failure|detection|false[- ]positive|false[- ]negative|miss) rates?|(?<=(?:^|[.?!;:,])\W*(?:(?:so|and|but|ok|okay|just|roughly|genuinely)\s+)?)how (?:common|prevalent|rare) (?:is|are)|(?:prevalence|incidence) of|(?:statistics|stats|figures|numbers) (?:on|for|about)` +
        String.raw`|faint o (?:\p{L}+\s+){0,1}(?:bobl|pobl|bobol|pobol|gleifion|cleifion|staff|nyrsys|feddygon|fabanod|babanod|fabis|babis|blant|plant|fenywod|ddynion|oedolion|achosion|deuluoedd|farwolaethau|atgyfeiriadau|ysbytai|feddygfeydd|brofion|gamgymeriadau|fyrddau(?: iechyd)?|byrddau(?: iechyd)?|ymddiriedolaethau|wardiau|adrannau)|pa (?:ganran|gyfran)|cyfradd (?:cywirdeb|gwallau|llwyddiant|methiant|canfod)|(?<=(?:^|[.?!;:,])\W*(?:(?:felly|a|ac|ond|jyst)\s+)?)pa mor (?:gyffredin|brin)|(?:ystadegau|ffigurau|ffigyrau|rhifau) (?:ar|am|ynghylch|ar gyfer)|isio ffig[uy]rau|eisiau ffig[uy]rau`,
    ),
    // A figure: a share, "1 in 250", a number of people. Not "common" or "rare" alone ("rare disease" is a subject). The whole
    // of "1 in 100" (a bare "in \d" stopped inside "100", where no word may follow, and a passage that gives "about 1 in 100 had
    // one" was taken for giving no figure).
    covers: words(
      String.raw`\d[\d,.]*\s?(?:%|per ?cent|in \d[\d,]*|out of|people|patients|babies|children|women|men|adults|cases|families|staff|a year|each year|every year|genes|generations)|(?:one|two|three|four|five|ten|a hundred|a thousand)\s+(?:in|out of)\s+\p{L}+|(?:two|three|four|five|six|seven|eight|nine|ten|hundreds|thousands|millions)\s+(?:of\s+)?(?:people|patients|babies|children|women|men|adults|cases|families|staff|genes|generations)` +
        String.raw`|prevalence|incidence|un mewn|\d+ mewn|y cant|canran`,
    ),
  },
  {
    // A code to order a test or record a condition on a local system ("the ordering code for the Lynch panel", "the SNOMED code
    // for FH"): local detail the content never gives, though it names the tests.
    name: 'ordering and record codes',
    asks: words(
      String.raw`(?:ordering|order|request|requesting|test|lab|laboratory|snomed|read|icd-?10|opcs|billing|tariff|diagnosis|diagnostic) codes?|(?:how|what) (?:do|should|would) (?:i|we|you) code|icd-?10|snomed(?: ct)?|opcs-?4|what(?:['’]s| is) the code (?:for|to order|to request|on)|which code (?:do|should) (?:i|we) (?:use|put|pick|choose)` +
        String.raw`|cod(?:au)? (?:archebu|gofyn am|y prawf|prawf|snomed|icd-?10|diagnosis)|pa god (?:dw i|ydw i|ddylwn i|ddylen ni)|codio clinigol`,
    ),
    covers: words(String.raw`(?:ordering|order|request|test|snomed|read) codes?|cod(?:au)? (?:archebu|prawf|snomed)`),
  },
  {
    // When an office is open, or how to reach it: local detail the content never gives ("what time does the IG office open?").
    name: 'opening hours and contact details',
    asks: words(
      String.raw`what time (?:does|do|is|are|will)\b[^?.!]{0,60}\b(?:open|close|shut)|opening (?:hours|times)|(?:when|what time) (?:is|are) (?:the|your|my|our) [^?.!]{0,40}\bopen(?=\s*(?:[?.!]|$|on\b|at\b|today|tomorrow|til|till|until))` +
        String.raw`|(?:phone|telephone|contact|bleep|extension) (?:number|no)|email address|contact details|how (?:do|can) i (?:contact|phone|ring|call|email) (?:the|my|our)` +
        String.raw`|faint o['’]r gloch (?:mae|ydy|yw)[^?.!]{0,60}(?:agor|cau)|oriau agor|rhif (?:ffôn|ffon)|cyfeiriad e-?bost|manylion cyswllt`,
    ),
    covers: words(String.raw`opening (?:hours|times)|open (?:from|between|until|daily|on weekdays)|\d{1,2}(?::\d\d)?\s?(?:am|pm)|phone number|telephone|email address|contact details|oriau agor|rhif ffôn|cyfeiriad e-?bost|manylion cyswllt`),
  },
  {
    // How long a course or module takes, and whether it earns a certificate or CPD: the content names courses, never their length.
    name: 'course length and certificates',
    asks: words(
      String.raw`how long (?:does|do|will|would|is)\b[^?.!]{0,60}\b(?:course|module|training|e-?learning|programme|session)s?\b|(?:get|is there|do you get|does it give|comes? with) (?:a |any )?certificate|certificate (?:at the end|of completion|for (?:the|doing|completing))|cpd (?:points|hours|credits?)` +
        String.raw`|faint o amser (?:mae|ma|ydy|yw|fydd)\S*\s+(?:\p{L}+\s+){0,2}(?:modiwl|cwrs|hyfforddiant|e-?ddysgu|rhaglen|sesiwn)\b[^?.!]{0,60}\b(?:g?gymryd|para)|[dt]ystysgrif|(?:pwyntiau|oriau) dpp`,
    ),
    covers: words(String.raw`\d+\s?(?:minutes?|hours?|weeks?|munud|awr|oriau|wythnos\p{L}*)|certificates?|cpd|tystysgrif|dystysgrif|dpp`),
  },
  {
    // How long a result takes to come back: the content gives it for a few tests (rapid genome sequencing, DPYD), not others.
    name: 'how long results take',
    asks: words(
      String.raw`how (?:long|quickly|soon|fast)\b[^?.!]{0,60}\b(?:results?|reports?)\b[^?.!]{0,30}\b(?:take|takes|to come|come back|comes back|arrive|ready)\b|turnaround|turn around times?|(?:when|how soon) (?:will|do|would|can) (?:we|i|they|you|the family|families|patients?) (?:get|hear|have) (?:the |their |a )?results?` +
        String.raw`|faint o amser\b[^?.!]{0,60}(?:c|g|ch|ngh)anlyniad\p{L}*[^?.!]{0,40}(?:g?gymryd|(?:dd|d)od (?:nôl|nol|yn ôl|yn [ôo]l)|g?gyrraedd)|pa mor (?:gyflym|fuan)\b[^?.!]{0,40}(?:c|g|ch|ngh)anlyniad\p{L}*`,
    ),
    // A time to report: "a mean of 9 days to report", "in about three working days".
    covers: words(String.raw`(?:\d+|one|two|three|four|five|six|seven|ten|fourteen) (?:working )?(?:days?|weeks?|hours?) to report|(?:in|within) (?:about |around )?(?:\d+|one|two|three|four|five|six|seven|ten|fourteen) (?:working )?(?:days?|weeks?|hours?)|turn ?around|diwrnod (?:gwaith|i adrodd)|diwrnod i adrodd`),
  },
  {
    // How long something is kept or stored (blood spot cards, samples, recordings, records): the content never says.
    name: 'how long things are kept',
    asks: words(
      String.raw`how long (?:do|does|will|would|are|is|should)\b[^?.!]{0,60}\b(?:keep|kept|store|stored|retain|retained|hold|held|hang on to|hold on to|hang onto|hold onto)\b(?!\s+\p{L}+ing\b)` +
        String.raw`|(?:retention|storage) (?:period|time|policy) (?:for|of)` +
        String.raw`|am (?:faint|ba hyd)(?: o amser)? (?:mae|ma|ydy|yw|maen nhw|fydd)\S*\s+[^?.!]{0,60}(?:cadw|g?storio)`,
    ),
    covers: words(String.raw`(?:kept|stored|retained|held) for|retention|retain\p{L}*|destroyed after|deleted after|\d+\s?(?:years?|months?) after|cedwir|yn cael eu cadw am`),
  },
  {
    // How long a regulator or a process takes to approve, register or certify something ("how long does the MHRA usually
    // take to approve an AI medical device"): the content says what approval means, never how long it takes.
    name: 'how long approval takes',
    asks: words(
      String.raw`how long (?:does|do|will|would|is|can|might)\b[^?.!]{0,60}\b(?:take|takes|taking)\b[^?.!]{0,50}\b(?:approv\p{L}*|regist\p{L}*|certif\p{L}*|authoris\p{L}*|authoriz\p{L}*|licens\p{L}*|accredit\p{L}*|sign[- ]off|signed off|clear(?:ed|ance)?)|(?:approval|registration|certification|accreditation|sign[- ]off) (?:times?|timescales?|timelines?|process takes)` +
        String.raw`|faint o amser\b[^?.!]{0,60}(?:g?gymeradwy\p{L}*|chymeradwy\p{L}*|g?gofrestru|chofrestru|ardyst\p{L}*)|pa mor hir\b[^?.!]{0,60}(?:g?gymeradwy\p{L}*|chymeradwy\p{L}*|g?gofrestru|chofrestru)`,
    ),
    covers: words(String.raw`(?:\d+|one|two|three|four|six|twelve) (?:working )?(?:days?|weeks?|months?|years?) to (?:approve|register|certify)|timescales?|timelines?`),
  },
  {
    // A fine or penalty and how big it is ("what's the typical ICO fine if someone puts patient data into ChatGPT"): the
    // content says what to do and who is accountable, never what a breach is fined. Not "fine" meaning all right.
    name: 'fines and penalties',
    asks: words(
      String.raw`fined|(?:ico|gdpr|data protection|typical|average|maximum|max|biggest|largest|big|heavy|hefty|possible) fines?|(?:a|the|any) fines? (?:for|if|from|of)|fines (?:for|if|from|of|are)|how much (?:can|could|would|will|do|does|might)\b[^?.!]{0,40}\bfine\b|penalt(?:y|ies)` +
        String.raw`|d?dirwy\p{L}*|nirwy\p{L}*|(?:c|g|ch|ngh)osb\p{L}*`,
    ),
    covers: words(String.raw`fines?|fined|penalt(?:y|ies)|d?dirwy\p{L}*|(?:c|g|ch|ngh)osb\p{L}*`),
  },
  {
    // Running or calibrating a machine ("how do I calibrate the point-of-care CYP2C19 analyser"): the content teaches what a
    // test means, never how to run the equipment.
    name: 'calibrating and running equipment',
    asks: words(
      String.raw`calibrat\p{L}*|(?<!['’])(?:run|runs|running|load|loading|operate|operating|service|services|servicing|maintain|maintains|maintaining|clean|cleaning|quality control(?: on| for)?|qc) (?:the |an? |our |this )?(?:\p{L}+\s+){0,3}(?:analy[sz]ers?|machines?(?!\s+learn)|sequencers?|devices? on the ward)` +
        String.raw`|g?graddnodi|raddnodi|nghraddnodi`,
    ),
    covers: words(String.raw`calibrat\p{L}*|analy[sz]ers?|graddnodi`),
  },
  {
    name: 'computer hardware',
    asks: words(String.raw`gpus?|graphics cards?|cpus?|processors?|ram|memory chips?|laptop specs?|computer specs?|hardware|[cg]erdyn graffeg|[cg]ardiau graffeg|caledwedd|galedwedd`),
    covers: words(String.raw`gpus?|graphics cards?|cpus?|processors?|hardware|caledwedd|cerdyn graffeg`),
  },
  {
    name: 'doses',
    clinical: true,
    // What the dose is, not a dose in passing ("the AI made up a drug dose"); "dose" typed for "does" is read first (uncoveredAspect).
    asks: words(
      String.raw`(?:what|which)(?:['’]s| is| are| should be)? (?:the |a )?(?:right |correct |usual |normal |starting |maximum |max |recommended |safe )?(?:doses?|dosage|dosing)` +
        String.raw`|(?:doses?|dosage|dosing) (?:of|for|after|in)|how many (?:mg|milligrams|tablets)|\d+\s?(?:mg|micrograms?)` +
        String.raw`|beth (?:yw|ydy)(?:['’]r)? (?:dos|ddos|dogn)|(?:dos|ddos|dogn) (?:o|ar gyfer|ar ôl|i)|faint o (?:dabledi|mg)`,
    ),
    covers: words(String.raw`doses?|dosage|dosing|dos|dosau|ddos|dogn\p{L}*`),
  },
  {
    // What reverses a medicine's harm: no passage says, though the one on DPYD testing is all about fluorouracil's toxicity.
    name: 'antidotes and overdose',
    clinical: true,
    asks: words(
      String.raw`antidotes?|reversal (?:agents?|drugs?)|revers(?:e|es|ing) (?:the |its |an? )?(?:effects?|toxicity|overdose|anticoagulation)|overdos(?:e|ed|es|ing)|poisoning` +
        String.raw`|gwrthwenwyn\p{L}*|wrthwenwyn\p{L}*|gorddos\p{L}*|wenwyno|gwenwyno`,
    ),
    covers: words(String.raw`antidotes?|reversal|revers(?:e|es|ing) (?:the |its )?(?:effects?|toxicity)|overdos\p{L}*|gwrthwenwyn\p{L}*|wrthwenwyn\p{L}*|gorddos\p{L}*`),
  },
  {
    // How long a medicine is given or taken ("how long do we give dual antiplatelets after a TIA"), not how long a result,
    // a course or a record takes (the aspects above) nor how long to keep checking an AI's output.
    name: 'how long a medicine is taken',
    clinical: true,
    asks: words(
      String.raw`how long (?:do|should|does|would|can|must|will) (?:we|you|i|they|patients?|people|he|she|someone|u) (?:\p{L}+\s+){0,2}(?:give|take|stay on|continue|keep taking|be on|prescribe|remain on)|(?:duration|length) of (?:treatment|therapy|(?:dual )?antiplatelet\p{L}*|anticoagulation|statins?)|for how long (?:should|do|does|must) (?:\p{L}+\s+){0,3}(?:take|be on|stay on|continue|given|prescribed)` +
        String.raw`|(?:am )?(?:ba|pa) mor hir (?:mae|y mae|dylai|ddylai|dylen|ddylen|ddylwn|dylwn|i|mae['’]?n rhaid)(?: (?:\p{L}+)){0,3} (?:gymryd|cymryd|rhoi|roi|aros ar|parhau)`,
    ),
    covers: words(String.raw`duration|(?:for|over|after) (?:\d+|a few|several|many|up to \d+) (?:weeks|months|years)|lifelong|life-long|gydol oes|am (?:\d+|rai) (?:wythnos|wythnosau|mis|misoedd|mlynedd)`),
  },
  {
    // Stopping or holding a medicine before a procedure: peri-operative care no passage teaches.
    name: 'stopping before a procedure',
    clinical: true,
    asks: words(
      String.raw`(?:stop|stopping|stopped|hold|holding|withhold|withholding|pause|pausing|omit|omitting|come off)\s+(?:\p{L}+\s+){0,3}(?:before|prior to|ahead of|pre)[- ](?:(?:an?|the|her|his|their|my)\s+)?(?:\p{L}+\s+)?(?:surgery|operation|op|procedure|endoscopy|colonoscopy|extraction|biopsy|theatre|spinal|epidural)` +
        String.raw`|(?:stopio|atal|dal|rhoi['’]r gorau i)\s+(?:\p{L}+\s+){0,3}cyn (?:(?:y|yr|ei|eu)\s+)?(?:\p{L}+\s+)?(?:llawdriniaeth|lawdriniaeth|op|endosgopi|colonosgopi|triniaeth|driniaeth)`,
    ),
    covers: words(String.raw`before (?:surgery|an operation|a procedure)|peri-?operative|cyn llawdriniaeth|cyn triniaeth`),
  },
  {
    // The level a treatment aims for ("the target LDL once FH is treated"): the FH passages say who to test, not what to aim for.
    name: 'target levels',
    clinical: true,
    asks: words(
      String.raw`targets? (?:for )?(?:ldl|cholesterol|levels?|range|bp|blood pressure|hba1c|inr|non-hdl|lipids?)|(?:ldl|cholesterol|non-hdl|inr|hba1c|bp|blood pressure|lipid) (?:targets?|goals?)|what (?:should|does|do) (?:the |their |his |her |my )?(?:ldl|cholesterol|inr|hba1c|lipids?) (?:be|get to|need to be|come down to)` +
        String.raw`|targed\p{L}* (?:colesterol|ldl|lefel|lipid)|(?:colesterol|ldl|lefel\p{L}*) targed\p{L}*|(?:be|beth) (?:di|yw|ydy)['’]?r targed`,
    ),
    covers: words(String.raw`targets?|targed\p{L}*|aim for|goals? (?:for|of) (?:ldl|cholesterol)`),
  },
  {
    // A medicine's side effects and bleeding risk ("ticagrelor vs clopidogrel bleeding risk"): what genes do to a medicine's
    // effects is taught (pharmacogenomics says how likely side effects are), a drug's own side effects are not.
    name: 'side effects and bleeding risk',
    clinical: true,
    asks: words(String.raw`bleeding risks?|risks? of (?:a )?(?:bleed|bleeding|bleeds)|bleeds? (?:risk|more|less)|side[- ]effects?|adverse (?:effects?|reactions?|events?)|sgil[- ]effeith\p{L}*|risg (?:o )?waedu|risg gwaedu`),
    covers: words(String.raw`side[- ]effects?|adverse|bleed\p{L}*|toxicity|sgil[- ]effeith\p{L}*|gwaedu|wenwyndra|gwenwyndra`),
  },
  {
    name: 'survival and outlook',
    clinical: true,
    asks: words(
      String.raw`survival(?: rates?)?|survive|surviving|life expectancy|prognosis|how long (?:will|would|do|does|can) (?:they|he|she|i|someone|people|patients?|you) (?:live|have left|survive)` +
        String.raw`|goroes\p{L}*|disgwyliad oes|prognosis|am faint (?:y bydd|fydd)[^?.!]{0,30}byw`,
    ),
    covers: words(String.raw`surviv\p{L}*|life expectancy|prognos\p{L}*|outlook|goroes\p{L}*|disgwyliad oes`),
  },
  {
    name: 'diet and exercise',
    clinical: true,
    asks: words(String.raw`diets?|dieting|eat|eating|foods?|recipes?|meals?|exercise|exercising|weight loss|lose weight|d?deiet\p{L}*|bwyta|fwyta|bwyd|fwyd|prydau|ymarfer corff|colli pwysau`),
    // Not "weight" or "pwysau" alone ("pwysau amser" is time pressure).
    covers: words(String.raw`diets?|dietary|eat|eating|foods?|exercise|weight loss|lose weight|d?deiet\p{L}*|bwyta|fwyta|bwyd|fwyd|ymarfer corff|colli pwysau`),
  },
  {
    name: 'treatment',
    clinical: true,
    asks: words(
      String.raw`how (?:is|are|do you|do we|do they|should|would you|would we|can you)\s+(?:\p{L}+\s+){0,8}(?:treated|cured|treat|cure)|treatments? (?:for|of|options)|(?:best|first[- ]line) treatment|cure (?:for|of)|is there a cure` +
        String.raw`|sut (?:mae|y mae|ydych chi|dych chi|allwn ni)\s+(?:\p{L}+\s+){0,8}(?:trin|drin|gwella)|triniaeth(?:au)? (?:ar gyfer|i|o)|oes (?:yna )?wellhad|gwellhad`,
    ),
    // Not "treat" as in "treat AI output as…", "medicine" as in "genomic medicine", nor Welsh "trin" (handling data).
    covers: words(String.raw`treatments?|treated|treating|therap(?:y|ies)|cure[sd]?|curable|surgery|statins?|chemotherapy|triniaeth\p{L}*|thriniaeth\p{L}*|driniaeth\p{L}*|therapi\p{L}*|gwellhad|llawdriniaeth`),
  },
  {
    // How often a check or test is repeated ("how often should people with Lynch syndrome have a colonoscopy, every year or every
    // two years?"): a schedule of surveillance or screening no passage gives (the Lynch explainer says carriers are offered bowel
    // surveillance, not how often). Not how often something happens ("how often are VUSes reclassified"): that is a figure. Not
    // clinical (asked of a carrier or a result, it is still a schedule no passage gives).
    name: 'how often a check is repeated',
    asks: words(
      String.raw`how (?:often|frequently) (?:should|do|does|will|would|are|is|must|can)\s+(?:\p{L}+\s+){0,6}?(?:have|get|be|go\s+for|attend|need|book)\s+(?:\p{L}+\s+){0,3}?(?:colonoscop\p{L}*|scans?|screen(?:ing|ed)?|surveillance|check-?ups?|checks?|checked|mammograms?|mri(?:s| scans?)?|bloods?|blood tests?|reviews?|appointments?|tests?|tested|seen)` +
        String.raw`|(?:colonoscop\p{L}*|surveillance|screening|mammograms?|scans?|check-?ups?) (?:intervals?|frequency|schedule)|every (?:year|one year|two years|three years|other year|\d+ years?|\d+ months?) or every` +
        String.raw`|pa mor aml\s+(?:[\p{L}'’]+\s+){0,8}?(?:colonosgop\p{L}*|sgan\p{L}*|sgrinio|g?gwyliadwriaeth|mamogram\p{L}*|apwyntiad\p{L}*|brawf|prawf|profion|g?gael eu gweld)|bob blwyddyn neu bob`,
    ),
    covers: words(String.raw`every (?:\p{L}+ )?(?:years?|months?|weeks?)|every \d+|annual(?:ly)?|yearly|intervals?|bob (?:blwyddyn|mis|dwy|tair|\d+)|yn flynyddol|cyfwng\p{L}*`),
  },
  {
    // Looked after over time: surveillance and follow-up are management, not treatment.
    name: 'management',
    clinical: true,
    asks: words(
      String.raw`how (?:is|are|do you|do we|do they|should|would you|would we|can you)\s+(?:\p{L}+\s+){0,8}(?:managed|manage|followed up|monitored|looked after)|management (?:of|for)|(?:long[- ]term|follow[- ]up) care` +
        String.raw`|sut (?:mae|y mae|ydych chi|dych chi|allwn ni)\s+(?:\p{L}+\s+){0,8}(?:rheoli|monitro|dilyn i fyny)|rheoli (?:cyflwr|syndrom|clefyd)`,
    ),
    covers: words(String.raw`treatments?|treated|therap(?:y|ies)|surgery|statins?|surveillance|managed|management|monitoring|follow[- ]up|risk-reducing|triniaeth\p{L}*|driniaeth\p{L}*|gwyliadwriaeth|monitro|rheoli`),
  },
];

/**
 * What the mentors teach, named in the question, English and Welsh: an AI tool (or the computer or system a dose or
 * alert came from), or a genetic result (a genotype, variant, metaboliser status, carrier, test result). Not genomics in
 * general, nor a condition or gene by name ("BRCA", "Lynch"): "the survival rate for BRCA breast cancer" asks the
 * outlook of a cancer, not what a variant means.
 */
const TAUGHT = words(
  String.raw`ai|a\.i\.|artificial intelligence|chat ?gpt|gpt|copilot|co-pilot|gemini|claude|chatbots?|bots?|llms?|language models?|algorithms?|apps?|tools?|software|scribes?|machine learning|computers?|systems?|decision support|alerts?|e-?prescribing|epma|deallusrwydd artiffisial|d?offer(?:yn|ynnau)|g?gyfrifiadur\p{L}*|system\p{L}*|rhybudd\p{L}*` +
    String.raw`|genotyp\p{L}*|variants?|metabolis\p{L}*|carriers?|gene tests?|genetic tests?|gene results?|genetic results?|test results?` +
    String.raw`|genoteip\p{L}*|amrywiolyn|amrywiolion|cludydd\p{L}*|metaboleiddiwr\p{L}*|prawf genetig|canlyniad\p{L}* (?:y )?prawf|sgwrsfot\p{L}*|ap|apiau|meddalwedd|algorithm\p{L}*|ysgrifenn?ydd\p{L}*`,
);

/**
 * The aspect `question` asks that `passageText` (all a passage says) never covers, if any. "dose" typed for "does" ("how
 * dose chat gpt work") is read as retrieval reads it (spelling.ts), so it asks no dose.
 */
export function uncoveredAspect(question: string, passageText: string): Aspect | undefined {
  // What redaction left in place of an identifier ("[phone number removed]") asks nothing.
  const asked = withoutAuxiliarySlips(withoutPlaceholders(question));
  const taught = TAUGHT.test(asked);
  return ASPECTS.find((aspect) => !(aspect.clinical && taught) && aspect.asks.test(asked) && !aspect.covers.test(passageText));
}
