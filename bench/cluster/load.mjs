// The load generator of bench/cluster, in its own process: sends the
// requests in argv[2] (a JSON file: { targets, requests, concurrency,
// headers }) round-robin over the targets with `concurrency` in flight,
// and prints { seconds, latencies, statuses } as JSON.
import fs from "node:fs"

const job = JSON.parse(fs.readFileSync(process.argv[2], "utf8"))
const latencies = []
const statuses = {}
let next = 0
const started = performance.now()
const worker = async () => {
  for (;;) {
    const i = next++
    if (i >= job.requests.length) {
      return
    }
    const target = job.targets[i % job.targets.length]
    const t0 = performance.now()
    const res = await fetch(`${target}${job.path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...job.headers },
      body: JSON.stringify(job.requests[i]),
      signal: AbortSignal.timeout(60_000),
    }).catch((e) => ({ status: `error ${e.name}`, text: async () => "" }))
    await res.text()
    latencies.push(performance.now() - t0)
    statuses[res.status] = (statuses[res.status] ?? 0) + 1
  }
}
await Promise.all(Array.from({ length: job.concurrency }, worker))
console.log(
  JSON.stringify({
    seconds: (performance.now() - started) / 1000,
    latencies,
    statuses,
  })
)
