import type { CompiledClaimSet } from './claimset/compile.js';
import { sentenceFingerprint } from './claimset/fingerprint.js';
import type { AlertDecision, AnalysisReport, ArticleInput, Finding, History, ValueFinding } from './types.js';
import { normaliseText } from './text/normalise.js';
import { stripBoilerplate } from './text/boilerplate.js';
import { detectLanguage } from './text/language.js';
import { splitSentences } from './text/sentences.js';
import { attributeStatements, nameStatements, UNNAMED_SOURCES, type Statement } from './statements/build.js';
import { attributeHeadline } from './statements/headline.js';
import { carriedTopic, rebuts, type Topic } from './topic.js';
import { headlineSpeaksToStory, judgeRelevance } from './relevance.js';
import { matchClaims, nearClaim, type ClaimMatch } from './match.js';
import { ruleJudge, type StanceJudge } from './stance/stance-judge.js';
import { valueFindings } from './value-findings.js';
import { clausesOf, judgeFinding } from './finding-judge.js';
import { decideAttribution, decideForFinding, displayName, type AlertContext, type JudgedFinding } from './alerts.js';
import { judgeValue } from './value-alerts.js';
import { decideNewClaim } from './new-claim.js';

/** Below this a claim is only touched in passing. */
const WEAK_MATCH = 0.45;

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
    const { otherEvent, decision } = judgeValue(v, ctx);
    if (otherEvent) continue;
    report.values.push(v);
    if (decision) decisions.push(decision);
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
