import type { Lexicon } from './types.js';

/**
 * Greek headlines are often set in capitals, which drop the accents ("ΔΙΕΨΕΥΣΕ" lower-cases to "διεψευσε"), and
 * the stress moves as a word inflects ("δημοσίευμα", "δημοσιεύματα"): every vowel of a cue matches with or
 * without its accent. (Cues here hold no character classes of their own.)
 */
const VOWELS: Record<string, string> = {
  α: '[αά]',
  ά: '[αά]',
  ε: '[εέ]',
  έ: '[εέ]',
  η: '[ηή]',
  ή: '[ηή]',
  ι: '[ιίϊΐ]',
  ί: '[ιίϊΐ]',
  ο: '[οό]',
  ό: '[οό]',
  υ: '[υύϋΰ]',
  ύ: '[υύϋΰ]',
  ω: '[ωώ]',
  ώ: '[ωώ]',
};
const unaccented = (cues: string[]) => cues.map((c) => c.replace(/[αάεέηήιίοόυύωώ]/gu, (v) => VOWELS[v]!));

/** Greek stance cues (accented, as Greek copy is written). */
export const el: Lexicon = {
  deny: unaccented([
    String.raw`διαψεύ\p{L}*|διέψευσ\p{L}*|διάψευσ\p{L}*|διαψεύσ\p{L}*|αρνήθηκ\p{L}*|αρνείται|` +
      String.raw`αρνούνται|απέρριψ\p{L}*|απορρίπτ\p{L}*|ψευδ\p{L}*|ψέμα\p{L}*|αναληθ\p{L}*|ανύπαρκτ\p{L}*|` +
      String.raw`ανακριβ\p{L}*|αβάσιμ\p{L}*|ανυπόστατ\p{L}*|παραπληροφόρησ\p{L}*|παραπλανητικ\p{L}*|` +
      String.raw`κάλπικ\p{L}*|fake news`,
    String.raw`δεν ισχύ\p{L}*|δεν (είναι|ήταν) αλήθεια|(καμία|καμιά|ουδεμία) σχέση με την πραγματικότητα|` +
      String.raw`δεν ανταποκρίν\p{L}* στην πραγματικότητα|(σκέτη|καθαρή) (φαντασία|επινόηση)|` +
      String.raw`προϊόν φαντασίας|επιστημονικής φαντασίας|` +
      String.raw`δεν είναι στην ατζέντα|η θέση μας δεν έχει αλλάξει|δεν (έχει )?(ληφθεί|παρθεί) (καμία )?απόφαση`,
    // "There is no question of …", "off the table", "no such plan exists".
    String.raw`δεν (τίθεται|υπάρχει|υφίσταται) (κανένα |καμία |τέτοιο |τέτοια )?(θέμα|ζήτημα)|` +
      String.raw`εκτός (ατζέντας|συζήτησης|τραπεζιού)|δεν υπάρχει (καμία|κανένα|καμιά|τέτοι\p{L}*) ` +
      String.raw`(σχέδι\p{L}*|πρόθεση|απόφαση|συζήτηση|διαπραγμάτευση)`,
    // "Is not true", "lacks any basis", "has no basis", "forged".
    String.raw`δεν αληθεύ\p{L}*|στερ\p{L}* (κάθε |οποιασδήποτε )?(βάσης|σοβαρότητας|αλήθειας)|` +
      String.raw`(καμία|ουδεμία|καμιά) βάση|δεν υπάρχει βάση|χαλκευμέν\p{L}*`,
    // "Is not going to happen / take place".
    String.raw`δεν (πρόκειται να|θα) (γίνει|υπάρξει|πραγματοποιηθεί|συμβεί)`,
  ]),
  support: unaccented([String.raw`επιβεβαίω\p{L}*|επιβεβαίωσ\p{L}*|παραδέχτηκ\p{L}*|παραδέχθηκ\p{L}*`]),
  relay: unaccented([
    String.raw`σύμφωνα με (πηγές|δημοσιεύματα|πληροφορίες|αναφορές|μέσα ενημέρωσης)|` +
      String.raw`πηγές|πληροφορίες|μεταδίδ\p{L}*|επικαλούμεν\p{L}*|δημοσίευμα\p{L}*|κατά πληροφορίες|` +
      // "According to the newspaper / the site / the agency", "as the channel broadcast / wrote / reported".
      String.raw`σύμφωνα με (την |το |τον |τα |τις |τους )?(εφημερίδ\p{L}*|ιστοσελίδ\p{L}*|ιστότοπ\p{L}*|` +
      String.raw`πρακτορεί\p{L}*|ρεπορτάζ|μέσ\p{L}*|σταθμ\p{L}*|κανάλι\p{L}*|ειδησεογραφικ\p{L}*|έκθεσ\p{L}*)|` +
      String.raw`όπως (μετέδωσ\p{L}*|μεταδίδ\p{L}*|αναφέρ\p{L}*|ανέφερ\p{L}*|γράφ\p{L}*|έγραψ\p{L}*|` +
      String.raw`αποκάλυψ\p{L}*|αποκαλύπτ\p{L}*|δημοσίευσ\p{L}*)|αναφέρεται ότι|λέγεται ότι|` +
      // "Government / diplomatic circles": sources by another name.
      String.raw`(κυβερνητικ\p{L}*|διπλωματικ\p{L}*|στρατιωτικ\p{L}*) κύκλ\p{L}*`,
  ]),
  hedge: unaccented([
    String.raw`φέρεται|φέρονται|ενδέχεται|πιθανόν|πιθανώς|ενδεχομένως|φημολογ\p{L}*|φήμες|` +
      String.raw`φερόμεν\p{L}*|αμφιβάλλ\p{L}*|αμφισβητ\p{L}*|αμφιβολί\p{L}*|εξετάζ\p{L}*|σενάρι\p{L}*|` +
      String.raw`υποτιθέμεν\p{L}*|δήθεν|ανεπιβεβαίωτ\p{L}*|ενδεχόμεν\p{L}*`,
  ]),
  noComment: unaccented([
    String.raw`αρνήθηκ\p{L}* να σχολιάσ\p{L}*|δεν σχολίασ\p{L}*|δεν σχολιάζ\p{L}*|` +
      // Refused to rule out, to deny or to confirm: no denial made.
      String.raw`(αρνήθηκ\p{L}*|αρνείται|αρνούνται) να (το |τα |την )?(αποκλείσ|διαψεύσ|επιβεβαιώσ|απορρίψ)\p{L}*|` +
      String.raw`ούτε επιβεβαίωσ\p{L}* ούτε διέψευσ\p{L}*|ούτε επιβεβαιών\p{L}* ούτε διαψεύδ\p{L}*|` +
      String.raw`ούτε να επιβεβαιώσ\p{L}* ούτε να διαψεύσ\p{L}*|κανένα σχόλιο`,
    String.raw`δεν (μπορ\p{L}*|μπόρεσ\p{L}*|ήταν δυνατό) (να )?(επιβεβαιώσ\p{L}*|επαληθεύσ\p{L}*)|` +
      String.raw`δεν επιβεβαίωσ\p{L}*|δεν επιβεβαιών\p{L}*|δεν επιβεβαιώθηκ\p{L}*|` +
      String.raw`δεν απέκλεισ\p{L}*|δεν αποκλεί\p{L}*|δεν (μπορ\p{L}*) να αποκλείσ\p{L}*`,
    // Avoided / did not wish to comment or answer; gave no answer.
    String.raw`(απέφυγ\p{L}*|αποφεύγ\p{L}*) (να )?(σχολιάσ\p{L}*|σχολιασμ\p{L}*|απαντήσ\p{L}*|τοποθετηθ\p{L}*)|` +
      String.raw`δεν (θέλησ\p{L}*|ήθελ\p{L}*|θέλει|θέλουν|επιθυμ\p{L}*) να (σχολιάσ\p{L}*|απαντήσ\p{L}*|` +
      String.raw`τοποθετηθ\p{L}*)|δεν (απάντησ\p{L}*|απαντ\p{L}*|ανταποκρίθηκ\p{L}*|τοποθετήθηκ\p{L}*)`,
    // Has not confirmed; not in a position to confirm; no further comment; not available for comment.
    String.raw`δεν (έχει|έχουν|έχουμε) (ακόμη |ακόμα )?επιβεβαιώσ\p{L}*|` +
      String.raw`δεν (είμαι|είμαστε|είναι|ήταν|ήμασταν) σε θέση να (το |τα |τις |την )?` +
      String.raw`(επιβεβαιώσ\p{L}*|σχολιάσ\p{L}*|επαληθεύσ\p{L}*)|` +
      String.raw`(δεν έχουμε|δεν έχω) (περαιτέρω |άλλα |κανένα )?σχόλι\p{L}*|` +
      String.raw`διαθέσιμ\p{L}* για (κάποιο |οποιοδήποτε )?σχόλιο`,
  ]),
  negatedDenial: unaccented([
    String.raw`δεν (διέψευσ|διαψεύδ|διαψεύσ|αρνήθηκ|αρνείται|απέκλεισ|αποκλεί|απέρριψ|απορρίπτ)\p{L}*`,
  ]),
  negators: unaccented([
    'δεν',
    'μην',
    'όχι',
    'ούτε',
    'ποτέ',
    'ουδέποτε',
    'ουδεμία',
    'χωρίς',
    'κανέν\\p{L}*',
    'καμί\\p{L}*',
    'τίποτα',
  ]),
};
