import { describe, expect, it } from 'vitest';
import { renderRichText } from './rich-text';

describe('renderRichText', () => {
	it('renders paragraphs, line breaks, emphasis, lists and links', () => {
		expect(renderRichText('**Présents** : *tous*\nsuite\n\n- un\n- deux\n\nVoir [le site](https://example.org/a?b=1&c=2).')).toBe(
			'<p><strong>Présents</strong> : <em>tous</em><br>suite</p><ul><li>un</li><li>deux</li></ul>' +
				'<p>Voir <a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer external">le site</a>.</p>'
		);
	});

	it('never lets markup or script links through', () => {
		const html = renderRichText('<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) "q" \'s\'');
		expect(html).not.toMatch(/<script|<img|href="javascript/);
		expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
		expect(html).toContain('[x](javascript:alert(1))');
		expect(html).toContain('&quot;q&quot; &#39;s&#39;');
	});
});
