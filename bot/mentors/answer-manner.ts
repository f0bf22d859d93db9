/**
 * How the learner wants the answer put ("in a nutshell", "ELI5", "in plain English", "TL;DR", "the gist of", "yn syml",
 * "mewn iaith bob dydd") is not what they ask about. Read as subject words, "nutshell", "TL;DR" or "plain English" look
 * like a subject the mentor lacks (it abstains) or name whichever passage happens to use the word ("English" in an
 * explainer on language models), so retrieval reads the question without them. The same phrases say the learner wants
 * it simply: `asksSimply` tells the answer to lead with the authored simpler version.
 */

/** Phrases that ask for the answer short or simple, English. Each is removed whole; the question around it stays. */
const ENGLISH_SIMPLY: readonly string[] = [
  String.raw`(?:(?:can|could) you\s+)?(?:explain|tell me|describe|say)?\s*(?:it|this|that)?\s*(?:to me\s+)?(?:like|as if|as though) (?:i['’]?m|i am|i was|i were|to) (?:five|5|a (?:five|5)[- ]year[- ]old|a child|a kid|a toddler|an idiot|stupid|thick|new|new to (?:this|it|all this)|a (?:complete |total |absolute )?(?:beginner|novice|newbie|layperson|lay person|layman))`,
  String.raw`for (?:a\s+)?(?:complete |total |absolute )?(?:beginners?|novices?|newbies?|laypeople|lay people|the layperson|a layperson)`,
  String.raw`(?:a\s+|the\s+)?(?:beginner['’]?s|newbie['’]?s) guide (?:to|on)`,
  String.raw`eli5`,
  String.raw`in a nutshell`,
  String.raw`in (?:plain|simple|layman['’]?s?|laymans|lay|everyday|normal|basic|easy|human) (?:english|terms|language|words|speak)`,
  String.raw`(?:in\s+)?(?:simple|plain|layman['’]?s?|laymans|lay) terms`,
  String.raw`without (?:the |any |all the )?(?:jargon|technical (?:words|terms|stuff))`,
  String.raw`no jargon(?: please)?`,
  String.raw`(?:keep it|make it|nice and) (?:simple|short|brief|basic)`,
  String.raw`dumb(?:ed)? (?:it |this )?down`,
  String.raw`tl\s*;?\s*dr`,
  String.raw`(?:the\s+)?short version`,
  String.raw`(?:a\s+|the\s+)?(?:plain|simple|simpler|simplified|easy|easier|basic|layman['’]?s?|lay|plain[- ]english|non-?technical|jargon[- ]free|idiot[- ]proof) (?:version|explanation|answer|definition|description)(?: of| for| about)?`,
  String.raw`(?:the\s+)?long and (?:the\s+)?short of it`,
  String.raw`in (?:one|a|a single|a couple of|two|a few|few) (?:sentences?|lines?|words)`,
  String.raw`in brief`,
  String.raw`briefly`,
  String.raw`simply put`,
  String.raw`(?:explain|put)\s+(?:it\s+|this\s+|that\s+)?simply`,
  String.raw`(?:give it to me|tell me) straight`,
  String.raw`(?:(?:can|could) you\s+)?break (?:it|this|that) down(?: for me)?`,
  String.raw`(?:give me\s+|what['’]?s\s+|what is\s+)?the (?:gist|lowdown|low-down|low down|skinny|basics|headlines|bottom line|nuts and bolts|essentials|abc|101) (?:of|on|about|with|for|re)`,
  String.raw`(?:a\s+|quick\s+|a quick\s+)?crash course (?:on|in|about)`,
  String.raw`(?:the\s+|an\s+)?idiot['’]?s guide (?:to|on)`,
  String.raw`for dummies`,
  String.raw`(?:the\s+)?bottom line`,
  String.raw`(?:quick|short|simple|brief) (?:summary|overview|explanation|rundown|run-down|primer)\s+(?:of|on|about)`,
];

/**
 * English framings around a subject that ask about it without saying what ("what's the story with X", "what's all the
 * fuss about X", "I keep hearing about X"): the subject is what is asked.
 */
const ENGLISH_WHAT_ABOUT: readonly string[] = [
  String.raw`(?:i|we)\s+(?:keep|kept|have been|['’]ve been|been)\s+hearing\s+(?:a lot\s+|loads\s+|so much\s+|lots\s+)?(?:about|of)`,
  String.raw`(?:i|we)(?:['’]ve| have)?\s+(?:just\s+|recently\s+)?heard\s+(?:a lot\s+|loads\s+|lots\s+|people talking\s+)?(?:about|of)`,
  String.raw`(?:every(?:one|body)|people|they|the team)(?:['’]s| is| are)?\s+(?:always\s+|all\s+|keeps?\s+)?(?:talking|going on|banging on|chatting|on)\s+about`,
  String.raw`there['’]?s\s+(?:a lot of|lots of|loads of|so much|been a lot of)\s+(?:talk|noise|hype|buzz|chat)\s+(?:about|around|on)`,
  String.raw`what['’]?s (?:all\s+)?the (?:fuss|hype|buzz|deal|story|craic|score|thing) (?:about|with|around|over|re)`,
  String.raw`what['’]?s the deal`,
  String.raw`what(?:['’]?s| is) all this`,
  String.raw`(?:stuff|business|malarkey|palaver|lark) (?:all\s+)?about(?=\s*[?.!]*\s*$)`,
  String.raw`what['’]?s (?:that|this|it) (?:all\s+)?about`,
  String.raw`what(?: is|['’]?s) (?:that|this|it) all about`,
];

/** Welsh: "yn syml", "yn fyr", "mewn iaith bob dydd", "heb jargon", "fel taswn i'n bump oed", "yr hanfodion am". */
const WELSH_SIMPLY: readonly string[] = [
  String.raw`yn syml(?: iawn)?`,
  String.raw`yn symlach`,
  String.raw`yn fyr(?: iawn)?`,
  String.raw`yn gryno`,
  String.raw`mewn iaith (?:bob dydd|bob[- ]dydd|syml|glir|blaen|hawdd|gyffredin)`,
  String.raw`mewn geiriau (?:syml|bob dydd|hawdd)`,
  String.raw`(?:mewn|yn) (?:un|dwy|ychydig o) (?:frawddeg|brawddeg|frawddegau|linell|llinell|eiriau)`,
  String.raw`heb (?:y |ddim )?jargon`,
  String.raw`fel (?:ta|pe|tase|taswn|taswn|petawn|petaswn|baswn|bawn)\s*i['’]?n (?:bump|pum|5) (?:oed|mlwydd oed)`,
  String.raw`fel (?:ta|pe|tase|taswn|petawn|petaswn)\s*i['’]?n (?:blentyn|fabi)`,
  String.raw`(?:rho|rhowch|rhoi)\s*(?:i mi\s+|imi\s+)?(?:['’]r|yr)\s+(?:hanfodion|pwyntiau (?:allweddol|pwysig)|prif bwyntiau)(?: i mi| imi)?\s*(?:am|ar|ynglŷn â|ynghylch)?`,
  String.raw`(?:yr|['’]r) (?:hanfodion|prif bwyntiau) (?:am|ar|ynglŷn â|ynghylch)`,
  String.raw`i['’]r pwynt`,
  String.raw`(?:y |['’]r )?fersiwn (?:fer|byr|gryno|syml)`,
  String.raw`(?:crynodeb|trosolwg) (?:cyflym|byr|sydyn) (?:o|am|ar)`,
];

const WELSH_WHAT_ABOUT: readonly string[] = [
  String.raw`(?:dw i|rwy['’]n|rydw i|dwi)['’]?n?\s*clywed\s+(?:lot\s+|llawer\s+|llwyth\s+|sôn\s+|son\s+)*am`,
  String.raw`mae\s+(?:pawb|pobl|pawb yn y tîm)\s+yn\s+(?:siarad|sôn|son|trafod)\s+(?:am\s+)?`,
  String.raw`(?:beth|be['’]?|pa) (?:yw|ydy|ydi|di)['’]?r (?:stori|ffys|sŵn|swn|holl ffys|busnes) (?:gyda|efo|am|ynglŷn â|ynghylch|hefo)`,
  String.raw`(?:beth|be['’]?) (?:yw|ydy|ydi|di)['’]?r (?:ffys|holl ffys|stori)`,
];

// Whole words only: a phrase starts and ends at a word's edge (\b is ASCII-only, so Welsh "ŵ" needs lookarounds).
const phrase = (alternatives: readonly string[]) => new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternatives.join('|')})(?![\p{L}\p{N}])[:,;.!-]*`, 'giu');

const SIMPLY = phrase([...ENGLISH_SIMPLY, ...WELSH_SIMPLY]);
const WHAT_ABOUT = phrase([...ENGLISH_WHAT_ABOUT, ...WELSH_WHAT_ABOUT]);

/**
 * Explaining something to someone else ("how do I explain a VUS to a family in plain language", "esbonio ... i glaf"):
 * then plain words are what is asked about (communicating with patients), not how the learner wants the answer. Welsh
 * joins "the" and "his/her" to the preposition before it ("efo'r teulu", "gyda'r claf", "i'r rhieni", "i'w theulu").
 */
const TO_SOMEONE_ELSE = new RegExp(
  String.raw`(?<![\p{L}])(?:explain\w*|describ\w*|tell\w*|talk\w*|communicat\w*|writ\w*|say\w*|put\w*|discuss\w*|break\w*|esboni\w*|eglur\w*|dweud|siarad|ysgrifennu|sgwennu)(?![\p{L}])[^.?!]{0,80}(?<![\p{L}])(?:to|with|for|i|gyda|efo|hefo|â|wrth)(?:\s+|(?=['’][rw](?![\p{L}])))(?:a|an|the|my|our|their|your|y|yr|['’]r|['’]w|fy|ein|eu)?\s*(?:patients?|famil(?:y|ies)|relatives?|parents?|carers?|(?:the\s+)?public|clients?|service users?|children|kids|mums?|dads?|husband|wife|partner|claf|glaf|cleifion|gleifion|teulu|deulu|theulu|perthynas|berthynas|perthnasau|rhieni|plant|cyhoedd)(?![\p{L}])`,
  'iu',
);

/** `text` without how the answer is wanted: "ELI5 what a large language model is" reads " what a large language model is". */
export function withoutAnswerManner(text: string): string {
  const rest = TO_SOMEONE_ELSE.test(text) ? text : text.replace(SIMPLY, ' ');
  return rest.replace(WHAT_ABOUT, ' ');
}

/**
 * True when the learner asks for the answer short or simple (for themselves): lead with the simpler version the authors wrote.
 * Said after explaining something to someone, in the same sentence ("how do I explain a VUS to a family in plain language"),
 * the plain words are how to explain it to them; said before it or in a sentence of its own ("ELI5 how do I explain a result
 * to a patient?", "... i glaf? mewn iaith bob dydd plis"), they are how the learner wants the answer.
 */
export function asksSimply(text: string): boolean {
  const explaining = TO_SOMEONE_ELSE.exec(text);
  const from = explaining?.index ?? text.length;
  const sentenceEnd = explaining ? from + (/[.?!]/.exec(text.slice(from))?.index ?? text.length - from) : text.length;
  return [...text.matchAll(SIMPLY)].some((m) => m.index < from || m.index >= sentenceEnd);
}
