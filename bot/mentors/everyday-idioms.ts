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
    // Added 2026-12-03 from everyday British usage (none from an evaluation question): judgements of what they are said of.
    // ("Jack of all trades", "master of none" and "one trick pony" left in stop 61: said of an AI tool they ask whether it is
    // narrow, and HALI's terms table reads them so.)
    'snake oil', 'too good to be true', 'flash in the pan', 'white elephant', 'house of cards', 'smoke and mirrors', 'emperors new clothes',
    'the real deal', 'mixed bag', 'hit and miss', 'hit or miss', 'leap of faith', 'money for old rope', 'poisoned chalice', 'trojan horse',
    'pandoras box', 'thin end of the wedge', 'slippery slope', 'a step too far', 'a bridge too far', 'cart before the horse',
    'tail wagging the dog', 'drop in the ocean', 'damp squib', 'all bark and no bite', 'more trouble than its worth', 'the next big thing',
    'be all and end all', 'sledgehammer to crack a nut', 'fools gold',
    'pig in a poke', 'castles in the air', 'pipe dream', 'holy grail', 'magic wand', 'wolf in sheeps clothing', 'recipe for disaster',
    'accident waiting to happen', 'ticking time bomb', 'box ticking exercise', 'tick box exercise', 'lip service', 'window dressing',
    'old wives tale', 'old wives tales', 'urban myth', 'urban legend', 'hot potato', 'flavour of the month', 'on the bandwagon',
    'all the rage', 'when pigs fly', 'pigs might fly', 'tough nut to crack', 'hard nut to crack', 'a long shot', 'a hard sell',
    'pull its weight', 'pulls its weight', 'worth its weight in gold', 'half baked', 'a dead end', 'dead in the water',
    'too many cooks', 'a double whammy', 'the best thing since sliced bread', 'since sliced bread',
  ],
  // a needle in a haystack, give up (put the fiddle on the roof), an old wives' tale
  cy: [
    'nodwydd mewn tas wair', 'chwilio am nodwydd', 'rhoi’r ffidil yn y to', 'hen wragedd a ffyn',
    // and (2026-12-03) the cart before the horse, all that is yellow is not gold, too much pudding chokes a dog
    'rhoi’r drol o flaen y ceffyl', 'y drol o flaen y ceffyl', 'nid aur yw popeth melyn', 'gormod o bwdin dagith gi',
    // and (2026-12-04, from dev20) worth its salt, as the English above
    'werth ei halen', 'gwerth ei halen',
  ],
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
    // Added 2026-12-03 from everyday British usage (none from an evaluation question): the scene, the asker's state, the talk.
    'secret sauce', 'tricks of the trade', 'sign on the dotted line', 'skeletons in the closet', 'skeleton in the closet',
    'skeletons in the cupboard', 'skeleton in the cupboard', 'out of the blue', 'bolt from the blue', 'out of left field',
    'out of the woodwork', 'long story short', 'cut a long story short', 'long and short of it', 'bits and bobs', 'odds and ends',
    'neither here nor there', 'by and large', 'all in all', 'when all is said and done', 'at the drop of a hat', 'off the top of my head',
    'off the top of your head', 'on the fly', 'on the hoof', 'seat of my pants', 'seat of our pants', 'pick your brains', 'pick your brain',
    'fly on the wall', 'lions share', 'in the pipeline', 'on the cards', 'on the horizon', 'down the line', 'down the track',
    'in the long run', 'for the time being', 'early days', 'the powers that be', 'top brass', 'higher ups', 'on the grapevine',
    'through the grapevine', 'word on the street', 'word of mouth', 'back to the drawing board', 'hit the ground running',
    'up and running', 'get the ball rolling', 'get the hang of', 'get to grips with', 'come to grips with', 'get a handle on',
    'in over my head', 'goes over my head', 'went over my head', 'all greek to me', 'double dutch', 'clear as mud', 'my head is spinning',
    'head spinning', 'blows my mind', 'mind boggling', 'scratching my head', 'at my wits end', 'snowed under', 'run off my feet',
    'rushed off my feet', 'burning the midnight oil', 'in the thick of it', 'baptism of fire', 'dip my toe', 'dip a toe',
    'test the waters', 'testing the waters', 'turn a blind eye', 'sweep under the carpet', 'swept under the carpet',
    'brush under the carpet', 'cut and dried', 'cut and dry', 'second nature', 'no brainer', 'hot topic', 'buzz word', 'talk of the town',
    'to be fair', 'in fairness', 'fair enough', 'fair play', 'fair dos', 'for what its worth', 'the bottom line', 'on the back burner',
    'in the same ballpark', 'make head or tail', 'make heads or tails', 'spill the beans', 'from the horses mouth',
    'straight from the horses mouth', 'keep me posted', 'fingers crossed', 'touch wood', 'knock on wood', 'the million dollar question',
    // and (2026-12-04, from dev20) where the work is done, talking a lot, and a word in fashion ("is genomics just a buzzword, or
    // is it making a difference?" asks what genomics does, as "a hot topic" above)
    'on the shop floor', 'shop floor', 'talk the hind legs off a donkey', 'hind legs off a donkey', 'buzzword',
  ],
  // get my head round it, pulling a leg, at the end of the day, in the end, on the tip of my tongue, on top of the world
  cy: [
    'cael fy mhen rownd', 'cael pen rownd', 'tynnu coes', 'ar ddiwedd y dydd', 'yn y pen draw', 'ar flaen fy nhafod', 'ar ben y byd',
    // and (2026-12-03) break the ice, fed up, hit the nail on its head, two birds with one stone, in a pickle, over the moon, keep
    // the dish level (keep the peace), no two ways about it, flat out, every now and then, on the whole, after all
    'torri’r garw', 'llond bol', 'taro’r hoelen ar ei phen', 'lladd dau aderyn ag un garreg', 'dau aderyn ag un garreg', 'mewn picil',
    'ar ben fy nigon', 'cadw’r ddysgl yn wastad', 'does dim dwywaith', 'dim dwywaith amdani', 'ffwl pelt', 'bob hyn a hyn', 'ar y cyfan',
    'wedi’r cyfan',
  ],
};
