import { expect } from 'chai';
import { translator } from '../../bot/i18n';
import { pathView } from '../../bot/learning/pathway';
import { renderLesson, renderLessonComplete, renderNudge, renderPath, type CardJson } from '../../cards/render';
import { Verbs } from '../../cards/verbs';
import { escapeCardText } from '../../cards/escape';
import { realFaculty } from '../helpers/app';

/**
 * A laptop's Teams chat shows a card about 540 px wide and, under the compose box, about 560 px high:
 * roughly 70 characters to a line of body text and 22 lines before the card's actions would scroll away.
 * The budget leaves room for the header, the "Read more" button and the action row; the longest lesson
 * in view today (HALI's "what is AI" in Welsh) shows about 150 words.
 */
const CHARS_PER_LINE = 70;
const LINE_BUDGET = 18;
const WORD_BUDGET = 160;

interface Visible {
  texts: string[];
  /** Elements hidden until a ToggleVisibility shows them. */
  hiddenIds: string[];
  /** Text inside hidden elements. */
  hiddenTexts: string[];
  toggles: string[][];
}

/** What a card shows before anything is expanded: text of visible elements, and what is folded away. */
function visibleParts(card: CardJson): Visible {
  const seen: Visible = { texts: [], hiddenIds: [], hiddenTexts: [], toggles: [] };
  const walk = (node: unknown, hidden: boolean) => {
    if (Array.isArray(node)) return node.forEach((n) => walk(n, hidden));
    if (!node || typeof node !== 'object') return;
    const obj = node as Record<string, any>;
    const nowHidden = hidden || obj.isVisible === false;
    if (obj.isVisible === false && typeof obj.id === 'string') seen.hiddenIds.push(obj.id);
    if (obj.type === 'TextBlock' && typeof obj.text === 'string' && obj.text.trim()) (nowHidden ? seen.hiddenTexts : seen.texts).push(obj.text);
    if (obj.type === 'Action.ToggleVisibility') seen.toggles.push(obj.targetElements);
    for (const [key, value] of Object.entries(obj)) if (key !== 'actions' || obj.type === 'ActionSet') walk(value, nowHidden);
  };
  walk(card.body, false);
  return seen;
}

const linesOf = (texts: string[]) => texts.reduce((sum, text) => sum + Math.max(1, Math.ceil(text.length / CHARS_PER_LINE)), 0);
const wordsOf = (texts: string[]) => texts.join(' ').split(/\s+/).filter(Boolean).length;

describe('lesson cards: key points first, the rest behind "Read more"', () => {
  const faculty = realFaculty();

  for (const mentor of faculty.mentors) {
    for (const language of ['en', 'cy'] as const) {
      const context = { language, t: translator(language) };
      it(`${mentor.name} (${language}): every lesson fits a laptop screen above its actions, with the body one tap away`, () => {
        expect(mentor.lessons.length).to.be.greaterThan(0);
        for (const [i, lesson] of mentor.lessons.entries()) {
          const card = renderLesson(context, mentor, lesson, { position: i + 1, total: mentor.lessons.length });
          const seen = visibleParts(card);
          const where = `${mentor.id}/${lesson.id} (${language})`;
          expect(linesOf(seen.texts), `${where}: lines shown before "Read more"`).to.be.at.most(LINE_BUDGET);
          expect(wordsOf(seen.texts), `${where}: words shown before "Read more"`).to.be.at.most(WORD_BUDGET);
          // Key points and "try this" are in view; the body's paragraphs and sources are folded.
          for (const point of lesson.keyPoints[language]) expect(seen.texts, `${where}: key point shown`).to.include(`• ${escapeCardText(point)}`);
          expect(seen.texts).to.include(context.t('lesson.tryThis'));
          expect(seen.hiddenTexts).to.include(escapeCardText(lesson.body[language].split(/\n\s*\n/)[0].trim()));
          expect(seen.hiddenTexts).to.include(context.t('answer.sources'));
          // "Read more" opens exactly what is folded; the lesson's actions stay on the card itself.
          expect(seen.toggles).to.deep.equal([seen.hiddenIds]);
          const verbs = ((card.actions as any[]) ?? []).map((a) => a.data?.verb);
          expect(verbs).to.include.members([Verbs.quizStart, Verbs.lessonDone, Verbs.lessonPath]);
        }
      });
    }
  }

  it('gives the nudge the lesson card\'s own pieces: place in the pathway, key points, "try this at work" and sources', () => {
    const hali = faculty.defaultMentor;
    const lesson = hali.lessons[2];
    for (const language of ['en', 'cy'] as const) {
      const context = { language, t: translator(language) };
      const nudge = visibleParts(renderNudge(context, { kind: 'lesson', mentor: hali, lesson, place: { position: 3, total: 12 } }));
      const card = visibleParts(renderLesson(context, hali, lesson, { position: 3, total: 12 }));
      expect(nudge.texts).to.include(context.t('lesson.position', { position: 3, total: 12 }));
      expect(nudge.texts).to.include(context.t('lesson.tryThis'));
      // Everything the lesson card shows, the nudge shows too (the nudge adds its own heading).
      for (const text of card.texts.filter((t) => t !== card.texts[0])) expect(nudge.texts, `${language}: ${text}`).to.include(text);
      expect(nudge.hiddenTexts).to.deep.equal(card.hiddenTexts);
      expect(nudge.hiddenTexts.some((t) => t.includes(lesson.sources[0].url))).to.equal(true);
      expect(nudge.toggles).to.deep.equal([nudge.hiddenIds]);
    }
  });
});

describe('the path: done, now, next', () => {
  const hali = realFaculty().defaultMentor;
  const ids = hali.lessons.map((l) => l.id);

  it('shows the last two done, the lesson open now and the next two, with counts of the rest', () => {
    const path = pathView(hali, undefined, ids.slice(0, 5), ids[5]);
    expect(path).to.include({ total: ids.length, doneCount: 5, earlierDone: 3, later: ids.length - 8 });
    expect(path.done.map((s) => s.position)).to.deep.equal([4, 5]);
    expect(path.current?.position).to.equal(6);
    expect(path.next.map((s) => s.position)).to.deep.equal([7, 8]);
  });

  it('centres on the next lesson not done when the lesson named is already done or unknown', () => {
    expect(pathView(hali, undefined, ids.slice(0, 2), ids[0]).current?.lesson.id).to.equal(ids[2]);
    expect(pathView(hali, undefined, [], 'no-such-lesson').current?.lesson.id).to.equal(ids[0]);
    const fresh = pathView(hali, undefined, []);
    expect(fresh).to.include({ doneCount: 0, earlierDone: 0 });
    expect(fresh.done).to.deep.equal([]);
    const finished = pathView(hali, undefined, ids);
    expect(finished.current).to.equal(undefined);
    expect(finished).to.include({ doneCount: ids.length, later: 0 });
  });

  for (const language of ['en', 'cy'] as const) {
    const t = translator(language);
    it(`path card (${language}): rows in order with their status, the counts, and a way on`, () => {
      const card = renderPath({ language, t }, hali, pathView(hali, undefined, ids.slice(0, 5), ids[5]));
      const shown = visibleParts(card).texts;
      const row = (i: number) => escapeCardText(`${i + 1}. ${hali.lessons[i].title[language]}`);
      const rows = shown.filter((text) => /^\d+\\\. /.test(text));
      expect(rows).to.deep.equal([3, 4, 5, 6, 7].map(row));
      expect(shown).to.include(t('path.count', { done: 5, total: ids.length }));
      expect(shown).to.include(t('path.earlier', { count: 3 }));
      expect(shown).to.include(t('path.later', { count: ids.length - 8 }));
      expect(shown.filter((s) => s.includes(t('path.done')))).to.have.length(2);
      expect(shown.filter((s) => s.includes(t('path.now')))).to.have.length(1);
      expect(shown.filter((s) => s === t('path.next'))).to.have.length(2);
      expect((card.actions as any[]).map((a) => a.data.verb)).to.deep.equal([Verbs.lessonNext]);
    });

    it(`lesson-complete card (${language}): what was finished, progress along the path and the streak`, () => {
      const card = renderLessonComplete({ language, t }, hali, hali.lessons[1], pathView(hali, undefined, ids.slice(0, 2)), { current: 3, longest: 7 });
      const shown = visibleParts(card).texts;
      expect(shown).to.include(t('complete.title'));
      expect(shown).to.include(escapeCardText(t('complete.finished', { title: hali.lessons[1].title[language] })));
      expect(shown).to.include(t('path.count', { done: 2, total: ids.length }));
      expect(shown).to.include(t('progress.streak', { days: 3, longest: 7 }));
      expect((card.actions as any[]).map((a) => a.data)).to.deep.equal([{ verb: Verbs.lessonPath, mentorId: hali.id, lessonId: hali.lessons[1].id, lang: language }]);
    });
  }
});
