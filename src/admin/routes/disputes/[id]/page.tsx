import { Container, Skeleton, Text } from "@medusajs/ui"
import { useState } from "react"
import { UIMatch, useParams } from "react-router-dom"
import { CaseFilePanel } from "../../../components/disputes/case-file-panel"
import { EvidenceGallery } from "../../../components/disputes/evidence-gallery"
import { ReplyBox } from "../../../components/disputes/reply-box"
import {
  draftAmount,
  emptyResolutionDraft,
  ResolutionDraft,
  ResolutionPanel,
} from "../../../components/disputes/resolution-panel"
import { DisputeTimeline } from "../../../components/disputes/timeline"
import { WorkspaceHeader } from "../../../components/disputes/workspace-header"
import { useDispute } from "../../../hooks/api/disputes"
import { AdminLink } from "../../../components/common/links"

const DisputeWorkspacePage = () => {
  const { id } = useParams()
  const { data, isLoading, isError, error } = useDispute(id!)
  // Lifted here so a template's {{amount}} can use the refund being drafted.
  const [draft, setDraft] = useState<ResolutionDraft>(emptyResolutionDraft)

  if (isLoading) {
    return (
      <div className="flex flex-col gap-y-3">
        <Skeleton className="h-32 w-full rounded-lg" />
        <div className="flex flex-col gap-3 xl:flex-row">
          <Skeleton className="h-60 w-full rounded-lg" />
          <Skeleton className="h-60 w-full rounded-lg xl:max-w-[440px]" />
        </div>
      </div>
    )
  }

  if (isError || !data) {
    return (
      <Container className="flex flex-col gap-y-2 px-6 py-4">
        <Text className="text-ui-fg-error" role="alert">
          {error?.message ?? "The dispute could not be loaded"}
        </Text>
        <AdminLink to="/disputes" className="txt-compact-small">
          Back to the queue
        </AdminLink>
      </Container>
    )
  }

  const { dispute, case_file: caseFile } = data

  return (
    <div className="flex flex-col gap-y-3" data-testid="dispute-workspace">
      <WorkspaceHeader dispute={dispute} />
      <div className="flex flex-col gap-x-4 gap-y-3 xl:flex-row xl:items-start">
        <div className="flex min-w-0 flex-1 flex-col gap-y-3">
          <DisputeTimeline dispute={dispute} caseFile={caseFile} />
          <ReplyBox
            dispute={dispute}
            caseFile={caseFile}
            draftAmount={draftAmount(draft, dispute, caseFile)}
          />
          <EvidenceGallery dispute={dispute} />
        </div>
        <div className="flex w-full flex-col gap-y-3 xl:max-w-[440px]">
          <ResolutionPanel
            dispute={dispute}
            caseFile={caseFile}
            draft={draft}
            onDraftChange={setDraft}
          />
          <CaseFilePanel dispute={dispute} caseFile={caseFile} />
        </div>
      </div>
    </div>
  )
}

const Breadcrumb = ({ id }: { id: string }) => {
  // Same query key as the page: react-query serves both from one request.
  const { data } = useDispute(id)
  return <span>{data?.dispute.number ?? "Dispute"}</span>
}

export const handle = {
  breadcrumb: (match: UIMatch) => <Breadcrumb id={match.params.id!} />,
}

export default DisputeWorkspacePage
