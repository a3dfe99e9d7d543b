/** What one autocannon run drives: a server, a number of connections, a pool of request bodies. */
export interface LoadSpec {
  url: string;
  path: string;
  connections: number;
  seconds: number;
  headers: Record<string, string>;
  bodies: string[];
  /** Versioned edits: the body template has "__ID__", "__VERSION__" and "__HOUR__" placeholders. */
  edit?: { template: string; partners: Array<{ id: string; version: number }> };
}

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  total: number;
  errors: number;
}

/** The closing hour a versioned edit sets: alternating with the version, so each edit changes the partner. */
export const editHour = (version: number): string => String(16 + (version % 2));

/** The body of the edit of `partner` at its current version. */
export const editBody = (template: string, partner: { id: string; version: number }): string =>
  template.replace('"__ID__"', JSON.stringify(partner.id)).replace('"__VERSION__"', String(partner.version)).replace('__HOUR__', editHour(partner.version));
