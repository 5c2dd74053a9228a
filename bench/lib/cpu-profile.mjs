// CPU profiles of chosen stretches of this process (node:inspector), summed
// into "where the time goes" tables: self time by place (a package under
// node_modules, a file of this repository, or Node itself) and by function,
// and inclusive time by function of this repository.
//
//   const profiler = await startProfiler()
//   await profiler.record("plugin", () => doRequest())
//   console.log(profiler.report("plugin"))
import inspector from "node:inspector/promises"
import path from "node:path"

const place = (url, root) => {
  if (!url) {
    return "(node / V8)"
  }
  const file = url.replace(/^file:\/\//, "")
  const nm = file.lastIndexOf("/node_modules/")
  if (nm >= 0) {
    const rest = file.slice(nm + "/node_modules/".length).split("/")
    return rest[0].startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]
  }
  if (file.startsWith(root)) {
    return path.relative(root, file)
  }
  return file.startsWith("node:") ? "(node)" : file
}

export const startProfiler = async ({ root, intervalUs = 200 } = {}) => {
  const session = new inspector.Session()
  session.connect()
  await session.post("Profiler.enable")
  await session.post("Profiler.setSamplingInterval", { interval: intervalUs })
  // name -> { self: Map(key -> µs), inclusive: Map(key -> µs), totalUs, runs }
  const sums = new Map()

  const add = (name, profile) => {
    const sum = sums.get(name) ?? {
      selfByPlace: new Map(),
      selfByFunction: new Map(),
      inclusive: new Map(),
      totalUs: 0,
      runs: 0,
    }
    sums.set(name, sum)
    sum.runs++
    const byId = new Map(profile.nodes.map((n) => [n.id, n]))
    const parent = new Map()
    for (const n of profile.nodes) {
      for (const c of n.children ?? []) {
        parent.set(c, n.id)
      }
    }
    const bump = (map, key, us) => map.set(key, (map.get(key) ?? 0) + us)
    profile.samples.forEach((id, i) => {
      const us = profile.timeDeltas[i] ?? 0
      const node = byId.get(id)
      const fn = node.callFrame
      // In-process profiles mark the wait for I/O as "dispatch" with no
      // script, not "(idle)".
      if (
        fn.functionName === "(idle)" ||
        fn.functionName === "(program)" ||
        (fn.functionName === "dispatch" && !fn.url)
      ) {
        return
      }
      sum.totalUs += us
      const where = place(fn.url, root)
      bump(sum.selfByPlace, where, us)
      bump(
        sum.selfByFunction,
        `${fn.functionName || "(anonymous)"} ${where}:${fn.lineNumber + 1}`,
        us
      )
      // Inclusive: each named function on the (synchronous) stack, once.
      const seen = new Set()
      for (let at = id; at !== undefined; at = parent.get(at)) {
        const f = byId.get(at).callFrame
        if (!f.functionName || !f.url) {
          continue
        }
        const key = `${f.functionName} ${place(f.url, root)}:${f.lineNumber + 1}`
        if (!seen.has(key)) {
          seen.add(key)
          bump(sum.inclusive, key, us)
        }
      }
    })
  }

  return {
    /** Runs `fn` with the profiler on and adds its samples under `name`. */
    async record(name, fn) {
      await session.post("Profiler.start")
      try {
        return await fn()
      } finally {
        const { profile } = await session.post("Profiler.stop")
        add(name, profile)
      }
    },
    /** Markdown tables of the samples recorded under `name`, per run. */
    report(name, top = 40) {
      const sum = sums.get(name)
      if (!sum) {
        return ""
      }
      const perRun = (us) => (us / sum.runs / 1000).toFixed(1)
      const table = (title, map) => [
        `| ${title} | ms per request | share |`,
        `|---|---:|---:|`,
        ...[...map.entries()]
          .sort((a, b) => b[1] - a[1])
          .slice(0, top)
          .map(
            ([k, us]) =>
              `| ${k.replace(/\|/g, "\\|")} | ${perRun(us)} | ${((100 * us) / sum.totalUs).toFixed(1)} % |`
          ),
        "",
      ]
      return [
        `### CPU profile: ${name}, ${sum.runs} requests, ${perRun(sum.totalUs)} ms of samples each`,
        "",
        ...table("self time, by place", sum.selfByPlace),
        ...table("self time, by function", sum.selfByFunction),
        ...table(
          "inclusive time (synchronous stacks), by function",
          sum.inclusive
        ),
      ].join("\n")
    },
    async stop() {
      await session.post("Profiler.disable")
      session.disconnect()
    },
  }
}
