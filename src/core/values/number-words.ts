import { fold } from './text.js';
import type { ReadContext } from './text.js';

/**
 * Number words by language. `n` words add up ("twenty five"), `mult` words multiply what came before
 * ("two hundred", "iki yüz"), `scale` words close a group ("two thousand", "2,5 млрд"), `half` adds one half
 * (Turkish "iki buçuk milyar").
 */
export type WordRole = 'n' | 'mult' | 'scale' | 'half';

export interface NumberWord {
  value: number;
  role: WordRole;
  /**
   * 'one': means one but is a weak count on its own ("one unnamed source").
   * 'article': doubles as the indefinite article (un, ein, bir); never a count on its own.
   */
  weak?: 'one' | 'article';
}

type Table = Record<string, string[]>;

// Each entry is "forms…:value"; role and weakness come from the table the entry sits in.
const SMALL: Table = {
  en: [
    'zero:0',
    'one:1',
    'two:2',
    'three:3',
    'four:4',
    'five:5',
    'six:6',
    'seven:7',
    'eight:8',
    'nine:9',
    'ten:10',
    'eleven:11',
    'twelve:12',
    'thirteen:13',
    'fourteen:14',
    'fifteen:15',
    'sixteen:16',
    'seventeen:17',
    'eighteen:18',
    'nineteen:19',
    'twenty:20',
    'thirty:30',
    'forty:40',
    'fifty:50',
    'sixty:60',
    'seventy:70',
    'eighty:80',
    'ninety:90',
  ],
  ru: [
    'один одна одно одного одной одному одним одном одну:1',
    'два две двух двум двумя:2',
    'три трёх трём тремя:3',
    'четыре четырёх четырём четырьмя:4',
    'пять пяти пятью:5',
    'шесть шести шестью:6',
    'семь семи:7',
    'восемь восьми восемью:8',
    'девять девяти девятью:9',
    'десять десяти десятью:10',
    'одиннадцать одиннадцати:11',
    'двенадцать двенадцати:12',
    'тринадцать тринадцати:13',
    'четырнадцать четырнадцати:14',
    'пятнадцать пятнадцати:15',
    'шестнадцать шестнадцати:16',
    'семнадцать семнадцати:17',
    'восемнадцать восемнадцати:18',
    'девятнадцать девятнадцати:19',
    'двадцать двадцати:20',
    'тридцать тридцати:30',
    'сорок сорока:40',
    'пятьдесят пятидесяти:50',
    'шестьдесят шестидесяти:60',
    'семьдесят семидесяти:70',
    'восемьдесят восьмидесяти:80',
    'девяносто девяноста:90',
    'сто ста:100',
    'двести двухсот:200',
    'триста трёхсот:300',
    'четыреста четырёхсот:400',
    'пятьсот пятисот:500',
    'шестьсот шестисот:600',
    'семьсот семисот:700',
    'восемьсот восьмисот:800',
    'девятьсот девятисот:900',
    'полтора полторы полутора:1.5',
    // Collective numerals count people: "шестеро офицеров", "трое раненых".
    'двое двоих:2',
    'трое троих:3',
    'четверо четверых:4',
    'пятеро пятерых:5',
    'шестеро шестерых:6',
    'семеро семерых:7',
  ],
  uk: [
    'одна одне одного одній:1',
    'дві двох двом:2',
    'трьох:3',
    'чотири чотирьох:4',
    'шість шести:6',
    'сім семи:7',
    'вісім восьми:8',
    'десять десяти:10',
    'одинадцять:11',
    'дванадцять:12',
    'п’ятнадцять:15',
    'двадцять двадцяти:20',
    'тридцять тридцяти:30',
    'сорок:40',
    'шістдесят:60',
    'сімдесят:70',
    'вісімдесят:80',
    'дев’яносто:90',
    'двісті:200',
    'триста:300',
    'чотириста:400',
    'двоє двох:2',
    'троє трьох:3',
    'четверо:4',
    'шестеро:6',
    'семеро:7',
  ],
  tr: [
    'sıfır:0',
    'bir:1',
    'iki:2',
    'üç:3',
    'dört:4',
    'beş:5',
    'altı:6',
    'yedi:7',
    'sekiz:8',
    'dokuz:9',
    'on:10',
    'yirmi:20',
    'otuz:30',
    'kırk:40',
    'elli:50',
    'altmış:60',
    'yetmiş:70',
    'seksen:80',
    'doksan:90',
  ],
  fr: [
    'un une:1',
    'deux:2',
    'trois:3',
    'quatre:4',
    'cinq:5',
    'six:6',
    'sept:7',
    'huit:8',
    'neuf:9',
    'dix:10',
    'onze:11',
    'douze:12',
    'treize:13',
    'quatorze:14',
    'quinze:15',
    'seize:16',
    'vingt:20',
    'trente:30',
    'quarante:40',
    'cinquante:50',
    'soixante:60',
  ],
  de: [
    'ein eine einen einem einer eins:1',
    'zwei:2',
    'drei:3',
    'vier:4',
    'fünf:5',
    'sechs:6',
    'sieben:7',
    'acht:8',
    'neun:9',
    'zehn:10',
    'elf:11',
    'zwölf:12',
    'zwanzig:20',
    'dreißig:30',
    'vierzig:40',
    'fünfzig:50',
  ],
  es: [
    'un uno una:1',
    'dos:2',
    'tres:3',
    'cuatro:4',
    'cinco:5',
    'seis:6',
    'siete:7',
    'ocho:8',
    'nueve:9',
    'diez:10',
    'once:11',
    'doce:12',
    'quince:15',
    'veinte:20',
    'treinta:30',
    'cuarenta:40',
    'cincuenta:50',
    'cien ciento:100',
    'doscientos doscientas:200',
    'trescientos trescientas:300',
    'cuatrocientos:400',
    'quinientos:500',
  ],
};

const MULT: Table = {
  en: ['hundred:100', 'dozen:12'],
  tr: ['yüz:100'],
  fr: ['cent cents:100'],
  de: ['hundert:100'],
};

const SCALE: Table = {
  en: ['thousand:1e3', 'million mn:1e6', 'billion bn:1e9', 'trillion:1e12'],
  ru: [
    'тысяча тысячи тысяч тысячу тысячей тысячам тысячами тыс:1e3',
    'миллион миллиона миллионов миллионам млн:1e6',
    'миллиард миллиарда миллиардов миллиардам млрд:1e9',
    'триллион триллиона триллионов трлн:1e12',
  ],
  uk: [
    'тисяча тисячі тисяч тисячу тис:1e3',
    'мільйон мільйона мільйонів млн:1e6',
    'мільярд мільярда мільярдів млрд:1e9',
  ],
  tr: ['bin:1e3', 'milyon:1e6', 'milyar:1e9', 'trilyon:1e12'],
  ar: ['ألف آلاف الف:1e3', 'مليون ملايين:1e6', 'مليار مليارات:1e9'],
  pl: ['tysiąc tysiące tysięcy tys:1e3', 'milion miliony milionów mln:1e6', 'miliard miliardy miliardów mld:1e9'],
  fr: ['mille:1e3', 'million millions:1e6', 'milliard milliards md mds:1e9'],
  de: ['tausend:1e3', 'million millionen mio:1e6', 'milliarde milliarden mrd:1e9'],
  es: ['mil:1e3', 'millón millones:1e6', 'billón billones:1e12'],
};

const HALF: Table = { tr: ['buçuk:0.5'] };

/** Words that mean one but are also the indefinite article in their language. */
const ARTICLE_ONES = new Set(['un', 'une', 'uno', 'una', 'ein', 'eine', 'einen', 'einem', 'einer', 'bir']);

function build(): Map<string, Map<string, NumberWord>> {
  const byLang = new Map<string, Map<string, NumberWord>>();
  const add = (table: Table, role: WordRole): void => {
    for (const [lang, entries] of Object.entries(table)) {
      const map = byLang.get(lang) ?? new Map<string, NumberWord>();
      byLang.set(lang, map);
      for (const entry of entries) {
        const [forms = '', value = '0'] = entry.split(':');
        for (const form of forms.split(' ')) {
          const key = fold(form);
          const weak = ARTICLE_ONES.has(key) ? 'article' : Number(value) === 1 && role === 'n' ? 'one' : undefined;
          map.set(key, weak ? { value: Number(value), role, weak } : { value: Number(value), role });
        }
      }
    }
  };
  add(SMALL, 'n');
  add(MULT, 'mult');
  add(SCALE, 'scale');
  add(HALF, 'half');
  return byLang;
}

const WORDS = build();

/** Every number word of every language (folded keys), for a quick look before reading a sentence. */
export const numberWordKeys = (): string[] => [...WORDS.values()].flatMap((m) => [...m.keys()]);

/** The number word `key` (folded) in one of the context's languages, if it is one. */
export function numberWord(key: string, ctx: ReadContext): NumberWord | undefined {
  for (const lang of ctx.langs) {
    const hit = WORDS.get(lang)?.get(key);
    if (hit) return hit;
  }
  return undefined;
}

/** Scale abbreviations that may be glued to digits ("2.5bn", "€3m"); m, k and b only next to a currency. */
export const GLUED_SCALES: Record<string, number> = {
  bn: 1e9,
  mn: 1e6,
  млрд: 1e9,
  млн: 1e6,
  тыс: 1e3,
  mrd: 1e9,
  mio: 1e6,
};
export const MONEY_GLUED_SCALES: Record<string, number> = { ...GLUED_SCALES, m: 1e6, k: 1e3, b: 1e9 };
/** Abbreviated scales that may be followed by a full stop ("млрд.", "Mrd."). */
export const ABBREVIATED = new Set([
  'bn',
  'mn',
  'тыс',
  'млн',
  'млрд',
  'трлн',
  'mrd',
  'mio',
  'md',
  'mds',
  'm',
  'k',
  'b',
  'tys',
  'mld',
  'тис',
]);
