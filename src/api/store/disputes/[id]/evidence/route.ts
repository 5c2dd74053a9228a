import { addEvidenceRoute } from "../../../../utils/disputes"

/** The customer uploads evidence (image or PDF, at most 5 MB). */
export const POST = addEvidenceRoute("store")
