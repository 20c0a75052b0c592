// ESLint (flat config) with typescript-eslint's recommended rules, for every TypeScript and JavaScript file
// we write. Layout and spacing are Prettier's (.prettierrc), so no stylistic rule is turned on here.
import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
    {
        ignores: ['dist/', 'build/', 'target/', 'test-results/', '.now/', 'src/fluent/generated/', 'test/emulator/fixture-app/', '@types/'],
    },
    js.configs.recommended,
    tseslint.configs.recommended,
    {
        // Node for the tooling, the emulator, the sandbox and the tests; the shipped code declares its own
        // platform globals (src/server/platform/glide.d.ts, src/client/glide-client.d.ts), checked by tsc.
        files: ['**/*.{mjs,js,ts,mts}'],
        languageOptions: { globals: { ...globals.node } },
        rules: {
            // Text from outside is cleaned of control characters on purpose (session posts, log lines, Rescue's
            // answers): a regular expression that names them is the point, not a slip.
            'no-control-regex': 'off',
            '@typescript-eslint/no-unused-vars': [
                'error',
                {
                    // `catch (error)` stays: client scripts target ES2017, which has no optional catch binding.
                    caughtErrors: 'none',
                    // `const { a, b, ...rest } = row` is how the code drops fields from a copy.
                    ignoreRestSiblings: true,
                    // An emulated method keeps the platform's parameters even when it ignores one (_enabled).
                    argsIgnorePattern: '^_',
                },
            ],
        },
    },
    {
        // Declarations of the platform's own untyped APIs (GlideRecord's dynamic fields, Class.create, global).
        files: ['**/*.d.ts'],
        rules: { '@typescript-eslint/no-explicit-any': 'off' },
    }
)
