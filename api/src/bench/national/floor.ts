// The floor of the national benchmark: a bare node:http + pg server answering the benchmark's
// requests with hand-written SQL, one statement per request where SQL allows it, and the same
// JSON as the API. It has no GraphQL, no validation of foreign input and no access rules beyond
// what each request needs: what is left is PostgreSQL's work and the bytes on the wire.
// Run by the benchmark: DATABASE_URL=… PORT=… node floor.js
import 'reflect-metadata';
import http from 'node:http';
import pg from 'pg';
import { sectorLabels, type Sector } from '../../modules/partners/partner.enums.js';
import { foldedName, foldForSimilarity, toPrefixQuery } from '../../modules/partners/partner.filter.js';
import { floorWrites } from './floor-writes.js';

type Variables = Record<string, unknown>;
type Handler = (db: pg.Pool, variables: Variables, cookie: string | undefined) => Promise<unknown>;

// The directory's search threshold, as the API's connections set it.
const db = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20 , options: '-c pg_trgm.word_similarity_threshold=0.5' });
db.on('error', () => undefined);

const isoTime = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

interface PartnerRow {
  id: string;
  slug: string;
  name: string;
  sector: Sector;
  commune: string | null;
  total: string;
  contacts?: unknown[];
}

function partnerPage(rows: PartnerRow[], withContacts: boolean) {
  return {
    partners: {
      totalCount: rows.length ? Number(rows[0].total) : 0,
      edges: rows.slice(0, 20).map((row) => ({
        node: {
          id: row.id,
          slug: row.slug,
          name: row.name,
          sector: row.sector,
          sectorLabel: sectorLabels[row.sector],
          commune: row.commune,
          ...(withContacts ? { contacts: row.contacts } : {}),
        },
      })),
      pageInfo: { hasNextPage: rows.length > 20 },
    },
  };
}

const handlers: Record<string, Handler> = {
  async DirectoryOfTerritory(pool, { territory }) {
    const { rows } = await pool.query<PartnerRow>(
      `SELECT p.id, p.slug, p.name, p.sector, p.commune, count(*) OVER () AS total,
              (SELECT coalesce(json_agg(json_build_object('id', c.id, 'function', c.function, 'email', NULL, 'phone', NULL,
                        'person', json_build_object('displayName', pe.first_name || ' ' || pe.last_name)) ORDER BY c.position, c.id), '[]')
               FROM contact c JOIN person pe ON pe.id = c.person_id WHERE c.partner_id = p.id) AS contacts
       FROM partner p
       WHERE EXISTS (SELECT 1 FROM partner_territory pt JOIN territory t ON t.id = pt.territory_id WHERE pt.partner_id = p.id AND t.slug = $1)
       ORDER BY clsm_unaccent(lower(p.name)), p.id
       LIMIT 21`,
      [territory],
    );
    // count(*) OVER () counts before LIMIT: the window runs over every match.
    return partnerPage(rows, true);
  },

  async DirectorySearch(pool, { search }) {
    const { rows } = await pool.query<PartnerRow>(
      `SELECT p.id, p.slug, p.name, p.sector, p.commune, s.total
       FROM (SELECT p.id, round((ts_rank(p.search_document, to_tsquery('clsm_french', $1)) + word_similarity($2, ${foldedName}))::numeric, 6) AS rank,
                    clsm_unaccent(lower(p.name)) AS sort_name, count(*) OVER () AS total
             FROM partner p
             WHERE p.search_document @@ to_tsquery('clsm_french', $1) OR $2 <% ${foldedName}) s
       JOIN partner p ON p.id = s.id
       ORDER BY s.rank DESC, s.sort_name, s.id
       LIMIT 21`,
      [toPrefixQuery(String(search)), foldForSimilarity(String(search))],
    );
    return partnerPage(rows, false);
  },

  async GroupMeetings(pool, { slug }) {
    const { rows } = await pool.query(
      `SELECT g.id, g.name,
              (SELECT coalesce(json_agg(json_build_object('id', m.id, 'title', m.title, 'status', m.status, 'startsAt', ${isoTime('m.starts_at')},
                        'attendance', (SELECT coalesce(json_agg(json_build_object('status', a.status,
                            'person', CASE WHEN pe.id IS NULL THEN NULL ELSE json_build_object('displayName', pe.first_name || ' ' || pe.last_name) END,
                            'partner', CASE WHEN pa.id IS NULL THEN NULL ELSE json_build_object('name', pa.name) END) ORDER BY a.status, a.id), '[]')
                          FROM attendance a LEFT JOIN person pe ON pe.id = a.person_id LEFT JOIN partner pa ON pa.id = a.partner_id
                          WHERE a.meeting_id = m.id)) ORDER BY m.starts_at), '[]')
               FROM meeting m WHERE m.group_id = g.id) AS meetings
       FROM working_group g WHERE g.slug = $1 AND g.is_public`,
      [slug],
    );
    return { group: rows[0] ?? null };
  },

  async MapOfBox(pool, { box }) {
    const { south, west, north, east } = box as Record<string, number>;
    const { rows } = await pool.query(
      `SELECT p.id, p.slug, p.name, p.sector, p.latitude, p.longitude FROM partner p
       WHERE point(p.longitude, p.latitude) <@ box(point($1::float8, $2::float8), point($3::float8, $4::float8))
       ORDER BY clsm_unaccent(lower(p.name)), p.id LIMIT 5000`,
      [west, south, east, north],
    );
    return { partnerMarkers: rows };
  },

  ...floorWrites,
};

function send(response: http.ServerResponse, status: number, body: string) {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  response.end(body);
}

const server = http.createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    void (async () => {
      try {
        const { operationName, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { operationName: string; variables: Variables };
        // A request without an operation is the benchmark's readiness probe.
        if (!operationName) return send(response, 200, '{"data":{"__typename":"Query"}}');
        const handler = handlers[operationName];
        if (!handler) return send(response, 400, JSON.stringify({ errors: [{ message: `unknown operation ${operationName}` }] }));
        const data = await handler(db, variables ?? {}, request.headers.cookie);
        send(response, 200, JSON.stringify({ data }));
      } catch (error) {
        send(response, 200, JSON.stringify({ errors: [{ message: (error as Error).message }] }));
      }
    })();
  });
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  process.stdout.write(`floor listening on ${(server.address() as { port: number }).port}\n`);
});
process.on('SIGTERM', () => server.close(() => void db.end().then(() => process.exit(0))));
