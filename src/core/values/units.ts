import { wordSet } from './text.js';

/**
 * Unit classes for counts. Every language's word for a thing maps to one class, so "four divisions" and
 * "4 дивизиона" are both four battalions. Turkish nouns carry suffixes, so Turkish stems match by prefix.
 */

const CLASSES: Record<string, { words: string; stems?: string }> = {
  battery: {
    words:
      'battery batteries батарея батареи батарей батарею батареями батареях batterie batteries batterien ' +
      'batería baterías',
    stems: 'batarya',
  },
  battalion: {
    words:
      'battalion battalions division divisions дивизион дивизиона дивизионов дивизионы дивизионами дивизионах ' +
      'батальон батальона батальонов батальоны bataillon bataillons bataillone batallón batallones abteilung ' +
      'abteilungen',
    stems: 'tabur',
  },
  regiment: {
    words: 'regiment regiments полк полка полков полки полками régiment régiments regimenter regimiento regimientos',
    stems: 'alay',
  },
  system: {
    words:
      'system systems systeme systemen комплекс комплекса комплексов комплексы комплексами система системы ' +
      'систем системами système systèmes sistema sistemas',
    stems: 'sistem',
  },
  unit: {
    words: 'unit units единица единицы единиц единицами unité unités einheit einheiten unidad unidades',
    stems: 'adet',
  },
  launcher: {
    words:
      'launcher launchers пусковая пусковые пусковых пусковой пусковыми лаунчер lanceur lanceurs startgerät ' +
      'startgeräte abschussrampe abschussrampen lanzador lanzadores',
    stems: 'rampa',
  },
  missile: {
    words:
      'missile missiles interceptor interceptors ракета ракеты ракет ракетами ракетах rakete raketen misil misiles',
    stems: 'füze',
  },
  aircraft: {
    words:
      'aircraft jet jets fighter fighters plane planes airplane airplanes warplane warplanes самолет самолета ' +
      'самолетов самолеты самолетами истребитель истребителя истребителей истребители avion avions flugzeug ' +
      'flugzeuge kampfjet kampfjets avión aviones caza cazas',
    stems: 'uçak',
  },
  vehicle: {
    words:
      'vehicle vehicles car cars автомобиль автомобиля автомобилей автомобили машин машины автомобілів ' +
      'автомобілі véhicule véhicules voiture voitures fahrzeug fahrzeuge fahrzeugen auto autos vehículo ' +
      'vehículos coche coches veicolo veicoli samochód samochodów pojazdów سيارة سيارات مركبة مركبات',
    stems: 'araç otomobil',
  },
  people: {
    words:
      'people person persons soldier soldiers troops servicemen personnel человек человека солдат солдата ' +
      'военнослужащих военнослужащие personne personnes soldat soldats menschen personen soldaten persona ' +
      'personas soldado soldados военных офицеров офицера офицер бойцов военных военнослужащего військових ' +
      'військовослужбовців військовослужбовці солдатів солдати офіцерів офіцери осіб людей вояків ' +
      'militärangehörige militärangehörigen offiziere offizieren officers officer officiers militaires ' +
      'militares efectivos oficiales żołnierzy żołnierze militari soldati mann angehörige angehörigen ' +
      'infanteristen kämpfer fighters infantrymen combatants combattants combatientes бойцов бійців men ' +
      'спецназовцев спецназовцы спецназівців commandos spezialkräfte elitesoldaten',
    stems: 'kişi asker',
  },
};

const BY_WORD = new Map<string, string>();
const STEMS: Array<[string, string]> = [];
for (const [cls, def] of Object.entries(CLASSES)) {
  for (const w of wordSet(def.words)) BY_WORD.set(w, cls);
  for (const s of wordSet(def.stems ?? '')) STEMS.push([s, cls]);
}

// Turkish words that start like a unit stem but are something else ("askeri" is "military").
const NOT_UNITS = wordSet('askeri askerî');

// Words glued to a unit that belong to it: "пусковых установок".
const SECOND_WORDS = wordSet('установок установки установка установками');

/** The unit class of a folded word ("divisions" → battalion), or null when it is not a known unit. */
export function unitClass(key: string): string | null {
  const hit = BY_WORD.get(key);
  if (hit) return hit;
  if (NOT_UNITS.has(key)) return null;
  for (const [stem, cls] of STEMS) {
    if (key.startsWith(stem) && key.length - stem.length <= 5) return cls;
  }
  return null;
}

/** True when a following word completes a two-word unit ("пусковых" + "установок"). */
export const completesUnit = (key: string): boolean => SECOND_WORDS.has(key);

/** English singular of a folded noun, for units outside the known classes ("lawmakers" → "lawmaker"). */
export function singular(key: string, lang: string): string {
  if (lang !== 'en' || key.length < 4) return key;
  if (/(ss|us|is)$/.test(key)) return key;
  if (key.endsWith('ies')) return `${key.slice(0, -3)}y`;
  if (/(ches|shes|sses|xes|zes)$/.test(key)) return key.slice(0, -2);
  if (key.endsWith('s')) return key.slice(0, -1);
  return key;
}

const IRREGULAR_PLURALS: Record<string, string> = { aircraft: 'aircraft', people: 'people', battery: 'batteries' };

/** English plural of a unit for display ("battalion" → "battalions"). */
export function plural(unit: string): string {
  const irregular = IRREGULAR_PLURALS[unit];
  if (irregular) return irregular;
  if (/[^aeiou]y$/.test(unit)) return `${unit.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(unit)) return `${unit}es`;
  return /^[a-z]+$/.test(unit) ? `${unit}s` : unit;
}

/** Is this one of the unit classes ("people", "battalion"), rather than a noun read as it stood ("employee")? */
export const isUnitClass = (unit: string): boolean => Object.prototype.hasOwnProperty.call(CLASSES, unit);
