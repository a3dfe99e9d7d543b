import type { MigrationInterface, QueryRunner } from 'typeorm';

// Tables that never reach an anonymous answer: per-request bookkeeping, and the private tables
// (housing cases, tenant support) whose row security is forced.
export const privateTables = ['session', 'audit_event', 'one_time_token', 'geocoding_request', 'migrations'];

// For a deployment that serves every CLSM of France: the map's rectangle queries, and the
// signal that empties the API's cache of anonymous answers. Every write to a public table,
// from the API, a job or plain SQL, notifies `public.data.changed` when it commits.
export class NationalScale1764110000000 implements MigrationInterface {
  name = 'NationalScale1764110000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "partner_location_idx" ON "partner" USING gist (point("longitude", "latitude")) WHERE "latitude" IS NOT NULL AND "longitude" IS NOT NULL`,
    );
    // Statement-level, so a bulk write sends one notification; PostgreSQL sends them on commit
    // and folds identical ones of a transaction into one.
    await queryRunner.query(`
      CREATE FUNCTION clsm_public_data_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('clsm_events', '{"topic":"public.data.changed","id":""}');
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `DO $$
      DECLARE t text;
      BEGIN
        FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = 'public' AND c.relkind = 'r' AND NOT c.relforcerowsecurity AND c.relname <> ALL($1::text[])
        LOOP
          EXECUTE format('CREATE TRIGGER public_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I
                          FOR EACH STATEMENT EXECUTE FUNCTION clsm_public_data_changed()', t);
        END LOOP;
      END $$`.replace('$1::text[]', `ARRAY[${privateTables.map((t) => `'${t}'`).join(', ')}]`),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION clsm_public_data_changed() CASCADE`);
    await queryRunner.query(`DROP INDEX "partner_location_idx"`);
  }
}
