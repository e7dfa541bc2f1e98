import type { Lexicon } from './types.js';

/** English stance cues. */
export const en: Lexicon = {
  deny: [
    String.raw`\bnot (something )?(which|that) (was|were|had been|has been) announced by\b|` +
      String.raw`\bnot announced by (the|our) (company|group|firm)\b|` +
      String.raw`\bdid not come from (any|an) (announcement|statement)\b|` +
      String.raw`\bnot based on (any|an|our) (announcement|statement)\b|\bnothing has been decided\b`,
    String.raw`\b(den(y|ies|ied|ying)|denial|dismiss(es|ed|ing)?|reject(s|ed|ing)?|refut(e|es|ed|ing)|` +
      String.raw`rebuff(s|ed)?|debunk(s|ed)?|disputed|contradicted|repudiat(e|es|ed)|disavow(s|ed)?)\b`,
    String.raw`\b(ruled? out|rules out|ruling out|played down|downplayed|voted down|pushed back|pushing back|` +
      String.raw`push back|postponed|called off|cancell?ed|scrapped|shelved|overturned|wrong|incorrect|` +
      String.raw`inaccurate|not accurate|implausible|mischaracteri[sz]\w*|misleading|distort(ed|ion|s)?)\b`,
    String.raw`\b(fabricat(ion|ions|ed)|fake news|baseless|groundless|unfounded|` +
      String.raw`false|untrue|not true|no truth|nonsense|absurd|speculation and nothing more|` +
      String.raw`without foundation|misinformation|disinformation|hoax)\b`,
    String.raw`\b(pure|complete|total|utter|simply|sheer) (fiction|fantasy|invention)\b|` +
      String.raw`\b(is|was|a) fiction\b|\b(completely|totally|entirely|simply) (invented|made up)\b|` +
      String.raw`\b(a|an|absolute|outright|blatant) lie\b`,
    String.raw`\bnothing to do with (the )?(reality|truth|facts)\b|` +
      String.raw`\b(does|do|did)( not|n't) correspond to (the )?(reality|facts|truth)\b|` +
      String.raw`\bnot correspond to (the )?reality\b|\bno basis in (fact|reality)\b`,
    String.raw`\bnot on the (agenda|table)\b|\boff the table\b|\bout of the question\b|` +
      String.raw`\bno (such )?(plans?|intention|talks|discussions?|negotiations?|request|proposal|offer)\b`,
    String.raw`\bno change in (our|its|their|the) (position|stance|policy)\b|` +
      String.raw`\b(position|stance|policy)\b[^.,;]{0,40}?\b(has|have|had|did)( not|n't) change(d)?\b|` +
      String.raw`\bremains? unchanged\b|\bno (final )?decision (has|had) (yet )?been (taken|made)\b`,
    String.raw`\b(never|not) (happened|took place|discussed|raised|considered|requested|asked|offered|made)\b|` +
      String.raw`\b(do|does|did)( not|n't) (believe|think)\b|` +
      String.raw`\b(dropped|abandoned|scrapped|ditched|shelved) (its |the |their |his |her )?plans?\b`,
  ],
  support: [
    String.raw`\b(confirm(s|ed|ing)?|acknowledg(e|es|ed|ing)|admit(s|ted)?|announc(e|es|ed)|` +
      String.raw`verif(y|ied|ies)|corroborat(e|ed|es)|agreed|insist(s|ed)?|reaffirm(s|ed)?|is true|was true)\b`,
  ],
  relay: [
    String.raw`\b(according to (?:\w+\s){0,3}?(?:sources?|reports?|media|people|persons?|` +
      String.raw`insiders?|officials? who|a person|two people|several people|diplomats?)|` +
      String.raw`sources? (?:said|say|says|told|familiar|close)|media reports?|` +
      String.raw`reports? (?:say|said|suggest|suggested|claim)|` +
      String.raw`citing (?:unnamed |anonymous )?sources|unnamed|anonymous)\b`,
  ],
  hedge: [
    String.raw`\b(reportedly|allegedly|alleg(e|es|ed|ation|ations)|rumou?r(s|ed)?|speculat(e|es|ed|ion|ive)|` +
      String.raw`purportedly|supposedly|apparently|is said to|are said to|was said to|were said to|believed to|` +
      String.raw`understood to|expected to|may|might|could|possibly|perhaps|likely|` +
      String.raw`potential(ly)?|consider(s|ed|ing)?|weigh(s|ed|ing)?|explor(e|es|ed|ing)|` +
      String.raw`mull(s|ed|ing)?|if confirmed|unconfirmed|unverified|whether|claim(s|ed)?|` +
      String.raw`suggest(s|ed|ing)?|possibility|plan(s|ned)? to|seek(s|ing)? to|intend(s|ed)? to)\b`,
    String.raw`\b(doubt(s|ed|ing|ful)?|sceptical|skeptical|questioned whether|cast doubt)\b`,
    String.raw`\b(is|are|was|were) (widely )?(reported|rumou?red|thought) to\b`,
  ],
  noComment: [
    String.raw`\b(declined|refused|would not|wouldn't|did not|didn't) (to )?(comment|` +
      String.raw`confirm or deny|say|elaborate|discuss)\b|\bno (immediate )?comment\b|` +
      String.raw`\bcould not be reached\b|\bdid not (immediately )?respond\b`,
    String.raw`\bneither confirm(ed|s)? nor den(y|ied|ies)\b|\bwould not be drawn\b|` +
      String.raw`\b(can|could)(not|n't| not) (confirm|deny) or (deny|confirm)\b`,
    String.raw`\b(cannot|can't|could not|couldn't|unable to|not able to|was unable to|` +
      String.raw`were unable to) (independently |immediately )?(confirm|verify|corroborate)\b|` +
      String.raw`\b((has|have|had|did)( not|n't)|never) (yet )?` +
      String.raw`(confirmed|verified|confirm|verify|acknowledged|acknowledge)\b|` +
      String.raw`\bneither\b[^.;]{0,60}\bnor\b[^.;]{0,40}\b(has|have|had|did)( yet)? ` +
      String.raw`(confirmed|acknowledged|verified|commented)\b|` +
      String.raw`\bnot (been )?(independently )?(confirmed|verified)\b`,
    String.raw`\b(do|does|did|would|will)( not|n't) comment on\b|` +
      String.raw`\b(we|it|they) (do not|don't) comment\b|\bnot commenting on\b`,
    String.raw`\b(cannot|can't|could not|couldn't|would not|wouldn't|did not|` +
      String.raw`didn't|does not|doesn't|do not|don't) rule out\b|\bnot ruling out\b`,
  ],
  negatedDenial: [
    String.raw`\b(not|never|n't|refused to|declined to|failed to|` +
      String.raw`without)\s+(\w+\s+){0,2}(deny|denied|dismiss|reject|refute|rule out)\b`,
  ],
  negators: [
    'not(?! only)',
    'no',
    'never',
    'cannot',
    "can't",
    "won't",
    "n't",
    'neither',
    'nor',
    'without',
    'unable',
    'hardly',
    'nobody',
    'no one',
    'nothing',
    'none',
  ],
};
