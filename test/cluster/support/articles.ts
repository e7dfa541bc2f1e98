import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Fictional articles for the cluster runs, made from the templates in test/fixtures/cluster: each item names a
 * made-up official nobody has quoted before, so each raises exactly one new denial alert whose event key is known
 * in advance and does not depend on the order in which instances analyse the items.
 */

export interface ClusterArticle {
  /** 0-based position in the publishing order. */
  seq: number;
  guid: string;
  /** Path of the article on the feed server (joined to its origin by the feed). */
  path: string;
  title: string;
  text: string;
  published: string;
  official: string;
  /** The one alert this article must raise. */
  expectedEventKey: string;
}

const TEMPLATE_DIR = fileURLToPath(new URL('../../fixtures/cluster/', import.meta.url));

// Invented given names and surnames; combined they make 30 × 30 = 900 distinct officials.
const GIVEN = [
  'Aylin',
  'Baran',
  'Cemal',
  'Derya',
  'Ebru',
  'Ferhat',
  'Gulsen',
  'Harun',
  'Ilkay',
  'Kaan',
  'Leyla',
  'Metin',
  'Nazli',
  'Oguz',
  'Pinar',
  'Rauf',
  'Seda',
  'Tarik',
  'Ufuk',
  'Vedat',
  'Yasemin',
  'Zafer',
  'Bulent',
  'Canan',
  'Dilek',
  'Erdal',
  'Filiz',
  'Hakan',
  'Irem',
  'Kemal',
];
const FAMILY = [
  'Akbulut',
  'Balcioglu',
  'Cakiroglu',
  'Demirtepe',
  'Erkoc',
  'Firatli',
  'Gencer',
  'Hazar',
  'Ilgaz',
  'Karatas',
  'Levent',
  'Mutlusoy',
  'Nalbantli',
  'Orhanli',
  'Polatkan',
  'Rizeli',
  'Soylemez',
  'Tanriverdi',
  'Ulusoy',
  'Vardarli',
  'Yalcinkaya',
  'Zorlutuna',
  'Aksungur',
  'Bozdemir',
  'Cevikel',
  'Dumlupinar',
  'Eskioglu',
  'Gokalp',
  'Kuzucu',
  'Tekinalp',
];

/** Most articles one run can publish with distinct officials. */
export const MAX_CLUSTER_ARTICLES = GIVEN.length * FAMILY.length;

let templates: Array<{ title: string; body: string }> | null = null;

function loadTemplates(): Array<{ title: string; body: string }> {
  templates ??= readdirSync(TEMPLATE_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const [title = '', ...rest] = readFileSync(TEMPLATE_DIR + f, 'utf8').split('\n');
      return { title, body: rest.join('\n').trim() };
    });
  return templates;
}

/** The made-up official of item `seq`: distinct for every seq below MAX_CLUSTER_ARTICLES. */
export function officialFor(seq: number): string {
  if (seq < 0 || seq >= MAX_CLUSTER_ARTICLES)
    throw new RangeError(`at most ${MAX_CLUSTER_ARTICLES} cluster articles (asked for #${seq})`);
  // Walk the grid diagonally so neighbouring items share neither given name nor surname.
  return `${GIVEN[seq % GIVEN.length]} ${FAMILY[(seq + Math.floor(seq / GIVEN.length)) % FAMILY.length]}`;
}

/** Item `seq` of a run; `runId` keeps links and GUIDs of different runs apart. */
export function clusterArticle(seq: number, runId: string, publishedAt: Date): ClusterArticle {
  const all = loadTemplates();
  const template = all[seq % all.length]!;
  const official = officialFor(seq);
  const fill = (s: string) => s.replaceAll('{{official}}', official);
  return {
    seq,
    guid: `urn:claimwatch-cluster:${runId}:${seq}`,
    path: `/news/${runId}/${seq}-${official.toLowerCase().replace(/\s+/g, '-')}`,
    title: fill(template.title),
    text: fill(template.body),
    published: publishedAt.toISOString(),
    official,
    expectedEventKey: `denial:turkey-seeks-return:name:${official}`,
  };
}
