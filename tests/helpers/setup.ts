import {afterAll} from 'vitest'
import {defaultLanguage} from '../../pipeline/lexicon/default.ts'
import {useLanguage} from '../../pipeline/lexicon/language.ts'
import {removeTemporaryFolders} from './temporary.ts'

// every test file leaves the temporary folder as it found it
afterAll(removeTemporaryFolders)

// the pack the tests' texts are written in, for the readers they call directly; the build puts it in use too
useLanguage(defaultLanguage)
