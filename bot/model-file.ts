import { readFileSync } from 'node:fs';

/**
 * A committed learned model's JSON (mentors/decision-model.json, mentors/one-patient-model.json), parsed: a file that cannot
 * be read or is not JSON throws what `refuse` makes of the problem, which names the file and the command that re-creates it.
 */
export function readModelJson(file: string, refuse: (problem: string) => Error): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw refuse(`cannot be read (${(error as Error).message})`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw refuse(`is not valid JSON (${(error as Error).message})`);
  }
}
