export interface LintProblem {
    line: number
    message: string
}
export interface DistFinding extends LintProblem {
    file: string
    table: string
    field: string
    record: string
}
export function lintScript(source: string, kind: 'server' | 'client'): LintProblem[]
export function lintDist(distDir: string): { findings: DistFinding[]; scripts: number }
export function documentedScopedMembers(api: string): Set<string>
