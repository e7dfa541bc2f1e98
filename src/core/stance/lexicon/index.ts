import type { Lexicon } from './types.js';
import { en } from './en.js';
import { ru } from './ru.js';
import { uk } from './uk.js';
import { tr } from './tr.js';
import { fr } from './fr.js';
import { de } from './de.js';
import { es } from './es.js';
import { pl } from './pl.js';
import { it } from './it.js';
import { el } from './el.js';
import { ar } from './ar.js';
import { zh } from './zh.js';
import { ja } from './ja.js';
import { ko } from './ko.js';

export type { Lexicon } from './types.js';

/** Every language's cue words, by ISO 639-1 code. The cue patterns use them all at once (text language is a guess). */
export const LEXICONS: Readonly<Record<string, Lexicon>> = { en, ru, uk, tr, fr, de, es, pl, it, el, ar, zh, ja, ko };
