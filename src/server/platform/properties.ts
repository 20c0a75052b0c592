import { parseConfig, type ConfigResult } from '../core/config'

/** Reads every setting through gs.getProperty; a property that does not exist reads as its default. */
export function readConfig(): ConfigResult {
    return parseConfig((property) => gs.getProperty(property))
}
