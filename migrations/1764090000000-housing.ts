import type { MigrationInterface, QueryRunner } from 'typeorm';

// The IML housing module (issue #7): the landlords' offers, and the cases of the people in the
// scheme with their parts. The case tables are guarded by row-level security, forced on their
// owner too: a row is visible only to the parties whose `ROLE:id` key the transaction's scope
// (`clsm.housing_scope`, set by the housing service) shares with the case's `party_keys`.
const caseTables = ['iml_case', 'iml_case_private', 'iml_case_clinical', 'iml_consent', 'iml_case_step', 'iml_review', 'iml_outcome_decision', 'iml_case_document'];

/** Keys of the scope's parties having one of `roles`, shared with the case's `party_keys`. */
const caseSharedWith = (roles: string) =>
  `EXISTS (SELECT 1 FROM iml_case c WHERE c.id = case_id AND EXISTS (
     SELECT 1 FROM unnest(c.party_keys) k WHERE k = ANY (clsm_housing_scope()) AND split_part(k, ':', 1) IN (${roles})))`;

export class Housing1764090000000 implements MigrationInterface {
  name = 'Housing1764090000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "housing_offer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "territory_id" uuid NOT NULL, "landlord_id" uuid NOT NULL, "reference" text NOT NULL, "flat_type" text NOT NULL, "commune_code" text NOT NULL, "district" text, "floor" integer, "rent_cents" integer NOT NULL, "charges_cents" integer NOT NULL, "accessible" boolean NOT NULL DEFAULT false, "near_services" boolean NOT NULL DEFAULT false, "near_transport" boolean NOT NULL DEFAULT false, "available_on" date NOT NULL, "description" text, "status" text NOT NULL, "is_demo" boolean NOT NULL DEFAULT false, "created_by" uuid, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_00e21b6d141f07edd3e15975e1e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ad605bc17513ecfbf5394fd2a8" ON "housing_offer"("territory_id", "status")`,
    );
    await queryRunner.query(
      `CREATE TABLE "iml_case" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "territory_id" uuid NOT NULL, "pseudonym" text NOT NULL, "person_key" text, "state" text NOT NULL, "party_keys" text array NOT NULL DEFAULT '{}', "referring_team_id" uuid NOT NULL, "operator_id" uuid, "landlord_id" uuid, "offer_id" uuid, "criteria_met" text array NOT NULL DEFAULT '{}', "flat_types" text array NOT NULL DEFAULT '{}', "preferred_communes" text array NOT NULL DEFAULT '{}', "near_services" boolean NOT NULL DEFAULT false, "near_transport" boolean NOT NULL DEFAULT false, "accessibility_needed" boolean NOT NULL DEFAULT false, "other_needs" text, "monthly_resources_cents" integer, "housing_benefit_cents" integer, "referred_on" date NOT NULL, "commission_on" date, "refusal_reason" text, "lease_starts_on" date, "sublease_starts_on" date, "planned_end_on" date, "support_arrangements" text, "closed_on" date, "closing_reason" text, "reorientation" text, "anonymised_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_b7de7d2f96f798554a6c7b9fd2a" UNIQUE ("pseudonym"), CONSTRAINT "PK_fd3c94a1e330a2ac0fba7a11a5c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_d6e16a33eef4a5568e13d247b0" ON "iml_case"("territory_id", "state")`,
    );
    await queryRunner.query(
      `CREATE TABLE "iml_case_private" ("case_id" uuid NOT NULL, "first_name" text NOT NULL, "last_name" text NOT NULL, "birth_date" date, "phone" text, "email" text, "support_plan" text, CONSTRAINT "PK_2e023f9aa283027e2361dfe96c3" PRIMARY KEY ("case_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "iml_case_clinical" ("case_id" uuid NOT NULL, "justifications" jsonb NOT NULL DEFAULT '{}', "clinical_notes" text, CONSTRAINT "PK_59e1d08f23bbda49376795b348a" PRIMARY KEY ("case_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "iml_consent" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "party_role" text NOT NULL, "party_id" uuid NOT NULL, "given_on" date NOT NULL, "scope" text NOT NULL, "collected_by" uuid, "withdrawn_on" date, "withdrawn_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b7955cc690ab1a98e9e31d45ac5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_69a7908ee8852c279db57fa531" ON "iml_consent"("case_id", "party_role", "party_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "iml_case_step" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "from_state" text, "to_state" text NOT NULL, "on" date NOT NULL, "note" text, "actor_user_id" uuid, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b31970c8e68fad3a1fc8c90be10" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_7c8cfc7442c1e62c373506fae2" ON "iml_case_step"("case_id", "at")`,
    );
    await queryRunner.query(
      `CREATE TABLE "iml_review" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "held_on" date NOT NULL, "participant_roles" text array NOT NULL DEFAULT '{}', "participants" text, "conclusions" text, "recorded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4d1ef8f9b57f0c96ad05cb5d00b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3b9f8668705ca3bdd9a8627a9f" ON "iml_review"("case_id", "held_on")`,
    );
    await queryRunner.query(
      `CREATE TABLE "iml_outcome_decision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "outcome" text NOT NULL, "decided_on" date NOT NULL, "reason" text, "reorientation" text, "new_end_on" date, "proposed_by" uuid, "agreements" jsonb NOT NULL DEFAULT '{}', "applied_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c8ec81fb60aa7e8025823d369cb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a9a1785b2c1c2855bb4d3e4ede" ON "iml_outcome_decision"("case_id", "created_at")`,
    );
    await queryRunner.query(
      `CREATE TABLE "iml_case_document" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "title" text NOT NULL, "file_name" text NOT NULL, "media_type" text NOT NULL, "byte_size" integer NOT NULL, "content" bytea NOT NULL, "uploaded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_02fa5ca1ff6b3fcb84b2ae1e9a4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a0272e1768be774b1aa98861d9" ON "iml_case_document"("case_id", "created_at")`,
    );
    await queryRunner.query(
      `ALTER TABLE "housing_offer" ADD CONSTRAINT "FK_6ae352248561195732c5f240e2b" FOREIGN KEY ("territory_id") REFERENCES "territory"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "housing_offer" ADD CONSTRAINT "FK_592ce5405fa012a932a0e654caf" FOREIGN KEY ("landlord_id") REFERENCES "partner"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "iml_case" ADD CONSTRAINT "FK_9590b0038de63575b0e3d279861" FOREIGN KEY ("territory_id") REFERENCES "territory"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "iml_case" ADD CONSTRAINT "FK_4fad2c93ebe506919ab9155dc4d" FOREIGN KEY ("referring_team_id") REFERENCES "partner"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "iml_case" ADD CONSTRAINT "FK_34d11c6ba7a681c17983837d0b4" FOREIGN KEY ("operator_id") REFERENCES "partner"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "iml_case" ADD CONSTRAINT "FK_a0a695d09d4c8aa139537a6af03" FOREIGN KEY ("landlord_id") REFERENCES "partner"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "iml_case_private" ADD CONSTRAINT "FK_2e023f9aa283027e2361dfe96c3" FOREIGN KEY ("case_id") REFERENCES "iml_case"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "iml_case_clinical" ADD CONSTRAINT "FK_59e1d08f23bbda49376795b348a" FOREIGN KEY ("case_id") REFERENCES "iml_case"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "iml_consent" ADD CONSTRAINT "FK_32a6c41a46d520e23389f8892c7" FOREIGN KEY ("case_id") REFERENCES "iml_case"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "iml_case_step" ADD CONSTRAINT "FK_3e4cb36b908e79a3e21d1002a76" FOREIGN KEY ("case_id") REFERENCES "iml_case"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "iml_review" ADD CONSTRAINT "FK_c2194589c115f9b2bd14bf78da8" FOREIGN KEY ("case_id") REFERENCES "iml_case"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "iml_outcome_decision" ADD CONSTRAINT "FK_d6db79462386eb5fdb2314995fa" FOREIGN KEY ("case_id") REFERENCES "iml_case"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "iml_case_document" ADD CONSTRAINT "FK_00e77ee0cca15341438cba94939" FOREIGN KEY ("case_id") REFERENCES "iml_case"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`CREATE INDEX "iml_case_party_keys_idx" ON "iml_case" USING gin ("party_keys")`);
    await queryRunner.query(`CREATE INDEX "iml_case_person_key_idx" ON "iml_case" ("person_key") WHERE person_key IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "iml_case" ADD CONSTRAINT "iml_case_resources_check" CHECK (monthly_resources_cents IS NULL OR monthly_resources_cents >= 0)`);
    await queryRunner.query(`ALTER TABLE "housing_offer" ADD CONSTRAINT "housing_offer_amounts_check" CHECK (rent_cents >= 0 AND charges_cents >= 0)`);
    // No scope set (a query outside the housing service) is an empty array: no row.
    await queryRunner.query(`
      CREATE FUNCTION clsm_housing_scope() RETURNS text[] LANGUAGE sql STABLE AS $$
        SELECT coalesce(string_to_array(nullif(current_setting('clsm.housing_scope', true), ''), ','), '{}')
      $$`);
    for (const table of caseTables) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
    }
    // Updates may drop the writer's own key (a party withdrawing): the row must be visible
    // before, not after.
    await queryRunner.query(`CREATE POLICY iml_case_read ON iml_case FOR SELECT USING (party_keys && clsm_housing_scope())`);
    await queryRunner.query(`CREATE POLICY iml_case_insert ON iml_case FOR INSERT WITH CHECK (party_keys && clsm_housing_scope())`);
    await queryRunner.query(`CREATE POLICY iml_case_update ON iml_case FOR UPDATE USING (party_keys && clsm_housing_scope()) WITH CHECK (true)`);
    const anyParty = `'CARE_TEAM', 'COORDINATION', 'HOUSING_OPERATOR', 'LANDLORD'`;
    await queryRunner.query(`CREATE POLICY iml_case_private_parties ON iml_case_private USING (${caseSharedWith(`'CARE_TEAM', 'HOUSING_OPERATOR'`)})`);
    await queryRunner.query(`CREATE POLICY iml_case_clinical_parties ON iml_case_clinical USING (${caseSharedWith(`'CARE_TEAM'`)})`);
    await queryRunner.query(`CREATE POLICY iml_case_document_parties ON iml_case_document USING (${caseSharedWith(`'CARE_TEAM', 'HOUSING_OPERATOR', 'LANDLORD'`)})`);
    for (const table of ['iml_consent', 'iml_case_step', 'iml_review', 'iml_outcome_decision']) {
      await queryRunner.query(`CREATE POLICY ${table}_parties ON "${table}" USING (${caseSharedWith(anyParty)})`);
    }
    // Retention runs as the owner, through this one function: closed cases past the cutoff lose
    // everything that could name the person; dates and states stay for the figures.
    for (const table of caseTables) {
      await queryRunner.query(`DO $$ BEGIN EXECUTE format('CREATE POLICY ${table}_owner ON "${table}" TO %I USING (true)', current_user); END $$`);
    }
    await queryRunner.query(`
      CREATE FUNCTION iml_anonymise_closed_cases(cutoff date) RETURNS integer
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      DECLARE done integer;
      BEGIN
        CREATE TEMP TABLE IF NOT EXISTS iml_expiring (id uuid) ON COMMIT DROP;
        DELETE FROM iml_expiring;
        INSERT INTO iml_expiring SELECT id FROM iml_case WHERE closed_on < cutoff AND anonymised_at IS NULL;
        DELETE FROM iml_case_private WHERE case_id IN (SELECT id FROM iml_expiring);
        DELETE FROM iml_case_clinical WHERE case_id IN (SELECT id FROM iml_expiring);
        DELETE FROM iml_case_document WHERE case_id IN (SELECT id FROM iml_expiring);
        UPDATE iml_review SET participants = NULL, conclusions = NULL WHERE case_id IN (SELECT id FROM iml_expiring);
        UPDATE iml_case_step SET note = NULL WHERE case_id IN (SELECT id FROM iml_expiring);
        UPDATE iml_outcome_decision SET reason = NULL WHERE case_id IN (SELECT id FROM iml_expiring);
        UPDATE iml_consent SET scope = '' WHERE case_id IN (SELECT id FROM iml_expiring);
        UPDATE iml_case SET person_key = NULL, other_needs = NULL, monthly_resources_cents = NULL, housing_benefit_cents = NULL,
          refusal_reason = NULL, support_arrangements = NULL, closing_reason = NULL, anonymised_at = now(), version = version + 1
        WHERE id IN (SELECT id FROM iml_expiring);
        GET DIAGNOSTICS done = ROW_COUNT;
        RETURN done;
      END $$`);
    // The scheme's figures (and the review reminders) count every case of a territory, whoever
    // asks: this function gives dates, states and parties only, never who the person is or what
    // the notes say.
    await queryRunner.query(`
      CREATE FUNCTION iml_case_figures(territory uuid)
      RETURNS TABLE (id uuid, pseudonym text, state text, party_keys text[], landlord_id uuid, referred_on date, lease_starts_on date, sublease_starts_on date,
                     planned_end_on date, closed_on date, review_dates date[])
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT c.id, c.pseudonym, c.state, c.party_keys, c.landlord_id, c.referred_on, c.lease_starts_on, c.sublease_starts_on, c.planned_end_on, c.closed_on,
               coalesce((SELECT array_agg(r.held_on ORDER BY r.held_on) FROM iml_review r WHERE r.case_id = c.id), '{}')
        FROM iml_case c WHERE c.territory_id = territory
      $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION iml_case_figures(uuid) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION iml_case_figures(uuid) TO clsm_app`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION iml_anonymise_closed_cases(date) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION iml_anonymise_closed_cases(date) TO clsm_app`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION iml_case_figures(uuid)`);
    await queryRunner.query(`DROP FUNCTION iml_anonymise_closed_cases(date)`);
    for (const table of [...caseTables].reverse()) await queryRunner.query(`DROP TABLE "${table}"`);
    await queryRunner.query(`DROP FUNCTION clsm_housing_scope()`);
    await queryRunner.query(`DROP TABLE "housing_offer"`);
  }
}
