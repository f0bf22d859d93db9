/** How much of each instruction line the leak check compares: enough to recognise a repeated line. */
export const PROMPT_LINE_LENGTH = 60;

/**
 * True when model output repeats one of the mentor's instruction lines (the lower-cased line starts
 * that bot/mentors/load.ts prepares): such output is never shown, however it was coaxed out.
 */
export function repeatsInstructions(text: string, promptLines: readonly string[]): boolean {
  const lowered = text.toLowerCase();
  return promptLines.some((line) => lowered.includes(line));
}
