import { ScheduledScript } from '@servicenow/sdk/core'

// Unused PINs do not stay "PIN issued" for ever: every 5 minutes the rows still pin_issued after Rescue's PIN
// validity (x_rescue_connect.pin.validity_minutes) become "Expired", so the Sessions list shows what is open.
ScheduledScript({
    $id: Now.ID['job-pin-expiry'],
    name: 'LogMeIn Rescue PIN expiry',
    active: true,
    frequency: 'periodically',
    executionInterval: { hours: 0, minutes: 5, seconds: 0 },
    executionStart: '2026-01-01 00:00:00',
    timeZone: 'UTC',
    script: 'x_rescue_connect.RescueCore.expireUnusedPins();',
})
