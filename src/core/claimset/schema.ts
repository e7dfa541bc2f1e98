import { z } from 'zod';

/**
 * The claim-set file format (seeds/*.claims.yaml). Story-specific knowledge lives only here;
 * the engine reads it through this schema. See docs/claim-set.md for the prose version.
 */

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date like 2025-09-05, 2025-09 or 2025');

/** Language code (ISO 639-1) → words. `any` holds forms that are the same in every language. */
const aliasMap = z.record(
  z.string().regex(/^([a-z]{2}|any)$/, 'expected a two-letter language code or "any"'),
  z.array(z.string().min(1)).min(1),
);

export const sourceSchema = z.object({
  outlet: z.string().min(1),
  /** Seed file (seeds/000_….txt) or article URL. */
  where: z.string().min(1),
  date: isoDate.nullable().default(null),
  title: z.string().optional(),
});

export const entitySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'ids are lower-case words joined by dashes'),
  kind: z.string().default('thing'),
  aliases: aliasMap,
  /**
   * Plain words that stand for this entity only beside others in the same sentence: "North Korean troops" is
   * also North Korea named with a word for troops ("Soldaten", "派兵", "військових").
   */
  near: z.object({ with: z.array(z.string()).min(1), words: aliasMap }).optional(),
  /** A country's ISO 3166-1 code ("TR"): its name in some forty languages is added from CLDR (Intl.DisplayNames). */
  region: z
    .string()
    .regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code such as TR')
    .optional(),
});

export const actorSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Normalised display name, e.g. "Dmitry Peskov". */
  name: z.string().min(1),
  role: z.string().optional(),
  /** Kind of speaker: a person, an institution, or an outlet that reports. */
  kind: z.enum(['person', 'institution', 'outlet', 'group']).default('person'),
  /** Name variants and transliterations, any language. Surnames alone are fine. */
  aliases: z.array(z.string().min(1)).default([]),
  /**
   * The actor this one speaks for (an office-holder's ministry or company, a spokesperson's government): their
   * words count as that body's too, so a body's denial is not new again when its spokesperson repeats it, and
   * one office reversing another of the same body is visible as such.
   */
  affiliation: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .optional(),
  /**
   * Titles that name this actor only beside these entities in the same sentence: "Foreign Ministry", "МИД",
   * "Außenministerium" are Ukraine's beside Ukraine, another country's elsewhere.
   */
  near: z.object({ with: z.array(z.string()).min(1), words: z.array(z.string().min(1)).min(1) }).optional(),
});

export const positionSchema = z.object({
  actor: z.string().min(1),
  stance: z.enum(['asserts', 'denies', 'reports']),
  source: sourceSchema,
  /** The sentence it rests on, as written in the source. */
  evidence: z.string().min(1),
  note: z.string().optional(),
});

export const valueReportSchema = z.object({
  /** The value as written, e.g. "four divisions", "$2.5 billion", "October 2020". */
  value: z.string().min(1),
  actor: z.string().optional(),
  sources: z.array(sourceSchema).min(1),
  evidence: z.string().min(1),
});

export const claimSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'claim ids are lower-case words joined by dashes'),
  /** Canonical statement, one sentence. */
  text: z.string().min(1),
  /**
   * Words and short phrases that evoke the claim, in any of the story's languages.
   * Entity ids may be referenced as "@entity" (all its aliases count).
   */
  terms: z.array(z.string().min(1)).min(1),
  /** Entities a sentence must touch (directly or through the article) for the claim to apply. */
  entities: z.array(z.string()).default([]),
  /** Other wordings of the claim (any language); they feed the matcher's vocabulary. */
  paraphrases: z.array(z.string().min(1)).default([]),
  /** For value claims: which attribute the values are (quantity, contract_value, …). */
  attribute: z.string().optional(),
  /**
   * For value claims: what kind of value the attribute holds. Without it the kind comes from the values on record,
   * then from the attribute's name (…_date → date, office_holder → person, stake → percent, quantity → count).
   */
  type: z.enum(['count', 'money', 'date', 'duration', 'percent', 'person', 'party', 'place']).optional(),
  /** Extra cue words that signal this attribute in a sentence (the engine has defaults for standard ones). */
  cues: z.array(z.string()).default([]),
  /**
   * Claims that cannot both be true ("never used" vs "test-fired at Sinop"): a new voice for one conflicts with the
   * other.
   */
  conflicts: z.array(z.string()).default([]),
  /**
   * Claims this one takes for granted ("North Korean troops fought in Kursk" implies "North Korea sent troops"): an
   * office asserting this claim reverses its government's denial of those.
   */
  implies: z.array(z.string()).default([]),
  positions: z.array(positionSchema).default([]),
  values: z.array(valueReportSchema).default([]),
});

export const claimSetSchema = z.object({
  story: z.object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: z.string().min(1),
    languages: z.array(z.string()).default(['en']),
    /**
     * Alert on attributed statements that no claim covers yet ("new claim"). Off by default: on real coverage
     * most such sentences are background, and a desk mutes a noisy bot (docs/adr/0007-reading-real-coverage.md).
     */
    newClaimAlerts: z.boolean().default(false),
    /**
     * The claim the story turns on (a claim id). A speaker who calls "the report" false without restating it
     * ("It is pure fiction") rejects this claim when nothing else was just spoken of.
     */
    central: z.string().optional(),
  }),
  entities: z.array(entitySchema).min(1),
  relevance: z.object({
    /** Every one of these entities must be mentioned for an article to be about the story. */
    all: z.array(z.string()).min(1),
    /** At least one of these, when given. */
    any: z.array(z.string()).default([]),
    /** Minimum score (0..1) to count as relevant. */
    threshold: z.number().min(0).max(1).default(0.5),
  }),
  actors: z.array(actorSchema).default([]),
  claims: z.array(claimSchema).min(1),
});

export type ClaimSetFile = z.infer<typeof claimSetSchema>;
export type ClaimDef = z.infer<typeof claimSchema>;
export type ActorDef = z.infer<typeof actorSchema>;
export type EntityDef = z.infer<typeof entitySchema>;
export type PositionDef = z.infer<typeof positionSchema>;
export type ValueReportDef = z.infer<typeof valueReportSchema>;
export type SourceDef = z.infer<typeof sourceSchema>;
