/**
 * The message catalogue. English is the reference; the Welsh table must have every key
 * (the type makes a missing translation a compile error), so Welsh is never treated less favourably.
 * Placeholders are written {name}.
 */
export const en = {
  'welcome.title': 'Croeso · Welcome to HALI',
  'welcome.intro':
    'I am HALI, your Healthcare AI Learning Interface. I give you short, practical learning on AI in health and care, in the flow of your work, with sources you can trust.',
  'welcome.faculty': 'The digital faculty: {mentors}.',
  'welcome.try': 'Ask me a question, for example "What is a large language model?", or press a button below.',
  'welcome.privacy': 'Please never share patient details with me: I am for learning, not for decisions about individual patients.',
  'welcome.button.help': 'What can you do?',
  'welcome.button.language': 'Cymraeg',
  'welcome.button.ask': 'What is a large language model?',
  'help.title': 'What HALI can do',
  'help.ask': 'Ask a question in your own words, and the right mentor answers with its sources.',
  'help.commands': 'Commands',
  'help.command.hi': 'the welcome card',
  'help.command.help': 'this list',
  'help.command.language': 'switch between English and Cymraeg',
  'help.command.myData': 'a copy of everything HALI holds about you',
  'help.command.forget': 'delete everything HALI holds about you',
  'privacy.exportIntro': 'Here is everything HALI holds about you: {count} record(s), as JSON. It is your personal data, so keep it safe.',
  'privacy.exportNone': 'HALI holds no records about you yet.',
  'privacy.exportPart': 'Part {part} of {parts}',
  'privacy.personalOnly': 'I only share or delete your data in our one-to-one chat. Message me there and say "{command}".',
  'privacy.forget.title': 'Delete everything HALI holds about you?',
  'privacy.forget.body':
    'This deletes your progress, review schedule, preferences, learning history and our conversation history with HALI. It cannot be undone. Messages in Teams itself are not affected.',
  'privacy.forget.confirm': 'Delete my data',
  'privacy.forget.cancel': 'Cancel',
  'privacy.forget.doneTitle': 'Your data has been deleted',
  'privacy.forget.done': 'Everything HALI held about you has been deleted ({count} record(s)). If you message me again, I will start afresh.',
  'privacy.forget.cancelled': 'Nothing was deleted.',
  'privacy.forget.expired': 'That confirmation has expired or was already used, so nothing was deleted. Say "forget me" to start again.',
  'help.mentors': 'Mentors',
  'help.soon': 'Lessons, quizzes, progress and daily nudges are being added.',
  'language.set': 'I will speak English with you from now on. You can switch back any time with "Cymraeg".',
  'answer.sources': 'Sources',
  'answer.noAnswer':
    'I do not have trusted content that answers that yet, so I will not guess. Try asking about {topics}, or type "help".',
  'answer.aiNotice': 'AI-generated learning content. Check it against the source before relying on it.',
  'answer.from': '{name} · {role}',
  'error.title': 'Sorry, something went wrong',
  'error.body': 'I could not finish that. Nothing you have saved was lost. Please try again in a moment.',
  'error.reference': 'Reference: {id}',
  'input.tooLong': 'That message is too long for me ({length} characters). Please keep questions under {max} characters.',
  'input.unsupported': 'I can only read text messages for now.',
} as const;

export type MessageKey = keyof typeof en;
export type Catalogue = Readonly<Record<MessageKey, string>>;

export const cy: Catalogue = {
  'welcome.title': 'Croeso i HALI · Welcome',
  'welcome.intro':
    'HALI ydw i, eich Rhyngwyneb Dysgu AI Gofal Iechyd. Rydw i’n cynnig dysgu byr ac ymarferol am AI ym maes iechyd a gofal, yn llif eich gwaith, gyda ffynonellau y gallwch ymddiried ynddynt.',
  'welcome.faculty': 'Y gyfadran ddigidol: {mentors}.',
  'welcome.try': 'Gofynnwch gwestiwn i mi, er enghraifft "Beth yw model iaith mawr?", neu pwyswch fotwm isod.',
  'welcome.privacy': 'Peidiwch byth â rhannu manylion cleifion gyda mi: rydw i ar gyfer dysgu, nid ar gyfer penderfyniadau am gleifion unigol.',
  'welcome.button.help': 'Beth allwch chi ei wneud?',
  'welcome.button.language': 'English',
  'welcome.button.ask': 'Beth yw model iaith mawr?',
  'help.title': 'Beth all HALI ei wneud',
  'help.ask': 'Gofynnwch gwestiwn yn eich geiriau eich hun, a bydd y mentor cywir yn ateb gyda’i ffynonellau.',
  'help.commands': 'Gorchmynion',
  'help.command.hi': 'y cerdyn croeso',
  'help.command.help': 'y rhestr hon',
  'help.command.language': 'newid rhwng Cymraeg a Saesneg',
  'help.command.myData': 'copi o bopeth sydd gan HALI amdanoch chi',
  'help.command.forget': 'dileu popeth sydd gan HALI amdanoch chi',
  'privacy.exportIntro': 'Dyma bopeth sydd gan HALI amdanoch chi: {count} cofnod, fel JSON. Eich data personol chi yw hwn, felly cadwch ef yn ddiogel.',
  'privacy.exportNone': 'Nid oes gan HALI unrhyw gofnodion amdanoch chi eto.',
  'privacy.exportPart': 'Rhan {part} o {parts}',
  'privacy.personalOnly': 'Dim ond yn ein sgwrs un-i-un y byddaf yn rhannu neu’n dileu eich data. Anfonwch neges ataf yno a dweud "{command}".',
  'privacy.forget.title': 'Dileu popeth sydd gan HALI amdanoch chi?',
  'privacy.forget.body':
    'Mae hyn yn dileu eich cynnydd, eich amserlen adolygu, eich dewisiadau, eich hanes dysgu a hanes ein sgwrs gyda HALI. Ni ellir ei ddadwneud. Nid effeithir ar negeseuon yn Teams ei hun.',
  'privacy.forget.confirm': 'Dileu fy nata',
  'privacy.forget.cancel': 'Canslo',
  'privacy.forget.doneTitle': 'Mae eich data wedi’i ddileu',
  'privacy.forget.done': 'Mae popeth oedd gan HALI amdanoch chi wedi’i ddileu ({count} cofnod). Os anfonwch neges ataf eto, byddaf yn dechrau o’r newydd.',
  'privacy.forget.cancelled': 'Ni ddilëwyd dim.',
  'privacy.forget.expired': 'Mae’r cadarnhad hwnnw wedi dod i ben neu wedi’i ddefnyddio eisoes, felly ni ddilëwyd dim. Dywedwch "anghofia fi" i ddechrau eto.',
  'help.mentors': 'Mentoriaid',
  'help.soon': 'Mae gwersi, cwisiau, cynnydd a negeseuon atgoffa dyddiol yn cael eu hychwanegu.',
  'language.set': 'Byddaf yn siarad Cymraeg gyda chi o hyn ymlaen. Gallwch newid yn ôl unrhyw bryd gydag "English".',
  'answer.sources': 'Ffynonellau',
  'answer.noAnswer':
    'Nid oes gennyf gynnwys dibynadwy sy’n ateb hynny eto, felly ni fyddaf yn dyfalu. Rhowch gynnig ar ofyn am {topics}, neu teipiwch "cymorth".',
  'answer.aiNotice': 'Cynnwys dysgu a gynhyrchwyd gan AI. Gwiriwch ef yn erbyn y ffynhonnell cyn dibynnu arno.',
  'answer.from': '{name} · {role}',
  'error.title': 'Mae’n ddrwg gennyf, aeth rhywbeth o’i le',
  'error.body': 'Ni allwn orffen hynny. Ni chollwyd dim a gadwyd gennych. Rhowch gynnig arall arni mewn munud.',
  'error.reference': 'Cyfeirnod: {id}',
  'input.tooLong': 'Mae’r neges honno’n rhy hir i mi ({length} nod). Cadwch gwestiynau o dan {max} nod, os gwelwch yn dda.',
  'input.unsupported': 'Dim ond negeseuon testun y gallaf eu darllen ar hyn o bryd.',
};
