import type { Region } from './config'

// The Rescue data centre each account type lives on (docs: rescue-api.md, "Hosts"). The hosted
// connector of a region answers on the same host as that region's API.
export const RESCUE_HOSTS: Readonly<Record<Region, string>> = {
    global: 'secure.logmeinrescue.com',
    eu: 'secure.logmeinrescue.eu',
    enterprise: 'secure.logmeinrescue-enterprise.com',
}

/** The region whose Rescue host is `host` (case-insensitive), or null for any other host. */
export function regionOfHost(host: string): Region | null {
    const wanted = host.toLowerCase()
    const found = (Object.keys(RESCUE_HOSTS) as Region[]).find((region) => RESCUE_HOSTS[region] === wanted)
    return found ?? null
}
