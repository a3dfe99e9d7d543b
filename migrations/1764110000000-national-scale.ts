import type { MigrationInterface, QueryRunner } from 'typeorm';

// Indexes for a deployment that serves every CLSM of France: the map's rectangle queries.
export class NationalScale1764110000000 implements MigrationInterface {
  name = 'NationalScale1764110000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "partner_location_idx" ON "partner" USING gist (point("longitude", "latitude")) WHERE "latitude" IS NOT NULL AND "longitude" IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "partner_location_idx"`);
  }
}
