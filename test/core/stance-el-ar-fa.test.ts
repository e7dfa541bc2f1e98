import { describe, expect, it } from 'vitest';
import { judgeStance } from '../../src/core/stance/judge.js';
import { negationParity } from '../../src/core/stance/negation.js';
import { normaliseText } from '../../src/core/text/normalise.js';
import { tokenize } from '../../src/core/text/tokens.js';

/**
 * Greek, Arabic and Persian newsroom phrasing: how an official denies, relays, declines to comment, leaves a denial
 * unsaid or confirms. An invented story: Delmaris Bank is said to be merging with Orvena Bank. Every sentence is
 * written for this test.
 */

const MERGER = 'Delmaris Bank will merge with Orvena Bank.';

function stance(text: string, word: string, language: string): string {
  const t = normaliseText(text);
  const lower = t.toLowerCase();
  const at = lower.indexOf(word.toLowerCase());
  expect(at, `claim word ${word} in "${text}"`).toBeGreaterThanOrEqual(0);
  const claimStems = new Set(
    [...tokenize(normaliseText(MERGER)), ...tokenize(word.toLowerCase())].map((x) => x.stem),
  );
  return judgeStance({
    text: t,
    language,
    claimStems,
    claimNegative: negationParity(MERGER),
    claimText: MERGER,
    termOffsets: [at],
  }).stance;
}

type Case = [text: string, word: string, expected: string];

function check(language: string, cases: Case[]) {
  for (const [text, word, expected] of cases) expect.soft(stance(text, word, language), text).toBe(expected);
}

describe('Greek', () => {
  const W = 'συγχώνευσ';
  it('reads a denial by verb, by a nominal verdict and in capitals (headlines lose their accents)', () => {
    check('el', [
      ['Η Τράπεζα Ντελμάρις διέψευσε κατηγορηματικά τα δημοσιεύματα για συγχώνευση με την Ορβένα.', W, 'denies'],
      ['«Διαψεύδουμε κάθε σενάριο συγχώνευσης», ανέφερε η τράπεζα σε ανακοίνωσή της.', W, 'denies'],
      ['Τα σενάρια περί συγχώνευσης είναι παντελώς αναληθή, τόνισε ο εκπρόσωπος.', W, 'denies'],
      ['Ο υπουργός μίλησε για σενάρια επιστημονικής φαντασίας σχετικά με τη συγχώνευση.', W, 'denies'],
      ['«Δεν τίθεται θέμα συγχώνευσης με την Ορβένα», δήλωσε ο πρόεδρος της τράπεζας.', W, 'denies'],
      ['Η ΤΡΑΠΕΖΑ ΝΤΕΛΜΑΡΙΣ ΔΙΑΨΕΥΔΕΙ ΤΑ ΣΕΝΑΡΙΑ ΣΥΓΧΩΝΕΥΣΗΣ', 'συγχωνευσ', 'denies'],
      ['ΑΝΥΠΟΣΤΑΤΑ ΤΑ ΠΕΡΙ ΣΥΓΧΩΝΕΥΣΗΣ, ΛΕΕΙ Η ΟΡΒΕΝΑ', 'συγχωνευσ', 'denies'],
      ['Ουδέποτε συζητήθηκε συγχώνευση των δύο τραπεζών, σημείωσε ο εκπρόσωπος.', W, 'denies'],
      ['Τα σενάρια για συγχώνευση στερούνται κάθε βάσης, ανέφερε η τράπεζα.', W, 'denies'],
      ['Δεν αληθεύει ότι σχεδιάζεται συγχώνευση, σημείωσε ο εκπρόσωπος.', W, 'denies'],
      ['«Δεν υπάρχει τέτοιο θέμα συγχώνευσης», απάντησε ο πρόεδρος.', W, 'denies'],
      ['Δεν πρόκειται να υπάρξει συγχώνευση, ξεκαθάρισε ο πρόεδρος.', W, 'denies'],
    ]);
  });

  it('takes a relayed or alleged account as a report, not as the speaker asserting it', () => {
    check('el', [
      ['Σύμφωνα με την εφημερίδα Πρωινή Αύρα, οι δύο τράπεζες προετοιμάζουν τη συγχώνευση.', W, 'reports'],
      ['Όπως μετέδωσε ο σταθμός Κύμα, η συγχώνευση θα ανακοινωθεί τον Μάιο.', W, 'reports'],
      ['Η συγχώνευση φέρεται να βρίσκεται σε τελικό στάδιο.', W, 'reports'],
      ['Κυβερνητικοί κύκλοι εκτιμούν ότι η συγχώνευση θα ολοκληρωθεί φέτος.', W, 'reports'],
      ['Ο πρόεδρος άφησε ανοιχτό το ενδεχόμενο συγχώνευσης.', W, 'reports'],
    ]);
  });

  it('does not read a refusal to comment, a non-confirmation or "did not deny" as a denial', () => {
    check('el', [
      ['Η Ορβένα αρνήθηκε να σχολιάσει τις πληροφορίες για τη συγχώνευση.', W, 'reports'],
      ['Ο εκπρόσωπος απέφυγε να σχολιάσει τα σενάρια συγχώνευσης.', W, 'reports'],
      ['Η τράπεζα δεν θέλησε να σχολιάσει τη συγχώνευση.', W, 'reports'],
      ['Ο υπουργός δεν επιβεβαιώνει τη συγχώνευση.', W, 'reports'],
      ['Ο υπουργός δεν διέψευσε τη συγχώνευση των δύο τραπεζών.', W, 'reports'],
      ['Ο υπουργός αρνήθηκε να αποκλείσει τη συγχώνευση.', W, 'reports'],
      ['Η διοίκηση δεν απάντησε σε ερωτήματα για τη συγχώνευση.', W, 'reports'],
      ['Η κυβέρνηση δεν έχει επιβεβαιώσει τις πληροφορίες για τη συγχώνευση.', W, 'reports'],
      ['«Δεν είμαι σε θέση να το επιβεβαιώσω», είπε ο υπουργός για τη συγχώνευση.', W, 'reports'],
      ['«Δεν έχουμε περαιτέρω σχόλια για τη συγχώνευση», ανέφερε η τράπεζα.', W, 'reports'],
    ]);
  });

  it('reads a confirmation as support', () => {
    check('el', [['Ο διευθύνων σύμβουλος επιβεβαίωσε τη συγχώνευση των δύο τραπεζών.', W, 'supports']]);
  });
});

describe('Arabic', () => {
  const W = 'اندماج';
  it('reads a denial by verb and by a verdict on the report ("baseless", "out of the question")', () => {
    check('ar', [
      ['نفى بنك دلماريس الأنباء عن اندماجه مع بنك أورفينا.', W, 'denies'],
      ['وقال المتحدث إن التقارير بشأن الاندماج لا أساس لها من الصحة.', W, 'denies'],
      ['وأكد البنك عدم صحة ما يتردد عن الاندماج.', W, 'denies'],
      ['ووصف الوزير أنباء الاندماج بأنها شائعات لا صحة لها.', W, 'denies'],
      ['وشدد على أن الحديث عن اندماج البنكين مجرد تكهنات.', W, 'denies'],
      ['وقالت الوزارة في بيان إن الاندماج غير وارد في الوقت الحالي.', W, 'denies'],
      ['وأوضح المصدر أنه لم يتم اتخاذ أي قرار بشأن الاندماج.', W, 'denies'],
      ['ووصف البنك أنباء الاندماج بأنها ادعاءات باطلة.', W, 'denies'],
      ['وقال مسؤول إنه ليس هناك أي خطط للاندماج.', W, 'denies'],
      ['وقال الوزير إن الاندماج لن يتم.', W, 'denies'],
      ['وقالت الوزارة إن الاندماج لم يطرح على الطاولة.', W, 'denies'],
    ]);
  });

  it('takes a relayed account as a report', () => {
    check('ar', [
      ['ونقلت صحيفة الأفق عن مصرفيين أن الاندماج سيعلن الشهر المقبل.', W, 'reports'],
      ['وفقاً لـ وكالة الأنباء الرسمية، فإن الاندماج بات وشيكا.', W, 'reports'],
      ['وأوردت قناة المدار أن البنكين يقتربان من الاندماج.', W, 'reports'],
      ['وتقول وسائل الإعلام إن الاندماج سيتم قريبا.', W, 'reports'],
    ]);
  });

  it('does not read a refusal to comment, "neither confirmed nor denied" or "did not deny" as a denial', () => {
    check('ar', [
      ['ورفض متحدث باسم البنك التعليق على أنباء الاندماج.', W, 'reports'],
      ['وامتنع المسؤول عن الإدلاء بأي تعليق حول الاندماج.', W, 'reports'],
      ['ولم يؤكد الوزير الاندماج ولم ينفه.', W, 'reports'],
      ['ولم ينف المتحدث وجود محادثات بشأن الاندماج.', W, 'reports'],
      ['ورفض الوزير استبعاد الاندماج.', W, 'reports'],
      ['وقال المتحدث إن الحديث عن الاندماج سابق لأوانه.', W, 'reports'],
      ['وقال المتحدث: "لا نعلّق على أنباء الاندماج".', W, 'reports'],
      ['وقال البنك إنه لا يستطيع تأكيد أو نفي الاندماج.', W, 'reports'],
      ['وأوضح السفير أن بلاده لا تؤكد خبر الاندماج.', W, 'reports'],
    ]);
  });

  it('reads a confirmation as support', () => {
    check('ar', [['وأكد رئيس البنك الاندماج في مؤتمر صحفي.', W, 'supports']]);
  });

  it('keeps look-alikes apart: "moved … by way of" is no "relayed from", "not disclosed" no "will not happen"', () => {
    check('ar', [['ونقلت الشركة موظفيها عن طريق البحر بعد الاندماج.', W, 'supports']]);
    check('ar', [['وقال إنه لم يتم الكشف عن تفاصيل الاندماج.', W, 'supports']]);
  });
});

describe('Persian', () => {
  const W = 'ادغام';
  it('reads a denial however the words are joined (zero-width joiner, space or none; Arabic letters)', () => {
    check('fa', [
      ['سخنگوی بانک دلماریس خبر ادغام با بانک اورونا را تکذیب کرد.', W, 'denies'],
      ['مدیرعامل بانک گفت اخبار مربوط به ادغام بی‌اساس است.', W, 'denies'],
      ['مدیرعامل بانک گفت اخبار مربوط به ادغام بی اساس است.', W, 'denies'],
      ['وزارت اقتصاد ادعای ادغام دو بانک را به‌شدت تکذیب و اعلام کرد که مذاکره‌ای در کار نیست.', W, 'denies'],
      ['به گفته سخنگو، شایعه ادغام دو بانک صحت ندارد.', W, 'denies'],
      ['وزیر گفت خبر ادغام فاقد اعتبار است.', W, 'denies'],
      ['سخنگوی بانك خبر ادغام را تكذيب كرد.', W, 'denies'],
      ['وزیر گفت ادغام دو بانک در دستور کار نیست.', W, 'denies'],
      ['وزیر گفت خبر ادغام غیرواقعی است.', W, 'denies'],
      ['وزیر گفت ادغام انجام نخواهد شد.', W, 'denies'],
      ['وزیر گفت هیچ ادغامی صورت نمی‌گیرد.', W, 'denies'],
    ]);
  });

  it('takes a relayed account as a report', () => {
    check('fa', [
      ['به گزارش خبرگزاری پارسا، دو بانک درباره ادغام مذاکره می‌کنند.', W, 'reports'],
      ['بنا بر گزارش روزنامه صبح، ادغام دو بانک تا پایان سال انجام می‌شود.', W, 'reports'],
      ['رسانه‌ها از ادغام قریب‌الوقوع دو بانک خبر دادند.', W, 'reports'],
    ]);
  });

  it('does not read a refusal to comment, "neither confirmed nor denied" or "did not deny" as a denial', () => {
    check('fa', [
      ['سخنگوی بانک از اظهار نظر درباره ادغام خودداری کرد.', W, 'reports'],
      ['وزیر خبر ادغام را نه تأیید و نه تکذیب کرد.', W, 'reports'],
      ['سخنگو ادغام دو بانک را تکذیب نکرد.', W, 'reports'],
      ['سخنگو از تکذیب خبر ادغام خودداری کرد.', W, 'reports'],
      ['مدیرعامل گفت صحبت درباره ادغام هنوز زود است.', W, 'reports'],
      ['مدیرعامل به پرسش‌ها درباره ادغام پاسخی نداد.', W, 'reports'],
      ['وزیر گفت: «من ادغام دو بانک را تأیید نمی‌کنم و از آن اطلاعی ندارم».', W, 'reports'],
    ]);
  });

  it('reads a confirmation as support', () => {
    check('fa', [['مدیرعامل بانک ادغام دو بانک را تأیید کرد.', W, 'supports']]);
    check('fa', [['وزیر گفت ادغام سال آینده انجام می‌شود.', W, 'supports']]);
  });
});
