import {buildCommand} from './build-command.ts'

process.exitCode = await buildCommand(process.argv.slice(2), {cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr})
