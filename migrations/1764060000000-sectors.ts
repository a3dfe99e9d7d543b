import type { MigrationInterface, QueryRunner } from 'typeorm';

// Psychiatric sectors (sector → CMP → communes, streets where a commune is split), the queue of
// partner addresses to geocode, and where a partner's coordinates come from.
export class Sectors1764060000000 implements MigrationInterface {
  name = 'Sectors1764060000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "psychiatric_sector" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "territory_id" uuid NOT NULL, "code" text NOT NULL, "name" text NOT NULL, "population" text NOT NULL DEFAULT 'ADULT', "cmp_partner_id" uuid, "is_demo" boolean NOT NULL DEFAULT false, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_7463436c67ebb7cf0d7e34f1ee4" UNIQUE ("territory_id", "code"), CONSTRAINT "PK_psychiatric_sector" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "sector_commune" ("sector_id" uuid NOT NULL, "commune_code" text NOT NULL, "is_demo" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_sector_commune" PRIMARY KEY ("sector_id", "commune_code"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_55de017300bcfbba933f949dfc" ON "sector_commune" ("commune_code")`);
    await queryRunner.query(
      `CREATE TABLE "sector_street" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "sector_id" uuid NOT NULL, "commune_code" text NOT NULL, "street_key" text NOT NULL, "street_label" text NOT NULL, "number_from" integer, "number_to" integer, "parity" text NOT NULL DEFAULT 'ALL', "is_demo" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_sector_street" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_f055dea89c77822f25442e431f" ON "sector_street" ("commune_code", "street_key")`);
    // One row per range: a re-imported file finds its rows instead of adding them twice.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "sector_street_range_key" ON "sector_street" ("sector_id", "commune_code", "street_key", "number_from", "number_to", "parity") NULLS NOT DISTINCT`,
    );
    await queryRunner.query(
      `CREATE TABLE "geocoding_request" ("partner_id" uuid NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_error" text, CONSTRAINT "PK_geocoding_request" PRIMARY KEY ("partner_id"))`,
    );
    await queryRunner.query(`ALTER TABLE "partner" ADD "coordinates_source" text`);
    await queryRunner.query(
      `ALTER TABLE "psychiatric_sector" ADD CONSTRAINT "FK_b273b3c4799a4f107a965f9f8b3" FOREIGN KEY ("territory_id") REFERENCES "territory"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "psychiatric_sector" ADD CONSTRAINT "FK_f30a6083fbec9dc80aeffb3323b" FOREIGN KEY ("cmp_partner_id") REFERENCES "partner"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sector_commune" ADD CONSTRAINT "FK_fe8dc0aa6d8c8c8a5941d9733c0" FOREIGN KEY ("sector_id") REFERENCES "psychiatric_sector"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sector_street" ADD CONSTRAINT "FK_213dd03bf3a421e1a48ab755250" FOREIGN KEY ("sector_id") REFERENCES "psychiatric_sector"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "geocoding_request" ADD CONSTRAINT "FK_b3850fc13b39be2cce82d3ee53c" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "geocoding_request"`);
    await queryRunner.query(`ALTER TABLE "partner" DROP COLUMN "coordinates_source"`);
    await queryRunner.query(`DROP TABLE "sector_street"`);
    await queryRunner.query(`DROP TABLE "sector_commune"`);
    await queryRunner.query(`DROP TABLE "psychiatric_sector"`);
  }
}
