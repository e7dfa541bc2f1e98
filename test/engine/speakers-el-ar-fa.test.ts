import { describe, expect, it } from 'vitest';
import { claimSetSchema } from '../../src/core/claimset/schema.js';
import { compileClaimSet } from '../../src/core/claimset/compile.js';
import { analyzeArticle } from '../../src/core/analyze.js';
import { emptyHistory } from '../../src/core/types.js';

/**
 * Who speaks a denial in Greek, Arabic and Persian copy: the name before its verb, the name after a quotation, a
 * verb with no subject of its own after a quotation (the last speaker's), a spokesperson for a bank; and what is no
 * denial at all (no comment, "did not deny", a relayed report). An invented story: Delmaris Bank is said to be
 * merging with Orvena Bank. Every sentence is written for this test.
 */

const cs = compileClaimSet(
  claimSetSchema.parse({
    story: { id: 'delmaris-orvena', title: 'Delmaris and Orvena' },
    entities: [
      {
        id: 'delmaris',
        kind: 'company',
        aliases: { any: ['Delmaris'], el: ['Ντελμάρις'], ar: ['دلماريس'], fa: ['دلماریس'] },
      },
      {
        id: 'orvena',
        kind: 'company',
        aliases: { any: ['Orvena'], el: ['Ορβένα'], ar: ['أورفينا'], fa: ['اورفینا'] },
      },
    ],
    relevance: { all: ['orvena'] },
    actors: [
      {
        id: 'nikos-varelas',
        name: 'Nikos Varelas',
        kind: 'person',
        role: 'Delmaris Bank chairman',
        affiliation: 'delmaris',
        aliases: ['Nikos Varelas', 'Νίκος Βαρέλας', 'Βαρέλας', 'Βαρέλα'],
      },
      {
        id: 'samer-haddad',
        name: 'Samer Haddad',
        kind: 'person',
        role: 'Delmaris Bank chief executive',
        affiliation: 'delmaris',
        aliases: ['Samer Haddad', 'سامر الحداد', 'الحداد'],
      },
      {
        id: 'reza-kazemi',
        name: 'Reza Kazemi',
        kind: 'person',
        role: 'Delmaris Bank director',
        affiliation: 'delmaris',
        aliases: ['Reza Kazemi', 'رضا کاظمی', 'کاظمی'],
      },
      { id: 'al-ufuq', name: 'Al-Ufuq', kind: 'outlet', aliases: ['صحيفة الأفق', 'الأفق'] },
      {
        id: 'delmaris-bank',
        name: 'Delmaris Bank',
        kind: 'institution',
        aliases: ['Delmaris Bank', 'Τράπεζα Ντελμάρις', 'بنك دلماريس', 'بانک دلماریس'],
      },
    ],
    claims: [
      {
        id: 'merger',
        text: 'Delmaris Bank will merge with Orvena Bank.',
        terms: ['merger', 'merge', 'συγχώνευση', 'συγχώνευσης', 'اندماج', 'الاندماج', 'ادغام'],
        entities: ['delmaris', 'orvena'],
      },
    ],
  }),
);

let n = 0;
const denials = (title: string, text: string) =>
  analyzeArticle(
    { url: `https://wire.example/${n++}`, title, text, published: '2025-03-04T09:00:00Z', source: 'Bank Wire' },
    cs,
    emptyHistory(),
  )
    .alerts.filter((a) => a.kind === 'denial')
    .map((a) => `${a.actor} ${a.claim}`);

const VARELAS = ['Nikos Varelas merger'];
const HADDAD = ['Samer Haddad merger'];
const KAZEMI = ['Reza Kazemi merger'];

describe('Greek', () => {
  const title = 'Η Ορβένα στο επίκεντρο';
  const lead = 'Οι μετοχές της Ορβένα ανέβηκαν σήμερα στο χρηματιστήριο.\n\n';
  it('credits the name before its verb, and the name after a quotation', () => {
    expect
      .soft(denials(title, lead + 'Ο Νίκος Βαρέλας διέψευσε τα δημοσιεύματα για συγχώνευση με την Ορβένα.'))
      .toEqual(VARELAS);
    expect
      .soft(denials(title, lead + '«Δεν τίθεται θέμα συγχώνευσης με την Ορβένα», δήλωσε ο Βαρέλας.'))
      .toEqual(VARELAS);
    expect
      .soft(
        denials(
          title,
          lead + '«Η συγχώνευση με την Ορβένα είναι σενάριο επιστημονικής φαντασίας», ξεκαθάρισε ο Βαρέλας.',
        ),
      )
      .toEqual(VARELAS);
  });

  it('credits the subject after a verb that opens the sentence (verb first, then the article and the name)', () => {
    expect
      .soft(
        denials(
          title,
          lead + 'Διέψευσε κατηγορηματικά ο Νίκος Βαρέλας τα δημοσιεύματα για συγχώνευση με την Ορβένα.',
        ),
      )
      .toEqual(VARELAS);
    expect
      .soft(
        denials(
          title,
          lead + 'Τα σενάρια συγχώνευσης με την Ορβένα διέψευσε χθες ο Βαρέλας μιλώντας σε δημοσιογράφους.',
        ),
      )
      .toEqual(VARELAS);
    expect
      .soft(
        denials(
          title,
          lead + '«Δεν υπάρχει τέτοιο θέμα συγχώνευσης με την Ορβένα», απάντησε ο Βαρέλας σε ερώτηση δημοσιογράφου.',
        ),
      )
      .toEqual(VARELAS);
  });

  it('credits a speaker who opens the quotation with a colon', () => {
    expect
      .soft(denials(title, lead + 'Ο Βαρέλας δήλωσε: «Τα περί συγχώνευσης με την Ορβένα δεν ισχύουν».'))
      .toEqual(VARELAS);
  });

  it('gives a verb with no subject after a quotation to the last speaker', () => {
    const text =
      lead +
      'Ο Νίκος Βαρέλας δήλωσε σε δημοσιογράφους ότι τα κέρδη της τράπεζας αυξήθηκαν.\n\n' +
      '«Τα σενάρια συγχώνευσης με την Ορβένα είναι ανυπόστατα», επεσήμανε.';
    expect.soft(denials(title, text)).toEqual(VARELAS);
  });

  it('finds no denial in "refused to comment", "did not deny" or a relayed report', () => {
    for (const s of [
      'Ο Βαρέλας αρνήθηκε να σχολιάσει τη συγχώνευση με την Ορβένα.',
      'Ο Βαρέλας απέφυγε να σχολιάσει τα σενάρια συγχώνευσης με την Ορβένα.',
      'Ο Βαρέλας δεν διέψευσε τη συγχώνευση με την Ορβένα.',
      'Σύμφωνα με την εφημερίδα Πρωινή, ο Βαρέλας προετοιμάζει τη συγχώνευση με την Ορβένα.',
    ])
      expect.soft(denials(title, lead + s), s).toEqual([]);
  });
});

describe('Arabic', () => {
  const title = 'أسهم أورفينا ترتفع';
  const lead = 'ارتفعت أسهم بنك أورفينا اليوم في البورصة.\n\n';
  it('credits the name after its verb, and the name after a quotation', () => {
    expect.soft(denials(title, lead + 'نفى سامر الحداد الأنباء عن اندماج بنك دلماريس مع أورفينا.')).toEqual(HADDAD);
    expect.soft(denials(title, lead + '"لا صحة لأنباء الاندماج مع أورفينا"، قال الحداد للصحفيين.')).toEqual(HADDAD);
    expect.soft(denials(title, lead + 'وأكد الحداد عدم صحة ما يتردد عن الاندماج مع أورفينا.')).toEqual(HADDAD);
  });

  it('credits a speaker who opens the quotation with a colon, or stands after "according to"', () => {
    expect.soft(denials(title, lead + 'وقال الحداد: "الاندماج مع أورفينا غير وارد".')).toEqual(HADDAD);
    expect.soft(denials(title, lead + 'وبحسب الحداد، فإن أنباء الاندماج مع أورفينا عارية عن الصحة.')).toEqual(HADDAD);
    expect
      .soft(denials(title, lead + 'ونقلت صحيفة الأفق عن الحداد قوله إن الاندماج مع أورفينا غير مطروح.'))
      .toEqual(HADDAD);
  });

  it("gives a verb with no subject after the last speaker's sentence to that speaker", () => {
    const text =
      lead +
      'وقال سامر الحداد للصحفيين إن أرباح البنك ارتفعت.\n\n' +
      'وأضاف: "الحديث عن الاندماج مع أورفينا مجرد تكهنات".';
    expect.soft(denials(title, text)).toEqual(HADDAD);
  });

  it('lets a bank speak through its spokesperson', () => {
    expect(denials(title, lead + 'وقال المتحدث باسم بنك دلماريس إن الاندماج مع أورفينا عار عن الصحة.')).toEqual([
      'Delmaris Bank merger',
    ]);
  });

  it('finds no denial in "refused to comment", "did not deny" or a relayed report', () => {
    for (const s of [
      'ورفض الحداد التعليق على أنباء الاندماج مع أورفينا.',
      'ولم ينف الحداد وجود محادثات بشأن الاندماج مع أورفينا.',
      'ونقلت صحيفة الأفق عن مصرفيين أن الحداد يعد للاندماج مع أورفينا.',
    ])
      expect.soft(denials(title, lead + s), s).toEqual([]);
  });
});

describe('Persian', () => {
  const title = 'سهام اورفینا بالا رفت';
  const lead = 'سهام بانک اورفینا امروز در بورس بالا رفت.\n\n';
  it('credits the name before its verb, and the name before a quotation', () => {
    expect.soft(denials(title, lead + 'رضا کاظمی خبر ادغام بانک دلماریس با اورفینا را تکذیب کرد.')).toEqual(KAZEMI);
    expect.soft(denials(title, lead + 'کاظمی گفت: «ادغام با اورفینا در دستور کار نیست».')).toEqual(KAZEMI);
    expect.soft(denials(title, lead + 'کاظمی تصریح کرد که خبر ادغام با اورفینا بی‌اساس است.')).toEqual(KAZEMI);
    expect.soft(denials(title, lead + 'به گفته کاظمی، خبر ادغام با اورفینا شایعه‌ای بی‌پایه است.')).toEqual(KAZEMI);
  });

  it('gives "he added" after the last speaker\'s sentence to that speaker', () => {
    const text =
      lead +
      'رضا کاظمی امروز با خبرنگاران درباره نتایج بانک گفت‌وگو کرد.\n\n' +
      'وی افزود: «خبر ادغام با اورفینا صحت ندارد».';
    expect.soft(denials(title, text)).toEqual(KAZEMI);
  });

  it('finds no denial in "refused to comment", "did not deny", "neither confirmed nor denied" or a report', () => {
    for (const s of [
      'کاظمی از اظهار نظر درباره ادغام با اورفینا خودداری کرد.',
      'کاظمی ادغام با اورفینا را تکذیب نکرد.',
      'کاظمی خبر ادغام با اورفینا را نه تأیید و نه تکذیب کرد.',
      'به گزارش خبرگزاری پارسا، کاظمی مقدمات ادغام با اورفینا را فراهم می‌کند.',
    ])
      expect.soft(denials(title, lead + s), s).toEqual([]);
  });
});

describe('a denial that does not repeat the claim', () => {
  it('denies the report named in the sentence before, in the same paragraph', () => {
    expect
      .soft(
        denials(
          'Η Ορβένα στο επίκεντρο',
          'Δημοσιεύματα κάνουν λόγο για συγχώνευση της Ντελμάρις με την Ορβένα. ' +
            '«Δεν ισχύει τίποτα από αυτά», δήλωσε ο Βαρέλας.',
        ),
      )
      .toEqual(VARELAS);
    expect
      .soft(
        denials(
          'سهام اورفینا بالا رفت',
          'برخی رسانه‌ها از ادغام بانک دلماریس با اورفینا خبر دادند. کاظمی این خبر را تکذیب کرد.',
        ),
      )
      .toEqual(KAZEMI);
    expect
      .soft(
        denials(
          'أسهم أورفينا ترتفع',
          'وتحدثت تقارير عن اندماج بنك دلماريس مع أورفينا. وقال الحداد إن هذه الأنباء عارية عن الصحة.',
        ),
      )
      .toEqual(HADDAD);
    expect
      .soft(
        denials(
          'سهام اورفینا بالا رفت',
          'برخی رسانه‌ها از ادغام بانک دلماریس با اورفینا خبر دادند. کاظمی گفت این خبر بی‌اساس است.',
        ),
      )
      .toEqual(KAZEMI);
    expect
      .soft(
        denials(
          'Η Ορβένα στο επίκεντρο',
          'Δημοσιεύματα κάνουν λόγο για συγχώνευση της Ντελμάρις με την Ορβένα. ' +
            '«Είναι παντελώς αναληθή», δήλωσε ο Βαρέλας.',
        ),
      )
      .toEqual(VARELAS);
  });
});

describe('a headline', () => {
  it('reads the speaker before a colon, a Greek headline in capitals, and a body denying in the headline', () => {
    const body = 'Orvena shares rose.';
    expect.soft(denials('ΒΑΡΕΛΑΣ: ΔΕΝ ΙΣΧΥΕΙ Η ΣΥΓΧΩΝΕΥΣΗ ΜΕ ΤΗΝ ΟΡΒΕΝΑ', body)).toEqual(VARELAS);
    expect.soft(denials('بنك دلماريس ينفي أنباء الاندماج مع أورفينا', body)).toEqual(['Delmaris Bank merger']);
    expect.soft(denials('بانک دلماریس خبر ادغام با اورفینا را تکذیب کرد', body)).toEqual(['Delmaris Bank merger']);
  });
});

describe('names as Greek and Arabic write them', () => {
  it('reads a Greek name after the honorific "κ." (no sentence ends there, and it is no preposition)', () => {
    const lead = 'Οι μετοχές ανέβηκαν σήμερα.\n\n';
    expect
      .soft(denials('Χρηματιστήριο', lead + 'Διέψευσε ο κ. Βαρέλας τα σενάρια συγχώνευσης με την Ορβένα.'))
      .toEqual(VARELAS);
    expect
      .soft(denials('Χρηματιστήριο', lead + '«Δεν ισχύει η συγχώνευση με την Ορβένα», δήλωσε ο κ. Βαρέλας.'))
      .toEqual(VARELAS);
  });

  it('finds an Arabic name with "and", "by" or "to" written onto it', () => {
    const lead = 'ارتفعت أسهم البنك اليوم.\n\n';
    for (const s of [
      'ونفى الحداد الأنباء عن اندماج بنك دلماريس وأورفينا.',
      'ونفى الحداد الأنباء عن اندماج بنك دلماريس بأورفينا.',
      'وقال الحداد إن أنباء اندماج دلماريس ولأورفينا غير صحيحة.',
    ])
      expect.soft(denials('أسهم البنك ترتفع', lead + s), s).toEqual(HADDAD);
  });
});

describe('unnamed sources', () => {
  it('gives "informed sources said" no voice of the body named in what they say, in each language', () => {
    for (const [title, text] of [
      ['أسهم البنك ترتفع', 'وقالت مصادر مطلعة إن بنك دلماريس يرى أن الاندماج مع أورفينا غير وارد.'],
      ['سهام بانک', 'یک منبع آگاه گفت بانک دلماریس ادغام با اورفینا را تکذیب کرده است.'],
      [
        'Χρηματιστήριο',
        'Πηγές αναφέρουν ότι η Τράπεζα Ντελμάρις θεωρεί ανυπόστατα τα σενάρια συγχώνευσης με την Ορβένα.',
      ],
    ])
      expect.soft(denials(title!, text!), text).toEqual([]);
  });

  it('lets sources inside the body speak for it, as in English ("sources at the bank")', () => {
    expect
      .soft(denials('أسهم البنك ترتفع', 'وقالت مصادر في بنك دلماريس إن الاندماج مع أورفينا غير وارد.'))
      .toEqual(['Delmaris Bank merger']);
  });
});

describe('"according to him"', () => {
  it('gives "according to him", "in his words" to the last speaker, in each language', () => {
    expect
      .soft(
        denials(
          'Χρηματιστήριο',
          'Ο Νίκος Βαρέλας δήλωσε ότι τα κέρδη αυξήθηκαν. ' +
            'Σύμφωνα με τον ίδιο, τα σενάρια συγχώνευσης με την Ορβένα είναι ανυπόστατα.',
        ),
      )
      .toEqual(VARELAS);
    expect
      .soft(
        denials(
          'أسهم البنك ترتفع',
          'وقال سامر الحداد إن أرباح البنك ارتفعت. وعلى حد قوله، فإن الحديث عن الاندماج مع أورفينا مجرد تكهنات.',
        ),
      )
      .toEqual(HADDAD);
    expect
      .soft(denials('سهام بانک', 'رضا کاظمی گفت سود بانک افزایش یافت. به گفته وی، خبر ادغام با اورفینا بی‌اساس است.'))
      .toEqual(KAZEMI);
  });
});

describe('a Greek headline in capitals', () => {
  it('reads the verb without its accents, before or after the name', () => {
    const body = 'Οι μετοχές ανέβηκαν σήμερα.';
    expect.soft(denials('ΔΙΕΨΕΥΣΕ Ο ΒΑΡΕΛΑΣ ΤΑ ΣΕΝΑΡΙΑ ΣΥΓΧΩΝΕΥΣΗΣ ΜΕ ΤΗΝ ΟΡΒΕΝΑ', body)).toEqual(VARELAS);
    expect.soft(denials('Ο ΒΑΡΕΛΑΣ ΔΙΑΨΕΥΔΕΙ ΤΑ ΣΕΝΑΡΙΑ ΣΥΓΧΩΝΕΥΣΗΣ ΜΕ ΤΗΝ ΟΡΒΕΝΑ', body)).toEqual(VARELAS);
  });
});
