import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Verbs } from '../../cards/verbs';
import { cardExecute, cardSubmit, personalMessage } from '../helpers/activities';
import { testApp } from '../helpers/app';

const CARDS = join(__dirname, '..', '..', 'cards');

/** Every Action.Submit and Action.Execute in every template, with its verb. */
function templateActions(): { file: string; kind: 'submit' | 'execute'; verb: string }[] {
  const found: { file: string; kind: 'submit' | 'execute'; verb: string }[] = [];
  const walk = (file: string, node: unknown) => {
    if (Array.isArray(node)) node.forEach((n) => walk(file, n));
    else if (node && typeof node === 'object') {
      const obj = node as Record<string, any>;
      if (obj.type === 'Action.Execute') found.push({ file, kind: 'execute', verb: obj.verb });
      if (obj.type === 'Action.Submit') found.push({ file, kind: 'submit', verb: obj.data?.verb });
      Object.values(obj).forEach((v) => walk(file, v));
    }
  };
  for (const file of readdirSync(CARDS).filter((f) => f.endsWith('.json'))) walk(file, JSON.parse(readFileSync(join(CARDS, file), 'utf8')));
  return found;
}

describe('app: every card verb has a route', () => {
  const actions = templateActions();

  it('finds the actions in the templates, and every verb constant is used by some template', () => {
    expect(actions.length).to.be.greaterThan(10);
    const used = new Set(actions.map((a) => a.verb));
    for (const verb of Object.values(Verbs)) expect(used.has(verb), `${verb} is in no template`).to.equal(true);
  });

  for (const { file, kind, verb } of templateActions()) {
    it(`${file}: ${kind} "${verb}" is answered by a route`, async () => {
      const { send } = testApp();
      await send(personalMessage('hi'));
      if (kind === 'execute') {
        const replies = await send(cardExecute(verb, {}));
        const invoke = replies.find((r) => r.type === 'invokeResponse');
        expect(invoke, 'no invoke response: the verb has no route').to.not.equal(undefined);
        expect(invoke!.value.status).to.equal(200);
      } else {
        const replies = await send(cardSubmit({ verb }));
        expect(replies.length).to.be.greaterThan(0);
        expect(replies[0].text ?? '').to.not.equal('I can only read text messages for now.');
      }
    });
  }
});
