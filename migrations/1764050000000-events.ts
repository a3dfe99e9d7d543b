import type { MigrationInterface, QueryRunner } from 'typeorm';

// Editions of a project (SISM 2019, 2020…), their events, training sessions and registrations.
export class Events1764050000000 implements MigrationInterface {
  name = 'Events1764050000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "edition" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "year" integer NOT NULL, "slug" text NOT NULL, "theme" text NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "submissions_open" boolean NOT NULL DEFAULT true, "version" integer NOT NULL DEFAULT '1', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_1089d33096edbb32536a5510c68" UNIQUE ("slug"), CONSTRAINT "UQ_49c2669f3e70c42cb3280c7bbf9" UNIQUE ("project_id", "year"), CONSTRAINT "PK_059549460a1473d4477f2f041ff" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "project_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "edition_id" uuid, "kind" text NOT NULL, "title" text NOT NULL, "description" text, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE, "place" text, "commune_code" text, "latitude" double precision, "longitude" double precision, "audience" text NOT NULL, "status" text NOT NULL, "capacity" integer, "attendance" integer, "submitted_by" uuid, "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_84a11a59920c5c503d1e4c23c08" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_9aa7f5adfca55b26e7fe2979ea" ON "project_event" ("project_id", "starts_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_eee549beab9b4378dbf831e714" ON "project_event" ("edition_id", "starts_at")`,
    );
    await queryRunner.query(
      `CREATE TABLE "event_organiser" ("event_id" uuid NOT NULL, "partner_id" uuid NOT NULL, CONSTRAINT "PK_ac1d891be9c534507d717562b87" PRIMARY KEY ("event_id", "partner_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_d8c57ce134d2f642ae860edb30" ON "event_organiser" ("partner_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "event_registration" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "person_id" uuid, "full_name" text NOT NULL, "partner_id" uuid, "registered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "attended" boolean, CONSTRAINT "UQ_d3f4599f9c8996aac6aa557edf2" UNIQUE ("event_id", "person_id"), CONSTRAINT "PK_10aedff1bd0d0ef534d1106ddec" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "edition" ADD CONSTRAINT "FK_ae95100b0c3c47714f1851f1ef0" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_event" ADD CONSTRAINT "FK_1acd49947cf4fcdda4d10b5baf9" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_event" ADD CONSTRAINT "FK_f5d45271d38dad8494fd929c9eb" FOREIGN KEY ("edition_id") REFERENCES "edition"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_event" ADD CONSTRAINT "FK_65cfa68a0d2a64705603f3a0b42" FOREIGN KEY ("submitted_by") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_event" ADD CONSTRAINT "FK_537a8d85855116051e509e5086d" FOREIGN KEY ("decided_by") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_organiser" ADD CONSTRAINT "FK_c1e0b4d8908de6b5f59603d7fa5" FOREIGN KEY ("event_id") REFERENCES "project_event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_organiser" ADD CONSTRAINT "FK_d8c57ce134d2f642ae860edb305" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_registration" ADD CONSTRAINT "FK_d42836e8ed00e2586af913934a6" FOREIGN KEY ("event_id") REFERENCES "project_event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_registration" ADD CONSTRAINT "FK_6fee8ae986b021ad9b4d5a17bcf" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_registration" ADD CONSTRAINT "FK_fbf3ab0c4d1a0c32211fcc17501" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['event_registration', 'event_organiser', 'project_event', 'edition']) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
