// `npm start` (through scripts/start.mjs): seed the demo world, serve it on 127.0.0.1, print the URL
// and the demo logins, and stop cleanly on Ctrl-C.
import { DEMO_INTEGRATION, DEMO_LOGINS } from './demo.ts'
import { SESSION_DETAILS_PATH, serveDemo } from './server.ts'

export async function main(options: { distDir: string }): Promise<void> {
    const port = process.env.PORT === undefined || process.env.PORT === '' ? 3000 : Number(process.env.PORT)
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${process.env.PORT}"`)
    const sandbox = await serveDemo({ port, distDir: options.distDir })

    const width = Math.max(...DEMO_LOGINS.map((login) => login.userName.length))
    const lines = [
        '',
        `LogMeIn Rescue sandbox: the built app on an emulated instance, Rescue simulated.`,
        `  Open            ${sandbox.url}/`,
        `  Rescue (tech)   ${sandbox.url}/rescue`,
        '',
        'Demo logins (pick one on the login page; password for REST basic auth):',
        ...DEMO_LOGINS.map((login) => `  ${login.userName.padEnd(width)}  ${login.password.padEnd(18)}  ${login.purpose}`),
        '',
        'Post session details like Rescue does:',
        `  curl -u ${DEMO_INTEGRATION.user}:${DEMO_INTEGRATION.password} -H 'Content-Type: application/json' \\`,
        `       -d '{"SessionID":"512999001","TechSSOID":"jane.doe@example.com","Notes":"Hello"}' ${sandbox.url}${SESSION_DETAILS_PATH}`,
        '',
        'Ctrl-C stops.',
    ]
    process.stdout.write(lines.join('\n') + '\n')

    let stopping = false
    const stop = () => {
        if (stopping) return
        stopping = true
        process.stdout.write('\nStopping the sandbox…\n')
        sandbox.close().then(() => process.exit(0))
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
}
