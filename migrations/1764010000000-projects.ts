import type { MigrationInterface, QueryRunner } from 'typeorm';

// Projects, as far as working groups link to them.
export class Projects1764010000000 implements MigrationInterface {
  name = 'Projects1764010000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "project" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "territory_id" uuid NOT NULL, "slug" text NOT NULL, "name" text NOT NULL, "description" text, "status" text NOT NULL, "contribution" boolean NOT NULL DEFAULT false, "lead_partner_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_6fce32ddd71197807027be6ad38" UNIQUE ("slug"), CONSTRAINT "PK_4d68b1358bb5b766d3e78f32f57" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_21404c4c2394309e588f2d7047" ON "project"("territory_id")`);
    await queryRunner.query(
      `CREATE TABLE "group_project" ("project_id" uuid NOT NULL, "group_id" uuid NOT NULL, CONSTRAINT "PK_a2b9211033bd06752e9972cba92" PRIMARY KEY ("project_id", "group_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_80feeff6b85612e7fe91d8f2f6" ON "group_project"("project_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_e5781b1cbbd443dcc1cb592765" ON "group_project"("group_id")`);
    await queryRunner.query(
      `ALTER TABLE "project" ADD CONSTRAINT "FK_21404c4c2394309e588f2d7047f" FOREIGN KEY ("territory_id") REFERENCES "territory"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project" ADD CONSTRAINT "FK_cea7a67f26b1ac6c1782466d3c0" FOREIGN KEY ("lead_partner_id") REFERENCES "partner"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_project" ADD CONSTRAINT "FK_80feeff6b85612e7fe91d8f2f6d" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_project" ADD CONSTRAINT "FK_e5781b1cbbd443dcc1cb5927656" FOREIGN KEY ("group_id") REFERENCES "working_group"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "group_project"`);
    await queryRunner.query(`DROP TABLE "project"`);
  }
}
