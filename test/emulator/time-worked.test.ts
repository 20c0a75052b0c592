// Durations and Time Worked entries as the platform stores them.
// - GlideDuration - Scoped: "GlideDuration objects store the duration as a date and time from January 1, 1970,
//   00:00:00" (getValue of '3 12:00:00' is '1970-01-04 12:00:00'; getDisplayValue '3 Days 12 Hours'):
//   https://www.servicenow.com/docs/r/yokohama/api-reference/server-api-reference/c_GlideDurationScopedAPI.html
// - Time worked: saving a task's timer creates a Time Worked [task_time_worked] record, shown as a related list on the
//   task; "If you modify a Time Worked record, the changes are not reflected in the task timer" unless
//   com.snc.time_worked.update_task_timer is set:
//   https://www.servicenow.com/docs/r/platform-administration/time-configuration/c_TimeWorked.html
import { describe, expect, it } from 'vitest'
import { fixtureInstance } from './fixture.ts'

describe('glide_duration values', () => {
    it('store the date-time that far after 1970-01-01 00:00:00, and display in days, hours and minutes', () => {
        const instance = fixtureInstance()
        const incident = instance.db.insert('incident', { short_description: 'x' })
        const read = instance.runScript(`
            var task = new GlideRecord('incident'); task.get('${incident}');
            var out = [];
            ['1970-01-01 00:29:29', '1970-01-04 12:00:00'].forEach(function (value) {
                task.setValue('time_worked', value); task.update();
                out.push(task.getValue('time_worked') + ' = ' + task.getDisplayValue('time_worked'));
            });
            out.join('|')`)
        expect(read).toBe('1970-01-01 00:29:29 = 29 Minutes|1970-01-04 12:00:00 = 3 Days 12 Hours')
    })

    it('keep nothing that is not such a value: seconds, a display value, a date before 1970, an impossible date', () => {
        const instance = fixtureInstance()
        const incident = instance.db.insert('incident', { short_description: 'x' })
        for (const value of ['1769', '29 Minutes', '0 00:29:29', '1969-12-31 23:59:59', '1970-02-30 00:00:00']) {
            const stored = instance.runScript(
                `var t = new GlideRecord('incident'); t.get('${incident}'); t.setValue('time_worked', '${value}'); t.update(); String(t.getValue('time_worked'))`
            )
            expect(stored, value).toBe('null')
        }
    })
})

describe('task_time_worked', () => {
    function world() {
        const instance = fixtureInstance()
        const integration = instance.addUser({ user_name: 'rescue.integration' })
        const technician = instance.addUser({ user_name: 'jane.doe' })
        const incident = instance.db.insert('incident', { short_description: 'Printer', time_worked: '1970-01-01 00:05:00' })
        return { instance, integration, technician, incident }
    }

    it('has the task, user, time worked and comments fields and no others the app could mistype', () => {
        const { instance } = world()
        const fields = instance.runScript(
            `var e = new GlideRecord('task_time_worked'); ['task', 'user', 'time_worked', 'comments', 'duration', 'time_in_seconds'].map(function (f) { return e.isValidField(f); }).join()`
        )
        expect(fields).toBe('true,true,true,true,false,false')
    })

    it('an entry names the current user unless the script sets the user (or clears it)', () => {
        const { instance, integration, technician, incident } = world()
        const insert = (userLine: string) =>
            instance.runAs(integration, () =>
                instance.runScript(`var e = new GlideRecord('task_time_worked'); e.initialize(); e.setValue('task', '${incident}');
                    e.setValue('time_worked', '1970-01-01 00:29:29'); ${userLine} e.insert()`)
            ) as string
        const byDefault = insert('')
        const named = insert(`e.setValue('user', '${technician}');`)
        const cleared = insert(`e.setValue('user', '');`)
        expect(instance.db.get('task_time_worked', byDefault)!.user).toBe(integration)
        expect(instance.db.get('task_time_worked', named)!.user).toBe(technician)
        expect(instance.db.get('task_time_worked', cleared)!.user).toBe('')
    })

    it("inserting an entry leaves the task's own Time worked timer as it was (update_task_timer is off by default)", () => {
        const { instance, incident } = world()
        instance.runScript(
            `var e = new GlideRecord('task_time_worked'); e.initialize(); e.setValue('task', '${incident}'); e.setValue('time_worked', '1970-01-01 01:00:00'); e.insert()`
        )
        expect(instance.db.get('incident', incident)!.time_worked).toBe('1970-01-01 00:05:00')
        expect(instance.db.rows('task_time_worked').map((row) => [row.task, row.time_worked])).toEqual([[incident, '1970-01-01 01:00:00']])
    })

    it('an insert a rule aborts writes nothing and answers null', () => {
        const { instance, incident } = world()
        instance.db.abortScriptWrites('task_time_worked')
        const answer = instance.runScript(
            `var e = new GlideRecord('task_time_worked'); e.initialize(); e.setValue('task', '${incident}'); String(e.insert())`
        )
        expect(answer).toBe('null')
        expect(instance.db.rows('task_time_worked')).toEqual([])
    })
})
