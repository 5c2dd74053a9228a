import { MedusaError } from "@medusajs/framework/utils"
import { recordActions } from "../record-actions"
import { adminResource } from "../resource-routes"
import { booleanParam, searchListParams } from "../validators"

/** A workflow double: records its input, answers `result`. */
const fakeWorkflow = (result: unknown = { id: "rec_1" }) => {
  const inputs: unknown[] = []
  const workflow = () => ({
    run: async ({ input }: { input: unknown }) => {
      inputs.push(input)
      return { result }
    },
  })
  // The factories take any `createWorkflow` result; the double has its shape.
  return { workflow: workflow as never, inputs }
}

const fakeRes = () => {
  const res = { body: undefined as unknown, json: jest.fn() }
  res.json.mockImplementation((body: unknown) => {
    res.body = body
    return res
  })
  return res
}

const request = (extra: Record<string, unknown> = {}) =>
  ({
    params: { id: "rec_1" },
    scope: {},
    auth_context: { actor_id: "user_1" },
    queryConfig: { fields: ["id", "name"], pagination: {} },
    validatedBody: {},
    ...extra,
  }) as never

const notFound = () =>
  new MedusaError(MedusaError.Types.NOT_FOUND, "Thing with id: x was not found")

describe("recordActions", () => {
  it("checks the record, runs the workflow with id, body and actor, answers the re-read", async () => {
    const calls: string[] = []
    const action = recordActions({
      idField: "thing_id",
      check: async (id) => calls.push(`check ${id}`),
      respond: async (id) => ({ thing: { id } }),
    })
    const { workflow, inputs } = fakeWorkflow()
    const res = fakeRes()

    await action(workflow, "done_by")(
      request({ validatedBody: { note: "ok" } }),
      res as never
    )

    expect(calls).toEqual(["check rec_1"])
    expect(inputs).toEqual([
      { note: "ok", thing_id: "rec_1", done_by: "user_1" },
    ])
    expect(res.body).toEqual({ thing: { id: "rec_1" } })
  })

  it("runs nothing for an unknown record", async () => {
    const action = recordActions({
      param: "customer_id",
      idField: "customer_id",
      check: async () => {
        throw notFound()
      },
      respond: async () => ({}),
    })
    const { workflow, inputs } = fakeWorkflow()

    await expect(
      action(workflow, "by")(
        request({ params: { customer_id: "cus_x" } }),
        fakeRes() as never
      )
    ).rejects.toThrow("was not found")
    expect(inputs).toEqual([])
  })
})

describe("adminResource", () => {
  const refetched: { id: string; fields: string[] }[] = []
  const things = adminResource({
    entity: "thing",
    key: "thing",
    list: "things",
    fields: ["id", "name"],
    defaultLimit: 20,
    refetch: async (id: string, _scope: unknown, fields: string[]) => {
      refetched.push({ id, fields })
      if (id === "missing") {
        throw notFound()
      }
      return { id, name: "A" }
    },
  })

  beforeEach(() => {
    refetched.length = 0
  })

  it("gives the query configs of one record and of the list", () => {
    expect(things.queryConfig).toEqual({
      retrieve: { defaults: ["id", "name"], isList: false },
      list: { defaults: ["id", "name"], isList: true, defaultLimit: 20 },
    })
  })

  it("update answers 404 before the workflow and re-reads the record the workflow returns", async () => {
    const { workflow, inputs } = fakeWorkflow({ id: "rec_2" })
    const res = fakeRes()

    await things.update(workflow)(
      request({ validatedBody: { name: "B" } }),
      res as never
    )
    expect(inputs).toEqual([{ name: "B", id: "rec_1" }])
    expect(refetched).toEqual([
      { id: "rec_1", fields: ["id"] },
      { id: "rec_2", fields: ["id", "name"] },
    ])
    expect(res.body).toEqual({ thing: { id: "rec_2", name: "A" } })

    const other = fakeWorkflow()
    await expect(
      things.update(other.workflow)(
        request({ params: { id: "missing" } }),
        fakeRes() as never
      )
    ).rejects.toThrow("was not found")
    expect(other.inputs).toEqual([])
  })

  it("remove answers like Medusa's DELETE routes", async () => {
    const { workflow, inputs } = fakeWorkflow()
    const res = fakeRes()

    await things.remove(workflow)(request(), res as never)
    expect(inputs).toEqual([{ id: "rec_1" }])
    expect(res.body).toEqual({ id: "rec_1", object: "thing", deleted: true })
  })
})

describe("list parameters", () => {
  it("searchListParams adds a bounded `q`", () => {
    const schema = searchListParams({ limit: 50, sortable: ["name"] })
    expect(schema.parse({ q: "gold" }).q).toBe("gold")
    expect(schema.safeParse({ q: "x".repeat(201) }).success).toBe(false)
  })

  it("booleanParam reads true/false from a query string or JSON", () => {
    const active = booleanParam("active")
    expect(active.parse("true")).toBe(true)
    expect(active.parse(false)).toBe(false)
    expect(active.safeParse("yes").error?.issues[0].message).toBe(
      "active must be true or false"
    )
  })
})
