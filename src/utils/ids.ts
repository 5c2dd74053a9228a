import { randomBytes } from "node:crypto"

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

/**
 * `count` ids in the format of Medusa's `generateEntityId(undefined,
 * prefix)`: `<prefix>_<ULID>` (10 characters of time, 16 of randomness,
 * Crockford base 32). For bulk writes: the `ulid` package behind
 * `generateEntityId` asks the OS for one random byte per character, which
 * for the ids of a 100,000-row import costs more than the import's SQL; here
 * one call gets the randomness of every id.
 */
export const bulkEntityIds = (prefix: string, count: number): string[] => {
  const random = randomBytes(count * 16)
  let time = ""
  let now = Date.now()
  for (let i = 0; i < 10; i++) {
    time = CROCKFORD[now % 32] + time
    now = Math.floor(now / 32)
  }
  const ids: string[] = new Array(count)
  for (let i = 0; i < count; i++) {
    let id = `${prefix}_${time}`
    for (let j = 0; j < 16; j++) {
      // 256 is a multiple of 32: the low five bits of a byte are uniform.
      id += CROCKFORD[random[i * 16 + j] & 31]
    }
    ids[i] = id
  }
  return ids
}
