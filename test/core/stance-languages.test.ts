import { describe, expect, it } from 'vitest';
import { judgeStance } from '../../src/core/stance/judge.js';
import { negationParity } from '../../src/core/stance/negation.js';
import { normaliseText } from '../../src/core/text/normalise.js';
import { tokenize } from '../../src/core/text/tokens.js';

/**
 * How a clause stands towards a claim, in the languages of the coverage: denials worded without the claim's
 * words, "no comment" and its cousins, and negation that must reach the claim's own predicate. Every sentence
 * here is written for this test about invented events.
 */

/** The judge as the pipeline calls it: the claim's words are found in the clause at the offsets of `words`. */
function stance(claim: string, text: string, words: string[], language?: string): string {
  const t = normaliseText(text);
  const lower = t.toLowerCase();
  const termOffsets = words.map((w) => lower.indexOf(w.toLowerCase())).filter((i) => i >= 0);
  expect(termOffsets.length, `claim words ${words.join(', ')} in "${text}"`).toBe(words.length);
  const claimStems = new Set(
    [...tokenize(normaliseText(claim)), ...tokenize(words.join(' ').toLowerCase())].map((x) => x.stem),
  );
  return judgeStance({
    text: t,
    language,
    claimStems,
    claimNegative: negationParity(claim),
    claimText: claim,
    termOffsets,
  }).stance;
}

const CALL = 'The mayor and the rail chief held a phone call';

describe("denials worded without the claim's own words", () => {
  it('reads "pure fiction", "false information" and "nothing to do with reality" as denials in every language', () => {
    const cases: Array<[string, string, string]> = [
      ['en', 'The spokesman said the story about the phone call was pure fiction.', 'phone call'],
      ['en', "Reports of a phone call have nothing to do with reality, the mayor's office said.", 'phone call'],
      ['en', "The mayor's office is pushing back against a report that a phone call took place.", 'phone call'],
      ['ru', 'Сообщения о телефонном разговоре — чистая выдумка, заявил представитель мэрии.', 'разговоре'],
      ['uk', 'Інформація про телефонну розмову не відповідає дійсності, заявили в мерії.', 'розмову'],
      ['pl', 'Doniesienia o rozmowie telefonicznej to czysty wymysł, powiedział rzecznik.', 'rozmowie'],
      ['it', 'La notizia della telefonata è pura fantasia, ha detto il portavoce.', 'telefonata'],
      ['de', 'Die Meldung über das Telefonat sei frei erfunden, sagte der Sprecher.', 'telefonat'],
      ['fr', "L'information sur cet appel est dénuée de tout fondement, selon le porte-parole.", 'appel'],
      [
        'fr',
        'La mairie prend ses distances avec les informations selon lesquelles un appel aurait eu lieu.',
        'appel',
      ],
      ['es', 'La noticia de la llamada es pura ficción, dijo el portavoz.', 'llamada'],
      ['tr', 'Belediye sözcüsü, telefon görüşmesi haberlerinin gerçek dışı olduğunu söyledi.', 'görüşmesi'],
      ['el', 'Ο εκπρόσωπος είπε ότι τα δημοσιεύματα για την τηλεφωνική επικοινωνία είναι ψευδή.', 'επικοινωνία'],
      ['ar', 'وقال المتحدث إن الأنباء عن المكالمة عارية عن الصحة.', 'المكالمة'],
      ['zh', '发言人表示，有关通话的报道纯属虚构。', '通话'],
      ['ja', '報道官は電話会談の報道について事実無根だと述べた。', '電話会談'],
      ['ko', '대변인은 전화 통화 보도가 사실무근이라고 말했다.', '통화'],
    ];
    for (const [lang, text, word] of cases)
      expect(stance(CALL, text, [word], lang), `${lang}: ${text}`).toBe('denies');
  });

  it('reads "there was no conversation" as a denial of the call, with the negation before or after the noun', () => {
    const cases: Array<[string, string, string]> = [
      ['en', '"There was no conversation," the spokesman said.', 'conversation'],
      ['ru', '«Разговора не было», — сказал представитель мэрии.', 'разговора'],
      ['uk', '«Розмови не було», — сказав речник.', 'розмови'],
      ['pl', '„Nie było żadnej rozmowy” – powiedział rzecznik.', 'rozmowy'],
      ['es', 'El portavoz insistió en que no hubo tal conversación.', 'conversación'],
      ['fr', "« Il n'y a eu aucune conversation », a dit le porte-parole.", 'conversation'],
      ['de', '„Es gab kein Gespräch“, sagte der Sprecher.', 'gespräch'],
      ['it', '"Non c\'è stata alcuna telefonata", ha detto il portavoce.', 'telefonata'],
      ['el', '«Δεν υπήρξε καμία συνομιλία», είπε ο εκπρόσωπος.', 'συνομιλία'],
      ['ar', 'وقال المتحدث: "لم تكن هناك أي محادثة".', 'محادثة'],
      ['tr', 'Sözcü, böyle bir telefon görüşmesi yapılmadığını söyledi.', 'görüşmesi'],
      ['ko', '대변인은 "대화는 없었다"고 말했다.', '대화는'],
      ['zh', '发言人强调，双方没有进行通话。', '通话'],
      ['ja', '報道官は、電話会談は行われなかったと述べた。', '電話会談'],
    ];
    for (const [lang, text, word] of cases)
      expect(stance(CALL, text, [word], lang), `${lang}: ${text}`).toBe('denies');
  });

  it('reads a company\'s "this is not something we announced" as a denial of the report, in several languages', () => {
    const PLANT = 'The dairy will close its Velden plant';
    expect(
      stance(
        PLANT,
        'The dairy said the report about closing the Velden plant was not something that was announced ' +
          'by the company.',
        ['closing', 'plant'],
        'en',
      ),
    ).toBe('denies');
    expect(
      stance(
        PLANT,
        '乳業会社はベルデン工場の閉鎖報道について「当社が発表したものではない」とコメントした。',
        ['工場', '閉鎖'],
        'ja',
      ),
    ).toBe('denies');
    expect(stance(PLANT, '该公司表示，关于关闭工厂的报道并非出自公司发布。', ['工厂'], 'zh')).toBe('denies');
    expect(
      stance(
        PLANT,
        "La laiterie précise que ces informations sur la fermeture de l'usine n'ont pas été communiquées par elle.",
        ['fermeture', 'usine'],
        'fr',
      ),
    ).toBe('denies');
    expect(stance(PLANT, '공장 폐쇄 보도에 대해 회사는 "결정된 것은 없다"고 밝혔다.', ['공장', '폐쇄'], 'ko')).toBe(
      'denies',
    );
  });

  it('reads "not on the agenda", "our position has not changed" and "no decision has been taken" as denials', () => {
    const MERGER = 'The two dairies decided to merge';
    expect(
      stance(MERGER, 'A merger of the two dairies is not on the agenda, the chairman said.', ['merger'], 'en'),
    ).toBe('denies');
    expect(
      stance(MERGER, 'No decision has been taken on a merger of the dairies, the board said.', ['merger'], 'en'),
    ).toBe('denies');
    expect(
      stance(MERGER, 'Слияние молочных заводов сейчас не стоит на повестке, сообщили в компании.', ['слияние'], 'ru'),
    ).toBe('denies');
    expect(stance(MERGER, 'Birleşme konusunda henüz karar alınmadı, dedi şirket sözcüsü.', ['birleşme'], 'tr')).toBe(
      'denies',
    );
    expect(
      stance(
        'The city changed its position on the bridge toll',
        'Our position on the bridge toll has not changed, the mayor said.',
        ['bridge toll'],
        'en',
      ),
    ).toBe('denies');
  });
});

describe('confirmations', () => {
  it('reads a confirmation that ends weeks of speculation as support, not as a hedge', () => {
    expect(
      stance(
        CALL,
        "The mayor's office confirmed the phone call on Monday, ending days of speculation.",
        ['phone call'],
        'en',
      ),
    ).toBe('supports');
    expect(
      stance(CALL, 'The mayor is rumoured to have held a phone call with the rail chief.', ['phone call'], 'en'),
    ).toBe('reports');
  });
});

describe('what is not a denial', () => {
  it('takes not confirming, neither confirming nor denying, no comment, not ruling out or doubt for no denial', () => {
    const cases: Array<[string, string, string]> = [
      ['en', 'The paper could not independently confirm that the phone call took place.', 'phone call'],
      ['en', "The mayor's office said it could neither confirm nor deny the phone call.", 'phone call'],
      ['en', '"We do not comment on rumours about private phone calls," the spokesman said.', 'phone calls'],
      ['en', 'The spokesman said he could not rule out that a phone call had happened.', 'phone call'],
      ['en', 'An aide said he doubted the phone call ever took place.', 'phone call'],
      ['en', 'Neither the mayor nor the rail chief has confirmed the phone call.', 'phone call'],
      ['en', 'The rail company has not acknowledged the phone call.', 'phone call'],
      ['ru', 'В мэрии не смогли подтвердить, что телефонный разговор состоялся.', 'разговор'],
      ['ru', 'Представитель мэрии не стал ни подтверждать, ни опровергать сообщения о разговоре.', 'разговоре'],
      ['uk', 'У мерії не змогли підтвердити інформацію про розмову.', 'розмову'],
      ['de', 'Zu privaten Telefonaten äußern wir uns nicht, sagte die Sprecherin.', 'telefonaten'],
      ['fr', "Le porte-parole n'a pas pu confirmer l'existence de cet appel.", 'appel'],
      ['fr', 'Le ministère ne fait pas de commentaire sur cet appel.', 'appel'],
      ['es', '"No podemos hacer comentarios sobre especulaciones", dijo el portavoz sobre la llamada.', 'llamada'],
      ['es', 'El portavoz no pudo confirmar la llamada y no descartó que se produjera.', 'llamada'],
      ['pl', 'Rzecznik nie mógł potwierdzić, że rozmowa się odbyła.', 'rozmowa'],
      ['it', 'Il portavoce non ha potuto confermare la telefonata.', 'telefonata'],
      [
        'tr',
        'Sözcü, telefon görüşmesini ne doğrulayabileceklerini ne de yalanlayabileceklerini söyledi.',
        'görüşmesini',
      ],
      ['el', 'Ο εκπρόσωπος ούτε επιβεβαίωσε ούτε διέψευσε την τηλεφωνική επικοινωνία.', 'επικοινωνία'],
      ['ar', 'ورفض المتحدث التعليق على المكالمة.', 'المكالمة'],
      ['zh', '发言人对通话一事不予置评。', '通话'],
      ['zh', '发言人说，他既不能证实，也不能否认通话一事。', '通话'],
      ['ja', '報道官は電話会談についてコメントを控えた。', '電話会談'],
      ['ko', '대변인은 통화 여부를 확인해 줄 수 없다고 말했다.', '통화'],
      ['de', 'Gerüchte über ein Telefonat kommentieren wir grundsätzlich nicht, sagte die Sprecherin.', 'telefonat'],
      ['ar', 'وقال المتحدث: لا نعلق على الشائعات بشأن المكالمة.', 'المكالمة'],
      ['zh', '发言人说，不评论有关通话的传言。', '通话'],
      ['ja', '報道官は電話会談をめぐる憶測にはコメントしないと述べた。', '電話会談'],
      ['ko', '대변인은 통화 관련 추측에 대해서는 언급하지 않았다.', '통화'],
      ['en', 'The mayor is reported to have held a phone call with the rail chief last week.', 'phone call'],
      [
        'de',
        'Eine Sprecherin wollte sich am Montag nicht zu Berichten über ein angebliches Telefonat ' +
          'zwischen den beiden äußern.',
        'telefonat',
      ],
    ];
    for (const [lang, text, word] of cases)
      expect(stance(CALL, text, [word], lang), `${lang}: ${text}`).toBe('reports');
  });

  it('does not take "did not deny" for a denial, in several languages', () => {
    expect(
      stance(CALL, 'The spokesman did not deny that a phone call had taken place.', ['phone call'], 'en'),
    ).not.toBe('denies');
    expect(stance(CALL, 'Представитель мэрии не стал отрицать, что разговор был.', ['разговор'], 'ru')).not.toBe(
      'denies',
    );
    expect(stance(CALL, 'Rzecznik nie zaprzeczył, że rozmowa się odbyła.', ['rozmowa'], 'pl')).not.toBe('denies');
    expect(stance(CALL, '发言人并未否认通话一事。', ['通话'], 'zh')).not.toBe('denies');
  });

  it('does not read "can no longer be part of the programme" as denying a removal from it', () => {
    const REMOVED = 'Norland was removed from the fighter programme';
    expect(
      stance(
        REMOVED,
        'Norland can no longer be part of the fighter programme, the ministry said.',
        ['part', 'programme'],
        'en',
      ),
    ).toBe('supports');
    expect(
      stance(
        REMOVED,
        'Norland kann nicht mehr Teil des Kampfjet-Programms sein, hieß es.',
        ['teil', 'programms'],
        'de',
      ),
    ).toBe('supports');
    // The same words deny a claim that it is still in.
    expect(
      stance(
        'Norland takes part in the fighter programme',
        'Norland can no longer be part of the fighter programme, the ministry said.',
        ['part', 'programme'],
        'en',
      ),
    ).toBe('denies');
  });

  it('reads calling off talks as agreeing they ended, denying talks to come, and not denying they were held', () => {
    expect(
      stance(
        'The two dairies ended their merger talks',
        'The two dairies called off their merger negotiations on Friday.',
        ['merger', 'negotiations'],
        'en',
      ),
    ).toBe('supports');
    expect(
      stance(
        'Die beiden Molkereien haben ihre Fusionsgespräche beendet',
        'Die Fusionsgespräche der Molkereien wurden abgesagt.',
        ['fusionsgespräche'],
        'de',
      ),
    ).toBe('supports');
    expect(
      stance(
        'The two dairies will hold merger talks next week',
        'The merger talks planned for next week have been called off.',
        ['merger talks'],
        'en',
      ),
    ).toBe('denies');
    // That the talks were going on is the premise of calling them off, not what is denied.
    expect(
      stance(
        'The two dairies are in merger talks',
        'The two dairies called off their merger negotiations on Friday.',
        ['merger', 'negotiations'],
        'en',
      ),
    ).not.toBe('denies');
  });

  it('reads a Japanese or Chinese conditional ("if it happened, it was lawful") as no confirmation', () => {
    const ja = stance(CALL, '仮にそうした電話会談があったとすれば、合法な行為だろうと述べた。', ['電話会談'], 'ja');
    const zh = stance(CALL, '他说，如果真有这次通话，也是合法的。', ['通话'], 'zh');
    expect([ja, zh]).toEqual(['reports', 'reports']);
  });

  it('does not read a rejection of something else in the same clause as a denial of the claim', () => {
    expect(
      stance(
        CALL,
        'After a long phone call with the mayor, the rail chief rejects a fare freeze.',
        ['phone call'],
        'en',
      ),
    ).not.toBe('denies');
    expect(
      stance(
        CALL,
        'The mayor and the rail chief end their phone call after the timetable plan was rejected.',
        ['phone call'],
        'en',
      ),
    ).not.toBe('denies');
    // The claim or a report of it as the object is a denial, in any word order.
    expect(
      stance(CALL, 'The rail chief rejected reports of a phone call with the mayor.', ['phone call'], 'en'),
    ).toBe('denies');
    expect(stance(CALL, 'The rail chief denied that the phone call had taken place.', ['phone call'], 'en')).toBe(
      'denies',
    );
    expect(
      stance(CALL, 'Beide Seiten weisen das zurück, ein Telefonat habe es nie gegeben.', ['telefonat'], 'de'),
    ).toBe('denies');
    expect(stance(CALL, '대변인은 통화 보도를 일축했다.', ['통화'], 'ko')).toBe('denies');
    expect(stance(CALL, '대변인은 통화 직후 요금 동결설을 일축했다.', ['통화'], 'ko')).not.toBe('denies');
  });

  it('does not read "relations will not suffer" as denying the deal itself', () => {
    const DEAL = 'Norland will hand the radars back to Kestria';
    expect(
      stance(
        DEAL,
        'Relations will not suffer if Norland hands the radars back to Kestria, the minister said.',
        ['hands', 'radars', 'back'],
        'en',
      ),
    ).not.toBe('denies');
    expect(
      stance(
        DEAL,
        'Norland will not hand the radars back to Kestria, the minister said.',
        ['hand', 'radars', 'back'],
        'en',
      ),
    ).toBe('denies');
    const SENT = 'Norland sent engineers to Kestria';
    expect(
      stance(SENT, 'Это сотрудничество не направлено против третьих стран, заявил министр.', ['направлено'], 'ru'),
    ).not.toBe('denies');
    expect(
      stance(SENT, 'Норландия не направляла инженеров в Кестрию, заявил министр.', ['направляла', 'инженеров'], 'ru'),
    ).toBe('denies');
  });

  it("keeps the claim's own negation apart: advising against escalation agrees, not advising at all denies", () => {
    const ADVICE = 'The envoy urged the general not to escalate the fighting';
    expect(
      stance(ADVICE, 'The envoy told the general not to escalate the fighting.', ['envoy', 'escalate'], 'en'),
    ).toBe('supports');
    expect(
      stance(ADVICE, 'The envoy never urged the general to hold back, his office said.', ['envoy', 'urged'], 'en'),
    ).toBe('denies');
    const TOLD = 'The council was told of the closure in advance and did not object';
    expect(
      stance(
        TOLD,
        'The council had not been told of the closure in advance, its chair said.',
        ['told', 'closure'],
        'en',
      ),
    ).toBe('denies');
    expect(stance(TOLD, 'The council raised no objection to the closure.', ['objection', 'closure'], 'en')).not.toBe(
      'denies',
    );
  });

  it('reads a denial verb the claim holds under its negation as a denial ("заперечує" vs "did not object")', () => {
    const TOLD = 'The council was told of the closure in advance and did not object';
    // The editor's Ukrainian wording of the claim: "не заперечувала" (did not object).
    const words = ['заперечує', 'закриття'];
    const t = normaliseText('Міська рада заперечує інформацію про те, що її попередили про закриття.');
    const lower = t.toLowerCase();
    const claimStems = new Set(
      [...tokenize(normaliseText(TOLD)), ...tokenize('рада знала про закриття і не заперечувала заперечує')].map(
        (x) => x.stem,
      ),
    );
    const termOffsets = words.map((w) => lower.indexOf(w));
    expect(
      judgeStance({ text: t, language: 'uk', claimStems, claimNegative: true, claimText: TOLD, termOffsets }).stance,
    ).toBe('denies');
  });

  it('reads a negative claim restated in other words as agreement, even with the negation on another verb', () => {
    const HARM = 'The dispute over the ferry does not harm relations between the two towns';
    expect(
      stance(
        HARM,
        'The mayor does not regard the dispute over the ferry as something that could harm relations ' +
          'between the towns.',
        ['dispute', 'ferry', 'harm', 'relations'],
        'en',
      ),
    ).not.toBe('denies');
    expect(
      stance(
        HARM,
        'The dispute over the ferry has not affected ties between the towns, the mayor said.',
        ['dispute', 'ferry'],
        'en',
      ),
    ).not.toBe('denies');
  });
});

describe("cue classes compiled for a clause's own scripts", () => {
  it('find exactly what the classes over every language find, on the stance sets and in mixed scripts', async () => {
    const { readFileSync } = await import('node:fs');
    const cues = await import('../../src/core/stance/cues.js');
    const { execAll } = await import('../../src/core/text/regex.js');
    const texts = ['dev', 'eval'].flatMap((f) =>
      readFileSync(`test/fixtures/stance/${f}.jsonl`, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { text: string }).text.toLowerCase()),
    );
    texts.push(
      'песков назвал это fake news и pure fiction',
      'ο εκπρόσωπος μίλησε για fake news',
      '发言人否认了 reuters 的报道，称其纯属虚构',
      '대변인은 cnn 보도를 일축했다',
      'ونفى المتحدث تقارير cnn',
    );
    const kinds = [
      ['deny', cues.DENY],
      ['support', cues.SUPPORT],
      ['relay', cues.RELAY],
      ['hedge', cues.HEDGE],
      ['noComment', cues.NO_COMMENT],
      ['negatedDenial', cues.NEGATED_DENIAL],
    ] as const;
    for (const t of texts)
      for (const [kind, all] of kinds) {
        const mine = execAll(cues.cuesForScripts(kind, cues.scriptMask(t)), t).map((m) => `${m.index}:${m[0]}`);
        expect(mine, `${kind} in "${t}"`).toEqual(execAll(all, t).map((m) => `${m.index}:${m[0]}`));
      }
  });
});

describe("cues by the clause's language", () => {
  it("reads a clause with its own language's cues and English ones, whatever else shares its script", () => {
    expect(stance(CALL, 'Der Sprecher nannte den Bericht über das Telefonat fake news.', ['telefonat'], 'de')).toBe(
      'denies',
    );
    expect(stance(CALL, 'Sözcü, telefon görüşmesi haberlerini yalanladı.', ['görüşmesi'], 'tr')).toBe('denies');
    expect(stance(CALL, 'Il portavoce ha smentito la notizia della telefonata.', ['telefonata'], 'it')).toBe(
      'denies',
    );
    // Without a language, every language's cues are read.
    expect(stance(CALL, 'Il portavoce ha smentito la notizia della telefonata.', ['telefonata'])).toBe('denies');
  });
});

describe("the first cue of a clause, found with its own scripts' cues", () => {
  it('answers where the first cue of any class (or of one class) starts, and -1 where there is none', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const cues = await import('../../src/core/stance/cues.js');
    const texts = ['dev', 'eval'].flatMap((f) =>
      readFileSync(`test/fixtures/stance/${f}.jsonl`, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { text: string }).text.toLowerCase()),
    );
    for (const f of readdirSync('seeds').filter((n) => n.endsWith('.txt')))
      texts.push(
        ...readFileSync(`seeds/${f}`, 'utf8')
          .toLowerCase()
          .split(/(?<=[.!?])\s+/),
      );
    texts.push(
      '发言人说，他既不能证实，也不能否认通话一事。',
      '報道官は電話会談についてコメントを控えた。',
      'ورفض المتحدث التعليق على المكالمة.',
      '«δεν υπήρξε καμία συνομιλία», είπε ο εκπρόσωπος.',
      '대변인은 통화 보도를 일축했다.',
    );
    for (const t of texts) {
      const pairs = [
        [cues.ANY_CUE, undefined],
        [cues.DENY, 'deny'],
        [cues.SUPPORT, 'support'],
        [cues.RELAY, 'relay'],
        [cues.HEDGE, 'hedge'],
        [cues.NO_COMMENT, 'noComment'],
        [cues.NEGATED_DENIAL, 'negatedDenial'],
      ] as const;
      for (const [all, kind] of pairs) {
        all.lastIndex = 0;
        const real = all.exec(t)?.index ?? -1;
        all.lastIndex = 0;
        const mine = cues.cuesForScripts(kind ?? 'any', cues.scriptMask(t));
        mine.lastIndex = 0;
        const quick = mine.exec(t)?.index ?? -1;
        mine.lastIndex = 0;
        expect(quick, `${kind ?? 'any'}: ${t}`).toBe(real);
      }
    }
  });
});

describe('reports about the same parties in other words', () => {
  it("takes a relayed or hedged account naming the claim's parties as a report of it, not another story", async () => {
    const { classifyStance } = await import('../../src/core/stance/classify.js');
    const DEAL = 'Nordmilk has agreed to acquire the cheese maker Fjordost.';
    expect(
      classifyStance(
        DEAL,
        'Shares in Fjordost rose after a newspaper reported that Nordmilk was exploring a takeover bid ' +
          'for the cheese maker.',
        'en',
      ).label,
    ).toBe('reports');
    expect(
      classifyStance(DEAL, 'Fjordost reported higher quarterly sales of hard cheese on Tuesday.', 'en').label,
    ).toBe('unrelated');
  });
});

describe('clauses', () => {
  it('splits Turkish complement clauses joined by "ve": denying the report does not deny what follows', async () => {
    const { clauses } = await import('../../src/core/stance/judge.js');
    const t = 'Sözcüler, haberin şirket açıklamasına dayanmadığını ve görüşmelerin sürdüğünü bildirdi.';
    expect(clauses(t).map(([a, b]) => t.slice(a, b))).toEqual([
      'Sözcüler, haberin şirket açıklamasına dayanmadığını',
      'görüşmelerin sürdüğünü bildirdi.',
    ]);
    // "ve" between two names stays inside the clause.
    expect(clauses('Honda ve Nissan görüşmeleri sürdürüyor.')).toHaveLength(1);
  });
});
