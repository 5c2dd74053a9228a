import { addEvidenceRoute } from "../../../../utils/disputes"

/** Staff attach a file (image or PDF, at most 5 MB) as evidence. */
export const POST = addEvidenceRoute("admin")
