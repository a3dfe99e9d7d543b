// How an offer reads in French: floor, commune, rent and charges, what is near.
import { formatEuros } from '../../routes/projets/project-format';

export interface Commune {
	code: string;
	name: string;
}

/** The communes the 2018 convention asks to favour (Metz Sablon is a district of Metz). */
export const favouredCommuneCodes = ['57463', '57480', '57447'];

/** The favoured communes first, then the others in alphabetical order. */
export function communeChoices(communes: readonly Commune[]): { favoured: Commune[]; others: Commune[] } {
	const byName = [...communes].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
	return {
		favoured: favouredCommuneCodes.map((code) => byName.find((c) => c.code === code)).filter((c): c is Commune => !!c),
		others: byName.filter((c) => !favouredCommuneCodes.includes(c.code))
	};
}

/** A commune's name from its INSEE code; the code itself for a commune outside the list. */
export function communeNamer(communes: readonly Commune[]): (code: string) => string {
	const names = new Map(communes.map((c) => [c.code, c.name]));
	return (code) => names.get(code) ?? `Commune ${code}`;
}

export function floorLabel(floor: number | null): string {
	if (floor === null) return 'Étage non précisé';
	if (floor === 0) return 'Rez-de-chaussée';
	if (floor < 0) return 'Sous-sol';
	return floor === 1 ? '1er étage' : `${floor}e étage`;
}

/** « 320 € + 45 € de charges (365 € par mois) ». */
export function rentLabel(rent: number, charges: number): string {
	return `${formatEuros(rent)} + ${formatEuros(charges)} de charges (${formatEuros(rent + charges)} par mois)`;
}

export interface Surroundings {
	accessible: boolean;
	nearServices: boolean;
	nearTransport: boolean;
}

/** What the offer has among accessibility, services and transport nearby. */
export function surroundingsLabels(offer: Surroundings): string[] {
	return [
		offer.accessible ? 'Accessible (ascenseur ou plain-pied)' : 'Non accessible',
		offer.nearServices ? 'Proche des services' : null,
		offer.nearTransport ? 'Proche des transports' : null
	].filter((label): label is string => label !== null);
}

export const offerStatusOptions = [
	{ value: 'AVAILABLE', label: 'Disponible' },
	{ value: 'RESERVED', label: 'Présenté en commission' },
	{ value: 'LET', label: 'Loué' },
	{ value: 'WITHDRAWN', label: 'Retiré' }
] as const;

export const flatTypeLabels: Record<string, string> = { T1: 'T1 (une pièce)', T2: 'T2 (deux pièces)', T3: 'T3 (trois pièces)' };
