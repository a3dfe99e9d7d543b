import type { MigrationInterface, QueryRunner } from 'typeorm';

// Conventions: a renewal date, and attached documents (the signed text, a charter…).
export class ConventionDocuments1764030000000 implements MigrationInterface {
  name = 'ConventionDocuments1764030000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "convention" ADD "renewal_due" date`);
    await queryRunner.query(
      `CREATE TABLE "convention_document" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "convention_id" uuid NOT NULL, "title" text NOT NULL, "file_name" text NOT NULL, "media_type" text NOT NULL, "byte_size" integer NOT NULL, "content" bytea NOT NULL, "uploaded_by" uuid, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_convention_document" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_21184d7f57441d26f102f4e199" ON "convention_document" ("convention_id", "uploaded_at")`);
    await queryRunner.query(
      `ALTER TABLE "convention_document" ADD CONSTRAINT "FK_738b25ce9f66aa4aabac3dff947" FOREIGN KEY ("convention_id") REFERENCES "convention"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "convention_document" ADD CONSTRAINT "FK_03ceda725230b626e39a6dda6d1" FOREIGN KEY ("uploaded_by") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "convention_document"`);
    await queryRunner.query(`ALTER TABLE "convention" DROP COLUMN "renewal_due"`);
  }
}
