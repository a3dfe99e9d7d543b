import type { MigrationInterface, QueryRunner } from 'typeorm';

// API processes keep the sessions they resolved for a minute (SessionCache). Whatever can take
// rights away from a session notifies `accounts.changed` with the account's id when it commits,
// whoever writes it (the API, a job, plain SQL): a session ended or cut short, an account
// changed, a role given, changed or taken. A session's expiry pushed later (each use) does not.
const triggers: Array<{ table: string; userColumn: string; event: string; options: string }> = [
  { table: 'role_assignment', userColumn: 'user_id', event: 'INSERT', options: 'REFERENCING NEW TABLE AS changed FOR EACH STATEMENT' },
  { table: 'role_assignment', userColumn: 'user_id', event: 'UPDATE', options: 'REFERENCING OLD TABLE AS changed FOR EACH STATEMENT' },
  { table: 'role_assignment', userColumn: 'user_id', event: 'UPDATE', options: 'REFERENCING NEW TABLE AS changed FOR EACH STATEMENT' },
  { table: 'role_assignment', userColumn: 'user_id', event: 'DELETE', options: 'REFERENCING OLD TABLE AS changed FOR EACH STATEMENT' },
  { table: 'user_account', userColumn: 'id', event: 'UPDATE', options: 'REFERENCING OLD TABLE AS changed FOR EACH STATEMENT' },
  { table: 'user_account', userColumn: 'id', event: 'DELETE', options: 'REFERENCING OLD TABLE AS changed FOR EACH STATEMENT' },
  { table: 'session', userColumn: 'user_id', event: 'DELETE', options: 'REFERENCING OLD TABLE AS changed FOR EACH STATEMENT' },
  {
    table: 'session',
    userColumn: 'user_id',
    event: 'UPDATE', options: 'FOR EACH ROW WHEN (NEW.expires_at < OLD.expires_at OR NEW.user_id IS DISTINCT FROM OLD.user_id)',
  },
  { table: 'role_assignment', userColumn: '', event: 'TRUNCATE', options: 'FOR EACH STATEMENT' },
  { table: 'user_account', userColumn: '', event: 'TRUNCATE', options: 'FOR EACH STATEMENT' },
  { table: 'session', userColumn: '', event: 'TRUNCATE', options: 'FOR EACH STATEMENT' },
];

export class SessionRevocation1764120000000 implements MigrationInterface {
  name = 'SessionRevocation1764120000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // One notification per account (PostgreSQL folds identical ones of a transaction); past a
    // hundred accounts, one that names them all.
    await queryRunner.query(`
      CREATE FUNCTION clsm_accounts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        accounts text[];
        account text;
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          accounts := ARRAY['*'];
        ELSIF TG_LEVEL = 'ROW' THEN
          accounts := ARRAY[to_jsonb(OLD) ->> TG_ARGV[0], to_jsonb(NEW) ->> TG_ARGV[0]];
        ELSE
          SELECT coalesce(array_agg(DISTINCT to_jsonb(c) ->> TG_ARGV[0]), '{}') INTO accounts FROM changed c;
          IF cardinality(accounts) > 100 THEN
            accounts := ARRAY['*'];
          END IF;
        END IF;
        FOREACH account IN ARRAY accounts LOOP
          PERFORM pg_notify('clsm_events', json_build_object('topic', 'accounts.changed', 'id', account)::text);
        END LOOP;
        RETURN NULL;
      END $$`);
    for (const [index, trigger] of triggers.entries()) {
      await queryRunner.query(
        `CREATE TRIGGER accounts_changed_${index} AFTER ${trigger.event} ON "${trigger.table}" ${trigger.options} EXECUTE FUNCTION clsm_accounts_changed('${trigger.userColumn}')`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION clsm_accounts_changed() CASCADE`);
  }
}
