import type { MigrationInterface, QueryRunner } from 'typeorm';

// The directory: territories, partners, people and contacts, and French full-text search.
export class Directory1763900000000 implements MigrationInterface {
  name = 'Directory1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE TABLE "person" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "first_name" text NOT NULL, "last_name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5fdaf670315c4b7e70cce85daa3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "partner" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" text NOT NULL, "name" text NOT NULL, "short_name" text, "sector" text NOT NULL, "kind" text NOT NULL, "description" text, "address" text, "postal_code" text, "commune" text, "commune_code" text, "latitude" double precision, "longitude" double precision, "phone" text, "email" text, "website" text, "opening_hours" text, "theme_codes" text array NOT NULL DEFAULT '{}', "public_codes" text array NOT NULL DEFAULT '{}', "parent_id" uuid, "search_document" tsvector NOT NULL DEFAULT '', "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_26fab9e1f50dcdc0281ec087cac" UNIQUE ("slug"), CONSTRAINT "PK_8f34ff11ddd5459eacbfacd48ca" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_03bbfa18e4322ae992ee30b997" ON "partner"("parent_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_2992b78d3dffe4f74cafe9d411" ON "partner"("sector")`);
    await queryRunner.query(`CREATE TABLE "contact" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partner_id" uuid NOT NULL, "person_id" uuid NOT NULL, "function" text NOT NULL, "email" text, "phone" text, "position" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_2cbbe00f59ab6b3bb5b8d19f989" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_12d9c34f76290c4e2ad2aa5e33" ON "contact"("person_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_ffe689816e46728d4326f43b8f" ON "contact"("partner_id", "position")`);
    await queryRunner.query(`CREATE TABLE "territory" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" text NOT NULL, "name" text NOT NULL, "short_name" text, "description" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_a39b863d8b7ec98b4eac9b1b6b6" UNIQUE ("slug"), CONSTRAINT "PK_2250448f958bc52a8d040b48f82" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "partner_territory" ("partner_id" uuid NOT NULL, "territory_id" uuid NOT NULL, CONSTRAINT "PK_532e7ce927ae7f286324cbb8d78" PRIMARY KEY ("partner_id", "territory_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_913105a61a60b220b8b5ab5a6d" ON "partner_territory"("territory_id")`);
    await queryRunner.query(`ALTER TABLE "partner" ADD CONSTRAINT "FK_03bbfa18e4322ae992ee30b9975" FOREIGN KEY ("parent_id") REFERENCES "partner"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "contact" ADD CONSTRAINT "FK_10bd231f84119b2cdef31e4f437" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "contact" ADD CONSTRAINT "FK_12d9c34f76290c4e2ad2aa5e33f" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "partner_territory" ADD CONSTRAINT "FK_5ae3ce9032d10b7541edefd402d" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "partner_territory" ADD CONSTRAINT "FK_913105a61a60b220b8b5ab5a6de" FOREIGN KEY ("territory_id") REFERENCES "territory"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // unaccent() is only STABLE (its dictionary could change); pinning the dictionary makes an
    // IMMUTABLE wrapper that expression indexes accept.
    await queryRunner.query(
      `CREATE FUNCTION clsm_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
       AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`,
    );
    // French stemming after accent folding, so that "santé" and "sante" meet.
    await queryRunner.query(`CREATE TEXT SEARCH CONFIGURATION clsm_french (COPY = pg_catalog.french)`);
    await queryRunner.query(
      `ALTER TEXT SEARCH CONFIGURATION clsm_french ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem`,
    );
    await queryRunner.query(`CREATE INDEX "partner_search_document_idx" ON "partner" USING gin ("search_document")`);
    await queryRunner.query(
      `CREATE INDEX "partner_name_trgm_idx" ON "partner" USING gin (clsm_unaccent(lower("name" || ' ' || coalesce("short_name", ''))) gin_trgm_ops)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "contact"`);
    await queryRunner.query(`DROP TABLE "partner_territory"`);
    await queryRunner.query(`DROP TABLE "partner"`);
    await queryRunner.query(`DROP TABLE "person"`);
    await queryRunner.query(`DROP TABLE "territory"`);
    await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION clsm_french`);
    await queryRunner.query(`DROP FUNCTION clsm_unaccent(text)`);
  }
}
