/** Every Glide call the emulator does not implement ends here: loudly, never as a silent success. */
export function unsupported(api: string): never {
    throw new Error(`${api}: unsupported in emulator`)
}

/** The message of anything thrown, whichever realm (host or script context) its Error came from. */
export function errorMessage(error: unknown): string {
    return error && typeof error === 'object' && 'message' in error ? String((error as { message: unknown }).message) : String(error)
}
