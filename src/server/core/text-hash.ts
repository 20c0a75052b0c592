// A 64-bit non-cryptographic fingerprint (two independently seeded 32-bit mixes) used to recognise a
// session post that was already processed. Collisions only matter within one session's few posts.

// Read once: a global read inside the per-character loop costs a scope lookup per character
// (about 300 ms for a post with a 1 MB chat log in the emulator's vm).
const imul = Math.imul

function mix32(text: string, seed: number): number {
    let hash = seed >>> 0
    for (let i = 0; i < text.length; i++) {
        hash = imul(hash ^ text.charCodeAt(i), 0x5bd1e995)
        hash ^= hash >>> 15
    }
    hash = imul(hash ^ (hash >>> 13), 0x85ebca6b)
    hash = imul(hash ^ (hash >>> 16), 0xc2b2ae35)
    return (hash ^ (hash >>> 16)) >>> 0
}

const hex8 = (value: number) => ('0000000' + value.toString(16)).slice(-8)

export function fingerprint(text: string): string {
    return hex8(mix32(text, 0x9e3779b9)) + hex8(mix32(text, 0x2545f491 ^ text.length))
}
