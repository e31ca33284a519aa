/**
 * A small glob matcher for the `conflictLens.files` setting: `**`, `*`, `?`, `{a,b}` and `[...]`,
 * matched against a forward-slash path. A pattern without a slash matches the file name anywhere.
 */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let inBraces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') {
          i++;
          re += '(?:[^/]*/)*';
        } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      inBraces++;
      re += '(?:';
    } else if (c === '}' && inBraces) {
      inBraces--;
      re += ')';
    } else if (c === ',' && inBraces) re += '|';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) re += '\\[';
      else {
        re += '[' + glob.slice(i + 1, close).replace(/\\/g, '\\\\').replace(/^!/, '^') + ']';
        i = close;
      }
    } else re += c.replace(/[.+^$()|\\\]]/g, '\\$&');
  }
  const anywhere = !glob.includes('/');
  return new RegExp((anywhere ? '(?:^|/)' : '^(?:.*/)?') + re + '$', 'i');
}

const compiled = new Map<string, RegExp | null>();

export function matchesAny(path: string, globs: string[]): boolean {
  const p = path.replace(/\\/g, '/');
  return globs.some((g) => {
    let re = compiled.get(g);
    if (re === undefined) {
      try {
        re = globToRegExp(g);
      } catch {
        re = null; // a malformed pattern matches nothing; settings validation reports it
      }
      compiled.set(g, re);
    }
    return re !== null && re.test(p);
  });
}
