import { beforeAll, describe, expect, it } from 'vitest';
import { insertAccount, useActorsServer, type ActorName } from '../../auth/actors.test-helpers.js';
import { Role } from '../accounts/role.enum.js';
import { housingActions } from './iml-case.test-helpers.js';

// Files of a case: the lease and the sublease, review reports. For the care team, the operator
// and the landlord of the case; nobody else learns that they exist.

const env = useActorsServer();
const act = housingActions(env);
const pdf = Buffer.from('%PDF-1.4\n% bail fictif\n%%EOF\n');
let caseId: string;
let otherLandlordCookie: string;

const upload = (cookie: string | undefined, id: string, body: Buffer, type = 'application/pdf') =>
  fetch(`${env.server.url}/documents/iml/${id}`, {
    method: 'POST',
    headers: { 'content-type': type, 'x-file-name': encodeURIComponent('bail-sous-location.pdf'), 'x-document-title': encodeURIComponent('Bail de sous-location'), ...(cookie ? { cookie } : {}) },
    body: new Uint8Array(body),
  });
const download = (cookie: string | undefined, id: string) => fetch(`${env.server.url}/documents/iml-file/${id}`, { headers: cookie ? { cookie } : {} });

beforeAll(async () => {
  caseId = (await act.housedCase()).id;
  await insertAccount(env.database.dataSource, {
    email: 'bailleur.vilogia@example.org',
    password: 'mot-de-passe-essai',
    firstName: 'Autre',
    lastName: 'Bailleur',
    grants: [{ territorySlug: 'clsm-metz', role: Role.LANDLORD_REFERENT, partnerSlug: 'vilogia' }],
  });
  otherLandlordCookie = await env.server.signIn('bailleur.vilogia@example.org', 'mot-de-passe-essai');
});

describe('case documents', () => {
  it('are added by a party and opened only by the parties that read documents, each opening logged', async () => {
    const added = await upload(env.cookies.landlordReferent, caseId, pdf);
    expect(added.status).toBe(201);
    const { data } = (await added.json()) as { data: { id: string; byteSize: number } };
    expect(data.byteSize).toBe(pdf.length);

    const status: Record<string, number> = {};
    for (const actor of ['careTeam', 'housingOperator', 'landlordReferent', 'coordinator', 'gemMember', 'anonymous'] as ActorName[]) {
      status[actor] = (await download(env.cookies[actor], data.id)).status;
    }
    status.otherLandlord = (await download(otherLandlordCookie, data.id)).status;
    expect(status).toEqual({ careTeam: 200, housingOperator: 200, landlordReferent: 200, coordinator: 404, gemMember: 404, anonymous: 404, otherLandlord: 404 });
    const opened = await download(env.cookies.careTeam, data.id);
    expect(Buffer.from(await opened.arrayBuffer())).toEqual(pdf);
    expect(opened.headers.get('cache-control')).toBe('private, no-store');

    const [{ count }] = await env.database.dataSource.query(
      `SELECT count(*) FROM audit_event WHERE action = 'iml_case.document_read' AND target_id = $1`,
      [caseId],
    );
    expect(Number(count)).toBe(4);
    const listed = (await act.read('coordinator', caseId)).data!.imlCase!;
    expect(listed.documents).toBeNull();
    expect((await act.read('housingOperator', caseId)).data!.imlCase!.documents).toEqual([{ id: data.id }]);
  });

  it('refuses uploads from outside the case, and files that are not what they claim', async () => {
    for (const cookie of [env.cookies.coordinator, otherLandlordCookie, undefined]) {
      const refused = await upload(cookie, caseId, pdf);
      expect([401, 403, 404]).toContain(refused.status);
    }
    const fake = await upload(env.cookies.careTeam, caseId, Buffer.from('pas un PDF'));
    expect(fake.status).toBe(400);
    expect(((await fake.json()) as { errors: Array<{ message: string }> }).errors[0].message).toContain('PDF');
  });
});
