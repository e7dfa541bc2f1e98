import type { Lexicon } from './types.js';

/** Turkish stance cues (endings attach to the word: cues end in \p{L}* where they inflect). */
export const tr: Lexicon = {
  deny: [
    String.raw`açıklamalar\p{L}* dayanmadığ\p{L}*|açıklamas\p{L}* dayanmıyor|` +
      String.raw`şirket tarafından yapılmış bir açıklama değil|henüz bir karar (verilmedi|yok)`,
    String.raw`ertelen\p{L}*|iptal edil\p{L}*|yanlış|yalanla\p{L}*|yalan|reddet\p{L}*|` +
      String.raw`reddetti|asılsız|temelsiz|uydurma|kurgu|gerçek dışı|gerçeği yansıtmıyor|` +
      String.raw`gerçeklerle bağdaşmıyor|dezenformasyon|doğru değil|söz konusu değil`,
    String.raw`gündemde değil|gündemimizde değil|gündemde yok|` +
      String.raw`gerçekle (hiçbir )?(ilgisi|alakası) (yok|bulunmuyor)|` +
      String.raw`değişiklik (yok|bulunmuyor|söz konusu değil)|` +
      String.raw`(tutumumuz|pozisyonumuz|tutumu|pozisyonu) değişmedi|karar (alınmadı|verilmedi|alınmış değil)`,
    String.raw`iddiaları (kesinlikle )?(yalanladı|reddetti)|` +
      String.raw`böyle bir (talep|teklif|plan|görüşme|konuşma|şey) (yok|olmadı|yapılmadı|gerçekleşmedi)`,
  ],
  support: [String.raw`doğruladı|teyit et\p{L}*|kabul etti`],
  relay: [String.raw`kaynaklar\p{L}*|(basın|medya|gazete|haber|iddia)\p{L}* göre|medyada çıkan|aktardı|aktaran`],
  hedge: [
    String.raw`iddia\p{L}*|öne sürül\p{L}*|olabilir|bekleniyor|beklen\p{L}*|` +
      String.raw`tartışıyor|tartışıl\p{L}*|muhtemel\p{L}*|görüşül\p{L}*|değerlendir\p{L}*|` +
      String.raw`ihtimal\p{L}*|planlı\p{L}*|şüphe\p{L}*|kuşku\p{L}*|belirtilen`,
  ],
  noComment: [
    String.raw`yorum yapmadı|yorum yapmıyoruz|yorum yapmaktan kaçındı|açıklama yapmadı|` +
      String.raw`ne doğruladı ne (de )?yalanladı|ne doğrulay\p{L}* ne (de )?yalanlay\p{L}*`,
    String.raw`teyit edemedi|teyit edilemedi|doğrulayamadı|doğrulanamadı|doğrulayamıyoruz|` +
      String.raw`teyit edemiyoruz|dışlayamayız|göz ardı edemeyiz|ihtimal dışı bırakmıyor`,
  ],
  negatedDenial: [String.raw`yalanlamadı|reddetmedi`],
  negators: ['değil', 'asla', 'hiç', 'olmadan', 'kimse', 'hiçbir'],
};
