import type { MedusaContainer } from "@medusajs/framework/types"
import {
  entityIdAs,
  notifyMilestoneOn,
  runWorkflowOn,
  subscriberConfig,
} from "../utils"

// A stand-in for a workflow built by createWorkflow: records what it ran with.
const recordingWorkflow = () => {
  const runs: { container: unknown; input: unknown }[] = []
  const workflow = (container: MedusaContainer) => ({
    run: async ({ input }: { input: unknown }) => {
      runs.push({ container, input })
      return { result: null }
    },
  })
  return { workflow, runs }
}

const container = {} as MedusaContainer

describe("runWorkflowOn", () => {
  it("runs the workflow once, with the event's data as input by default", async () => {
    const { workflow, runs } = recordingWorkflow()
    const handler = runWorkflowOn<{ id: string }>(workflow)
    await handler({
      event: { name: "order.placed", data: { id: "order_1" } },
      container,
    } as any)
    expect(runs).toEqual([{ container, input: { id: "order_1" } }])
  })

  it("maps the event's data and name to the input", async () => {
    const { workflow, runs } = recordingWorkflow()
    const handler = runWorkflowOn(workflow, (data: { id: string }, name) => ({
      event: name,
      milestone: "approved",
      data,
    }))
    await handler({
      event: { name: "return_request.approved", data: { id: "rreq_1" } },
      container,
    } as any)
    expect(runs[0].input).toEqual({
      event: "return_request.approved",
      milestone: "approved",
      data: { id: "rreq_1" },
    })
  })

  it("lets a workflow failure reach the event bus, which retries", async () => {
    const failing = () => ({
      run: async () => {
        throw new Error("boom")
      },
    })
    const handler = runWorkflowOn(failing)
    await expect(
      handler({ event: { name: "x", data: {} }, container } as any)
    ).rejects.toThrow("boom")
  })
})

describe("entityIdAs", () => {
  it("passes an entity event's id under the workflow's input name", () => {
    expect(entityIdAs("order_id")({ id: "order_1" })).toEqual({
      order_id: "order_1",
    })
  })
})

describe("notifyMilestoneOn", () => {
  it("runs the workflow with the event's name, the milestone and the data", async () => {
    const { workflow, runs } = recordingWorkflow()
    const handler = notifyMilestoneOn(workflow as any, "rejected")
    await handler({
      event: { name: "return_request.rejected", data: { id: "rreq_1" } },
      container,
    } as any)
    expect(runs).toEqual([
      {
        container,
        input: {
          event: "return_request.rejected",
          milestone: "rejected",
          data: { id: "rreq_1" },
        },
      },
    ])
  })
})

describe("subscriberConfig", () => {
  it("keeps the subscriber id the event bus knows the subscriber by", () => {
    expect(
      subscriberConfig("order.placed", "rms-loyalty-order-placed")
    ).toEqual({
      event: "order.placed",
      context: { subscriberId: "rms-loyalty-order-placed" },
    })
  })
})
