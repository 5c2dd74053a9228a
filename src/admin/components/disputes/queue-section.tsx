import {
  Badge,
  Container,
  Heading,
  Input,
  Label,
  Switch,
  Table,
  Text,
} from "@medusajs/ui"
import { useEffect, useMemo, useState } from "react"
import { useNavigate, useSearchParams } from "react-router-dom"
import {
  activeDisputeStatuses,
  disputePriorities,
  DisputePriority,
  disputeStatuses,
  DisputeStatus,
  useAdminUsers,
  useCurrentAdminUser,
  useDisputes,
} from "../../hooks/api/disputes"
import { useTierOptions } from "../../hooks/api/loyalty-tiers"
import { ALL, FilterSelect, optionsOf } from "../common/list-section"
import { formatDateTime } from "../../lib/format"
import {
  DisputeStatusBadge,
  PriorityBadge,
  SlaCountdown,
  useNow,
} from "./badges"
import { priorityLabels, reasonLabels, statusLabels, userName } from "./format"
import { useStaffName } from "./use-staff-name"

const PAGE_SIZE = 20
const ACTIVE = "active"
const ME = "me"

const isStatus = (value: string): value is DisputeStatus =>
  (disputeStatuses as readonly string[]).includes(value)

const isPriority = (value: string): value is DisputePriority =>
  (disputePriorities as readonly string[]).includes(value)

/**
 * The dispute queue. Filters live in the URL so that going back from a
 * workspace returns to the same slice of the queue.
 */
export const QueueSection = () => {
  const navigate = useNavigate()
  const now = useNow()
  const [searchParams, setSearchParams] = useSearchParams()
  const statusParam = searchParams.get("status") ?? ACTIVE
  const priorityParam = searchParams.get("priority") ?? ALL
  const assigneeParam = searchParams.get("assignee") ?? ALL
  const tierParam = searchParams.get("tier") ?? ALL
  const overdueOnly = searchParams.get("overdue") === "true"
  const q = searchParams.get("q") ?? ""
  const pageIndex = Math.max(0, Number(searchParams.get("page") ?? 0) || 0)

  const [search, setSearch] = useState(q)
  const { data: me } = useCurrentAdminUser()
  const { data: userData } = useAdminUsers()
  const tierOptions = useTierOptions()
  const users = userData?.users ?? []

  const setParam = (key: string, value: string | null) => {
    setSearchParams(
      (prev) => {
        const next = new URLSearchParams(prev)
        if (value === null) {
          next.delete(key)
        } else {
          next.set(key, value)
        }
        // Any filter change starts again from the first page.
        if (key !== "page") {
          next.delete("page")
        }
        return next
      },
      { replace: true }
    )
  }

  useEffect(() => {
    if (search === q) {
      return
    }
    // Typing should not fire one request per keystroke.
    const timer = setTimeout(() => setParam("q", search || null), 300)
    return () => clearTimeout(timer)
  }, [search])

  // Each select keeps its value in the URL parameter of its name, and
  // removes it for the default (`fallback`).
  const filters = [
    {
      param: "status",
      fallback: ACTIVE,
      label: "Filter by status",
      width: 192,
      options: [
        { value: ACTIVE, label: "Active statuses" },
        { value: ALL, label: "All statuses" },
        ...optionsOf(statusLabels),
      ],
    },
    {
      param: "priority",
      fallback: ALL,
      label: "Filter by priority",
      width: 160,
      options: [
        { value: ALL, label: "All priorities" },
        ...optionsOf(priorityLabels),
      ],
    },
    {
      param: "assignee",
      fallback: ALL,
      label: "Filter by assignee",
      width: 192,
      options: [
        { value: ALL, label: "Anyone" },
        { value: ME, label: "Assigned to me" },
        ...users.map((user) => ({
          value: user.id,
          label: userName(user) ?? user.id,
        })),
      ],
    },
    {
      param: "tier",
      fallback: ALL,
      label: "Filter by customer tier",
      width: 160,
      options: [{ value: ALL, label: "All tiers" }, ...tierOptions],
    },
  ]

  const assigneeId =
    assigneeParam === ALL
      ? undefined
      : assigneeParam === ME
        ? me?.user.id
        : assigneeParam
  const waitingForMe = assigneeParam === ME && !me

  const query = useMemo(
    () => ({
      status:
        statusParam === ALL
          ? undefined
          : statusParam === ACTIVE
            ? activeDisputeStatuses
            : isStatus(statusParam)
              ? [statusParam]
              : undefined,
      priority: isPriority(priorityParam) ? [priorityParam] : undefined,
      assignee_id: assigneeId,
      overdue: overdueOnly || undefined,
      tier_id: tierParam === ALL ? undefined : tierParam,
      q: q || undefined,
      limit: PAGE_SIZE,
      offset: pageIndex * PAGE_SIZE,
    }),
    [
      statusParam,
      priorityParam,
      assigneeId,
      overdueOnly,
      tierParam,
      q,
      pageIndex,
    ]
  )
  const { data, isLoading, isError, error } = useDisputes(query)
  const disputes = data?.disputes ?? []
  const count = data?.count ?? 0
  const pageCount = Math.max(1, Math.ceil(count / PAGE_SIZE))

  const staffName = useStaffName()
  const filtered =
    statusParam !== ACTIVE ||
    priorityParam !== ALL ||
    assigneeParam !== ALL ||
    tierParam !== ALL ||
    overdueOnly ||
    !!q

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-y-3 px-6 py-4">
        <div className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center">
          <div>
            <Heading>Dispute queue</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Overdue cases first, then by SLA due time.
            </Text>
          </div>
          <Input
            size="small"
            type="search"
            placeholder="Search number or email"
            style={{ width: 256 }}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            data-testid="dispute-filter-search"
          />
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {filters.map(({ param, fallback, label, width, options }) => (
            <FilterSelect
              key={param}
              label={label}
              width={width}
              value={searchParams.get(param) ?? fallback}
              onChange={(v) => setParam(param, v === fallback ? null : v)}
              options={options}
              testId={`dispute-filter-${param}`}
            />
          ))}
          <div className="flex items-center gap-x-2 pl-2">
            <Switch
              id="dispute-filter-overdue"
              checked={overdueOnly}
              onCheckedChange={(checked) =>
                setParam("overdue", checked ? "true" : null)
              }
              data-testid="dispute-filter-overdue"
            />
            <Label htmlFor="dispute-filter-overdue" size="small">
              Overdue only
            </Label>
          </div>
        </div>
      </div>
      {isError ? (
        <Text size="small" className="px-6 py-4 text-ui-fg-error" role="alert">
          {error.message}
        </Text>
      ) : isLoading || waitingForMe ? (
        <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
          Loading disputes…
        </Text>
      ) : disputes.length === 0 ? (
        <div className="flex flex-col items-center gap-y-1 px-6 py-8">
          <Text weight="plus">
            {filtered ? "No matching disputes" : "No open disputes"}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {filtered
              ? "Try other filters."
              : "Disputes appear here when customers or staff open them."}
          </Text>
        </div>
      ) : (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Dispute</Table.HeaderCell>
                <Table.HeaderCell>Customer</Table.HeaderCell>
                <Table.HeaderCell>Reason</Table.HeaderCell>
                <Table.HeaderCell>Priority</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
                <Table.HeaderCell>Assignee</Table.HeaderCell>
                <Table.HeaderCell>SLA</Table.HeaderCell>
                <Table.HeaderCell>Opened</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {disputes.map((dispute) => (
                <Table.Row
                  key={dispute.id}
                  className={
                    dispute.overdue
                      ? "bg-ui-tag-red-bg cursor-pointer"
                      : "cursor-pointer"
                  }
                  onClick={() => navigate(`/disputes/${dispute.id}`)}
                  data-testid="dispute-row"
                  data-dispute-id={dispute.id}
                  data-dispute-number={dispute.number}
                >
                  <Table.Cell className="font-medium">
                    {dispute.number}
                  </Table.Cell>
                  <Table.Cell>
                    <div className="flex items-center gap-x-2">
                      <span className="truncate">
                        {dispute.customer_email ?? dispute.customer_id}
                      </span>
                      {dispute.tier_name && (
                        <Badge size="2xsmall">{dispute.tier_name}</Badge>
                      )}
                    </div>
                  </Table.Cell>
                  <Table.Cell>
                    {reasonLabels[dispute.reason_category]}
                  </Table.Cell>
                  <Table.Cell>
                    <PriorityBadge priority={dispute.priority} />
                  </Table.Cell>
                  <Table.Cell>
                    <DisputeStatusBadge status={dispute.status} />
                  </Table.Cell>
                  <Table.Cell>
                    {dispute.assignee_id
                      ? staffName(dispute.assignee_id, dispute.assignee_id)
                      : "—"}
                  </Table.Cell>
                  <Table.Cell>
                    <SlaCountdown dispute={dispute} now={now} />
                  </Table.Cell>
                  <Table.Cell>{formatDateTime(dispute.created_at)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      <Table.Pagination
        count={count}
        pageSize={PAGE_SIZE}
        pageIndex={pageIndex}
        pageCount={pageCount}
        canPreviousPage={pageIndex > 0}
        canNextPage={pageIndex + 1 < pageCount}
        previousPage={() => setParam("page", String(pageIndex - 1))}
        nextPage={() => setParam("page", String(pageIndex + 1))}
      />
    </Container>
  )
}
