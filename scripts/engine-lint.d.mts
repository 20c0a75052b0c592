export type Release = 'yokohama' | 'zurich' | 'australia'
export type Status = 'Supported' | 'Not Supported' | 'Disallowed'
export interface EngineProblem {
    line: number
    group: string
    feature: string
    what?: string
    statuses: Partial<Record<Release, Status>>
}
export const RELEASES: Release[]
export const ENGINE_PAGES: Record<Release, string>
export function engineProblems(source: string, releases?: readonly Release[]): EngineProblem[]
export function describeEngineProblem(problem: EngineProblem): string
