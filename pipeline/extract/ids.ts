import {createHash} from 'node:crypto'

/**
 * A record's id: its kind, the Latin letters and digits of its name, and, when
 * the name has other characters, a short hash of it. It stays the same while
 * the name does, whatever moves around it, and is safe in a URL and a file name.
 */
export function recordId(prefix: string, name: string): string {
  const key = `${prefix} ${name}`
  let id = known.get(key)
  if (id === undefined) {
    if (known.size >= maxKnown) known.clear()
    id = computeId(prefix, name)
    known.set(key, id)
  }
  return id
}

/** Ids already made: the same organisations are named again and again, and a hash costs more than a lookup. */
const known = new Map<string, string>()
const maxKnown = 100_000

function computeId(prefix: string, name: string): string {
  const normal = name.normalize('NFKC').replace(/\s+/g, ' ').trim()
  const ascii = normal.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 48).replace(/-+$/, '')
  const plain = /^[A-Za-z0-9 ._-]*$/.test(normal)
  const hash = plain ? '' : createHash('sha256').update(normal).digest('hex').slice(0, 8)
  return [prefix, ascii, hash].filter(Boolean).join('-')
}

/**
 * A name as records are matched by, wherever names are compared (reading a
 * source, across sources, assembling the dataset, corrections, the diff):
 * compatibility forms folded (NFKC), no spaces, letter case ignored.
 */
export function nameKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/gu, '').toLowerCase()
}
