import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowUturnLeft } from "@medusajs/icons"
import { PageTab, TabbedPage } from "../../components/common/tabbed-page"
import { PoliciesSection } from "./policies-section"
import { ReasonCodesSection } from "./reason-codes-section"
import { ReportsSection } from "./reports-section"
import { RequestsSection } from "./requests-section"

// An open request lives in the URL too (`?request=`), beside the tab.
const tabs: PageTab[] = [
  { value: "requests", label: "Requests", content: <RequestsSection /> },
  { value: "policies", label: "Policies", content: <PoliciesSection /> },
  {
    value: "reason-codes",
    label: "Reason codes",
    content: <ReasonCodesSection />,
  },
  { value: "reports", label: "Reports", content: <ReportsSection /> },
]

/** Returns: the review queue, policies, reason codes and reports. */
const ReturnsPage = () => <TabbedPage tabs={tabs} />

export const config = defineRouteConfig({
  label: "Returns",
  icon: ArrowUturnLeft,
})

export default ReturnsPage
