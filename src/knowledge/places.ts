import { countries } from 'countries-list';

/** Lower-cased country names (and their usual aliases) and capitals, with each capital's country. */
const countryNames = new Set<string>();
const capitalToCountry = new Map<string, string>();
const countryAliases = new Map<string, readonly string[]>();
for (const country of Object.values(countries)) {
  countryNames.add(country.name.toLowerCase());
  for (const alias of country.alias ?? []) countryNames.add(alias.toLowerCase());
  countryAliases.set(country.name, country.alias ?? []);
  const capital = country.capital.replace(/\s+D\.C\.$/, '').trim();
  if (capital) capitalToCountry.set(capital.toLowerCase(), country.name);
}

export const isCountry = (name: string): boolean => countryNames.has(name.toLowerCase());
export const isCapital = (name: string): boolean => capitalToCountry.has(name.toLowerCase());
export const isPlaceName = (name: string): boolean => isCountry(name) || isCapital(name);
/** The country a capital stands for in news style ("Rome" for Italy), if `name` is a capital. */
export const countryOfCapital = (name: string): string | undefined =>
  capitalToCountry.get(name.toLowerCase());

/** The other names of a country ("US", "USA", "America" for the United States). */
export const aliasesOfCountry = (country: string): readonly string[] => countryAliases.get(country) ?? [];
