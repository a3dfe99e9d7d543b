// The floor's signed-in requests: a session lookup (the API's own statement), then one
// statement that checks the right and does the work, audit and notification included.
import type pg from 'pg';
import { hashToken } from '../../auth/tokens.js';
import { readCookie } from '../../auth/session-cookie.js';

interface Viewer {
  userId: string;
  grants: Array<{ role: string; territoryId: string; partnerId: string | null }>;
}

async function viewerOf(pool: pg.Pool, cookie: string | undefined): Promise<Viewer> {
  const token = readCookie(cookie);
  if (!token) throw new Error('Vous devez être connecté.');
  const { rows } = await pool.query(
    `WITH live AS (
       UPDATE session s SET last_seen_at = now(), expires_at = now() + interval '8 hours'
       FROM user_account u
       WHERE s.token_hash = $1 AND s.expires_at > now() AND u.id = s.user_id AND NOT u.disabled
       RETURNING s.user_id)
     SELECT live.user_id, (SELECT json_agg(json_build_object('role', r.role, 'territoryId', r.territory_id, 'partnerId', r.partner_id))
                           FROM role_assignment r WHERE r.user_id = live.user_id) AS grants
     FROM live`,
    [hashToken(token)],
  );
  if (!rows[0]) throw new Error('Vous devez être connecté.');
  return { userId: rows[0].user_id, grants: rows[0].grants ?? [] };
}

const isoDay = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;

export const floorWrites = {
  async EditPartner(pool: pg.Pool, variables: Record<string, unknown>, cookie: string | undefined) {
    const viewer = await viewerOf(pool, cookie);
    const { target, fields } = variables as { target: { partnerId: string; version: number }; fields: { openingHours: string } };
    const { rows } = await pool.query(
      `WITH target AS (
         SELECT p.id, p.opening_hours, pt.territory_id FROM partner p JOIN partner_territory pt ON pt.partner_id = p.id
         WHERE p.id = $1 AND pt.territory_id IN (SELECT territory_id FROM role_assignment WHERE user_id = $2 AND role = 'COORDINATOR')
         LIMIT 1 FOR UPDATE OF p),
       updated AS (
         UPDATE partner p SET opening_hours = $4, version = p.version + 1, updated_at = now() FROM target
         WHERE p.id = target.id AND p.version = $3
         RETURNING p.id, p.version, p.opening_hours, target.opening_hours AS before, target.territory_id),
       change AS (
         INSERT INTO partner_change (partner_id, changed_by, version, field, before, after)
         SELECT id, $2, version, 'openingHours', to_jsonb(before), to_jsonb(opening_hours) FROM updated),
       audit AS (
         INSERT INTO audit_event (actor_user_id, action, target_type, target_id, territory_id, details)
         SELECT $2, 'partner.updated', 'partner', id::text, territory_id, json_build_object('fields', json_build_array('openingHours'), 'version', version)
         FROM updated)
       SELECT id, version, opening_hours AS "openingHours",
              pg_notify('clsm_events', json_build_object('topic', 'partner.updated', 'id', id)::text) AS notified
       FROM updated`,
      [target.partnerId, viewer.userId, target.version, fields.openingHours],
    );
    if (!rows[0]) throw new Error('Cette fiche a été modifiée entre-temps.');
    const { notified: _, ...partner } = rows[0];
    return { updatePartner: partner };
  },

  async ImlCasePage(pool: pg.Pool, variables: Record<string, unknown>, cookie: string | undefined) {
    const viewer = await viewerOf(pool, cookie);
    const careTeams = viewer.grants.filter((g) => g.role === 'CARE_TEAM' && g.partnerId).map((g) => `CARE_TEAM:${g.partnerId}`);
    const { rows } = await pool.query(
      `WITH c AS (SELECT * FROM iml_case WHERE id = $1 AND party_keys && $2::text[]),
       audit AS (
         INSERT INTO audit_event (actor_user_id, action, target_type, target_id, territory_id, details)
         SELECT $3, a.action, 'iml_case', c.id::text, c.territory_id, '{}' FROM c,
                unnest(ARRAY['iml_case.read', 'iml_case.identity_read', 'iml_case.clinical_read']) AS a(action))
       SELECT c.id, c.version, c.pseudonym, c.state, ${isoDay('c.referred_on')} AS "referredOn",
              (SELECT json_build_object('firstName', p.first_name, 'lastName', p.last_name, 'birthDate', ${isoDay('p.birth_date')})
               FROM iml_case_private p WHERE p.case_id = c.id) AS identity,
              (SELECT k.clinical_notes FROM iml_case_clinical k WHERE k.case_id = c.id) AS "clinicalNotes",
              (SELECT coalesce(json_agg(json_build_object('fromState', s.from_state, 'toState', s.to_state, 'on', ${isoDay('s.on')}, 'note', s.note) ORDER BY s.on, s.at), '[]')
               FROM iml_case_step s WHERE s.case_id = c.id) AS steps
       FROM c`,
      [variables.id, careTeams, viewer.userId],
    );
    return { imlCase: rows[0] ?? null };
  },
};
