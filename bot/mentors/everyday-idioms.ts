/**
 * Everyday idioms that say how a question feels, not what it is about: "is a VUS a smoking gun or a red herring?",
 * "do they go straight for the jugular with a blood test", "like looking for a needle in a haystack". Read word by
 * word, "gun", "herring", "jugular" and "haystack" look like subjects no content has, and a question asked in them is
 * turned down. Retrieval reads such an idiom as no word at all (retrieval.ts), as it reads a terms table's expression
 * as the content's word for it. Each is found in any form of its words, by its words in a row or by its naming words in
 * a row with the little words changed (retrieval-index.ts, findPhrases).
 *
 * Only idioms that name nothing the mentors teach: not "human in the loop", "pass the buck" (accountability), "by the
 * book" (policy), "a pinch of salt" (checking) or "in the genes", which the terms tables read as subjects.
 */

/** Idioms in English and in Welsh. */
export interface Idioms {
  readonly en: readonly string[];
  readonly cy: readonly string[];
}

/**
 * Idioms that judge what they are said of ("a silver bullet", "a can of worms", "pie in the sky"). Said of a whole field
 * and no subject ("is AI a double-edged sword?", "genetics is a can of worms"), the question asks an opinion that no
 * passage gives, and the mentor says so (retrieval.ts); said of a subject ("is a VUS a smoking gun?"), it asks about it.
 */
export const OPINION_IDIOMS: Idioms = {
  en: [
    'smoking gun', 'red herring', 'red flag or a red herring', 'red flag or red herring', 'tip of the iceberg', 'elephant in the room', 'can of worms', 'double edged sword', 'silver bullet',
    'piece of cake', 'rocket science', 'pie in the sky', 'wild goose chase', 'best of both worlds', 'light at the end of the tunnel',
    'game changer', 'crystal ball', 'bells and whistles', 'all singing all dancing', 'a tall order', 'storm in a teacup',
    'mountain out of a molehill', 'low hanging fruit', 'blue sky thinking', 'clutching at straws', 'splitting hairs', 'icing on the cake',
    'bull in a china shop', 'head in the sand', 'sitting on the fence', 'up in the air', 'jury is out', 'jury is still out', 'catch 22',
    'move the goalposts', 'moving the goalposts', 'barking up the wrong tree', 'shot in the dark', 'baby out with the bathwater',
    'worth its salt', 'reinvent the wheel', 'hit the nail on the head', 'bite the bullet', 'jump the gun', 'cut corners', 'the acid test',
    'on a wing and a prayer', 'bang for our buck', 'bang for your buck', 'bang for the buck', 'proof of the pudding',
    'devil is in the detail', 'warts and all', 'rabbit hole', 'go for the jugular', 'straight for the jugular', 'apple doesnt fall far',
    'apple does not fall far', 'apple never falls far', 'far from the tree', 'needle in a haystack',
  ],
  // a needle in a haystack, give up (put the fiddle on the roof), an old wives' tale
  cy: ['nodwydd mewn tas wair', 'chwilio am nodwydd', 'rhoi’r ffidil yn y to', 'hen wragedd a ffyn'],
};

/**
 * Idioms that only set the scene or ask for an explanation ("get my head round DPIAs", "the ins and outs of consent",
 * "I'm out of my depth"): what they are said of is what is asked, however broad.
 */
export const SETTING_IDIOMS: Idioms = {
  en: [
    'get my head round', 'get my head around', 'get our heads round', 'get our heads around', 'get your head round',
    'get your head around', 'wrap my head around', 'under the bonnet', 'under the hood', 'ins and outs', 'nitty gritty', 'up to speed',
    'learn the ropes', 'show me the ropes', 'rule of thumb', 'on the same page', 'cross that bridge', 'push comes to shove',
    'hedge your bets', 'at the end of the day', 'food for thought', 'the bigger picture', 'back to square one', 'ball is in their court',
    'million dollar question', 'left right and centre', 'thrown in at the deep end', 'steep learning curve', 'neck of the woods',
    'hold the fort', 'cover all bases', 'cover all the bases', 'rings a bell', 'ring a bell', 'kill two birds with one stone',
    'two birds with one stone', 'the penny dropped', 'bread and butter', 'heads up', 'touch base', 'ducks in a row', 'kept in the dark',
    'walk the walk', 'above my pay grade', 'not my forte', 'out of my depth', 'in the same boat', 'get it in the neck', 'dead keen',
    'clean bill of health', 'out of the woods', 'smile and nod', 'smiled and nodded', 'nod and smile', 'nodded and smiled',
  ],
  // get my head round it, pulling a leg, at the end of the day, in the end, on the tip of my tongue, on top of the world
  cy: ['cael fy mhen rownd', 'cael pen rownd', 'tynnu coes', 'ar ddiwedd y dydd', 'yn y pen draw', 'ar flaen fy nhafod', 'ar ben y byd'],
};
