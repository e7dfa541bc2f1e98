import type { Lexicon } from './types.js';

/** Japanese stance cues. No spaces between words: cues match anywhere. Negation follows the verb (ない, なかった). */
export const ja: Lexicon = {
  unspaced: true,
  deny: [
    '否定した|否定し、|否定している|否定する|事実無根|事実ではない|事実でない|事実と異なる|虚偽|でっち上げ|捏造|偽情報|フェイク|デマ|根拠のない|根拠がない|作り話|フィクション|一蹴|退けた|議題になっていない|立場に変わりはない|決定していない|決定はなされていない',
  ],
  support: ['確認した|認めた|明らかにした'],
  relay: ['関係者によると|関係筋|消息筋|報道によると|報道によれば|複数の関係者|伝えた'],
  hedge: ['とされる|とみられる|と見られる|可能性|かもしれない|疑い|疑問|検討'],
  noComment: [
    'コメントを控え|コメントしなかった|論評を避け|回答を控え|確認できない|確認できなかった|確認していない|確認を避け|肯定も否定もしない|否定も肯定もしない|肯定も否定もせず|否定も肯定もせず|排除しない|排除できない',
  ],
  negatedDenial: ['否定しなかった|否定せず|否定しない'],
  negators: [],
};
