import { describe, expect, it } from 'vitest'
import { escapeHtml } from '../../src/shared/markup'

describe('escapeHtml', () => {
    it('turns markup into text', () => {
        expect(escapeHtml(`<img src=x onerror="alert('1')"> & co`)).toBe(
            '&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt; &amp; co'
        )
        expect(escapeHtml('plain text')).toBe('plain text')
    })
})
