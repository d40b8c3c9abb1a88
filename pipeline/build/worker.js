// @ts-check
// A worker thread of the build (`worker-pool.ts`, `isolated-source.ts`): loads
// the pipeline's bundle, as the launcher does, and processes the sources the
// build sends it.
import {loadPipeline} from './bundle-pipeline.js'

;(await loadPipeline()).serveSources()
