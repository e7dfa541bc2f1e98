/**
 * Fitting lists into a platform's character budget: keep whole lines while they fit, then say how
 * many were left out, so a reader knows the list goes on rather than seeing it cut mid-line.
 */

/** Join as many `lines` as fit in `max` characters; the rest become "…and N more". */
export function fitLines(lines: readonly string[], max: number, more = (n: number) => `…and ${n} more`): string {
  const kept: string[] = [];
  let used = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const left = lines.length - i - 1;
    const tail = left > 0 ? 1 + more(left).length : 0;
    const cost = (kept.length ? 1 : 0) + line.length;
    if (used + cost + tail > max) {
      const note = more(lines.length - i);
      return kept.length && used + 1 + note.length <= max
        ? `${kept.join('\n')}\n${note}`
        : kept.length
          ? kept.join('\n')
          : note.slice(0, max);
    }
    kept.push(line);
    used += cost;
  }
  return kept.join('\n');
}

/** Split text into chunks of at most `max` characters, preferring paragraph, then line, then word breaks. */
export function chunkText(text: string, max: number): string[] {
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    const at =
      [window.lastIndexOf('\n\n'), window.lastIndexOf('\n'), window.lastIndexOf(' ')].find((i) => i > max * 0.5) ??
      max;
    chunks.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).replace(/^\s+/, '');
  }
  if (rest) chunks.push(rest);
  return chunks;
}
