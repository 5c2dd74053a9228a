import { lookup } from "node:dns/promises"
import { isIP } from "node:net"

export type UrlGuardOptions = {
  /**
   * `true` allows every private or loopback address; a list allows only
   * those addresses (e.g. `["127.0.0.1"]` for a receiver on the same host).
   */
  allow_private_urls: boolean | string[]
  /** Only `https` URLs when true (production). */
  https_only: boolean
}

const ipv4ToInt = (ip: string) =>
  ip.split(".").reduce((acc, part) => acc * 256 + Number(part), 0)

// [network, prefix length]: loopback, private, link-local, CGNAT, "this
// network", benchmarking, multicast and reserved ranges; none is a public
// receiver, all can reach the store's own network.
const BLOCKED_V4: Array<[string, number]> = [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
]

const inV4Range = (ip: string, [network, bits]: [string, number]) => {
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0
  return (ipv4ToInt(ip) & mask) >>> 0 === (ipv4ToInt(network) & mask) >>> 0
}

/** The 8 groups of an IPv6 address as numbers, `::` expanded. */
const ipv6Groups = (ip: string): number[] => {
  let address = ip.toLowerCase().split("%")[0]
  // A trailing dotted quad (::ffff:10.0.0.1) becomes two groups.
  const quad = address.match(/(\d+\.\d+\.\d+\.\d+)$/)
  if (quad) {
    const n = ipv4ToInt(quad[1])
    address = address.replace(
      quad[1],
      `${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`
    )
  }
  const [head, tail] = address.split("::")
  const parse = (s: string | undefined) =>
    s ? s.split(":").map((g) => parseInt(g, 16)) : []
  const h = parse(head)
  const t = parse(tail)
  const fill = address.includes("::") ? 8 - h.length - t.length : 0
  return [...h, ...new Array(fill).fill(0), ...t]
}

/**
 * Whether an IP address is one a webhook must not reach unless allowed:
 * loopback, private, link-local, CGNAT, unspecified, multicast, IPv6
 * loopback/ULA/link-local, and IPv4-mapped or NAT64 forms of any of those.
 */
export const isPrivateAddress = (ip: string): boolean => {
  const family = isIP(ip)
  if (family === 4) {
    return BLOCKED_V4.some((range) => inV4Range(ip, range))
  }
  if (family !== 6) {
    return true
  }
  const g = ipv6Groups(ip)
  if (g.every((x) => x === 0)) {
    return true // ::
  }
  if (g.slice(0, 7).every((x) => x === 0) && g[7] === 1) {
    return true // ::1
  }
  const embeddedV4 = () =>
    [g[6] >> 8, g[6] & 0xff, g[7] >> 8, g[7] & 0xff].join(".")
  // ::ffff:a.b.c.d (mapped), ::a.b.c.d (compatible), 64:ff9b::a.b.c.d (NAT64)
  if (g.slice(0, 5).every((x) => x === 0) && (g[5] === 0xffff || g[5] === 0)) {
    return isPrivateAddress(embeddedV4())
  }
  if (g[0] === 0x64 && g[1] === 0xff9b) {
    return isPrivateAddress(embeddedV4())
  }
  return (
    (g[0] & 0xfe00) === 0xfc00 || // fc00::/7 unique local
    (g[0] & 0xffc0) === 0xfe80 || // fe80::/10 link-local
    (g[0] & 0xffc0) === 0xfec0 || // fec0::/10 site-local
    (g[0] & 0xff00) === 0xff00 // multicast
  )
}

export type UrlCheck =
  { ok: true; url: URL; addresses: string[] } | { ok: false; reason: string }

const allowed = (address: string, allow: boolean | string[]) =>
  allow === true || (Array.isArray(allow) && allow.includes(address))

/**
 * Checks a webhook URL before it is saved and again before every attempt
 * (DNS can change between the two): an absolute `http(s)` URL (`https` in
 * production), without credentials, whose host resolves only to public
 * addresses unless the option allows private ones. Every address the name
 * resolves to is checked, so one public record cannot hide a private one.
 *
 * @example
 * await checkWebhookUrl("https://hooks.example.com/rms", { allow_private_urls: false, https_only: true })
 */
export const checkWebhookUrl = async (
  value: string,
  options: UrlGuardOptions,
  resolve: (host: string) => Promise<string[]> = async (host) =>
    (await lookup(host, { all: true, verbatim: true })).map((a) => a.address)
): Promise<UrlCheck> => {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return { ok: false, reason: "must be an absolute URL" }
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return { ok: false, reason: "must use https" }
  }
  if (options.https_only && url.protocol !== "https:") {
    return { ok: false, reason: "must use https in production" }
  }
  if (url.username || url.password) {
    return { ok: false, reason: "must not contain credentials" }
  }
  const host = url.hostname.replace(/^\[|\]$/g, "")
  let addresses: string[]
  if (isIP(host)) {
    addresses = [host]
  } else {
    try {
      addresses = await resolve(host)
    } catch {
      return { ok: false, reason: `host "${host}" does not resolve` }
    }
    if (!addresses.length) {
      return { ok: false, reason: `host "${host}" does not resolve` }
    }
  }
  const refused = addresses.find(
    (address) =>
      isPrivateAddress(address) && !allowed(address, options.allow_private_urls)
  )
  if (refused) {
    return {
      ok: false,
      reason: `resolves to a private or loopback address (${refused}); set the webhooks.allow_private_urls option to allow it`,
    }
  }
  return { ok: true, url, addresses }
}
