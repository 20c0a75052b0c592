export const CHECKED: string[]
export function specifiersOf(fileName: string, text: string): string[]
export function lintImports(base?: string, folders?: string[]): { problems: string[]; files: number }
