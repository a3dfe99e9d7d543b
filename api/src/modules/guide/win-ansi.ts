// The 14 standard PDF fonts are encoded in WinAnsi (Windows-1252): Latin-1 plus « œ », « ’ »,
// « … », « € » and a few others. French text fits; anything else is folded to its base letter
// (« ł » → « l ») or replaced, rather than printed as a wrong glyph.
const cp1252Extras = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

function encodable(char: string): boolean {
  const code = char.codePointAt(0)!;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || cp1252Extras.has(char) || char === '\n';
}

export function toWinAnsi(text: string): string {
  let out = '';
  for (const char of text.replace(/[\u202f\u2007\u2009]/g, '\u00a0').replace(/[\u2010\u2011]/g, '-').replace(/\r\n?/g, '\n').replace(/\t/g, ' ')) {
    if (encodable(char)) {
      out += char;
      continue;
    }
    const folded = char.normalize('NFKD').replace(/\p{M}/gu, '');
    out += [...folded].every(encodable) && folded ? folded : '?';
  }
  return out;
}
