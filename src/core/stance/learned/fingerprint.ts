import { hashString } from './lexical.js';
import { denseNames, pairFeatures, type FeatureOptions } from './features.js';
import { prepareClaim, prepareText } from './prepare.js';

/**
 * A fingerprint of what this code computes for a few fixed pairs: the learned judge's own features (its cue
 * classes, similarity, length, and the hashed words), not the rule engine's signals, which change as the rules
 * improve. Training writes it into the weights file; a test recomputes it, so weights left behind by a change
 * to the feature code are caught before they judge with features they were not trained on.
 */

const PROBES: ReadonlyArray<[claim: string, text: string, language: string]> = [
  [
    'The port of Valmora will close in May.',
    'Officials denied the port of Valmora would close, calling it a hoax.',
    'en',
  ],
  ['The port of Valmora will close in May.', 'Valmora port may shut in May, sources say', 'en'],
  [
    'The port of Valmora will close in May.',
    'Dock workers met on Friday. The port of Valmora will close in May, the minister said. ' +
      'Unions were not consulted. They plan a strike. Shipping firms are looking elsewhere.',
    'en',
  ],
  ['Порт Вальмора закроют в мае.', 'Власти опровергли слухи о закрытии порта Вальмора.', 'ru'],
  ['Valmora limanı mayısta kapanacak.', 'Yetkililer, Valmora limanının kapanacağı iddiasını yalanladı.', 'tr'],
];

/** Dense features that are this module's own (the rule engine's signals are left out). */
const OWN = /^(?:(?:short|long|head)\.)?(?:cw|overlap|trigram|length|lexical)\./;

export function featureFingerprint(o: Omit<FeatureOptions, 'lexical'>): string {
  const parts: string[] = [];
  for (const [claim, text, language] of PROBES) {
    const x = pairFeatures(prepareClaim(claim, language), prepareText(text, language), { ...o, lexical: true });
    const names = denseNames(o.shared ?? true);
    const own = names.flatMap((n, i) => (OWN.test(n) ? [`${n}=${x.dense[i]!.toFixed(4)}`] : []));
    parts.push(own.join(','), [...x.hashed].sort((a, b) => a - b).join(','));
  }
  return hashString(parts.join('\n')).toString(16).padStart(8, '0');
}
