import { describe, expect, it } from 'vitest';
import { classifyStance } from '../../src/core/stance/classify.js';
import { loadStanceJudge } from '../../src/app/stance-judge.js';

/**
 * How the `stance` command reads Turkish and Spanish news wording: a denial without a denial verb ("doğru
 * olmadığını", "no existe ningún plan"), a report in the hearsay ending or the conditional ("satmış", "estaría"),
 * a non-answer that is no denial ("doğrulamadı", "no confirmó ni desmintió") and a plain confirmation. Every
 * sentence is written for this test about invented companies and people.
 */

const SOLD = 'Korhan Holding has sold its Ayvalık factory.';
const CLOSED = 'Talleres Ebro has closed its Villaverde plant.';

const rules = (claim: string, text: string) => classifyStance(claim, text).label;

describe('Turkish', () => {
  it('reads a denial worded as "not true" or "does not reflect the truth" in a Turkish ending', () => {
    expect(
      rules(SOLD, "Korhan Holding, Ayvalık'taki fabrikasını sattığı yönündeki haberlerin doğru olmadığını açıkladı."),
    ).toBe('denies');
    expect(
      rules(SOLD, "Korhan Holding, Ayvalık'taki fabrikasını sattığı iddialarının gerçeği yansıtmadığını bildirdi."),
    ).toBe('denies');
    expect(
      rules(SOLD, 'Korhan Holding, Ayvalık fabrikasının satıldığı haberlerinin mesnetsiz olduğunu söyledi.'),
    ).toBe('denies');
  });

  it('reads the hearsay ending "-mış" and "it is said" as a report, the perfect "-mıştır" as support', () => {
    expect(rules(SOLD, "Korhan Holding, Ayvalık'taki fabrikasını geçen ay bir yatırım fonuna satmış.")).toBe(
      'reports',
    );
    expect(rules(SOLD, "Korhan Holding'in Ayvalık'taki fabrikasını sattığı söyleniyor.")).toBe('reports');
    expect(rules(SOLD, "Korhan Holding, Ayvalık'taki fabrikasını geçen ay bir yatırım fonuna satmıştır.")).toBe(
      'supports',
    );
  });

  it('reads "did not confirm" and "gave no answer" as a report, not a denial', () => {
    expect(rules(SOLD, "Korhan Holding, Ayvalık'taki fabrikasını sattığı yönündeki haberleri doğrulamadı.")).toBe(
      'reports',
    );
    expect(
      rules(SOLD, "Korhan Holding sözcüsü, Ayvalık'taki fabrikanın satılıp satılmadığı sorusuna yanıt vermedi."),
    ).toBe('reports');
  });

  it('reads "misleading" as a denial, the modal "may" and "could not be reached" as a report', () => {
    expect(
      rules(SOLD, 'Korhan Holding, Ayvalık fabrikasının satıldığı yönündeki haberlerin yanıltıcı olduğunu açıkladı.'),
    ).toBe('denies');
    expect(rules(SOLD, 'Korhan Holding, Ayvalık fabrikasını bu yıl içinde satabilir.')).toBe('reports');
    expect(
      rules(SOLD, 'Korhan Holding yetkililerine Ayvalık fabrikasının satışıyla ilgili olarak ulaşılamadı.'),
    ).toBe('reports');
  });

  it('reads a confirmation, with a capital dotted İ in the sentence, as support', () => {
    expect(rules(SOLD, "İlk açıklamayı yapan Korhan Holding, Ayvalık'taki fabrikasını sattığını teyit etti.")).toBe(
      'supports',
    );
    expect(rules(SOLD, "İddiaya göre Korhan Holding, Ayvalık'taki fabrikasını sattı.")).toBe('reports');
  });
});

describe('Spanish', () => {
  it('reads "there is no plan" and a negated participle of the claim\'s verb as a denial', () => {
    expect(
      rules(CLOSED, 'Talleres Ebro aseguró que no existe ningún plan de cierre para su planta de Villaverde.'),
    ).toBe('denies');
    expect(
      rules('Police arrested the mayor Tomás Arce.', 'La policía aclaró que el alcalde Tomás Arce no fue detenido.'),
    ).toBe('denies');
  });

  it('reads the conditional, "según" with a medium, and a feared outcome as a report', () => {
    expect(
      rules(CLOSED, 'Talleres Ebro estaría preparando el cierre de su planta de Villaverde, según un diario.'),
    ).toBe('reports');
    expect(rules(CLOSED, 'Los trabajadores temen que Talleres Ebro cierre su planta de Villaverde.')).toBe('reports');
  });

  it('reads "ruled out" as a denial and "did not rule out" or "did not answer" as a report', () => {
    const tail = ', que emplea a 300 personas.';
    expect(
      rules(CLOSED, `El presidente de Talleres Ebro descartó ayer el cierre de su planta de Villaverde${tail}`),
    ).toBe('denies');
    expect(
      rules(CLOSED, `El presidente de Talleres Ebro no descartó ayer el cierre de su planta de Villaverde${tail}`),
    ).toBe('reports');
    expect(
      rules(CLOSED, `Talleres Ebro no respondió a las preguntas sobre el cierre de su planta de Villaverde${tail}`),
    ).toBe('reports');
  });

  it('reads "neither confirmed nor denied" as a report, not a denial', () => {
    expect(
      rules(
        CLOSED,
        'Talleres Ebro no confirmó ni desmintió ayer el cierre de su planta de Villaverde, que emplea a 300 personas.',
      ),
    ).toBe('reports');
  });

  it('reads a confirmation as support, also when it comes with "según"', () => {
    expect(rules(CLOSED, 'Talleres Ebro confirmó el cierre de su planta de Villaverde.')).toBe('supports');
    expect(
      rules(CLOSED, 'La planta de Villaverde de Talleres Ebro cerró sus puertas, según confirmó la empresa.'),
    ).toBe('supports');
  });
});

describe('the learned judge on the same wording', () => {
  const learned = loadStanceJudge('learned');
  it('tells a Turkish denial, report and non-answer apart', () => {
    const read = (text: string) => learned.classify(SOLD, text).label;
    expect(
      read("Korhan Holding, Ayvalık'taki fabrikasını sattığı iddialarının gerçeği yansıtmadığını bildirdi."),
    ).toBe('denies');
    expect(read("Korhan Holding'in Ayvalık'taki fabrikasını sattığı söyleniyor.")).toBe('reports');
    expect(read("Korhan Holding, Ayvalık'taki fabrikasını sattığı yönündeki haberleri doğrulamadı.")).toBe('reports');
  });

  it('tells a Spanish report in the conditional and a non-answer from support', () => {
    const read = (text: string) => learned.classify(CLOSED, text).label;
    expect(read('Talleres Ebro estaría preparando el cierre de su planta de Villaverde, según un diario.')).toBe(
      'reports',
    );
    expect(
      read(
        'Talleres Ebro no confirmó ni desmintió ayer el cierre de su planta de Villaverde, que emplea a 300 personas.',
      ),
    ).toBe('reports');
    expect(read('Talleres Ebro confirmó el cierre de su planta de Villaverde.')).toBe('supports');
  });
});
