export const sessionCookieName = 'clsm_session';

/** Reads one cookie from a raw Cookie header (HTTP requests and WebSocket upgrades alike). */
export function readCookie(header: string | undefined, name = sessionCookieName): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) {
      try {
        return decodeURIComponent(part.slice(index + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}
