import type { MedusaContainer } from "@medusajs/framework/types"
import { runWorkflowToEnd } from "../../src/workflows/utils/run-to-end"

/**
 * `workflow(container).run({ input })` for workflows that finish in the
 * background (the notification retries are an async step of the workflow
 * engine): resolves with `{ result }` once the workflow has ended.
 */
export const runToEnd = async <TResult = any>(
  container: MedusaContainer,
  workflow: { getName: () => string },
  { input }: { input: unknown }
): Promise<{ result: TResult }> => ({
  result: await runWorkflowToEnd<TResult>(container, workflow.getName(), {
    input,
  }),
})
