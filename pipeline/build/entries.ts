/**
 * What the pipeline's bundle (`bundle-pipeline.js`) gives the plain
 * JavaScript that starts it: the two commands for the launcher (`run.js`)
 * and the loop of a worker thread (`worker.js`).
 */
export {buildCommand} from './build-command.ts'
export {diffCommand} from '../diff/diff-command.ts'
export {serveSources} from './source-worker.ts'
