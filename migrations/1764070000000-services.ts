import type { MigrationInterface, QueryRunner } from 'typeorm';

// Services offered by partners (data·inclusion "services", HSDS "service"), and the identifiers
// that let the directory exchange its entries with other directories (SIRET, source + source id).
export class Services1764070000000 implements MigrationInterface {
  name = 'Services1764070000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "partner" ADD "siret" text`);
    await queryRunner.query(`ALTER TABLE "partner" ADD "source" text`);
    await queryRunner.query(`ALTER TABLE "partner" ADD "source_id" text`);
    await queryRunner.query(`CREATE UNIQUE INDEX "partner_siret_key" ON "partner" ("siret") WHERE siret IS NOT NULL`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "partner_source_key" ON "partner" ("source", "source_id") WHERE source_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "partner_service" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partner_id" uuid NOT NULL, "slug" text NOT NULL, "name" text NOT NULL, "description" text, "theme_codes" text array NOT NULL DEFAULT '{}', "public_codes" text array NOT NULL DEFAULT '{}', "access_conditions" text, "reception_modes" text array NOT NULL DEFAULT '{}', "opening_hours" text, "capacity" integer, "source" text, "source_id" text, "is_demo" boolean NOT NULL DEFAULT false, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_partner_service_slug" UNIQUE ("slug"), CONSTRAINT "partner_service_capacity_check" CHECK (capacity IS NULL OR capacity >= 0), CONSTRAINT "PK_partner_service" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "partner_service_partner_idx" ON "partner_service" ("partner_id", "name")`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "partner_service_source_key" ON "partner_service" ("source", "source_id") WHERE source_id IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "partner_service" ADD CONSTRAINT "FK_11ea6947964511a2ecf90a3a459" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "partner_service"`);
    await queryRunner.query(`DROP INDEX "partner_source_key"`);
    await queryRunner.query(`DROP INDEX "partner_siret_key"`);
    await queryRunner.query(`ALTER TABLE "partner" DROP COLUMN "source_id"`);
    await queryRunner.query(`ALTER TABLE "partner" DROP COLUMN "source"`);
    await queryRunner.query(`ALTER TABLE "partner" DROP COLUMN "siret"`);
  }
}
