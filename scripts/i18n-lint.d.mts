export interface I18nProblem {
    line: number
    message: string
}
export function lintSource(source: string, path: string): I18nProblem[]
export function lintProject(projectRoot?: string): (I18nProblem & { file: string })[]
