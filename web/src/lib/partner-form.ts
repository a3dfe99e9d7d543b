// The fields of a directory entry's form, shared by the editor and the creation page.
export const textInputs = [
	{ name: 'name', label: 'Nom', autocomplete: 'organization', required: true },
	{ name: 'shortName', label: 'Sigle ou nom court' },
	{ name: 'address', label: 'Adresse', autocomplete: 'street-address' },
	{ name: 'postalCode', label: 'Code postal', autocomplete: 'postal-code', inputmode: 'numeric' },
	{ name: 'commune', label: 'Commune', autocomplete: 'address-level2' },
	{ name: 'phone', label: 'Téléphone', type: 'tel', autocomplete: 'tel' },
	{ name: 'email', label: 'Courriel', type: 'email', autocomplete: 'email' },
	{ name: 'website', label: 'Site internet', type: 'url', autocomplete: 'url', hint: 'commençant par https://' },
	{ name: 'openingHours', label: 'Horaires', hint: 'format OSM, ex. « Mo-Fr 09:00-12:00,14:00-17:00 »' },
	{ name: 'siret', label: 'SIRET', inputmode: 'numeric', hint: '14 chiffres : relie la fiche aux annuaires nationaux' }
] as const;

export const fieldLabels: Record<string, string> = {
	...Object.fromEntries(textInputs.map((input) => [input.name, input.label])),
	description: 'Présentation',
	sector: 'Secteur',
	kind: 'Type de structure'
};

export type PartnerFormValues = Record<string, unknown> & { themes?: string[]; publics?: string[] };

/** Reads the entry's fields from a submitted form, in the shape of PartnerFieldsInput. */
export function readPartnerFields(form: FormData) {
	const fields: Record<string, unknown> = {};
	for (const { name } of textInputs) fields[name] = String(form.get(name) ?? '');
	fields.description = String(form.get('description') ?? '');
	fields.sector = form.get('sector');
	fields.kind = form.get('kind');
	fields.themes = form.getAll('themes').map(String);
	fields.publics = form.getAll('publics').map(String);
	return fields;
}
