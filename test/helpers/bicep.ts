/**
 * Just enough of Bicep's syntax to check HALI's templates offline (no Bicep CLI here): blocks by
 * brace matching, `param` declarations, module calls and the names in an array of name/value pairs.
 */

/** The text between the bracket that opens at `open` and its match (exclusive). */
export function block(text: string, open: number): string {
  const pairs: Record<string, string> = { '{': '}', '[': ']', '(': ')' };
  const stack: string[] = [];
  let quoted = false;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (!quoted && c === '/' && text[i + 1] === '/') {
      i = text.indexOf('\n', i);
      if (i < 0) break;
      continue;
    }
    if (c === "'" && text[i - 1] !== '\\') quoted = !quoted;
    if (quoted || c === "'") continue;
    if (pairs[c]) stack.push(pairs[c]);
    else if (c === stack[stack.length - 1]) {
      stack.pop();
      if (stack.length === 0) return text.slice(open + 1, i);
    } else if ('}])'.includes(c)) throw new Error(`unbalanced "${c}" at ${i}`);
  }
  throw new Error(`unclosed bracket at ${open}`);
}

/** True when every bracket in the file (outside strings and comments) is closed, in order, and none is left over. */
export function balanced(text: string): boolean {
  const wrapped = `{${text}\n}`;
  try {
    return block(wrapped, 0).length === wrapped.length - 2;
  } catch {
    return false;
  }
}

export interface Param {
  readonly name: string;
  readonly type: string;
  /** False for a param with no default: a deployment must give it. */
  readonly hasDefault: boolean;
}

export function params(text: string): Param[] {
  return [...text.matchAll(/^param (\w+) (\w+)( =)?/gm)].map((m) => ({ name: m[1], type: m[2], hasDefault: Boolean(m[3]) }));
}

/** The body of `var <name> = [ ... ]` or `{ ... }`. */
export function variable(text: string, name: string): string {
  const match = new RegExp(`^var ${name} = ([\\[{])`, 'm').exec(text);
  if (!match) throw new Error(`no var ${name}`);
  return block(text, match.index + match[0].length - 1);
}

/** Names in an array of `{ name: '...' value: ... }` objects. */
export function settingNames(arrayBody: string): string[] {
  return [...arrayBody.matchAll(/^\s*name: '([A-Za-z0-9_]+)'/gm)].map((m) => m[1]);
}

/** The value expression of the setting `name`, as written. */
export function settingValue(arrayBody: string, name: string): string | undefined {
  return new RegExp(`name: '${name}'\\s*\\n\\s*value: (.+)`).exec(arrayBody)?.[1].trim();
}

export interface ModuleCall {
  readonly symbol: string;
  readonly path: string;
  /** Keys passed in `params: { ... }`. */
  readonly params: string[];
}

export function modules(text: string): ModuleCall[] {
  return [...text.matchAll(/^module (\w+) '([^']+)' = (?:if \([^)]*\) )?\{/gm)].map((m) => {
    const body = block(text, m.index! + m[0].length - 1);
    const paramsAt = /^\s*params: \{/m.exec(body);
    const passed = paramsAt ? block(body, paramsAt.index + paramsAt[0].length - 1) : '';
    return { symbol: m[1], path: m[2], params: [...passed.matchAll(/^\s{0,6}(\w+):/gm)].map((p) => p[1]) };
  });
}

/** Every `resource x 'Type@version'` in the file. */
export function resourceTypes(text: string): { type: string; apiVersion: string }[] {
  return [...text.matchAll(/^resource \w+ '([\w./]+)@([^']+)'/gm)].map((m) => ({ type: m[1], apiVersion: m[2] }));
}

/** ${{NAME}} placeholders, as the Agents Toolkit fills them. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\$\{\{\s*([A-Z0-9_]+)\s*\}\}/g)].map((m) => m[1]))];
}

/**
 * A Bicep literal (object, array, string, number, boolean; items on their own lines) as a value, to
 * compare declarations with what the code expects. Comments are dropped.
 */
export function bicepLiteral(text: string): unknown {
  const tokens = text
    .replace(/\/\/[^\n]*/g, '')
    .match(/'(?:[^'\\]|\\.)*'|[{}[\]:]|[^\s{}[\]:']+/g)!;
  let at = 0;
  const value = (): unknown => {
    const token = tokens[at++];
    if (token === '{') {
      const object: Record<string, unknown> = {};
      while (tokens[at] !== '}') {
        const key = tokens[at++].replace(/^'|'$/g, '');
        if (tokens[at++] !== ':') throw new Error(`expected ":" after ${key}`);
        object[key] = value();
      }
      at++;
      return object;
    }
    if (token === '[') {
      const array: unknown[] = [];
      while (tokens[at] !== ']') array.push(value());
      at++;
      return array;
    }
    if (token.startsWith("'")) return token.slice(1, -1);
    if (token === 'true' || token === 'false') return token === 'true';
    if (/^-?\d+$/.test(token)) return Number(token);
    return { expression: token };
  };
  return value();
}
