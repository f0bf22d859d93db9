import { expect } from 'chai';
import { TurnState } from '@microsoft/teams-ai';
import { GROUNDING_KEY, OfflineMentorModel, type Grounding } from '../../bot/models/offline';

function memoryWith(grounding?: Grounding): TurnState {
  const state = new TurnState();
  (state as any)._scopes = { temp: { value: {} } };
  (state as any)._isLoaded = true;
  const values: Record<string, unknown> = { [GROUNDING_KEY]: grounding };
  return { getValue: (path: string) => values[path], setValue: () => undefined, hasValue: (p: string) => p in values, deleteValue: () => undefined } as unknown as TurnState;
}

describe('offline mentor model', () => {
  const model = new OfflineMentorModel();
  const call = (grounding?: Grounding) => model.completePrompt({} as never, memoryWith(grounding) as never);

  it('answers from the top passage and cites it as passage [1]', async () => {
    const response = await call({
      language: 'en',
      noAnswer: 'no answer',
      passages: [
        { answer: 'An LLM predicts text.', sources: [{ title: 'A', url: 'https://a.example' }, { title: 'B', url: 'https://b.example' }] },
        { answer: 'Other.', sources: [{ title: 'C', url: 'https://c.example' }] },
      ],
    });
    expect(response.status).to.equal('success');
    expect(response.message!.content).to.equal('An LLM predicts text. [1]');
  });

  it('says plainly that it has no answer when nothing was retrieved', async () => {
    const response = await call({ language: 'cy', noAnswer: 'Nid oes gennyf ateb.', passages: [] });
    expect(response.message!.content).to.equal('Nid oes gennyf ateb.');
    expect(response.message!.context).to.equal(undefined);
  });
});
