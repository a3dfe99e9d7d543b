import type { MigrationInterface, QueryRunner } from 'typeorm';

// Projects proper: convention, years and version of a project, its partner organisations,
// funding lines (amounts in cents) and indicators with a target and a value per year.
export class ProjectDetails1764040000000 implements MigrationInterface {
  name = 'ProjectDetails1764040000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "funding_line" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "funder_partner_id" uuid, "funder_name" text NOT NULL, "basis" text NOT NULL, "unit_label" text, "amount_cents" integer NOT NULL, "units" integer NOT NULL DEFAULT '1', "from_year" integer NOT NULL, "to_year" integer NOT NULL, "note" text, "position" integer NOT NULL, CONSTRAINT "PK_4eaf9255b07d99ca9e17662bfc0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_07a1d7e1701d865a311a3852f2" ON "funding_line"("project_id", "position") `);
    await queryRunner.query(`CREATE TABLE "project_indicator" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "name" text NOT NULL, "unit" text, "position" integer NOT NULL, CONSTRAINT "PK_966c767c034ea2a7b276ca085af" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_09cb75d87c1b01cce4f468ee94" ON "project_indicator"("project_id", "position") `);
    await queryRunner.query(`CREATE TABLE "indicator_value" ("indicator_id" uuid NOT NULL, "year" integer NOT NULL, "target" double precision, "value" double precision, CONSTRAINT "PK_4cf903563d7e3210fd8b48b5821" PRIMARY KEY ("indicator_id", "year"))`);
    await queryRunner.query(`CREATE TABLE "project_partner" ("project_id" uuid NOT NULL, "partner_id" uuid NOT NULL, CONSTRAINT "PK_19b8f497721659cf19ed46ebfcb" PRIMARY KEY ("project_id", "partner_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_6d67b6586085ab12b6d4809a48" ON "project_partner"("project_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_9d07d2c3762e488a135fa763ff" ON "project_partner"("partner_id") `);
    await queryRunner.query(`ALTER TABLE "project" ADD "convention_id" uuid`);
    await queryRunner.query(`ALTER TABLE "project" ADD "start_year" integer`);
    await queryRunner.query(`ALTER TABLE "project" ADD "end_year" integer`);
    await queryRunner.query(`ALTER TABLE "project" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "project" ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await queryRunner.query(`ALTER TABLE "project" ADD CONSTRAINT "FK_5e443a5366ee8a002a7b654037c" FOREIGN KEY ("convention_id") REFERENCES "convention"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "funding_line" ADD CONSTRAINT "FK_deb2040330a523450c0c78dd41f" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "funding_line" ADD CONSTRAINT "FK_386f61d00a445fda943850da704" FOREIGN KEY ("funder_partner_id") REFERENCES "partner"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "project_indicator" ADD CONSTRAINT "FK_098a8485f7e20a9c6cfc1dc9323" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "indicator_value" ADD CONSTRAINT "FK_fb4de0d5692458e282e755eb235" FOREIGN KEY ("indicator_id") REFERENCES "project_indicator"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "project_partner" ADD CONSTRAINT "FK_6d67b6586085ab12b6d4809a489" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    await queryRunner.query(`ALTER TABLE "project_partner" ADD CONSTRAINT "FK_9d07d2c3762e488a135fa763ffd" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "project_partner"`);
    await queryRunner.query(`DROP TABLE "indicator_value"`);
    await queryRunner.query(`DROP TABLE "project_indicator"`);
    await queryRunner.query(`DROP TABLE "funding_line"`);
    await queryRunner.query(`ALTER TABLE "project" DROP CONSTRAINT "FK_5e443a5366ee8a002a7b654037c"`);
    await queryRunner.query(`ALTER TABLE "project" DROP COLUMN "updated_at"`);
    await queryRunner.query(`ALTER TABLE "project" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "project" DROP COLUMN "end_year"`);
    await queryRunner.query(`ALTER TABLE "project" DROP COLUMN "start_year"`);
    await queryRunner.query(`ALTER TABLE "project" DROP COLUMN "convention_id"`);
  }
}
