/**
 * The note types and registry that ship with Nota. Imported as JSON so the
 * bundles carry them and the core needs no file system.
 */
import beslisnota from '../../../schemas/beslisnota.schema.json';
import portefeuilles from '../../../schemas/portefeuilles.json';
import informatienota from '../../../schemas/informatienota.schema.json';
import wooGronden from '../../../schemas/woo-gronden.json';
import type { RegistryData } from './domain/portfolioRegistry';

export const BUILTIN_NOTE_TYPE_SCHEMAS: readonly object[] = [beslisnota, informatienota];

/** The type a `.nota.md` file or an explicitly checked file gets when it names none. */
export const DEFAULT_NOTE_TYPE = 'beslisnota';

export const BUILTIN_REGISTRY: RegistryData = portefeuilles as RegistryData;

export interface WooGround {
  code: string;
  ground: string;
  kind: string;
}

export const WOO_GROUNDS: readonly WooGround[] = wooGronden.grounds;
