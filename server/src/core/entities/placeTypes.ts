import type { PlaceType } from '../types';

/**
 * One hand-kept or user place (server/data/places-extra.json, user entity files). An entry with
 * only `geonames` and `aliases` (and optionally `name`) adds spellings to that GeoNames place.
 */
export interface PlaceEntry {
  name?: string;
  type?: PlaceType;
  /** GeoNames id when the place comes from GeoNames. */
  geonames?: number;
  /** ISO 3166-1 alpha-2 country code. */
  cc?: string;
  /** English name of the first-level division. */
  admin1?: string;
  lat?: number;
  lon?: number;
  population?: number;
  aliases?: string[];
}

/** A place of the loaded gazetteer, as the recogniser uses it. */
export interface Place {
  /** Key shared by every mention: "place:geonames:170063", "place:country:SY", "place:admin1:SY.07", "place:extra:…". */
  key: string;
  id?: string;
  name: string;
  type: PlaceType;
  cc?: string;
  /** "SY.07" for places inside a known first-level division. */
  admin1Code?: string;
  admin1?: string;
  country?: string;
  lat?: number;
  lon?: number;
  population: number;
  aliases: string[];
  /** Recognised only with a "province"/"region" cue (generic names such as "Centre"). */
  cueOnly?: boolean;
  /** A country, first-level division, capital, big city or hand-kept place: no cue needed. */
  major: boolean;
}
