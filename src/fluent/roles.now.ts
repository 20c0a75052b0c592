import { Role } from '@servicenow/sdk/core'

// Agents who generate PINs and read Rescue sessions.
export const userRole = Role({
    name: 'x_rescue_connect.user',
    description: 'Generates LogMeIn Rescue PINs on incidents and cases and reads Rescue sessions.',
})

// Configures the integration; inherits everything an agent can do.
export const adminRole = Role({
    name: 'x_rescue_connect.admin',
    description: 'Configures the LogMeIn Rescue integration (settings, Token Setup) and can do all an agent can.',
    containsRoles: [userRole],
})

// Held only by the web-service account that LogMeIn Rescue posts session data with.
export const integrationRole = Role({
    name: 'x_rescue_connect.integration',
    description: 'Web-service-only account that posts LogMeIn Rescue session details to the instance.',
})
