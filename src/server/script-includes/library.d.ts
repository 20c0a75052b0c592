// Thin Script Includes reach the shared library through its API name, type-only, so the library's
// code is bundled into RescueCore alone and never copied into another Script Include.
import type { RescueCoreApi } from './RescueCore'

declare global {
    const x_rescue_connect: { RescueCore: RescueCoreApi }
}
