/**
 * Every match of a global regular expression, by an `exec` loop on the expression itself. (`String#matchAll`
 * clones the expression on every call, which costs several times the matching on a short sentence.)
 * The expression must have the `g` flag; its `lastIndex` is reset after. `from` starts the search further in
 * (look-behinds still see the text before it).
 */
export function execAll(re: RegExp, text: string, from = 0): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // An empty match would hold the loop in place: step over one code point.
    if (m[0] === '') re.lastIndex = m.index + ((text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
  }
  re.lastIndex = 0;
  return out;
}
