// PostGraphile 4 (v5 needs Node 22) over the benchmark's database, for the comparison of Q1-Q3:
// the tables and foreign keys as PostGraphile sees them, plus one search function, since
// PostGraphile has no full-text search of its own.
// Run by the benchmark: DATABASE_URL=… PORT=… node postgraphile-server.js
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import type PgModule from 'pg';

// PostGraphile lives in its own folder (see postgraphile-install.ts), with its own graphql 15.
const installed = createRequire(path.join(process.env.POSTGRAPHILE_DIR!, 'package.json'));
const pg = installed('pg') as typeof PgModule;
const { postgraphile } = installed('postgraphile') as { postgraphile: (pool: PgModule.Pool, schemas: string[], options: object) => http.RequestListener };

// The same matching and ranking as the directory's search: prefix full text or trigram name.
const searchFunction = `
CREATE SCHEMA IF NOT EXISTS clsm_bench;
CREATE OR REPLACE FUNCTION clsm_bench.search_partners(search text) RETURNS SETOF public.partner LANGUAGE sql STABLE AS $$
  SELECT p.* FROM public.partner p,
    to_tsquery('clsm_french', array_to_string(ARRAY(
      SELECT w || ':*' FROM regexp_split_to_table(public.clsm_unaccent(lower(search)), '[^[:alnum:]]+') AS w WHERE w <> '' LIMIT 12), ' & ')) AS q
  WHERE p.search_document @@ q OR public.clsm_unaccent(lower(search)) <% public.clsm_unaccent(lower(p.name || ' ' || coalesce(p.short_name, '')))
  ORDER BY ts_rank(p.search_document, q) + word_similarity(public.clsm_unaccent(lower(search)), public.clsm_unaccent(lower(p.name || ' ' || coalesce(p.short_name, '')))) DESC,
           public.clsm_unaccent(lower(p.name)), p.id
$$;`;

const url = process.env.DATABASE_URL!;
const setup = new pg.Client({ connectionString: url });
await setup.connect();
await setup.query(searchFunction);
await setup.end();

// The directory's search threshold, as the API's connections set it.
const pool = new pg.Pool({ connectionString: url, max: 20 , options: '-c pg_trgm.word_similarity_threshold=0.5' });
pool.on('error', () => undefined);
const middleware = postgraphile(pool, ['public', 'clsm_bench'], {
  graphqlRoute: '/graphql',
  graphiql: false,
  disableQueryLog: true,
  ignoreRBAC: true,
  // Every relation and order the benchmark asks for, indexed or not.
  ignoreIndexes: true,
  disableDefaultMutations: true,
  setofFunctionsContainNulls: false,
  retryOnInitFail: false,
});

const server = http.createServer(middleware);
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  process.stdout.write(`postgraphile listening on ${(server.address() as { port: number }).port}\n`);
});
process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
