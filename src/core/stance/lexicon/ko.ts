import type { Lexicon } from './types.js';

/** Korean stance cues. Words are spaced but particles and endings attach: cues match at a word's start. */
export const ko: Lexicon = {
  deny: [
    String.raw`발표한 것이 아니\p{L}*|결정된 것은 없\p{L}*|부인했\p{L}*|부인하\p{L}*|부인한\p{L}*|부정했\p{L}*|` +
      String.raw`반박\p{L}*|일축\p{L}*|사실이 아니\p{L}*|사실무근\p{L}*|허구\p{L}*|거짓\p{L}*|가짜 뉴스|허위\p{L}*|` +
      String.raw`근거 없\p{L}*|날조\p{L}*|조작된|터무니없\p{L}*|의제에 없\p{L}*|입장에 변함이 없\p{L}*|결정된 바 없\p{L}*`,
  ],
  support: [String.raw`확인했\p{L}*|인정했\p{L}*|시인했\p{L}*`],
  relay: [String.raw`소식통\p{L}*|외신\p{L}*|보도에 따르면|관계자에 따르면|복수의 관계자`],
  hedge: [
    String.raw`알려졌\p{L}*|전해졌\p{L}*|보인다|가능성\p{L}*|의혹\p{L}*|의문\p{L}*|추정\p{L}*|검토\p{L}*|의구심\p{L}*`,
  ],
  noComment: [
    String.raw`언급하지 않\p{L}*|논평하지 않\p{L}*|언급을 피했\p{L}*|논평을 거부\p{L}*|답변을 거부\p{L}*|코멘트하지 않\p{L}*|확인해 줄 수 없\p{L}*|` +
      String.raw`확인할 수 없\p{L}*|확인되지 않\p{L}*|확인하지 않\p{L}*|시인도 부인도|확인도 부인도|배제하지 않\p{L}*|배제할 수 없\p{L}*`,
  ],
  negatedDenial: [String.raw`부인하지 않\p{L}*`],
  negators: ['안', '못', '아무'],
};
