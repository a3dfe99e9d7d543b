import type { MigrationInterface, QueryRunner } from 'typeorm';

// Tenant support (issue #8): landlords' requests to the CMP of a tenant's sector, and the
// commission for tenants in difficulty. Same defence as the IML cases: row-level security
// forced, rows visible to a transaction whose scope (`clsm.housing_scope`) shares a key with the
// request's parties, or with the session's members while its files are open.
const requestTables = ['support_request', 'support_request_tenant', 'support_request_step', 'support_request_clinical_note'];
const guardedTables = [...requestTables, 'commission_situation'];

const requestSharedWith = (roles: string) =>
  `EXISTS (SELECT 1 FROM support_request r WHERE r.id = request_id AND EXISTS (
     SELECT 1 FROM unnest(r.party_keys) k WHERE k = ANY (clsm_housing_scope()) AND split_part(k, ':', 1) IN (${roles})))`;

export class TenantSupport1764100000000 implements MigrationInterface {
  name = 'TenantSupport1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "commission_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "territory_id" uuid NOT NULL, "held_on" date NOT NULL, "agenda_published_at" TIMESTAMP WITH TIME ZONE, "access_closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, "member_keys" text array NOT NULL DEFAULT '{}', "created_by" uuid, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1867f136ca515a23e513c7db29e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a138fdf52a56ad54b507521187" ON "commission_session"("territory_id", "held_on")`,
    );
    await queryRunner.query(
      `CREATE TABLE "commission_member" ("session_id" uuid NOT NULL, "partner_id" uuid NOT NULL, CONSTRAINT "PK_2af564f8ebc76f39e882a85091e" PRIMARY KEY ("session_id", "partner_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "commission_situation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "pseudonym" text NOT NULL, "facts" text NOT NULL, "put_by_partner_id" uuid NOT NULL, "put_by_user_id" uuid, "decision" text, "follow_up_partner_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ca0b4ad9a8904af7a4d59103682" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_c4fa07faf260cc90ac32e2814a" ON "commission_situation"("session_id", "created_at")`,
    );
    await queryRunner.query(
      `CREATE TABLE "support_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "territory_id" uuid NOT NULL, "reference" text NOT NULL, "landlord_id" uuid NOT NULL, "cmp_id" uuid NOT NULL, "sector_id" uuid, "status" text NOT NULL, "party_keys" text array NOT NULL DEFAULT '{}', "with_consent" boolean NOT NULL, "consent_how" text, "consent_on" date, "commune_code" text NOT NULL, "facts" text NOT NULL, "facts_since" date, "risk_to_self" boolean NOT NULL DEFAULT false, "risk_to_others" boolean NOT NULL DEFAULT false, "already_tried" text, "outcome" text, "reported_by" uuid, "acknowledged_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_2ab75609c10030930d8e230c50f" UNIQUE ("reference"), CONSTRAINT "PK_76db9b511f3ac27bf3237432acc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_993cc40dc2817bae65e8cf47c9" ON "support_request"("territory_id", "status")`,
    );
    await queryRunner.query(
      `CREATE TABLE "support_request_tenant" ("request_id" uuid NOT NULL, "name" text NOT NULL, "address" text NOT NULL, "phone" text, CONSTRAINT "PK_8712bb0eb2a951de42653144ec4" PRIMARY KEY ("request_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "support_request_step" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "kind" text NOT NULL, "action" text, "message" text, "actor_user_id" uuid, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5518db876a85a8ef5a7c959150f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_b413e90a00a400cdb9d77980fd" ON "support_request_step"("request_id", "at")`,
    );
    await queryRunner.query(
      `CREATE TABLE "support_request_clinical_note" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "note" text NOT NULL, "author_user_id" uuid, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9630a24007e4498e531219ed48d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_665fe11f2cb17e5a2111bf49fe" ON "support_request_clinical_note"("request_id", "at")`,
    );
    await queryRunner.query(
      `ALTER TABLE "commission_session" ADD CONSTRAINT "FK_7b5b4bb1f4bcab21c39a432e23f" FOREIGN KEY ("territory_id") REFERENCES "territory"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "commission_member" ADD CONSTRAINT "FK_c778d243396a66c2bad3e031cbc" FOREIGN KEY ("session_id") REFERENCES "commission_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "commission_member" ADD CONSTRAINT "FK_d898282f70b15faeec6b6ddb50b" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "commission_situation" ADD CONSTRAINT "FK_48fec1fa503362746dd09cef809" FOREIGN KEY ("session_id") REFERENCES "commission_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "support_request" ADD CONSTRAINT "FK_3a319bd22ee3632c31aab3290a5" FOREIGN KEY ("territory_id") REFERENCES "territory"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "support_request" ADD CONSTRAINT "FK_3aa38d6cb49031f2b05b9703d76" FOREIGN KEY ("landlord_id") REFERENCES "partner"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "support_request" ADD CONSTRAINT "FK_8f3fe0c52f98393ef7d92e4076f" FOREIGN KEY ("cmp_id") REFERENCES "partner"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "support_request_tenant" ADD CONSTRAINT "FK_8712bb0eb2a951de42653144ec4" FOREIGN KEY ("request_id") REFERENCES "support_request"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "support_request_step" ADD CONSTRAINT "FK_2825d97fd9232ef16284c065b22" FOREIGN KEY ("request_id") REFERENCES "support_request"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "support_request_clinical_note" ADD CONSTRAINT "FK_9c2e28279bcff15e471a0d5d0c7" FOREIGN KEY ("request_id") REFERENCES "support_request"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`CREATE INDEX "support_request_party_keys_idx" ON "support_request" USING gin ("party_keys")`);
    for (const table of guardedTables) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`DO $$ BEGIN EXECUTE format('CREATE POLICY ${table}_owner ON "${table}" TO %I USING (true)', current_user); END $$`);
    }
    await queryRunner.query(`CREATE POLICY support_request_read ON support_request FOR SELECT USING (party_keys && clsm_housing_scope())`);
    await queryRunner.query(`CREATE POLICY support_request_insert ON support_request FOR INSERT WITH CHECK (party_keys && clsm_housing_scope())`);
    await queryRunner.query(`CREATE POLICY support_request_update ON support_request FOR UPDATE USING (party_keys && clsm_housing_scope()) WITH CHECK (true)`);
    await queryRunner.query(`CREATE POLICY support_request_tenant_parties ON support_request_tenant USING (${requestSharedWith(`'LANDLORD', 'CARE_TEAM'`)})`);
    await queryRunner.query(`CREATE POLICY support_request_step_parties ON support_request_step USING (${requestSharedWith(`'LANDLORD', 'CARE_TEAM'`)})`);
    await queryRunner.query(`CREATE POLICY support_request_clinical_note_cmp ON support_request_clinical_note USING (${requestSharedWith(`'CARE_TEAM'`)})`);
    // A member puts a situation on the agenda until the access closes; members read and decide
    // on the files from the agenda's publication until then.
    const member = `s.id = session_id AND s.member_keys && clsm_housing_scope() AND now() < s.access_closes_at`;
    await queryRunner.query(
      `CREATE POLICY commission_situation_read ON commission_situation FOR SELECT USING (EXISTS (SELECT 1 FROM commission_session s WHERE ${member} AND s.agenda_published_at <= now()))`,
    );
    await queryRunner.query(`CREATE POLICY commission_situation_insert ON commission_situation FOR INSERT WITH CHECK (EXISTS (SELECT 1 FROM commission_session s WHERE ${member}))`);
    await queryRunner.query(
      `CREATE POLICY commission_situation_update ON commission_situation FOR UPDATE USING (EXISTS (SELECT 1 FROM commission_session s WHERE ${member} AND s.agenda_published_at <= now()))`,
    );
    // The coordination's dashboard and the yearly evaluation count every request: dates, parties
    // and outcomes, never the facts or the tenant.
    await queryRunner.query(`
      CREATE FUNCTION support_request_figures(territory uuid)
      RETURNS TABLE (id uuid, reference text, landlord_id uuid, cmp_id uuid, status text, with_consent boolean, outcome text,
                     created_at timestamptz, acknowledged_at timestamptz, closed_at timestamptz)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT r.id, r.reference, r.landlord_id, r.cmp_id, r.status, r.with_consent, r.outcome, r.created_at, r.acknowledged_at, r.closed_at
        FROM support_request r WHERE r.territory_id = territory
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION support_anonymise_closed_requests(cutoff timestamptz) RETURNS integer
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      DECLARE done integer;
      BEGIN
        DELETE FROM support_request_tenant WHERE request_id IN (SELECT id FROM support_request WHERE closed_at < cutoff);
        DELETE FROM support_request_clinical_note WHERE request_id IN (SELECT id FROM support_request WHERE closed_at < cutoff);
        UPDATE support_request_step SET message = NULL WHERE message IS NOT NULL AND request_id IN (SELECT id FROM support_request WHERE closed_at < cutoff);
        UPDATE support_request SET facts = '', already_tried = NULL, consent_how = NULL, version = version + 1
        WHERE closed_at < cutoff AND facts <> '';
        GET DIAGNOSTICS done = ROW_COUNT;
        RETURN done;
      END $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION support_anonymise_closed_requests(timestamptz) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION support_anonymise_closed_requests(timestamptz) TO clsm_app`);
    // The minutes outlive the files' window: pseudonyms, facts, decisions and follow-up owners,
    // which is all a situation holds; the service strips what could still identify someone.
    await queryRunner.query(`
      CREATE FUNCTION commission_minutes_rows(session uuid)
      RETURNS TABLE (pseudonym text, facts text, decision text, follow_up_partner_id uuid)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT s.pseudonym, s.facts, s.decision, s.follow_up_partner_id FROM commission_situation s WHERE s.session_id = session ORDER BY s.created_at
      $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION commission_minutes_rows(uuid) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION commission_minutes_rows(uuid) TO clsm_app`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION support_request_figures(uuid) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION support_request_figures(uuid) TO clsm_app`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION commission_minutes_rows(uuid)`);
    await queryRunner.query(`DROP FUNCTION support_anonymise_closed_requests(timestamptz)`);
    await queryRunner.query(`DROP FUNCTION support_request_figures(uuid)`);
    for (const table of ['commission_situation', 'commission_member', 'commission_session', ...[...requestTables].reverse()]) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
