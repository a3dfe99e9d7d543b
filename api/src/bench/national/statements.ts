import pg from 'pg';

// SQL statements per request, read from pg_stat_statements over a window in which only one
// server talks to the database. Transaction control (BEGIN, COMMIT) is not counted.
export class StatementCounter {
  private constructor(
    private readonly admin: pg.Client,
    private readonly database: string,
  ) {}

  /** Null when the server was not started with pg_stat_statements (DATABASE_URL elsewhere). */
  static async open(adminUrl: string, databaseUrl: string): Promise<StatementCounter | null> {
    const admin = new pg.Client({ connectionString: adminUrl });
    admin.on('error', () => undefined);
    await admin.connect();
    try {
      await admin.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
      await admin.query('SELECT count(*) FROM pg_stat_statements');
    } catch {
      await admin.end();
      return null;
    }
    return new StatementCounter(admin, new URL(databaseUrl).pathname.slice(1));
  }

  /**
   * Waits until no other connection runs a statement in the database and the count stops
   * moving: the requests still in flight from a load run, a server's start-up work. A long
   * statement adds to the count only when it ends, hence the look at pg_stat_activity.
   */
  async untilQuiet(): Promise<void> {
    const deadline = Date.now() + 60_000;
    let before = await this.count();
    while (Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const now = await this.count();
      const { rows } = await this.admin.query(
        `SELECT count(*)::int AS active FROM pg_stat_activity WHERE datname = $1 AND state = 'active' AND pid <> pg_backend_pid()`,
        [this.database],
      );
      if (now === before && rows[0].active === 0) return;
      before = now;
    }
  }

  /** Once the database is quiet, starts counting from zero. */
  async reset(): Promise<void> {
    await this.untilQuiet();
    await this.admin.query('SELECT pg_stat_statements_reset()');
  }

  async count(): Promise<number> {
    const { rows } = await this.admin.query(
      `SELECT coalesce(sum(s.calls), 0)::int AS calls FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
       WHERE d.datname = $1 AND s.query !~* '^\\s*(begin|commit|rollback|start transaction)'`,
      [this.database],
    );
    return rows[0].calls;
  }

  close(): Promise<void> {
    return this.admin.end();
  }
}
