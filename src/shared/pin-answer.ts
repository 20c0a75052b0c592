// What RescuePinAjax.generatePin answers the Generate Rescue PIN button, as JSON: written by the server
// (core/pin-flow.ts, platform/pin-service.ts), read by the client (client/shared/pin-answer.ts) and the tests.

/** The PIN modal's texts, each already in the agent's language (RescueCore.generatePin). */
export const PIN_MODAL_LABEL_NAMES = [
    'title',
    'titleWithPin',
    'pinForCustomer',
    'pinAria',
    'copy',
    'copied',
    'copyFailed',
    'joinLink',
    'fieldPin',
    'fieldJoinLink',
    'done',
    'infoFallback',
] as const

/** `titleWithPin` has the PIN filled in; `joinLink` keeps a {0} for the link; `infoFallback` is the PIN and the answer in one line (a workspace without a modal). */
export type PinModalLabels = { readonly [name in (typeof PIN_MODAL_LABEL_NAMES)[number]]: string }

export type PinAnswer =
    | {
          readonly ok: true
          readonly pin: string
          readonly customerUrl: string
          readonly message: string
          readonly sessionId: string
          readonly labels: PinModalLabels
      }
    | { readonly ok: false; readonly code: string; readonly message: string }
