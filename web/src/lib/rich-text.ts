// Minutes are written as plain text with a little Markdown: **gras**, *italique*, lists of
// lines starting with "- ", links [texte](https://…), paragraphs separated by a blank line.
// Everything is escaped first, so no markup typed by a person ever reaches the page as HTML.

const escapeHtml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

function inline(escaped: string): string {
	return escaped
		.replace(/\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)/g, '<a href="$2" rel="noopener noreferrer external">$1</a>')
		.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
		.replace(/\*([^*]+)\*/g, '<em>$1</em>');
}

export function renderRichText(text: string): string {
	return escapeHtml(text.replace(/\r\n/g, '\n').trim())
		.split(/\n\s*\n/)
		.map((block) => {
			const lines = block.split('\n');
			if (lines.every((line) => /^\s*- /.test(line))) {
				return `<ul>${lines.map((line) => `<li>${inline(line.replace(/^\s*- /, ''))}</li>`).join('')}</ul>`;
			}
			return `<p>${lines.map(inline).join('<br>')}</p>`;
		})
		.join('');
}
