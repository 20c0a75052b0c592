export declare const root: string
export declare const distDir: string
export declare function buildIfStale(): boolean
