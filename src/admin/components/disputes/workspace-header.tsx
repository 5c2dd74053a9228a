import {
  Avatar,
  Button,
  Container,
  Heading,
  Label,
  Select,
  Text,
  toast,
} from "@medusajs/ui"
import {
  DisputeDetail,
  useAdminUsers,
  useAssignDispute,
  useCurrentAdminUser,
  useUpdateDisputeStatus,
} from "../../hooks/api/disputes"
import { formatDateTime } from "../../lib/format"
import {
  DisputeStatusBadge,
  PriorityBadge,
  SlaCountdown,
  useNow,
} from "./badges"
import { isClosed, reasonLabels, userName } from "./format"

const UNASSIGNED = "unassigned"

const AssignControl = ({ dispute }: { dispute: DisputeDetail }) => {
  const { data: userData, isLoading } = useAdminUsers()
  const { data: me } = useCurrentAdminUser()
  const { mutate, isPending } = useAssignDispute(dispute.id, {
    onSuccess: (_data, { assignee_id }) => {
      const user = userData?.users.find((u) => u.id === assignee_id)
      toast.success(`Assigned to ${userName(user) ?? assignee_id}`)
    },
    onError: (e) => toast.error(e.message),
  })
  const users = userData?.users ?? []
  const closed = isClosed(dispute.status)

  return (
    <div className="flex flex-col gap-y-1">
      <Label size="xsmall" className="text-ui-fg-subtle">
        Assignee
      </Label>
      <div className="flex items-center gap-x-2">
        <Select
          size="small"
          value={dispute.assignee_id ?? UNASSIGNED}
          disabled={closed || isPending || isLoading}
          onValueChange={(value) => {
            if (value !== UNASSIGNED) {
              mutate({ assignee_id: value })
            }
          }}
        >
          <Select.Trigger
            aria-label="Assignee"
            style={{ width: 208 }}
            data-testid="dispute-assignee-select"
          >
            <Select.Value placeholder="Unassigned" />
          </Select.Trigger>
          <Select.Content>
            {!dispute.assignee_id && (
              <Select.Item value={UNASSIGNED} disabled>
                Unassigned
              </Select.Item>
            )}
            {users.map((user) => (
              <Select.Item key={user.id} value={user.id}>
                <span className="flex items-center gap-x-2">
                  <Avatar
                    size="2xsmall"
                    src={user.avatar_url ?? undefined}
                    fallback={(userName(user) ?? "?").charAt(0).toUpperCase()}
                  />
                  {userName(user)}
                </span>
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        {me && me.user.id !== dispute.assignee_id && !closed && (
          <Button
            size="small"
            variant="secondary"
            isLoading={isPending}
            onClick={() => mutate({ assignee_id: me.user.id })}
            data-testid="dispute-assign-me"
          >
            Assign to me
          </Button>
        )}
      </div>
    </div>
  )
}

const StatusControl = ({ dispute }: { dispute: DisputeDetail }) => {
  const { mutate, isPending, variables } = useUpdateDisputeStatus(dispute.id, {
    onSuccess: ({ dispute: updated }) =>
      toast.success(
        updated.status === "in_review"
          ? "Marked as in review"
          : "Marked as awaiting the customer"
      ),
    onError: (e) => toast.error(e.message),
  })
  if (isClosed(dispute.status)) {
    return null
  }
  return (
    <div className="flex flex-col gap-y-1">
      <Label size="xsmall" className="text-ui-fg-subtle">
        Status
      </Label>
      {/* The current status is the pressed (primary) button. */}
      <div className="flex items-center gap-x-2" role="group">
        {(
          [
            ["in_review", "In review", "dispute-status-in-review"],
            [
              "awaiting_customer",
              "Awaiting customer",
              "dispute-status-awaiting-customer",
            ],
          ] as const
        ).map(([status, label, testId]) => {
          const current = dispute.status === status
          return (
            <Button
              key={status}
              size="small"
              variant={current ? "primary" : "secondary"}
              aria-pressed={current}
              disabled={isPending}
              isLoading={isPending && variables?.status === status}
              onClick={() => !current && mutate({ status })}
              data-testid={testId}
            >
              {label}
            </Button>
          )
        })}
      </div>
    </div>
  )
}

/** Number, badges, SLA and the claim, with assignment and status controls. */
export const WorkspaceHeader = ({ dispute }: { dispute: DisputeDetail }) => {
  const now = useNow()
  return (
    <Container className="flex flex-col gap-y-4 px-6 py-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="flex flex-col gap-y-1">
          <div className="flex flex-wrap items-center gap-2">
            <Heading data-testid="dispute-number">{dispute.number}</Heading>
            <DisputeStatusBadge status={dispute.status} />
            <PriorityBadge priority={dispute.priority} />
          </div>
          <div className="flex flex-wrap items-center gap-x-3">
            <Text size="small" className="text-ui-fg-subtle">
              {reasonLabels[dispute.reason_category]} · opened{" "}
              {formatDateTime(dispute.created_at)}
            </Text>
            <SlaCountdown dispute={dispute} now={now} />
            {dispute.first_response_at && (
              <Text size="small" className="text-ui-fg-muted">
                First response {formatDateTime(dispute.first_response_at)}
              </Text>
            )}
          </div>
        </div>
        <div className="flex flex-wrap items-end gap-4">
          <AssignControl dispute={dispute} />
          <StatusControl dispute={dispute} />
        </div>
      </div>
      <div className="bg-ui-bg-subtle rounded-md px-4 py-3">
        <Text size="xsmall" weight="plus" className="text-ui-fg-subtle">
          Customer's claim
        </Text>
        <Text size="small" className="whitespace-pre-wrap">
          {dispute.claim}
        </Text>
      </div>
    </Container>
  )
}
