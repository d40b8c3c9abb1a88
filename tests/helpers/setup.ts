import {afterAll} from 'vitest'
import {removeTemporaryFolders} from './temporary.ts'

// every test file leaves the temporary folder as it found it
afterAll(removeTemporaryFolders)
