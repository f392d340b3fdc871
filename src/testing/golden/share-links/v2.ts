/**
 * GOLDEN LINK, share-link format 2. Never edit: this string was produced by encodeShareState of format 2
 * (2026-11-25: raw DEFLATE + base64url, layout of wire-v1.ts) and must keep opening with these answers after
 * any change of the format (migrations.ts). It carries the same answers as the format-1 golden link, so the
 * two formats are checked against one expectation.
 */
import { GOLDEN_V1, type GoldenLink } from './v1.ts';

export const GOLDEN_V2: GoldenLink = {
  formatVersion: 2,
  modelVersion: '2026.11.1',
  /** The URL fragment as the app writes it. */
  fragment:
    '#/wizard/data?s=2.NY69TsMwFIVfxfLAdOP4Oj-UCiHBwsLEmnowiVssJXGVOFR0YmWohMRT9Dn6Jkh9D65TdbDu8Tmfz3XFlVSlQBTIge_c3gwNicYEw6Hiz75tbM8-kP19_bIX11uWsfuNCXZnPh_Yij_ePK04kQgZ5FBVvKsH0bl68KNfB1H7LnU-2GZjU6qtfR8oEGY_DZZA51OuaY3f1sl2emvd-G4H4tauDbN4PR3HqTsd2fnncP4-RBhBQkkzQUgU9FPbxoalEncCFT1ZoshFFBHOUM7IlcNCAipRXO8FXiqgzLWGjJxcUqqkhDgzyAryFMSlC3ELSNkMQb6IdQTOXyKfiuPRWv8D',
  view: 'wizard',
  step: 'data',
  answers: GOLDEN_V1.answers,
};
