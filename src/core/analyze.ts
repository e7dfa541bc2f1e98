import type { CompiledClaim, CompiledClaimSet } from './claimset/compile.js';
import { contentStems } from './text/tokens.js';
import { sentenceFingerprint } from './claimset/fingerprint.js';
import type { AlertDecision, AnalysisReport, ArticleInput, Finding, History, ValueFinding } from './types.js';
import { normaliseText } from './text/normalise.js';
import { stripBoilerplate } from './text/boilerplate.js';
import { detectLanguage } from './text/language.js';
import { splitSentences } from './text/sentences.js';
import { attributeStatements, nameStatements, UNNAMED_SOURCES, type Statement } from './statements/build.js';
import { attributeHeadline } from './statements/headline.js';
import { carriedTopic, quotedRebuttal, rebuts, type Topic } from './topic.js';

/** Below this a claim is only touched in passing. */
const WEAK_MATCH = 0.45;
import { headlineSpeaksToStory, judgeRelevance } from './relevance.js';
import { matchClaims, nearClaim, type ClaimMatch } from './match.js';
import { ClauseCues, clauses } from './stance/judge.js';
import { ruleJudge, type StanceJudge } from './stance/stance-judge.js';
import { valueFindings } from './value-findings.js';
import { entitySpans } from './values/name-findings.js';
import { CESSATION_STEMS } from './stance/scope-words.js';
import { decideAttribution, decideForFinding, displayName, type AlertContext, type JudgedFinding } from './alerts.js';
import { anotherEvent, decideValue } from './value-alerts.js';
import { decideNewClaim } from './new-claim.js';

/** The report plus what the pipeline stores but `analyze --json` does not print. */
export interface Analysis extends AnalysisReport {
  /** Alerts about events already on record: one more source each, not a new alert. */
  repeats: AlertDecision[];
  /** Actor keys of the findings (claim-set id, `name:…`, `outlet:…`), parallel to `findings`. */
  actorKeys: string[];
}

/**
 * Entities in reach of a statement: its own, the two before it, the title's, and the body its speaker speaks for
 * (a chairman's "buying Nissan is not our aim" is his company's).
 */
function contextEntities(
  all: Statement[],
  i: number,
  title: Statement | null,
  storyWide: ReadonlySet<string>,
  cs: CompiledClaimSet,
): Set<string> {
  const out = new Set<string>(storyWide);
  for (let k = Math.max(0, i - 2); k <= i; k++) for (const e of all[k]!.entities) out.add(e);
  if (title) for (const e of title.entities) out.add(e);
  const speaker = all[i]!.speaker;
  const own = speaker ? cs.actors.get(speaker)?.affiliation : undefined;
  if (own && cs.entityIds.includes(own)) out.add(own);
  return out;
}

/** One clause of a sentence: its span, the stems it carries, and its cue matches once a claim was judged in it. */
interface Clause {
  span: [number, number];
  stems: Set<string>;
  cues: ClauseCues | null;
}

/** A sentence's clauses with the stems each carries (worked out once per sentence, for all its claims). */
function clausesOf(st: Statement): Clause[] {
  const spans = clauses(st.sentence.text);
  // One clause is the clause of every claim: its stems are never asked for.
  if (spans.length === 1) return [{ span: spans[0]!, stems: new Set(), cues: null }];
  return spans.map((span) => ({
    span,
    stems: new Set(st.tokens.filter((t) => t.start >= span[0] && t.start < span[1]).map((t) => t.stem)),
    cues: null,
  }));
}

/** The clause carrying the claim: whole terms count most, then distinct words of the claim's wording. */
function pickClause(parts: Clause[], claim: CompiledClaim): Clause {
  if (parts.length === 1) return parts[0]!;
  let best = parts[0]!;
  let bestN = -1;
  for (const part of parts) {
    let terms = 0;
    for (const ph of claim.termPhrases) {
      let all = true;
      for (const x of ph) if (!part.stems.has(x)) all = false;
      if (all) terms++;
    }
    let own = 0;
    for (const x of part.stems) if (claim.ownStems.has(x)) own++;
    const n = 3 * terms + own;
    if (n > bestN) [best, bestN] = [part, n];
  }
  return best;
}

function judgeFinding(
  st: Statement,
  parts: Clause[],
  m: ReturnType<typeof matchClaims>[number],
  language: string,
  judge: StanceJudge,
  cs: CompiledClaimSet,
) {
  // Judge the clause that carries the claim's words, not the whole sentence; a rebuttal carried over from the matter
  // just spoken of has no words of the claim: the clause that rebuts ("called that account pure fiction, and Trump's
  // team never confirmed it").
  const rebutting = m.termOffsets.length ? undefined : parts.find((p) => rebuts(st.sentence.text.slice(...p.span)));
  const clause = rebutting ?? pickClause(parts, m.claim);
  const [s, e] = clause.span;
  const text = st.sentence.text.slice(s, e);
  const cues = (clause.cues ??= new ClauseCues(text, language));
  // The claim's own words (its terms and its text), not words its paraphrases merely share with the sentence: a
  // negation of "company" ("not about one company dominating") says nothing of "merger talks".
  const own = ownWordsOf(m.claim);
  const termOffsets: number[] = [];
  // Both lists are in text order: one walk pairs each offset with its token.
  let k = 0;
  for (const o of m.termOffsets) {
    while (k < st.tokens.length && st.tokens[k]!.start < o) k++;
    const t = st.tokens[k]?.start === o ? st.tokens[k] : undefined;
    if (o >= s && o < e && (!t || own.has(t.stem) || own.has(t.short))) termOffsets.push(o - s);
  }
  const ask = (offsets: number[]) =>
    judge.judge({
      text,
      language,
      claimStems: m.claim.ownStems,
      claimNegative: m.claim.negative,
      claimText: m.claim.text,
      termOffsets: offsets,
      cues,
      sentence: st.sentence.text,
    });
  let verdict = ask(termOffsets);
  // A negation that reaches only the names of who the claim is about ("has not spoken to Trump" against "Putin is
  // open to dialogue with Trump") denies nothing of it: asked again without those names, when other words remain.
  if (verdict.stance === 'denies' && verdict.rule === 'negation' && m.claim.entities.length) {
    const names = entitySpans(st, cs).filter((e) => m.claim.entities.includes(e.id));
    const kept = termOffsets.filter((o) => !names.some((e) => o + s >= e.start && o + s < e.end));
    if (kept.length && kept.length < termOffsets.length) verdict = ask(kept);
  }
  // "Denied reports that it would scrap the memorandum": what is denied is the undoing, not the memorandum.
  if (verdict.stance === 'denies' && undoneInText(text, termOffsets, m.claim))
    verdict = { stance: 'reports', confidence: 0.5, rule: 'undoing-denied' };
  // The speaker's quoted words rebut the report the sentence names around the claim's words.
  const rebutted =
    verdict.stance !== 'denies' && st.speaker !== null && quotedRebuttal(st.sentence.text, m.termOffsets)
      ? { stance: 'denies' as const, confidence: 0.55, rule: 'quoted-rebuttal' }
      : verdict;
  return { ...rebutted, otherVoice: otherVoice(st, m.termOffsets) };
}

/**
 * Words for undoing an agreement or a document: scrapping, cancelling, terminating, annulling. Not "abandon",
 * "withdraw" or "give up", which are often a claim's own matter ("give the systems back").
 */
const UNDO = new RegExp(
  String.raw`(?<![\p{L}])(?:scrap\p{L}*|cancel\p{L}*|terminat\p{L}*|tear up|tore up|annul\p{L}*|rescind\p{L}*|` +
    String.raw`расторг\p{L}*|аннулир\p{L}*|розірв\p{L}*|iptal|feshe\p{L}*|résili\p{L}*|aufkündig\p{L}*|` +
    String.raw`kündig\p{L}*|anular\p{L}*|rescindir\p{L}*|annullar\p{L}*|rescinder\p{L}*)(?![\p{L}])|` +
    String.raw`白紙|撤回|破棄|解消|取り消|撤销|撤銷|取消|终止|終止|파기|철회|취소`,
  'iu',
);

/** Is a claim word of the clause the object of an undoing ("scrap the memorandum", "基本合意書を白紙に戻す")? */
function undoneInText(text: string, termOffsets: readonly number[], claim: CompiledClaim): boolean {
  if (!termOffsets.length || [...CESSATION_STEMS].some((x) => claim.ownStems.has(x))) return false;
  return termOffsets.some((o) => UNDO.test(text.slice(Math.max(0, o - 20), o)) || UNDO.test(text.slice(o, o + 24)));
}

/**
 * Do the claim's words stand in a part of the sentence with a voice of its own: after a comma, a new subject and its
 * own reporting verb ("The Kremlin denied the report, Kyiv also said it was not informed")?
 */
function otherVoice(st: Statement, termOffsets: number[]): boolean {
  if (st.cues.length < 2 || !termOffsets.length) return false;
  const text = st.sentence.text;
  for (const c of st.cues.slice(1)) {
    const comma = text.lastIndexOf(',', c.at);
    if (comma < 0 || comma <= st.cues[0]!.at) continue;
    if (!/^\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{L}+){0,2}\s*$/u.test(text.slice(comma + 1, c.at))) continue;
    // Most of the claim's words there (a name of the story's parties may stand in the first part too).
    if (termOffsets.filter((o) => o > comma).length * 3 >= termOffsets.length * 2) return true;
  }
  return false;
}

const ownWords = new WeakMap<CompiledClaim, ReadonlySet<string>>();
function ownWordsOf(claim: CompiledClaim): ReadonlySet<string> {
  let w = ownWords.get(claim);
  if (!w) ownWords.set(claim, (w = new Set([...claim.termStems, ...contentStems(claim.text)])));
  return w;
}

/** What the statements of one article share while they are judged in order. */
interface ArticleScope {
  article: ArticleInput;
  cs: CompiledClaimSet;
  ctx: AlertContext;
  language: string;
  judge: StanceJudge;
  report: Analysis;
  decisions: AlertDecision[];
  /** The claims the last statements spoke to: a rebuttal that names none of a claim's words is about them. */
  topic: Topic;
}

/** Judge one statement (the headline or a body sentence): findings, values and the alerts they raise. */
function judgeStatement(st: Statement, i: number, reach: ReadonlySet<string>, scope: ArticleScope): void {
  const { article, cs, ctx, language, report, decisions } = scope;
  const actorKey = st.speaker ?? `outlet:${article.source}`;
  const actor = displayName(cs, actorKey);
  const matched = matchClaims(st, reach, cs);
  const central = cs.story.central ? (cs.byId.get(cs.story.central) ?? null) : null;
  // A rebuttal touching a claim by a word or two in passing ("told … false information" against "told in
  // advance", "informed") answers the matter just spoken of, not that claim.
  const passing =
    st.speaker !== null && matched.length > 0 && matched[0]!.score < WEAK_MATCH && rebuts(st.sentence.text);
  const carried = !matched.length || passing ? carriedTopic(st, i, scope.topic, central) : [];
  const own = passing && carried.length ? [] : matched;
  if (own.length) scope.topic = { matches: own, at: i, paragraph: st.sentence.paragraph };
  const matches = own.length ? deniedFirst(st, own) : carried;
  // Words on record from someone else: that is the news; the sentence's other readings would be noise.
  const misattributed =
    st.speaker && st.quotes.length
      ? decideAttribution({ actorKey, quotes: st.quotes, evidence: st.sentence.text }, ctx)
      : null;
  if (misattributed) decisions.push(misattributed);
  const parts = matches.length ? clausesOf(st) : [];
  let firstDenied = false;
  matches.forEach((m, rank) => {
    const raw = judgeFinding(st, parts, m, language, scope.judge, cs);
    // Relayed speech ("according to Turkish media", "X reported") reports; it does not assert. An outlet's own
    // voice reports a denial it tells of; it does not deny anything itself.
    // Unnamed sources tell what they know, and outlets relay what they are told; a position on record needs someone
    // who can be held to it.
    const relayed =
      (st.cues[0]?.kind === 'report' && raw.stance === 'supports') ||
      ((!st.speaker || st.speaker === UNNAMED_SOURCES || cs.actors.get(st.speaker)?.kind === 'outlet') &&
        raw.stance === 'denies');
    // One denial is about one claim: the others the sentence names are what it is about, not what it denies.
    const second =
      (rank > 0 && raw.stance === 'denies' && firstDenied) || (raw.stance === 'denies' && raw.otherVoice);
    const stance = relayed || second ? 'reports' : raw.stance;
    if (rank === 0) firstDenied = stance === 'denies';
    if (!own.length && stance !== 'denies') return;
    for (const key of [actorKey, ...(st.coSpeakers ?? [])]) judgeFor(key, m, raw, stance, relayed, rank);
  });
  function judgeFor(
    actorKey: string,
    m: ClaimMatch,
    raw: { confidence: number; rule: string },
    stance: Finding['stance'],
    relayed: boolean,
    rank: number,
  ): void {
    const actor = displayName(cs, actorKey);
    const finding: Finding = {
      claim: m.claim.id,
      claimText: m.claim.text,
      stance,
      actor,
      evidence: st.sentence.text,
      confidence: Math.round(raw.confidence * m.score * 100) / 100,
    };
    report.findings.push(finding);
    report.actorKeys.push(actorKey);
    const judged: JudgedFinding = {
      claim: finding.claim,
      claimText: finding.claimText,
      stance,
      actor,
      evidence: finding.evidence,
      confidence: finding.confidence,
      actorKey,
      attributed: st.attributed,
      rule: relayed ? 'relayed' : raw.rule,
      quotes: st.quotes,
    };
    // One denial is about one claim: only the best-fitting claim of the sentence can raise a new denial.
    const d = misattributed ? null : decideForFinding(judged, ctx, rank === 0);
    if (d) decisions.push(d);
  }
  // Relative dates ("Thursday", "last year") count from the article's own date.
  const values: ValueFinding[] = valueFindings(st, reach, cs, language, st.speaker ? actor : null, article.published);
  for (const v of values) {
    // A figure or date far from every one on record is another event's: not this claim's value at all.
    if (anotherEvent(v, ctx)) continue;
    report.values.push(v);
    const d = decideValue(v, ctx);
    if (d) decisions.push(d);
  }
  if (cs.story.newClaimAlerts && !matches.length && !values.length && !misattributed) {
    const d = decideNewClaim(
      st,
      actor,
      cs,
      () => nearClaim(st, cs) || cs.knownSentences.has(sentenceFingerprint(st.sentence.text)),
    );
    if (d) decisions.push(d);
  }
}

/** How an article is judged: the stance judge asked about each statement (default: the rules). */
export interface AnalyzeOptions {
  judge?: StanceJudge;
}

/**
 * Analyse one article against a compiled claim set and the store's history. Pure: same inputs, same report.
 */
export function analyzeArticle(
  article: ArticleInput,
  cs: CompiledClaimSet,
  history: History,
  opts: AnalyzeOptions = {},
): Analysis {
  const text = stripBoilerplate(normaliseText(article.text));
  const title = normaliseText(article.title);
  const language = detectLanguage(`${title}\n${text}`);
  // Names first: they decide relevance, and an article off the story needs nobody's words attributed.
  const titleNamed = title ? nameStatements(splitSentences(title, language).slice(0, 1), cs) : null;
  const bodyNamed = nameStatements(splitSentences(text, language), cs);
  const titleSt = titleNamed?.statements[0] ?? null;
  const body = bodyNamed.statements;
  const judged = judgeRelevance(titleSt, body, cs);
  const rel = headlineSpeaksToStory(judged, titleSt, cs)
    ? { ...judged, relevant: true, score: Math.max(judged.score, cs.relevance.threshold) }
    : judged;
  const report: Analysis = {
    url: article.url,
    title: article.title,
    published: article.published,
    language,
    relevant: rel.relevant,
    story: rel.relevant ? cs.story.id : null,
    relevance: rel.score,
    findings: [],
    values: [],
    alerts: [],
    repeats: [],
    actorKeys: [],
  };
  if (!rel.relevant) return report;
  if (titleNamed) attributeHeadline(titleNamed, cs);
  attributeStatements(bodyNamed, cs);

  const scope: ArticleScope = {
    article,
    cs,
    language,
    judge: opts.judge ?? ruleJudge,
    report,
    decisions: [],
    topic: { matches: [], at: -10, paragraph: -1 },
    ctx: { cs, history, where: article.url, published: article.published },
  };
  // The story's own entities are in reach everywhere once the article is about the story; others
  // (a place, a third country) must be near the sentence.
  const storyWide = new Set(cs.relevance.all);
  // A headline is a statement too ("Kremlin: report of talks untrue"), judged first; its claims are the topic
  // of the lead.
  if (titleSt) judgeStatement(titleSt, -1, contextEntities([titleSt], 0, null, storyWide, cs), scope);
  const fromTitle = scope.decisions.splice(0);
  body.forEach((st, i) => judgeStatement(st, i, contextEntities(body, i, titleSt, storyWide, cs), scope));
  // The headline sums up the article: it raises an alert only where the body, which names the speaker and the
  // claim more fully, raises none of that kind on that claim, nor a denial by the same speaker.
  // A denial is one voice's: the headline's stands unless the body has a denial of that claim in the same voice, or
  // by someone the claim set does not know (most often an official of the body the headline names). A known other
  // voice denying the same claim in the body is a second alert, not this one.
  const inBody = new Set(scope.decisions.flatMap((d) => [`${d.kind}:${d.claim}`, `${d.kind}@${d.actor}`]));
  const bodyDenials = scope.decisions.filter((d) => d.kind === 'denial').map((d) => d.eventKey);
  const sameDenial = (d: AlertDecision) =>
    inBody.has(`denial@${d.actor}`) ||
    bodyDenials.some((k) => k === d.eventKey || k.startsWith(`denial:${d.claim}:name:`));
  scope.decisions.push(
    ...fromTitle.filter((d) => (d.kind === 'denial' ? !sameDenial(d) : !inBody.has(`${d.kind}:${d.claim}`))),
  );

  const seen = new Set<string>();
  for (const d of scope.decisions) {
    if (seen.has(d.eventKey)) continue;
    seen.add(d.eventKey);
    (history.alertedEvents.has(d.eventKey) ? report.repeats : report.alerts).push(d);
  }
  return report;
}

/**
 * In a denial, the claim denied is the one whose words come first after the verb: "denies information that Kyiv
 * was warned about the call" denies the warning, not the call it is about. Other statements keep their order.
 */
function deniedFirst(st: Statement, matches: ClaimMatch[]): ClaimMatch[] {
  const deny = st.cues.find((c) => c.kind === 'deny');
  if (!deny || matches.length < 2) return matches;
  const firstAfter = (m: ClaimMatch) => {
    let first = Infinity;
    for (const o of m.termOffsets) if (o > deny.at && o < first) first = o;
    return first;
  };
  const order = matches.map((m, k) => ({ m, k, at: firstAfter(m) }));
  order.sort((a, b) => a.at - b.at || a.k - b.k);
  return order.map((o) => o.m);
}
