import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/core/text/language.js';

/**
 * Language of an article from its opening. Short invented news paragraphs (a harbour town's ferry dispute) in
 * the close Latin-script neighbours franc can confuse, each read from its first few hundred characters.
 */

const PARAGRAPHS: Record<string, string> = {
  en:
    'The harbour council said on Monday that the evening ferry would keep running through the winter, ' +
    'despite a shortfall in the operating budget that officials had warned about for months.',
  fr:
    'Le conseil du port a déclaré lundi que le ferry du soir continuerait de circuler pendant tout ' +
    "l'hiver, malgré un manque de financement dont les responsables parlaient depuis des mois.",
  de:
    'Der Hafenrat teilte am Montag mit, dass die Abendfähre auch im Winter weiterfahren werde, obwohl im ' +
    'Betriebshaushalt eine Lücke klaffe, vor der die Verwaltung seit Monaten gewarnt habe.',
  es:
    'El consejo del puerto dijo el lunes que el ferry de la tarde seguirá funcionando durante todo el ' +
    'invierno, a pesar de un déficit en el presupuesto que las autoridades venían advirtiendo desde hace ' +
    'meses.',
  pt:
    'O conselho do porto disse na segunda-feira que a balsa da noite vai continuar a funcionar durante ' +
    'todo o inverno, apesar de uma falta de verbas no orçamento sobre a qual os responsáveis alertavam há ' +
    'meses.',
  it:
    'Il consiglio del porto ha detto lunedì che il traghetto serale continuerà a viaggiare per tutto ' +
    "l'inverno, nonostante un buco nel bilancio di cui i funzionari parlavano da mesi.",
  nl:
    'De havenraad zei maandag dat de avondveerboot de hele winter blijft varen, ondanks een tekort in de ' +
    'begroting waarvoor ambtenaren al maanden hadden gewaarschuwd.',
  pl:
    'Rada portu poinformowała w poniedziałek, że wieczorny prom będzie kursował przez całą zimę, mimo ' +
    'dziury w budżecie, przed którą urzędnicy ostrzegali od miesięcy.',
  tr:
    'Liman meclisi pazartesi günü, yetkililerin aylardır uyardığı bütçe açığına rağmen akşam feribotunun ' +
    'kış boyunca çalışmaya devam edeceğini açıkladı.',
  ru:
    'Совет порта в понедельник заявил, что вечерний паром продолжит ходить всю зиму, несмотря на дефицит ' +
    'бюджета, о котором чиновники предупреждали несколько месяцев.',
};

describe('language detection', () => {
  for (const [lang, text] of Object.entries(PARAGRAPHS)) {
    it(`reads ${lang}`, () => {
      expect(detectLanguage(`${text}\n${text}`)).toBe(lang);
    });
  }

  it('says "und" for text too short to tell', () => {
    expect(detectLanguage('OK')).toBe('und');
  });
});
