import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';

/** One fixture feed of test/ingest/fixtures/lenient, how it is served, and what a reader should get from it. */
export interface LenientCase {
  /** The failure class of issue 17 it stands for. */
  failure: string;
  file: string;
  /** Encode the (UTF-8) fixture text in this charset before decoding it as the poller would. */
  charset?: string;
  bom?: boolean;
  /** Replace the XML declaration (to make it lie). */
  declaration?: string;
  contentType?: string;
  /** The document's address (the response's Content-Location or URL). */
  baseUrl?: string;
  feedTitle?: string;
  /** In the order parseFeed returns them: newest first, undated in feed order. */
  items: Array<{ title: string; link: string }>;
}

const BOMS: Record<string, number[]> = {
  'utf-16le': [0xff, 0xfe],
  'utf-16be': [0xfe, 0xff],
  'utf-32le': [0xff, 0xfe, 0, 0],
  'utf-32be': [0, 0, 0xfe, 0xff],
};

/** The bytes a server would send for this case. */
export function caseBytes(c: LenientCase): Buffer {
  let text = readFileSync(fileURLToPath(new URL(`../fixtures/lenient/${c.file}`, import.meta.url)), 'utf8');
  if (c.declaration !== undefined) text = text.replace(/^<\?xml[^>]*\?>/, c.declaration);
  const body = iconv.encode(text, c.charset ?? 'utf-8');
  return c.bom && c.charset ? Buffer.concat([Buffer.from(BOMS[c.charset] ?? []), body]) : body;
}

const vestnik = [
  { title: 'Министерство опровергло сообщения о продаже порта', link: 'https://vestnik.example/news/port' },
  { title: 'Мэр пообещал отремонтировать мост до конца лета', link: 'https://vestnik.example/news/most' },
];
const minato = [
  { title: '防衛省、装備の返却報道を否定', link: 'https://minato-shinpo.example/news/1' },
  { title: '市長、新しい橋の建設計画を発表', link: 'https://minato-shinpo.example/news/2' },
];
const wide = [
  { title: 'Bakanlık iddiaları yalanladı — Министерство опровергло', link: 'https://cok-dilli.example/haber/1' },
];
const metro = (n: number, title: string) => ({ title, link: `https://metro-suburbs.example/${n}` });

export const LENIENT_CASES: LenientCase[] = [
  {
    failure: 'rss without a version',
    file: 'rss-without-version.xml',
    items: [
      {
        title: 'Port authority denies sale of the northern pier',
        link: 'https://lakeside-ledger.example/2025/pier-sale',
      },
      { title: 'Ferry timetable unchanged for spring', link: 'https://lakeside-ledger.example/2025/ferry-timetable' },
    ],
  },
  {
    failure: 'bare & in a link',
    file: 'bare-ampersand.xml',
    items: [
      { title: 'Council rejects the quarry plan', link: 'https://valley-post.example/read?id=41&section=local' },
      { title: 'Mayor: "no deal" on the bypass', link: 'https://valley-post.example/read?id=40&section=local' },
    ],
  },
  {
    failure: 'unescaped <br>',
    file: 'unescaped-br.xml',
    items: [
      { title: 'Water board denies rationing and promises new wells', link: 'https://hill-wire.example/water-board' },
      { title: 'Library reopens after repairs', link: 'https://hill-wire.example/library' },
    ],
  },
  {
    failure: 'body cut off mid-tag',
    file: 'cut-off-mid-item.xml',
    items: [
      { title: 'Shipyard workers end their strike', link: 'https://coastline-daily.example/shipyard-strike' },
      { title: 'Harbour dredging approved', link: 'https://coastline-daily.example/dredging' },
    ],
  },
  {
    failure: 'unreadable or newline-wrapped date',
    file: 'atom-bad-dates.xml',
    items: [
      { title: 'Budget vote delayed', link: 'https://northern-observer.example/budget-vote' },
      { title: 'Rail strike called off', link: 'https://northern-observer.example/rail-strike' },
      { title: 'Minister rules out early elections', link: 'https://northern-observer.example/early-elections' },
    ],
  },
  {
    failure: 'comment before the root mentions <!DOCTYPE',
    file: 'comment-mentions-doctype.xml',
    items: [
      { title: 'Bridge inspection finds no cracks', link: 'https://riverside-bulletin.example/bridge-inspection' },
    ],
  },
  {
    failure: 'comment before the root mentions <!ENTITY',
    file: 'comment-mentions-entity.xml',
    items: [{ title: 'Hospital wing opens a month early', link: 'https://upland-times.example/hospital-wing' }],
  },
  {
    failure: 'HTML DOCTYPE before <rss>',
    file: 'html-doctype-before-rss.xml',
    items: [{ title: 'Grain silo fire under control', link: 'https://plains-courier.example/silo-fire' }],
  },
  {
    failure: 'titles with entities and markup',
    file: 'title-entities-and-markup.xml',
    feedTitle: 'Metro & Suburbs',
    items: [
      metro(1, 'Q&A: the envoy’s week'),
      metro(2, "Tom & Jerry's diner closes"),
      metro(3, 'Breaking: ceasefire holds'),
      metro(4, 'Ceasefire talks resume'),
      metro(5, 'Prices fall & rise'),
      metro(6, 'Envoy denies the report'),
      metro(7, 'Café owners protest'),
      metro(8, 'Turnout < 40% in the by-election'),
      metro(9, 'Strike ends after talks'),
    ],
  },
  {
    failure: 'Atom XHTML, HTML and text titles',
    file: 'atom-title-types.xml',
    feedTitle: 'Bay & Delta Report',
    items: [
      { title: 'Port reopens after the storm', link: 'https://bay-delta.example/port-reopens' },
      { title: 'Strike & lockout both end', link: 'https://bay-delta.example/strike-lockout' },
      { title: 'Why <b> tags turn up in headlines', link: 'https://bay-delta.example/tags-in-headlines' },
      { title: 'Ferry & rail fares frozen', link: 'https://bay-delta.example/fares-frozen' },
    ],
  },
  {
    failure: 'xml:base in Atom',
    file: 'xml-base.xml',
    baseUrl: 'https://elsewhere.example/feeds/world.atom',
    items: [
      { title: 'Talks collapse over the border road', link: 'https://delta-news.example/world/2025/talks-collapse' },
      { title: 'Floods close three schools', link: 'https://delta-news.example/regional/floods' },
      { title: 'Mirror copy of the summit report', link: 'https://mirror.delta-news.example/reports/summit?lang=en' },
    ],
  },
  {
    failure: 'xml:base in RSS',
    file: 'rss-xml-base.xml',
    items: [
      { title: 'Frost damages early blossom', link: 'https://orchard-gazette.example/news/2025/frost' },
      { title: 'Growers deny price fixing', link: 'https://orchard-gazette.example/opinion/price-fixing' },
    ],
  },
  {
    failure: 'relative links and Content-Location',
    file: 'content-location.xml',
    baseUrl: 'https://moorland-record.example/archive/2025/feed.xml',
    items: [
      {
        title: 'Wind farm inquiry adjourned',
        link: 'https://moorland-record.example/archive/2025/stories/wind-farm-inquiry',
      },
    ],
  },
  {
    failure: 'Atom link choice (self, no rel, no href)',
    file: 'atom-link-choice.xml',
    items: [
      { title: 'Airport expansion paused', link: 'https://summit-herald.example/airport-expansion' },
      { title: 'Tram line gets the green light', link: 'https://summit-herald.example/tram-line' },
      { title: 'Court upholds the parking ban', link: 'https://summit-herald.example/parking-ban' },
      { title: 'Only a self link here', link: 'https://summit-herald.example/entries/4' },
    ],
  },
  {
    failure: 'Atom written with a prefix, Dublin Core under another prefix',
    file: 'prefixed-atom.xml',
    feedTitle: 'Granite Chronicle',
    items: [{ title: 'Quarry licence withdrawn', link: 'https://granite-chronicle.example/quarry-licence' }],
  },
  {
    failure: 'RSS item whose address is its guid or an Atom link under another prefix',
    file: 'guid-permalink.xml',
    items: [
      { title: 'Sea wall repairs finished', link: 'https://estuary-echo.example/sea-wall' },
      { title: 'Marina fees to rise', link: 'https://estuary-echo.example/marina-fees' },
    ],
  },
  {
    failure: 'element names in capitals',
    file: 'names-in-capitals.xml',
    feedTitle: 'Cliffside Weekly',
    items: [
      { title: 'Lighthouse keeper retires after forty years', link: 'https://cliffside-weekly.example/lighthouse' },
      { title: 'Cliff path reopens', link: 'https://cliffside-weekly.example/cliff-path' },
    ],
  },
  {
    failure: 'windows-1251, no declaration, no header charset',
    file: 'cyrillic-undeclared.xml',
    charset: 'windows-1251',
    contentType: 'text/xml',
    items: vestnik,
  },
  {
    failure: 'KOI8-R, no declaration, no header charset',
    file: 'cyrillic-undeclared.xml',
    charset: 'koi8-r',
    contentType: 'text/xml',
    items: vestnik,
  },
  {
    failure: 'windows-1251 served as UTF-8',
    file: 'cyrillic-undeclared.xml',
    charset: 'windows-1251',
    contentType: 'application/rss+xml; charset=utf-8',
    items: vestnik,
  },
  {
    failure: 'UTF-8 declared as ISO-8859-1',
    file: 'cyrillic-undeclared.xml',
    declaration: '<?xml version="1.0" encoding="ISO-8859-1"?>',
    items: vestnik,
  },
  {
    failure: 'Shift_JIS, no declaration',
    file: 'japanese-undeclared.xml',
    charset: 'shift_jis',
    contentType: 'application/rss+xml',
    items: minato,
  },
  {
    failure: 'EUC-JP, no declaration',
    file: 'japanese-undeclared.xml',
    charset: 'euc-jp',
    contentType: 'application/rss+xml',
    items: minato,
  },
  { failure: 'UTF-16LE without BOM', file: 'wide-encoding.xml', charset: 'utf-16le', items: wide },
  { failure: 'UTF-16BE without BOM', file: 'wide-encoding.xml', charset: 'utf-16be', items: wide },
  { failure: 'UTF-32LE without BOM', file: 'wide-encoding.xml', charset: 'utf-32le', items: wide },
  { failure: 'UTF-32BE without BOM', file: 'wide-encoding.xml', charset: 'utf-32be', items: wide },
  { failure: 'UTF-32LE with BOM', file: 'wide-encoding.xml', charset: 'utf-32le', bom: true, items: wide },
  { failure: 'UTF-32BE with BOM', file: 'wide-encoding.xml', charset: 'utf-32be', bom: true, items: wide },
];
