import type { Lexicon } from './types.js';

/**
 * Turkish stance cues (endings attach to the word: cues end in \p{L}* where they inflect). Denials are often a
 * nominal clause with a negative ending ("doğru olmadığını", "gerçeği yansıtmadığını", "söz konusu değildir"),
 * reports a passive of saying ("söyleniyor", "öne sürüldü", "-dığı bildirildi") or the hearsay ending "-mış" on
 * the last verb, and a non-answer the negative of confirming ("doğrulamadı", "teyit etmedi", "yanıt vermedi").
 */
export const tr: Lexicon = {
  deny: [
    String.raw`açıklamalar\p{L}* dayanmadığ\p{L}*|açıklamas\p{L}* dayanmıyor|` +
      String.raw`şirket tarafından yapılmış bir açıklama değil|henüz bir karar (verilmedi|yok)`,
    String.raw`ertelen\p{L}*|iptal edil\p{L}*|yanlış|yalanla\p{L}*|yalan|reddet\p{L}*|` +
      String.raw`reddetti|asılsız|temelsiz|mesnetsiz|dayanaksız|dayanaktan yoksun|uydurma|kurgu|` +
      String.raw`hayal ürünü|iftira\p{L}*|tekzip\p{L}*|gerçek dışı|gerçeğe aykırı|gerçeği yansıtm\p{L}*|` +
      String.raw`gerçeklerle bağdaşm\p{L}*|dezenformasyon|doğru değil\p{L}*|doğru olmadığ\p{L}*|` +
      String.raw`söz konusu değil\p{L}*|söz konusu olmadığ\p{L}*|yanıltıcı|yanlış bilgi\p{L}*|çarpıt\p{L}*|` +
      String.raw`manipülasyon\p{L}*|aslı (astarı )?(yok\p{L}*|bulunm\p{L}*|olmadığ\p{L}*)|doğruyu yansıtm\p{L}*|` +
      String.raw`gerçeklik payı (yok\p{L}*|bulunm\p{L}*|olmadığ\p{L}*)`,
    String.raw`gündemde değil|gündemimizde değil|gündemde yok|` +
      String.raw`gerçekle (hiçbir )?(ilgisi|alakası) (yok|bulunm\p{L}*|olmadığ\p{L}*)|` +
      String.raw`değişiklik (yok|bulunmuyor|söz konusu değil)|` +
      String.raw`(tutumumuz|pozisyonumuz|tutumu|pozisyonu) değişmedi|karar (alınmadı|verilmedi|alınmış değil)`,
    String.raw`iddiaları (kesinlikle )?(yalanladı|reddetti)|` +
      String.raw`(böyle|bu yönde|herhangi) bir (\p{L}+ )?(talep|teklif|plan\p{L}*|görüşme|konuşma|şey|girişim\p{L}*|` +
      String.raw`karar|anlaşma|müzakere|çalışma|durum|onay|izin) ` +
      String.raw`(yok|yoktur|olmadı|olmadığ\p{L}*|yapılmadı|yapılmadığ\p{L}*|gerçekleşmedi|` +
      String.raw`gerçekleşmediğ\p{L}*|bulunm\p{L}*|verilmedi|verilmediğ\p{L}*|alınmadı|alınmadığ\p{L}*)`,
  ],
  support: [
    String.raw`doğruladı|doğrulandı|doğruladığ\p{L}*|teyit et\p{L}*|teyit edil\p{L}*|kabul etti|kabul edildi|` +
      String.raw`onayladı|onaylandı|onay verdi|resmen açıkla\p{L}*|itiraf etti|kesinleşti`,
  ],
  relay: [
    String.raw`kaynaklar\p{L}*|(basın|medya|gazete|haber|iddia|kulis|kaynak)\p{L}* göre|medyada çıkan|aktardı|` +
      String.raw`aktaran|bildiril\p{L}*|ileri sürdü|öne sürdü|belirtiliyor|ifade ediliyor|kaydediliyor|` +
      String.raw`aktarılıyor|adının açıklanmasını istemeyen`,
  ],
  hedge: [
    String.raw`iddia\p{L}*|öne sürül\p{L}*|ileri sürül\p{L}*|olabil\p{L}*|bekleniyor|beklen\p{L}*|` +
      String.raw`tartışıyor|tartışıl\p{L}*|muhtemel\p{L}*|görüşül\p{L}*|değerlendir\p{L}*|` +
      String.raw`ihtimal\p{L}*|planlı\p{L}*|şüphe\p{L}*|kuşku\p{L}*|belirtilen|söyleni\p{L}*|konuşul\p{L}*|` +
      String.raw`rivayet\p{L}*|söylenti\p{L}*|öngörül\p{L}*|tahmin ed\p{L}*|gündeme gel\p{L}*|` +
      // "May": the modal ending ("iade edebilir", "satabilirler").
      String.raw`\p{L}{2,}[ae]bilir(ler)?`,
    // The hearsay ending on the last verb ("gözaltına alınmış."), not the perfect of record ("alınmıştır").
    String.raw`\p{L}{2,}(m[ıiuü]ş|ym[ıiuü]ş)(lar|ler)?(?=[\s.;!?"']*$)`,
  ],
  noComment: [
    String.raw`yorum yapmadı|yorum yapmıyoruz|(yorum|açıklama|değerlendirme) yapmaktan kaçın\p{L}*|` +
      String.raw`açıklama yapmadı|yorumda bulunmadı|yorum yapmak istemedi|ulaşılamadı|yanıtlamadı|` +
      String.raw`ne doğruladı ne (de )?yalanladı|ne doğrulay\p{L}* ne (de )?yalanlay\p{L}*|` +
      String.raw`ne doğrulandı ne (de )?yalanlandı|ne teyit ett?i ne (de )?yalanladı`,
    String.raw`teyit edemedi|teyit edilemedi|doğrulayamadı|doğrulanamadı|doğrulayamıyoruz|` +
      String.raw`teyit edemiyoruz|dışlayamayız|göz ardı edemeyiz|ihtimal dışı bırakmıyor`,
    String.raw`doğrulamadı|doğrulamadığ\p{L}*|doğrulamıyor|teyit etmedi|teyit etmediğ\p{L}*|teyit etmiyor|` +
      String.raw`onaylamadı|doğrulama gelmedi|teyit gelmedi|(yanıt|cevap) vermedi|(yanıt|cevap) vermediğ\p{L}*|` +
      String.raw`yanıtsız bırak\p{L}*|sessiz kal\p{L}*|doğrulanmadı|teyit edilmedi`,
  ],
  negatedDenial: [
    String.raw`yalanlamadı|reddetmedi|yalanlamadığ\p{L}*|reddetmediğ\p{L}*|yalanlamıyor|reddetmiyor|` +
      String.raw`ihtimal dışı bırakmadı|dışlamadı|yalanlanmadı`,
  ],
  negators: ['değil', 'asla', 'hiç', 'olmadan', 'kimse', 'hiçbir'],
};
