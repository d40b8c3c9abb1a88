import {diffCommand} from './diff-command.ts'

process.exitCode = await diffCommand(process.argv.slice(2), {cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr})
