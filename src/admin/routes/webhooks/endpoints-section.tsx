import { ArrowPath, Key, PaperPlane } from "@medusajs/icons"
import {
  Alert,
  Button,
  Code,
  Container,
  createDataTableColumnHelper,
  StatusBadge,
  Text,
  toast,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { ListSection, useListState } from "../../components/common/list-section"
import { useRecordDrawer } from "../../components/common/record-drawer"
import {
  useConfirm,
  useEditDeleteActions,
} from "../../components/common/row-actions"
import { toastResult } from "../../components/common/toasts"
import {
  useDeleteWebhookEndpoint,
  useRotateWebhookSecret,
  useSendWebhookTest,
  useUpdateWebhookEndpoint,
  useWebhookEndpoints,
  WebhookEndpoint,
} from "../../hooks/api/webhooks"
import { formatDateTime } from "../../lib/format"
import { EndpointDrawer } from "./endpoint-drawer"

const columnHelper = createDataTableColumnHelper<WebhookEndpoint>()

const StateBadge = ({ endpoint }: { endpoint: WebhookEndpoint }) =>
  endpoint.active ? (
    <StatusBadge color="green">Active</StatusBadge>
  ) : endpoint.disabled_at ? (
    <StatusBadge color="red">Disabled after failures</StatusBadge>
  ) : (
    <StatusBadge color="grey">Inactive</StatusBadge>
  )

const baseColumns = [
  columnHelper.accessor("url", {
    header: "URL",
    cell: ({ getValue }) => (
      <span className="block truncate font-mono" style={{ maxWidth: 320 }}>
        {getValue()}
      </span>
    ),
  }),
  columnHelper.accessor("events", {
    header: "Events",
    cell: ({ getValue }) => {
      const events = getValue()
      return (
        <span title={events.join(", ")}>
          {events.length === 1 ? events[0] : `${events.length} events`}
        </span>
      )
    },
  }),
  columnHelper.accessor("active", {
    header: "State",
    cell: ({ row }) => <StateBadge endpoint={row.original} />,
  }),
  columnHelper.accessor("consecutive_failures", {
    header: "Failures in a row",
  }),
]

/** The secret of a new or rotated endpoint, shown this once. */
const SecretNotice = ({
  revealed,
  onDismiss,
}: {
  revealed: { url: string; secret: string }
  onDismiss: () => void
}) => (
  <Alert variant="warning" dismissible={false} data-testid="webhook-secret">
    <div className="flex flex-col gap-y-2">
      <Text size="small" weight="plus">
        Signing secret of {revealed.url}
      </Text>
      <Text size="small">
        Copy it now: it is not shown again. The receiver verifies the
        rms-signature header with it (see the plugin's README).
      </Text>
      <Code className="break-all">{revealed.secret}</Code>
      <div>
        <Button size="small" variant="secondary" onClick={onDismiss}>
          I have copied it
        </Button>
      </div>
    </div>
  </Alert>
)

/** Endpoints that were switched off after failing, with a way back on. */
const DisabledNotice = ({ endpoints }: { endpoints: WebhookEndpoint[] }) => {
  const { mutate: update, isPending } = useUpdateWebhookEndpoint({
    onSuccess: () => toast.success("Endpoint turned back on"),
    onError: (e) => toast.error(e.message),
  })
  return (
    <Alert variant="error" data-testid="webhook-disabled-notice">
      <div className="flex flex-col gap-y-2">
        {endpoints.map((endpoint) => (
          <div key={endpoint.id} className="flex flex-col gap-y-1">
            <Text size="small" weight="plus">
              {endpoint.url} was disabled {formatDateTime(endpoint.disabled_at)}
            </Text>
            <Text size="small">{endpoint.disabled_reason}</Text>
            <div>
              <Button
                size="small"
                variant="secondary"
                isLoading={isPending}
                onClick={() => update({ id: endpoint.id, active: true })}
              >
                Turn back on
              </Button>
            </div>
          </div>
        ))}
      </div>
    </Alert>
  )
}

/** The receivers of the plugin's events, their state and secrets. */
export const EndpointsSection = () => {
  const list = useListState()
  const endpoints = useWebhookEndpoints(list.page)
  const [revealed, setRevealed] = useState<{
    url: string
    secret: string
  } | null>(null)
  const confirm = useConfirm()

  const { mutate: sendTest } = useSendWebhookTest({
    onSuccess: ({ delivery }) =>
      delivery.status === "succeeded"
        ? toast.success("Test event delivered", {
            description: `HTTP ${delivery.last_status_code} in ${delivery.last_latency_ms} ms`,
          })
        : toast.error("Test event not delivered", {
            description:
              delivery.last_error ?? "The receiver did not answer 2xx.",
          }),
    onError: (e) => toast.error(e.message),
  })
  const { mutate: rotate } = useRotateWebhookSecret({
    onSuccess: ({ endpoint }) => {
      setRevealed({ url: endpoint.url, secret: endpoint.secret })
      toast.success("Secret rotated")
    },
    onError: (e) => toast.error(e.message),
  })

  const drawer = useRecordDrawer<WebhookEndpoint>()
  const { mutate: remove } = useDeleteWebhookEndpoint(
    toastResult("Endpoint deleted")
  )
  const editDelete = useEditDeleteActions<WebhookEndpoint>({
    onEdit: drawer.edit,
    onDelete: (row) => remove(row.id),
    confirmDelete: (endpoint) => ({
      title: "Delete this endpoint?",
      description: `${endpoint.url} gets nothing more. Its delivery log stays.`,
    }),
  })
  // One menu per row: test and rotate, then edit and delete.
  const columns = useMemo(
    () => [
      ...baseColumns,
      columnHelper.action({
        actions: [
          [
            {
              label: "Send test",
              icon: <PaperPlane />,
              onClick: ({ row }) => sendTest(row.original.id),
            },
            {
              label: "Rotate secret",
              icon: <Key />,
              onClick: ({ row }) =>
                confirm(
                  {
                    title: "Rotate the secret?",
                    description:
                      "Requests are signed with the new secret from now on; update the receiver right away.",
                    confirmText: "Rotate",
                  },
                  () => rotate(row.original.id)
                ),
            },
          ],
          editDelete,
        ],
      }),
    ],
    [editDelete, sendTest, rotate, confirm]
  )

  const disabled = (endpoints.data?.endpoints ?? []).filter(
    (e) => !e.active && e.disabled_at
  )

  return (
    <div className="flex flex-col gap-y-3">
      {disabled.length > 0 && <DisabledNotice endpoints={disabled} />}
      {revealed && (
        <SecretNotice revealed={revealed} onDismiss={() => setRevealed(null)} />
      )}
      <ListSection
        heading="Endpoints"
        description="Receivers of return, dispute, loyalty and notification events: signed JSON, retried with backoff, switched off after repeated failures."
        list={list}
        columns={columns}
        result={endpoints}
        rows={endpoints.data?.endpoints}
        testId="webhook-endpoints"
        create={{ label: "Add endpoint", onClick: drawer.create }}
        emptyState={{
          empty: {
            heading: "No endpoints",
            description:
              "Add a URL to receive the store's return, dispute and loyalty events.",
          },
          filtered: { heading: "No endpoints", description: "" },
        }}
      >
        {drawer.render((endpoint, onClose) => (
          <EndpointDrawer
            endpoint={endpoint}
            onClose={onClose}
            onCreated={setRevealed}
          />
        ))}
      </ListSection>
      <Container className="px-6 py-4">
        <Text size="small" className="text-ui-fg-subtle">
          <ArrowPath className="inline" /> Failed deliveries are retried with
          exponential backoff; the Deliveries tab shows every attempt and can
          replay them.
        </Text>
      </Container>
    </div>
  )
}
