import { evidenceFileRoute } from "../../../../../../utils/disputes"

/** An evidence file of one of the customer's disputes; others' are 404. */
export const GET = evidenceFileRoute("store")
