import type { MigrationInterface, QueryRunner } from 'typeorm';

// Accounts, roles, sessions, one-time tokens, the audit log and the directory's change history.
export class Accounts1763990000000 implements MigrationInterface {
  name = 'Accounts1763990000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "one_time_token" ("token_hash" text NOT NULL, "kind" text NOT NULL, "email" text NOT NULL, "user_id" uuid, "territory_id" uuid, "partner_id" uuid, "role" text, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5a751ff4e9106ceddfd3417de62" PRIMARY KEY ("token_hash"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "user_account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "password_hash" text, "person_id" uuid NOT NULL, "disabled" boolean NOT NULL DEFAULT false, "demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_sign_in_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6acfec7285fdf9f463462de3e9f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_e549e3c93b35f4bd5275767af1" ON "user_account"("person_id")`);
    await queryRunner.query(
      `CREATE TABLE "role_assignment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "territory_id" uuid NOT NULL, "role" text NOT NULL, "partner_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7e79671a8a5db18936173148cb4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_0308896e1a10f74ce104f6cc93" ON "role_assignment"("user_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_ae6d727abe47cc64b12c26f043" ON "role_assignment"("partner_id")`);
    await queryRunner.query(
      `CREATE TABLE "session" ("token_hash" text NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a83507eb0338ac037780e02f2b9" PRIMARY KEY ("token_hash"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_30e98e8746699fb9af235410af" ON "session"("user_id")`);
    await queryRunner.query(
      `CREATE TABLE "audit_event" ("id" BIGSERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_user_id" uuid, "action" text NOT NULL, "target_type" text, "target_id" text, "territory_id" uuid, "ip" text, "subject_key" text, "details" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_5fcc261198aeed2336d9597413" ON "audit_event"("target_type", "target_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_6bd81718eaeeae1a32a8167192" ON "audit_event"("action", "created_at")`);
    await queryRunner.query(
      `CREATE TABLE "partner_change" ("id" BIGSERIAL NOT NULL, "partner_id" uuid NOT NULL, "changed_by" uuid, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "field" text NOT NULL, "before" jsonb, "after" jsonb, CONSTRAINT "PK_e67f4a4ff924bb359d756bcc879" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_387901adc467bee3507e04f27c" ON "partner_change"("partner_id", "changed_at")`);
    await queryRunner.query(
      `ALTER TABLE "user_account" ADD CONSTRAINT "FK_e549e3c93b35f4bd5275767af13" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "role_assignment" ADD CONSTRAINT "FK_0308896e1a10f74ce104f6cc93f" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "role_assignment" ADD CONSTRAINT "FK_ea7b1f15fdf11a8f9f5409763b0" FOREIGN KEY ("territory_id") REFERENCES "territory"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "role_assignment" ADD CONSTRAINT "FK_ae6d727abe47cc64b12c26f0435" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "session" ADD CONSTRAINT "FK_30e98e8746699fb9af235410aff" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`CREATE INDEX "audit_event_subject_idx" ON "audit_event" ("subject_key", "created_at")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "user_account_email_key" ON "user_account" (lower("email"))`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "role_assignment_unique_idx" ON "role_assignment"
         ("user_id", "territory_id", "role", coalesce("partner_id", '00000000-0000-0000-0000-000000000000'))`,
    );
    // The audit log is append-only, for the application and for anyone with its credentials.
    await queryRunner.query(
      `CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'audit_event is append-only'; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON "audit_event"
         FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "audit_event"`);
    await queryRunner.query(`DROP FUNCTION audit_event_append_only()`);
    await queryRunner.query(`DROP TABLE "partner_change"`);
    await queryRunner.query(`DROP TABLE "session"`);
    await queryRunner.query(`DROP TABLE "one_time_token"`);
    await queryRunner.query(`DROP TABLE "role_assignment"`);
    await queryRunner.query(`DROP TABLE "user_account"`);
  }
}
