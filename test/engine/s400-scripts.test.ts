import { beforeAll, describe, expect, it } from 'vitest';
import { loadClaimSet, type LoadedClaimSet } from '../../src/app/claimset.js';
import { analyzeArticle } from '../../src/core/analyze.js';
import { emptyHistory } from '../../src/core/types.js';

/**
 * The S-400 story told in five scripts, in sentences written for this test: each is about the story, and each
 * finds the Kremlin spokesman's denial — by the Greek and Arabic names, the Chinese characters, the Turkish title
 * before his name, and a "C-400" typed with a Latin C in Russian.
 */

const CASES: Array<[string, string, string]> = [
  [
    'el',
    'Η Άγκυρα εξετάζει επιστροφή των S-400 στη Ρωσία',
    'Η Τουρκία εξετάζει να επιστρέψει τα ρωσικά συστήματα S-400 στη Μόσχα, σύμφωνα με δημοσιεύματα. ' +
      'Ο εκπρόσωπος του Κρεμλίνου Ντμίτρι Πεσκόφ διέψευσε τις πληροφορίες.',
  ],
  [
    'ar',
    'تركيا تدرس إعادة منظومة إس-400 إلى روسيا',
    'قالت تقارير إن تركيا تدرس إعادة منظومة إس-400 الروسية إلى موسكو. ' +
      'ونفى المتحدث باسم الكرملين دميتري بيسكوف هذه الأنباء.',
  ],
  [
    'zh',
    '土耳其考虑将S-400归还俄罗斯',
    '据彭博社报道，土耳其正在考虑将俄制S-400防空系统归还俄罗斯。克里姆林宫发言人佩斯科夫否认了这一报道。',
  ],
  [
    'tr',
    "Türkiye S-400'leri Rusya'ya iade mi edecek?",
    "Bloomberg'in haberine göre Türkiye, Rus yapımı S-400 hava savunma sistemlerini " +
      "Rusya'ya iade etmeyi değerlendiriyor. Kremlin Sözcüsü Dmitriy Peskov iddiaları yalanladı.",
  ],
  [
    'ru',
    'Турция может вернуть C-400 России',
    'Турция рассматривает возможность вернуть российские зенитные ракетные комплексы C-400, сообщает Bloomberg. ' +
      'Песков опроверг эти сообщения.',
  ],
];

let cs: LoadedClaimSet;
beforeAll(async () => {
  cs = await loadClaimSet('seeds/s400-turkey.claims.yaml');
});

describe('the S-400 story in other scripts', () => {
  for (const [lang, title, text] of CASES) {
    it(`is read in ${lang}: on the story, with Peskov denying the return`, () => {
      const r = analyzeArticle(
        { url: `https://wire.example/${lang}`, title, text, published: null, source: 'Wire' },
        cs.compiled,
        emptyHistory(),
      );
      expect(r.relevant).toBe(true);
      expect(r.language).toBe(lang);
      expect(r.findings.filter((f) => f.stance === 'denies').map((f) => `${f.actor} ${f.claim}`)).toContain(
        'Dmitry Peskov turkey-seeks-return',
      );
    });
  }
});
