import { describe, expect, it } from 'vitest'
import { pinWriteRefusal } from '../../src/server/core/record-access'
import { PIN_ERRORS } from '../../src/server/core/pin-errors'

describe('pinWriteRefusal', () => {
    it('lets an agent who may write the record and its work notes have a PIN', () => {
        expect(pinWriteRefusal({ record: true, workNotes: true })).toBeNull()
    })

    it.each([[{ record: false, workNotes: true }], [{ record: true, workNotes: false }], [{ record: false, workNotes: false }]])(
        'refuses %j: a PIN writes on the record in the agent’s name',
        (access) => {
            expect(pinWriteRefusal(access)).toBe(PIN_ERRORS.recordReadOnly)
            expect(PIN_ERRORS.recordReadOnly.code).toBe('RECORD_READ_ONLY')
        }
    )
})
