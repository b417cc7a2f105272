/**
 * ISO 3166-1 alpha-3 (our actors' `iso3`) to the numeric code Natural Earth / world-atlas uses as feature id.
 * The table comes from i18n-iso-countries; its plain index is imported so the 80 name translations stay out.
 */
import countries from 'i18n-iso-countries/index';

/** "DNK" → "208" (zero-padded, as world-atlas writes its ids); null for a code ISO 3166 does not know. */
export function isoNumericOf(iso3: string): string | null {
  return countries.alpha3ToNumeric(iso3) ?? null;
}
