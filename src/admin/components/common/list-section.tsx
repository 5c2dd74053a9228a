import {
  Button,
  Container,
  DataTable,
  DataTableColumnDef,
  DataTableEmptyStateProps,
  DataTablePaginationState,
  Heading,
  Select,
  Text,
  useDataTable,
} from "@medusajs/ui"
import { ReactNode, useCallback, useMemo, useState } from "react"
import { clickedRecord } from "../../lib/data-table"

/** Rows per page of every list in the plugin's pages. */
export const PAGE_SIZE = 20

/**
 * The page (and search text) of a list. `page` (or `query`, with the search
 * text as `q`) goes straight into the list request; `resetPage` sends the
 * list back to its first page, as every filter change should.
 */
export const useListState = (pageSize = PAGE_SIZE) => {
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageSize,
    pageIndex: 0,
  })
  const [search, setSearch] = useState("")
  const resetPage = useCallback(
    () => setPagination((p) => ({ ...p, pageIndex: 0 })),
    []
  )
  const page = useMemo(
    () => ({ limit: pageSize, offset: pagination.pageIndex * pageSize }),
    [pagination.pageIndex, pageSize]
  )
  // The page and the search text, as list routes take them.
  const query = useMemo(
    () => ({ ...page, q: search.trim() || undefined }),
    [page, search]
  )
  return {
    pagination,
    setPagination,
    search,
    setSearch,
    resetPage,
    page,
    query,
  }
}

/**
 * A filter of a list, as `useState` gives it, except that setting it also
 * sends the list back to its first page.
 */
export const useListFilter = <V,>(list: ListState, initial: V) => {
  const [value, setValue] = useState<V>(initial)
  const { resetPage } = list
  const set = useCallback(
    (next: V) => {
      setValue(next)
      resetPage()
    },
    [resetPage]
  )
  return [value, set] as const
}

/** What a list hook's query result gives a {@link ListSection}. */
export type ListResult = {
  data?: { count: number }
  isLoading: boolean
  error: Error | null
}

/** What {@link useListState} returns. */
export type ListState = ReturnType<typeof useListState>

type ListTableOptions<T extends { id: string }> = {
  list: ListState
  columns: DataTableColumnDef<T, any>[]
  /** The list request: its count pages the table, its error replaces it. */
  result: ListResult
  rows: T[] | undefined
  /** Whether the table has a {@link ListSearch} wired to `list.search`. */
  searchable?: boolean
  onRowClick?: (row: T) => void
}

/** A DataTable paged (and searched) by `list`, over one list request. */
export const useListTable = <T extends { id: string }>({
  list,
  columns,
  result: { data, isLoading },
  rows,
  searchable,
  onRowClick,
}: ListTableOptions<T>) =>
  useDataTable({
    columns,
    data: rows ?? [],
    getRowId: (row) => row.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: {
      state: list.pagination,
      onPaginationChange: list.setPagination,
    },
    search: searchable
      ? {
          state: list.search,
          onSearchChange: (value) => {
            list.setSearch(value)
            list.resetPage()
          },
        }
      : undefined,
    onRowClick: onRowClick && ((_event, row) => onRowClick(clickedRecord(row))),
  })

type ListSectionProps<T extends { id: string }> = ListTableOptions<T> & {
  heading: string
  description: ReactNode
  /** Filters and search, at the toolbar's end. */
  toolbar?: ReactNode
  /** A button after the toolbar that creates a record. */
  create?: { label: string; onClick: () => void }
  /** Put the toolbar under the heading, for a row of many filters. */
  stackedToolbar?: boolean
  emptyState: DataTableEmptyStateProps
  testId?: string
  /** Drawers the rows open. */
  children?: ReactNode
}

/**
 * A paged list in a container: heading and toolbar, the table (or the
 * request's error) with its empty states, and the pagination.
 */
export const ListSection = <T extends { id: string }>({
  heading,
  description,
  toolbar,
  create,
  stackedToolbar,
  emptyState,
  testId,
  children,
  ...options
}: ListSectionProps<T>) => {
  const table = useListTable(options)
  const { error } = options.result

  return (
    <Container className="divide-y p-0" data-testid={testId}>
      <DataTable instance={table}>
        <DataTable.Toolbar
          className={
            stackedToolbar
              ? "flex flex-col items-start gap-3 px-6 py-4"
              : "flex flex-col items-start justify-between gap-2 px-6 py-4 md:flex-row md:items-center"
          }
        >
          <div>
            <Heading>{heading}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {description}
            </Text>
          </div>
          {(toolbar || create) && (
            <div
              className={
                stackedToolbar
                  ? "flex w-full flex-wrap items-center gap-2"
                  : "flex shrink-0 flex-wrap items-center gap-2"
              }
            >
              {toolbar}
              {create && (
                <Button
                  size="small"
                  variant="secondary"
                  className="whitespace-nowrap"
                  onClick={create.onClick}
                >
                  {create.label}
                </Button>
              )}
            </div>
          )}
        </DataTable.Toolbar>
        {error ? (
          <ListError error={error} />
        ) : (
          <DataTable.Table emptyState={emptyState} />
        )}
        <DataTable.Pagination />
      </DataTable>
      {children}
    </Container>
  )
}

/** A list that could not load: the server's message where its rows go. */
export const ListError = ({ error }: { error: Error }) => (
  <Text className="px-6 py-4 text-ui-fg-error" role="alert">
    {error.message}
  </Text>
)

/**
 * The search box of a {@link ListSection} (which must be `searchable`).
 * Its width is inline: the dashboard's stylesheet ships no w-[…] classes.
 */
export const ListSearch = ({
  placeholder,
  width,
  testId,
}: {
  placeholder: string
  width: number
  testId?: string
}) => (
  <div className="shrink-0" style={{ width }} data-testid={testId}>
    <DataTable.Search placeholder={placeholder} />
  </div>
)

/** One choice of a {@link FilterSelect}. */
export type FilterOption = { value: string; label: string }

type FilterSelectProps<V extends string> = {
  /** What the filter does, for screen readers. */
  label: string
  value: V
  onChange: (value: V) => void
  options: FilterOption[]
  width: number
  testId?: string
}

/** A small select that filters a list or a report. */
export const FilterSelect = <V extends string>({
  label,
  value,
  onChange,
  options,
  width,
  testId,
}: FilterSelectProps<V>) => (
  <Select
    size="small"
    value={value}
    onValueChange={(next) => onChange(next as V)}
  >
    <Select.Trigger
      aria-label={label}
      className="shrink-0"
      style={{ width }}
      data-testid={testId}
    >
      <Select.Value />
    </Select.Trigger>
    <Select.Content>
      {options.map((option) => (
        <Select.Item key={option.value} value={option.value}>
          {option.label}
        </Select.Item>
      ))}
    </Select.Content>
  </Select>
)

/** Options from a label map, in its order: `{ sent: "Sent" }`. */
export const optionsOf = (labels: Record<string, string>): FilterOption[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }))

/** Whether a list shows every record, or only the (in)active ones. */
export type ActiveFilter = "all" | "active" | "inactive"

/** The `active` value a list route takes for an {@link ActiveFilter}. */
export const activeParam = (filter: ActiveFilter) =>
  filter === ALL ? undefined : filter === "active"

/** The options of an {@link ActiveFilter}; `all` names the unfiltered one. */
export const activeOptions = (all: string): FilterOption[] => [
  { value: "all", label: all },
  { value: "active", label: "Active" },
  { value: "inactive", label: "Inactive" },
]

/**
 * A list with an {@link ActiveFilter} (showing every record at first) and a
 * search box: its state, the filter, and the query the list request takes.
 */
export const useActiveList = () => {
  const list = useListState()
  const [activeFilter, setActiveFilter] = useListFilter<ActiveFilter>(list, ALL)
  const query = useMemo(
    () => ({ ...list.query, active: activeParam(activeFilter) }),
    [list.query, activeFilter]
  )
  return { list, activeFilter, setActiveFilter, query }
}

type ActiveSearchToolbarProps = {
  /** What {@link useActiveList} returns. */
  activeList: ReturnType<typeof useActiveList>
  /** The filter's label for screen readers, and its width. */
  filter: { label: string; width: number; all: string }
  search: { placeholder: string; width: number }
}

/** The toolbar of a {@link useActiveList} list: its filter, then its search. */
export const ActiveSearchToolbar = ({
  activeList: { activeFilter, setActiveFilter },
  filter,
  search,
}: ActiveSearchToolbarProps) => (
  <>
    <FilterSelect
      label={filter.label}
      width={filter.width}
      value={activeFilter}
      onChange={setActiveFilter}
      options={activeOptions(filter.all)}
    />
    <ListSearch placeholder={search.placeholder} width={search.width} />
  </>
)

/** The value of a filter's "every record" choice. */
export const ALL = "all"

/** A filter's value as a list route takes it: nothing for {@link ALL}. */
export const unlessAll = <V extends string>(value: V | typeof ALL) =>
  value === ALL ? undefined : (value as V)
