import { evidenceFileRoute } from "../../../../../../utils/disputes"

/** An evidence file of a dispute, streamed from the File module. */
export const GET = evidenceFileRoute("admin")
