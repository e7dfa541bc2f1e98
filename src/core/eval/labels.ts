import { z } from 'zod';
import { parseJsonLines } from '../jsonl.js';

/**
 * The labelled-corpus format of `claimwatch eval-articles` (one JSON object per article, in file order) and the
 * small mapping kept beside each claim set that turns the labels' wording into claim-set ids.
 */

const position = z.object({
  actor: z.string(),
  stance: z.enum(['asserts', 'denies', 'reports']),
  proposition: z.string(),
  evidence: z.string().optional(),
});

const value = z.object({
  attribute: z.string(),
  subject: z.string(),
  value: z.string(),
  normalised: z.union([z.string(), z.number()]).transform(String),
  evidence: z.string().optional(),
});

const expectedAlert = z.object({
  kind: z.enum(['denial', 'contradiction']),
  actor: z.string(),
  proposition_or_attribute: z.string(),
  conflicts_with: z.unknown().optional(),
  why: z.string().optional(),
});

export const labelRowSchema = z.object({
  file: z.string(),
  lang: z.string().optional(),
  date: z.string().nullable().optional(),
  role: z.enum(['seed', 'follow-up', 'negative']),
  on_story: z.boolean(),
  outlet: z.string().default('unknown outlet'),
  positions: z.array(position).default([]),
  values: z.array(value).default([]),
  expected_alerts: z.array(expectedAlert).default([]),
});

export type LabelRow = z.infer<typeof labelRowSchema>;
export type LabelPosition = z.infer<typeof position>;
export type LabelValue = z.infer<typeof value>;
export type ExpectedAlert = z.infer<typeof expectedAlert>;

export const labelMapSchema = z.object({
  /** Canonical proposition text → claim id. */
  propositions: z.record(z.string(), z.string()).default({}),
  /** A value's subject, or an expected alert's attribute wording → value claim id. */
  values: z.record(z.string(), z.string()).default({}),
  /** Label actor name → claim-set actor id, where the claim set's display name differs. */
  actors: z
    .record(z.string(), z.string())
    .nullable()
    .default({})
    .transform((a) => a ?? {}),
});

export type LabelMap = z.infer<typeof labelMapSchema>;

/** Parse labels.jsonl; a bad line is named with its number. */
export function parseLabels(raw: string, name: string): LabelRow[] {
  return parseJsonLines(raw, name, labelRowSchema);
}
