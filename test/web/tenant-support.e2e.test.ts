import { randomBytes } from 'node:crypto';
import { Algorithm, hash } from '@node-rs/argon2';
import pg from 'pg';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ensureDatabase } from '@clsm/api/ensure-database';
import { demoPassword } from '../support/accounts.js';
import { axeViolations, launchBrowser, openHydrated, signInThroughForm } from '../support/browser.js';
import { startHubProcess, type HubProcess } from '../support/hub.js';

// Tenant support in a browser: a landlord referent reports a situation to the CMP of the
// tenant's sector; the CMP's correspondent sees it arrive, acknowledges and closes it while the
// referent watches the status change, both live. The demo has no CMP correspondent: set-up
// inserts two, of sectors 2 and 1.

const referent = 'referent.bailleur@example.org';
const coordinator = 'coordination@example.org';
const cmp2 = 'correspondant.cmp2.essai@example.org';
const cmp1 = 'correspondant.cmp1.essai@example.org';
const clinicalNote = 'Note clinique fictive : premier entretien prévu.';

let hub: HubProcess;
let browser: Browser;
let databaseUrl = '';
const contexts: BrowserContext[] = [];

async function insertCorrespondent(databaseUrl: string, email: string, cmpSlug: string, lastName: string): Promise<void> {
	const client = new pg.Client({ connectionString: databaseUrl });
	client.on('error', () => undefined);
	await client.connect();
	try {
		const passwordHash = await hash(demoPassword, { algorithm: Algorithm.Argon2id });
		const { rowCount } = await client.query(
			`WITH p AS (INSERT INTO person (first_name, last_name) VALUES ('Correspondant', $3) RETURNING id),
			      u AS (INSERT INTO user_account (email, password_hash, person_id) SELECT $1, $2, p.id FROM p RETURNING id)
			 INSERT INTO role_assignment (user_id, territory_id, role, partner_id)
			 SELECT u.id, t.id, 'CARE_TEAM', c.id FROM u, territory t, partner c WHERE t.slug = 'clsm-metz' AND c.slug = $4`,
			[email, passwordHash, lastName, cmpSlug],
		);
		if (rowCount !== 1) throw new Error(`no CARE_TEAM grant for ${email}`);
	} finally {
		await client.end();
	}
}

beforeAll(async () => {
	databaseUrl = await ensureDatabase(inject('adminDatabaseUrl'), `clsm_e2e_${randomBytes(6).toString('hex')}`);
	// Development mode: the demo accounts sign in.
	[hub, browser] = await Promise.all([startHubProcess({ DATABASE_URL: databaseUrl, DEMO_DATA: 'true', NODE_ENV: 'development' }), launchBrowser()]);
	await insertCorrespondent(databaseUrl, cmp2, 'cmp-secteur-2-pole-5', 'Secteur Deux');
	await insertCorrespondent(databaseUrl, cmp1, 'cmp-secteur-1-pole-5', 'Secteur Un');
});

afterAll(async () => {
	await Promise.all(contexts.map((context) => context.close()));
	await browser?.close();
	await hub?.stop();
});

async function newPage(options: { viewport?: { width: number; height: number }; javaScriptEnabled?: boolean } = {}): Promise<Page> {
	const context = await browser.newContext({ locale: 'fr-FR', ...options });
	contexts.push(context);
	return context.newPage();
}

async function signedIn(email: string, options?: { viewport?: { width: number; height: number } }): Promise<Page> {
	const page = await newPage(options);
	await signInThroughForm(page, hub.url, email);
	return page;
}

/** A mark set in the page's window: still there later means the page was not reloaded. */
const markPage = (page: Page) => page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
const stillSamePage = (page: Page) => page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded === true);

/** Yesterday in Paris (AAAA-MM-JJ): a consent date the API accepts whatever the hour. */
const yesterday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date(Date.now() - 86_400_000));

let requestUrl = '';
let reference = '';
let sessionUrl = '';
let anonymousReference = '';

describe('tenant support in a browser', () => {
	it('brings a referent’s report to the CMP of the sector live, and the CMP’s steps back to the referent live', async () => {
		const [landlordPage, cmpPage] = await Promise.all([signedIn(referent), signedIn(cmp2)]);

		// The correspondent waits on the list of received requests.
		await openHydrated(cmpPage, `${hub.url}/soutien-locataires`);
		await cmpPage.getByText('Mises à jour en direct').waitFor();
		expect(await cmpPage.getByRole('heading', { level: 2, name: /Demandes reçues par CMP du secteur 2/ }).isVisible()).toBe(true);
		await markPage(cmpPage);

		// The referent fills the form.
		await openHydrated(landlordPage, `${hub.url}/soutien-locataires`);
		await landlordPage.getByRole('link', { name: 'Signaler une situation' }).click();
		await landlordPage.waitForURL('**/soutien-locataires/nouvelle');
		await landlordPage.waitForLoadState('networkidle');
		expect(await landlordPage.getByRole('note', { name: 'Urgence' }).innerText()).toContain(
			'Urgence : appelez le 15 (SAMU) ou le 112. Cette procédure ne remplace pas les secours et n’est pas faite pour l’urgence.',
		);
		expect(await landlordPage.getByLabel('Bailleur').inputValue()).not.toBe('');
		expect(await landlordPage.getByLabel('Bailleur').locator('option:checked').innerText()).toBe('Metz Habitat Territoire');
		await landlordPage.getByLabel('Commune', { exact: true }).selectOption({ label: 'Montigny-lès-Metz' });
		await landlordPage.getByLabel('Numéro').fill('3');
		await landlordPage.getByLabel(/^Rue/).fill('Rue de Pont-à-Mousson');
		// The sector shows as the address is typed.
		await landlordPage.getByText('la demande ira au CMP du secteur 2 (pôle 5)').waitFor();

		// Identity fields appear with consent only.
		expect(await landlordPage.getByLabel('Nom du locataire').count()).toBe(0);
		await landlordPage.getByLabel('Oui, il a donné son accord').check();
		await landlordPage.getByLabel('Comment l’accord a été obtenu').fill('Accord oral lors d’une visite (fictif)');
		await landlordPage.getByLabel('Date de l’accord').fill(yesterday());
		await landlordPage.getByLabel('Nom du locataire').fill('Locataire Fictif');
		await landlordPage.getByLabel(/^Téléphone du locataire/).fill('00 00 00 00 00');
		await landlordPage.getByLabel('Faits observés').fill('Bruits nocturnes répétés et isolement (fictif).');
		await landlordPage.getByLabel('Risque pour le locataire lui-même').check();
		await landlordPage.getByLabel(/^Ce qui a déjà été tenté/).fill('Visite de la gardienne (fictif).');
		await landlordPage.getByRole('button', { name: 'Envoyer au CMP' }).click();
		await landlordPage.waitForURL(/\/soutien-locataires\/[0-9a-f-]{36}\?envoyee$/);
		requestUrl = landlordPage.url().replace(/\?.*$/, '');
		reference = (await landlordPage.getByRole('heading', { level: 1 }).innerText()).replace('Demande ', '').trim();
		expect(reference).toMatch(/^SIG-[0-9A-F]{8}$/);
		expect(await landlordPage.getByRole('status').filter({ hasText: 'a été envoyée au CMP du secteur' }).count()).toBe(1);
		await landlordPage.getByText('Mises à jour en direct').waitFor();
		await markPage(landlordPage);

		// It reaches the correspondent's open list, among the requests to handle, without a reload.
		const toHandle = cmpPage.getByRole('list', { name: /À traiter/ });
		await toHandle.getByRole('link', { name: reference }).waitFor({ timeout: 15_000 });
		expect(await stillSamePage(cmpPage)).toBe(true);

		// The correspondent opens it: the tenant's identity is there (with consent).
		await toHandle.getByRole('link', { name: reference }).click();
		await cmpPage.waitForURL(requestUrl);
		await cmpPage.getByText('Mises à jour en direct').waitFor();
		expect(await cmpPage.getByRole('region', { name: 'Le locataire' }).innerText()).toContain('Locataire Fictif');
		await cmpPage.getByRole('button', { name: 'Accuser réception' }).click();
		await cmpPage.getByRole('status').filter({ hasText: 'L’accusé de réception a été envoyé au référent.' }).waitFor();

		// The referent's open page follows.
		await landlordPage.getByText('Prise en compte par le CMP', { exact: true }).first().waitFor({ timeout: 15_000 });

		// Another tab of the correspondent, without JavaScript: no live updates, it keeps this version.
		const stalePage = await newPage({ javaScriptEnabled: false });
		await stalePage.goto(`${hub.url}/connexion`);
		await stalePage.getByLabel('Adresse e-mail').fill(cmp2);
		await stalePage.getByLabel('Mot de passe').fill(demoPassword);
		await stalePage.getByRole('button', { name: 'Se connecter' }).click();
		await stalePage.waitForURL('**/mon-espace');
		await stalePage.goto(requestUrl);
		expect(await landlordPage.getByRole('region', { name: 'Suivi' }).innerText()).toContain('Accusé de réception du CMP');

		// The CMP asks for information; the referent's open page offers the answer form, live.
		await cmpPage.getByLabel('Ce dont le CMP a besoin').fill('Depuis quand les bruits ont-ils commencé ? (fictif)');
		await cmpPage.getByRole('button', { name: 'Demander des informations' }).click();
		await cmpPage.getByRole('status').filter({ hasText: 'Votre demande d’informations a été envoyée' }).waitFor();
		await landlordPage.getByLabel('Votre réponse').waitFor({ timeout: 15_000 });
		expect(await landlordPage.getByRole('region', { name: 'À vous de répondre' }).innerText()).toContain('Depuis quand les bruits ont-ils commencé ?');
		await landlordPage.getByLabel('Votre réponse').fill('Depuis la rentrée de septembre (fictif).');
		await landlordPage.getByRole('button', { name: 'Envoyer la réponse' }).click();
		await landlordPage.getByRole('status').filter({ hasText: 'Votre réponse a été envoyée au CMP.' }).waitFor();
		await cmpPage.getByRole('region', { name: 'Suivi' }).getByText('Depuis la rentrée de septembre (fictif).').waitFor({ timeout: 15_000 });

		// A clinical note, for the CMP alone.
		await cmpPage.getByLabel('Nouvelle note clinique').fill(clinicalNote);
		await cmpPage.getByRole('button', { name: 'Ajouter la note' }).click();
		await cmpPage.getByRole('region', { name: 'Notes cliniques' }).getByText(clinicalNote).waitFor();

		// A page left open without live updates (no JavaScript) acts on a stale version: refused as a
		// conflict, and the page then shows the current request.
		const staleVersion = await stalePage.locator('input[name="version"]').first().inputValue();
		await stalePage.getByLabel('Ce dont le CMP a besoin').fill('Question partie d’un onglet ancien (fictif).');
		await stalePage.getByRole('button', { name: 'Demander des informations' }).click();
		expect(await stalePage.getByRole('alert').filter({ hasText: 'modifiée entre-temps' }).innerText()).toContain('La page montre maintenant la demande à jour');
		expect(await stalePage.locator('input[name="version"]').first().inputValue()).not.toBe(staleVersion);
		expect(await stalePage.getByRole('region', { name: 'Suivi' }).innerText()).toContain('Depuis la rentrée de septembre');

		await cmpPage.getByLabel('Issue').selectOption({ label: 'Soins engagés' });
		await cmpPage.getByRole('button', { name: 'Clôturer la demande' }).click();
		await cmpPage.getByRole('status').filter({ hasText: 'La demande est clôturée.' }).waitFor();

		await landlordPage.getByText('Clôturée', { exact: true }).first().waitFor({ timeout: 15_000 });
		expect(await landlordPage.getByRole('region', { name: 'Suivi' }).innerText()).toContain('Clôture');
		expect(await stillSamePage(landlordPage)).toBe(true);

		// The referent never reads the clinical note, live or after a reload.
		for (const reload of [false, true]) {
			if (reload) await openHydrated(landlordPage, requestUrl);
			expect(await landlordPage.getByRole('heading', { name: 'Notes cliniques' }).count()).toBe(0);
			expect(await landlordPage.content()).not.toContain(clinicalNote);
		}
		expect(await landlordPage.getByRole('button', { name: 'Accuser réception' }).count()).toBe(0);

		// The referent's list has it among the closed requests.
		await openHydrated(landlordPage, `${hub.url}/soutien-locataires`);
		await landlordPage.getByRole('list', { name: /Clôturées/ }).getByRole('link', { name: reference }).waitFor();
	});

	it('shows nothing of the request to another CMP, and the procedure to everyone else', async () => {
		expect(requestUrl).not.toBe('');
		const page = await signedIn(cmp1);
		await openHydrated(page, `${hub.url}/soutien-locataires`);
		expect(await page.getByRole('heading', { level: 2, name: /Demandes reçues par CMP du secteur 1/ }).isVisible()).toBe(true);
		expect(await page.getByRole('link', { name: reference }).count()).toBe(0);
		expect(await page.content()).not.toContain(reference);
		const response = await page.goto(requestUrl);
		expect(response?.status()).toBe(404);
		expect(await page.content()).not.toContain('Locataire Fictif');

		// Others read how the procedure works; only referents report; visitors see no names.
		const partner = await signedIn('membre.gem@example.org');
		await openHydrated(partner, `${hub.url}/soutien-locataires`);
		expect(await partner.getByRole('heading', { level: 2, name: 'Comment fonctionne la procédure ?' }).isVisible()).toBe(true);
		expect(await partner.getByRole('region', { name: 'Référents et correspondants' }).innerText()).toContain('Chloé Modèle');
		expect(await partner.getByRole('link', { name: 'Signaler une situation' }).count()).toBe(0);
		expect((await partner.goto(`${hub.url}/soutien-locataires/nouvelle`))?.status()).toBe(403);
		const visitor = await newPage();
		await openHydrated(visitor, `${hub.url}/soutien-locataires`);
		expect(await visitor.getByRole('heading', { level: 2, name: 'Comment fonctionne la procédure ?' }).isVisible()).toBe(true);
		expect(await visitor.content()).not.toContain('Chloé Modèle');
		expect(await visitor.getByRole('link', { name: 'connectez-vous' }).isVisible()).toBe(true);
	});

	it('keeps an anonymous request anonymous, and tells a routing failure beside the address', async () => {
		const page = await signedIn(referent);
		await openHydrated(page, `${hub.url}/soutien-locataires/nouvelle`);
		await page.getByLabel('Non : demander un avis anonyme').check();
		await page.getByText('La demande sera un avis anonyme').waitFor();
		expect(await page.getByLabel('Nom du locataire').count()).toBe(0);
		// Metz is shared between sectors: without a street, no CMP can be found.
		await page.getByLabel('Commune', { exact: true }).selectOption({ label: 'Metz' });
		await page.getByText('Indiquez la rue').waitFor();
		await page.getByLabel('Faits observés').fill('Odeurs et encombrement (fictif).');
		await page.getByRole('button', { name: 'Envoyer au CMP' }).click();
		const beside = page.locator('#r-commune-error');
		await beside.waitFor();
		expect(await beside.innerText()).toContain('Le CMP de cette adresse n’a pas pu être trouvé');
		expect(await page.getByLabel('Commune', { exact: true }).getAttribute('aria-invalid')).toBe('true');
		expect(await page.getByLabel('Commune', { exact: true }).getAttribute('aria-describedby')).toContain('r-commune-error');

		// With a street of sector 1, the request leaves without the tenant's identity.
		await page.getByLabel(/^Rue/).fill('Rue Serpenoise');
		await page.getByLabel('Numéro').fill('10');
		await page.getByText('la demande ira au CMP du secteur 1 (pôle 5)').waitFor();
		await page.getByRole('button', { name: 'Envoyer au CMP' }).click();
		await page.waitForURL(/\/soutien-locataires\/[0-9a-f-]{36}\?envoyee$/);
		expect(await page.getByRole('region', { name: 'Le locataire' }).innerText()).toContain('Demande d’avis anonyme');
		anonymousReference = (await page.getByRole('heading', { level: 1 }).innerText()).replace('Demande ', '').trim();
	});

	it('flags a request left without acknowledgement for more than 3 days, to its CMP and to the coordination', async () => {
		expect(anonymousReference).toMatch(/^SIG-/);
		// Five days ago, as far as the database knows (the administrator's connection is not under row-level security).
		const client = new pg.Client({ connectionString: databaseUrl });
		client.on('error', () => undefined);
		await client.connect();
		try {
			await client.query(`UPDATE support_request SET created_at = now() - interval '5 days' WHERE reference = $1`, [anonymousReference]);
		} finally {
			await client.end();
		}
		const cmpPage = await signedIn(cmp1);
		await openHydrated(cmpPage, `${hub.url}/soutien-locataires`);
		const overdue = cmpPage.getByRole('region', { name: 'Accusés de réception en retard' });
		expect(await overdue.innerText()).toMatch(/en attente depuis 5 jours/);
		await overdue.getByRole('link', { name: anonymousReference }).waitFor();
		const card = cmpPage.getByRole('list', { name: /À traiter/ }).getByRole('article');
		expect(await card.innerText()).toContain('Accusé de réception en retard');

		// The coordination sees the figures, without a way into the request.
		const coordination = await signedIn(coordinator);
		await openHydrated(coordination, `${hub.url}/soutien-locataires`);
		const listed = coordination.getByRole('region', { name: 'Accusés de réception en retard' });
		expect(await listed.innerText()).toContain(anonymousReference);
		expect(await listed.innerText()).toContain('Metz Habitat Territoire → CMP du secteur 1 (pôle 5)');
		expect(await listed.getByRole('link').count()).toBe(0);
	});

	it('convenes a commission, opens its files to members and gives the minutes to the coordination', async () => {
		const coordination = await signedIn(coordinator);
		await openHydrated(coordination, `${hub.url}/commission`);
		const heldOn = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date(Date.now() + 2 * 86_400_000));
		await coordination.getByLabel('Date de la séance').fill(heldOn);
		await coordination.getByLabel('UNAFAM – Délégation de la Moselle').check();
		await coordination.getByLabel('Metz Habitat Territoire').check();
		await coordination.getByRole('button', { name: 'Réunir la séance' }).click();
		await coordination.waitForURL(/\/commission\/[0-9a-f-]{36}\?reunie$/);
		sessionUrl = coordination.url().replace(/\?.*$/, '');

		// A member puts a situation on the agenda: no identifier is accepted.
		const member = await signedIn('admin.unafam@example.org');
		await openHydrated(member, sessionUrl);
		expect(await member.getByText('Les dossiers s’ouvriront à la publication de l’ordre du jour').isVisible()).toBe(true);
		await member.getByLabel('Faits').fill('Famille inquiète, contact au 06 12 34 56 78.');
		await member.getByRole('button', { name: 'Inscrire la situation' }).click();
		await member.getByRole('alert').filter({ hasText: 'Pas de courriel, de téléphone' }).waitFor();
		await member.getByLabel('Faits').fill('Famille inquiète : isolement depuis plusieurs mois (fictif).');
		await member.getByRole('button', { name: 'Inscrire la situation' }).click();
		await member.getByRole('status').filter({ hasText: /inscrite sous le pseudonyme SIT-/ }).waitFor();

		await openHydrated(coordination, sessionUrl);
		await coordination.getByRole('button', { name: 'Publier l’ordre du jour' }).click();
		await coordination.getByRole('status').filter({ hasText: 'L’ordre du jour est publié' }).waitFor();

		await openHydrated(member, sessionUrl);
		const files = member.getByRole('region', { name: 'Les dossiers' });
		expect(await files.innerText()).toContain('isolement depuis plusieurs mois');
		await member.getByLabel('Décision').fill('Visite conjointe proposée (fictif).');
		await member.getByLabel('Structure qui assure le suivi').selectOption({ label: 'UNAFAM – Délégation de la Moselle' });
		await member.getByRole('button', { name: /^Enregistrer la décision/ }).click();
		await member.getByRole('status').filter({ hasText: 'La décision est enregistrée.' }).waitFor();

		// The minutes, as a text file, for the coordination only.
		await openHydrated(coordination, `${hub.url}/commission`);
		const [download] = await Promise.all([coordination.waitForEvent('download'), coordination.getByRole('link', { name: /^Compte rendu \(\.txt\)/ }).first().click()]);
		expect(download.suggestedFilename()).toBe(`compte-rendu-commission-${heldOn}.txt`);
		const minutes = await download.createReadStream().then(async (stream) => {
			const chunks: Buffer[] = [];
			for await (const chunk of stream) chunks.push(chunk as Buffer);
			return Buffer.concat(chunks).toString('utf8');
		});
		expect(minutes).toContain('Visite conjointe proposée');
		expect(minutes).toContain('Suivi : UNAFAM');
		const refused = await member.goto(`${sessionUrl}/compte-rendu`);
		expect(refused?.status()).toBe(403);
	});

	// Phone first: axe and the overflow check at 360 px, one signed-in page per account.
	async function checkOnPhone(email: string, paths: string[]): Promise<{ page: Page; violations: string[] }> {
		const violations: string[] = [];
		const page = await signedIn(email, { viewport: { width: 360, height: 740 } });
		for (const path of paths) {
			await openHydrated(page, `${hub.url}${path}`);
			violations.push(...(await axeViolations(page)));
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, `${email} ${path}`).toBe(0);
		}
		return { page, violations };
	}

	it('has no accessibility violation, and no horizontal scroll on a 360 px phone: the referent’s pages', async () => {
		expect(requestUrl).not.toBe('');
		const { page, violations } = await checkOnPhone(referent, ['/soutien-locataires', '/soutien-locataires/nouvelle', requestUrl.replace(hub.url, '')]);
		// The report form with its consent fields open and the sector found.
		await openHydrated(page, `${hub.url}/soutien-locataires/nouvelle`);
		await page.getByLabel('Oui, il a donné son accord').check();
		await page.getByLabel('Commune', { exact: true }).selectOption({ label: 'Marly' });
		await page.getByText('la demande ira au CMP du secteur 3').waitFor();
		violations.push(...(await axeViolations(page)));
		expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
		expect(violations).toEqual([]);
	});

	it('has no accessibility violation, and no horizontal scroll on a 360 px phone: the CMP’s, the coordination’s and a partner’s pages', async () => {
		expect(requestUrl).not.toBe('');
		expect(sessionUrl).not.toBe('');
		const violations: string[] = [];
		for (const [email, paths] of [
			[cmp2, ['/soutien-locataires', requestUrl.replace(hub.url, '')]],
			[coordinator, ['/soutien-locataires', '/commission', sessionUrl.replace(hub.url, '')]],
			['membre.gem@example.org', ['/soutien-locataires']],
		] as Array<[string, string[]]>) {
			violations.push(...(await checkOnPhone(email, paths)).violations);
		}
		expect(violations).toEqual([]);
	});
});
