import type { MigrationInterface, QueryRunner } from 'typeorm';

// Partnership conventions: objectives, parties, lifecycle and preparatory meetings.
export class Conventions1764020000000 implements MigrationInterface {
  name = 'Conventions1764020000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "convention" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "territory_id" uuid NOT NULL, "slug" text NOT NULL, "title" text NOT NULL, "summary" text, "status" text NOT NULL, "signed_on" date, "signed_at" text, "duration_months" integer, "evaluation_due" date, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_fa8ea9d6721c2f2560cdf0c4d4f" UNIQUE ("slug"), CONSTRAINT "PK_c63491e72614dcea4f98dc22ba7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_b4bc8785c07f01d2d8d1148d11" ON "convention"("territory_id")`);
    await queryRunner.query(
      `CREATE TABLE "convention_objective" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "convention_id" uuid NOT NULL, "position" integer NOT NULL, "text" text NOT NULL, CONSTRAINT "PK_e4cd5a44c243866bc57d6bad9a3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_bd717ac341ae9d78d0d29bc7fb" ON "convention_objective"("convention_id", "position")`);
    await queryRunner.query(
      `CREATE TABLE "convention_party" ("convention_id" uuid NOT NULL, "partner_id" uuid NOT NULL, "role" text NOT NULL, CONSTRAINT "PK_13a897c72998a85a2d334f40311" PRIMARY KEY ("convention_id", "partner_id", "role"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "convention_status_change" ("id" BIGSERIAL NOT NULL, "convention_id" uuid NOT NULL, "from_status" text, "to_status" text NOT NULL, "effective_on" date NOT NULL, "changed_by" uuid, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "changed_by_user_id" uuid, CONSTRAINT "PK_631cc5b2eada6ce6fec965133d1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_7903517ee61853688dd70b809f" ON "convention_status_change"("convention_id", "changed_at")`,
    );
    await queryRunner.query(
      `CREATE TABLE "convention_meeting" ("convention_id" uuid NOT NULL, "meeting_id" uuid NOT NULL, CONSTRAINT "PK_87f2883348f4b7acafd7d9d6ca1" PRIMARY KEY ("convention_id", "meeting_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "convention" ADD CONSTRAINT "FK_b4bc8785c07f01d2d8d1148d111" FOREIGN KEY ("territory_id") REFERENCES "territory"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "convention_objective" ADD CONSTRAINT "FK_a6612e8568ec3c855dee6d95434" FOREIGN KEY ("convention_id") REFERENCES "convention"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "convention_party" ADD CONSTRAINT "FK_38b41c54a50972d3a7db3efad79" FOREIGN KEY ("convention_id") REFERENCES "convention"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "convention_party" ADD CONSTRAINT "FK_0a9803d461162b26778d00c7079" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "convention_status_change" ADD CONSTRAINT "FK_3a2348de956c4067b6a8aea58e5" FOREIGN KEY ("convention_id") REFERENCES "convention"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "convention_status_change" ADD CONSTRAINT "FK_61a89eac6f33b915f2b6295171a" FOREIGN KEY ("changed_by_user_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "convention_meeting" ADD CONSTRAINT "FK_f2a07e5e686b642f789165e4025" FOREIGN KEY ("convention_id") REFERENCES "convention"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "convention_meeting" ADD CONSTRAINT "FK_48f5751c7f19f57e994b45a2b31" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['convention_meeting', 'convention_status_change', 'convention_party', 'convention_objective', 'convention']) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
