import { z } from 'zod';

/** A comma-separated list of user ids in the configuration ("U0123ABCD, U0456EFGH"), empty when unset. */
export const userIdList = z
  .string()
  .transform((v) =>
    v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .default([]);
