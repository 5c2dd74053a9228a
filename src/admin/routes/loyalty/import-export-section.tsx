import { ArrowDownTray, ArrowUpTray } from "@medusajs/icons"
import { Button, Container, Heading, Label, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { OptionSelect } from "../../components/common/form-field"
import { LabelledStatusBadge } from "../../components/common/status-badge"
import { toastResult } from "../../components/common/toasts"
import { Stat } from "../../components/reports/report-card"
import {
  LoyaltyExportQuery,
  LoyaltyImport,
  LoyaltyImportPreview,
  useDownloadLoyaltyExport,
  useLoyaltyImport,
  useLoyaltyImports,
  usePreviewLoyaltyImport,
  useStartLoyaltyImport,
} from "../../hooks/api/loyalty-imports"
import { formatDateTime, formatPoints } from "../../lib/format"
import type {
  LoyaltyCsvFormat,
  LoyaltyImportSummary,
} from "../../../types/http"

const formatLabels: Record<LoyaltyCsvFormat | "auto", string> = {
  auto: "Detect from the columns",
  smile: "Smile.io customer export",
  loyaltylion: "LoyaltyLion customer export",
  yotpo: "Yotpo Loyalty customer export",
  plain: "Plain (email, points, tier, external_id)",
}

const options = <V extends string>(labels: Record<V, string>) =>
  (Object.keys(labels) as V[]).map((value) => ({ value, label: labels[value] }))

const statusLabels = {
  queued: "Queued",
  running: "Running",
  completed: "Completed",
  failed: "Failed",
} as const
const statusColors = {
  queued: "grey",
  running: "blue",
  completed: "green",
  failed: "red",
} as const

const reasonLabels: Record<string, string> = {
  no_customer: "no customer with the email",
  invalid_row: "invalid row",
  duplicate_email: "email repeated in the file",
  ambiguous_customer: "several customers with the email",
  insufficient_points: "imported points already spent",
}

/** Counts of a dry run or an import, and a sample of rows of each outcome. */
const SummaryView = ({ summary }: { summary: LoyaltyImportSummary }) => {
  const rows = (["created", "adjusted", "unchanged", "skipped"] as const)
    .flatMap((outcome) => summary.samples[outcome])
    .sort((a, b) => a.line - b.line)
  const skippedWhy = Object.entries(summary.skipped_by_reason)
    .filter(([, n]) => n > 0)
    .map(
      ([reason, n]) => `${formatPoints(n)} ${reasonLabels[reason] ?? reason}`
    )
  const unknownTiers = Object.entries(summary.unknown_tiers)
  return (
    <div className="flex flex-col gap-y-3" data-testid="loyalty-import-summary">
      <div className="grid grid-cols-4 gap-4">
        <Stat label="Accounts created" value={formatPoints(summary.created)} />
        <Stat
          label="Balances adjusted"
          value={formatPoints(summary.adjusted)}
        />
        <Stat label="Unchanged" value={formatPoints(summary.unchanged)} />
        <Stat
          label="Skipped"
          value={formatPoints(summary.skipped)}
          detail={skippedWhy.join(", ") || undefined}
        />
      </div>
      <Text size="small" className="text-ui-fg-subtle">
        {formatPoints(summary.points_added)} points added,{" "}
        {formatPoints(summary.points_removed)} removed,{" "}
        {formatPoints(summary.tiers_set)} tiers set
        {summary.tiers_kept_locked > 0 &&
          `, ${formatPoints(summary.tiers_kept_locked)} tiers kept (locked by an admin)`}
        {summary.pending_not_imported > 0 &&
          `; ${formatPoints(summary.pending_not_imported)} points still pending at the source are not imported`}
        .
      </Text>
      {unknownTiers.length > 0 && (
        <Text size="small" className="text-ui-fg-error">
          Tiers that match no tier (not set):{" "}
          {unknownTiers.map(([name, n]) => `${name} (${n})`).join(", ")}
        </Text>
      )}
      {rows.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Line</Table.HeaderCell>
              <Table.HeaderCell>Email</Table.HeaderCell>
              <Table.HeaderCell className="text-right">
                Balance
              </Table.HeaderCell>
              <Table.HeaderCell className="text-right">Change</Table.HeaderCell>
              <Table.HeaderCell>Tier</Table.HeaderCell>
              <Table.HeaderCell>Outcome</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((row) => (
              <Table.Row key={`${row.outcome}-${row.line}`}>
                <Table.Cell>{row.line}</Table.Cell>
                <Table.Cell>{row.email}</Table.Cell>
                <Table.Cell className="text-right">
                  {formatPoints(row.points)}
                </Table.Cell>
                <Table.Cell className="text-right">
                  {row.delta > 0 ? "+" : ""}
                  {formatPoints(row.delta)}
                </Table.Cell>
                <Table.Cell>{row.tier_set ?? row.tier ?? "–"}</Table.Cell>
                <Table.Cell>
                  {row.outcome}
                  {row.message ? `: ${row.message}` : ""}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </div>
  )
}

/** An import's progress while it runs, then its report. */
const ImportProgress = ({ id }: { id: string }) => {
  const [running, setRunning] = useState(true)
  const { data } = useLoyaltyImport(id, running)
  const record = data?.import
  const active = !record || ["queued", "running"].includes(record.status)
  if (running !== active) {
    setRunning(active)
  }
  if (!record) {
    return null
  }
  const share = record.total_rows
    ? Math.round((record.processed_rows / record.total_rows) * 100)
    : 0
  return (
    <div
      className="flex flex-col gap-y-2"
      data-testid="loyalty-import-progress"
    >
      <div className="flex items-center justify-between">
        <Text size="small" weight="plus">
          {formatPoints(record.processed_rows)} of{" "}
          {formatPoints(record.total_rows)} rows
        </Text>
        <LabelledStatusBadge
          value={record.status}
          labels={statusLabels}
          colors={statusColors}
        />
      </div>
      <div className="bg-ui-bg-component h-2 w-full overflow-hidden rounded-full">
        <div
          className="bg-ui-fg-interactive h-2"
          style={{ width: `${share}%` }}
          role="progressbar"
          aria-valuenow={share}
          aria-valuemin={0}
          aria-valuemax={100}
        />
      </div>
      {record.error && (
        <Text size="small" className="text-ui-fg-error">
          {record.error}
        </Text>
      )}
      {record.summary && !active && <SummaryView summary={record.summary} />}
    </div>
  )
}

const ImportCard = () => {
  const [file, setFile] = useState<File | null>(null)
  const [format, setFormat] = useState<LoyaltyCsvFormat | "auto">("auto")
  const [preview, setPreview] = useState<LoyaltyImportPreview | null>(null)
  const [startedId, setStartedId] = useState<string | null>(null)
  const dryRun = usePreviewLoyaltyImport({
    onSuccess: (data) => setPreview(data.preview),
    onError: toastResult("").onError,
  })
  const start = useStartLoyaltyImport({
    onSuccess: (data) => {
      setStartedId(data.import.id)
      setPreview(null)
    },
    onError: toastResult("").onError,
  })

  const read = async () => ({
    csv: await file!.text(),
    filename: file!.name,
    ...(format === "auto" ? {} : { format }),
  })

  return (
    <Container className="flex flex-col gap-y-4 px-6 py-4">
      <div>
        <Heading level="h2">Import members</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Balances and tiers from a Smile.io, LoyaltyLion or Yotpo customer
          export, or a plain CSV. Members are matched to customers by email;
          none are created. Importing a file again only adds what changed.
        </Text>
      </div>
      <div className="grid grid-cols-2 gap-4">
        <div className="flex flex-col gap-y-1">
          <Label size="xsmall" htmlFor="loyalty-import-file">
            CSV file
          </Label>
          <label
            htmlFor="loyalty-import-file"
            className="bg-ui-bg-component hover:bg-ui-bg-component-hover flex cursor-pointer items-center gap-x-2 rounded-lg border border-dashed px-3 py-2"
          >
            <ArrowUpTray className="text-ui-fg-subtle" />
            <Text size="small" leading="compact" weight="plus">
              {file ? file.name : "Choose a file"}
            </Text>
          </label>
          <input
            id="loyalty-import-file"
            type="file"
            accept=".csv,text/csv"
            className="sr-only"
            data-testid="loyalty-import-file"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null)
              setPreview(null)
              setStartedId(null)
            }}
          />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label size="xsmall">Format</Label>
          <OptionSelect
            size="small"
            value={format}
            onValueChange={(next) => {
              setFormat(next)
              setPreview(null)
            }}
            options={options(formatLabels)}
            aria-label="Format"
            data-testid="loyalty-import-format"
          />
        </div>
      </div>
      <div className="flex gap-x-2">
        <Button
          size="small"
          variant="secondary"
          disabled={!file}
          isLoading={dryRun.isPending}
          onClick={async () => dryRun.mutate(await read())}
          data-testid="loyalty-import-dry-run"
        >
          Dry run
        </Button>
        {preview && (
          <Button
            size="small"
            isLoading={start.isPending}
            onClick={async () =>
              start.mutate({ ...(await read()), format: preview.format })
            }
            data-testid="loyalty-import-confirm"
          >
            Import {formatPoints(preview.total_rows)} rows
          </Button>
        )}
      </div>
      {preview && (
        <div className="flex flex-col gap-y-2">
          <Text size="small" weight="plus">
            Dry run of {formatLabels[preview.format]}: nothing has been written
            yet.
          </Text>
          <SummaryView summary={preview.summary} />
        </div>
      )}
      {startedId && <ImportProgress id={startedId} />}
    </Container>
  )
}

const RecentImports = () => {
  const { data } = useLoyaltyImports({ limit: 10 })
  const imports: LoyaltyImport[] = data?.imports ?? []
  return (
    <Container className="flex flex-col gap-y-3 px-6 py-4">
      <Heading level="h2">Recent imports</Heading>
      {imports.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle">
          No import yet.
        </Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Started</Table.HeaderCell>
              <Table.HeaderCell>File</Table.HeaderCell>
              <Table.HeaderCell>Source</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Rows</Table.HeaderCell>
              <Table.HeaderCell className="text-right">
                Created / adjusted / unchanged / skipped
              </Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {imports.map((record) => (
              <Table.Row key={record.id}>
                <Table.Cell>{formatDateTime(record.created_at)}</Table.Cell>
                <Table.Cell>{record.filename ?? "–"}</Table.Cell>
                <Table.Cell>{formatLabels[record.format]}</Table.Cell>
                <Table.Cell className="text-right">
                  {formatPoints(record.processed_rows)} /{" "}
                  {formatPoints(record.total_rows)}
                </Table.Cell>
                <Table.Cell className="text-right">
                  {record.summary
                    ? [
                        record.summary.created,
                        record.summary.adjusted,
                        record.summary.unchanged,
                        record.summary.skipped,
                      ]
                        .map(formatPoints)
                        .join(" / ")
                    : "–"}
                </Table.Cell>
                <Table.Cell>
                  <LabelledStatusBadge
                    value={record.status}
                    labels={statusLabels}
                    colors={statusColors}
                  />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

const ExportCard = () => {
  const [query, setQuery] = useState<LoyaltyExportQuery>({
    kind: "members",
    format: "plain",
  })
  const download = useDownloadLoyaltyExport(
    toastResult((fileName) => `Downloaded ${fileName}`)
  )
  return (
    <Container className="flex flex-col gap-y-3 px-6 py-4">
      <div>
        <Heading level="h2">Export</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Members with their balances and tiers, or the whole points ledger, as
          CSV in the columns of the system you choose.
        </Text>
      </div>
      <div className="flex items-end gap-x-2">
        <div className="flex flex-col gap-y-1">
          <Label size="xsmall">What</Label>
          <OptionSelect
            size="small"
            value={query.kind}
            onValueChange={(kind) => setQuery({ ...query, kind })}
            options={options({
              members: "Members and balances",
              ledger: "Points ledger",
            })}
            aria-label="Export"
          />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label size="xsmall">Columns</Label>
          <OptionSelect
            size="small"
            value={query.format}
            onValueChange={(format) => setQuery({ ...query, format })}
            options={options({
              plain: "Plain",
              smile: "Smile.io",
              loyaltylion: "LoyaltyLion",
              yotpo: "Yotpo Loyalty",
            })}
            aria-label="Columns"
          />
        </div>
        <Button
          size="small"
          variant="secondary"
          isLoading={download.isPending}
          onClick={() => download.mutate(query)}
          data-testid="loyalty-export-download"
        >
          <ArrowDownTray />
          Download CSV
        </Button>
      </div>
    </Container>
  )
}

/** The "Import / export" tab: bring members in from another program, take them out. */
export const ImportExportSection = () => (
  <div className="flex flex-col gap-y-3">
    <ImportCard />
    <RecentImports />
    <ExportCard />
  </div>
)
