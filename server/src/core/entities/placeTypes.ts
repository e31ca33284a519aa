import type { PlaceType } from '../types';

/** One gazetteer entry (generated server/data/gazetteer.json, hand-kept places, user entity files). */
export interface PlaceEntry {
  name: string;
  type: PlaceType;
  /** GeoNames id when the place comes from GeoNames. */
  geonames?: number;
  /** ISO 3166-1 alpha-2 country code. */
  cc?: string;
  admin1?: string;
  lat?: number;
  lon?: number;
  population?: number;
  aliases?: string[];
}
