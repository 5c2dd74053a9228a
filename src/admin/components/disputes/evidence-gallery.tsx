import { ArrowUpTray, DocumentText } from "@medusajs/icons"
import {
  Button,
  Container,
  FocusModal,
  Heading,
  Input,
  Label,
  Text,
  toast,
} from "@medusajs/ui"
import { useRef, useState } from "react"
import {
  DisputeDetail,
  DisputeEvidence,
  disputeEvidenceKinds,
  DisputeEvidenceKind,
  useUploadDisputeEvidence,
} from "../../hooks/api/disputes"
import { formatDateTime } from "../../lib/format"
import { evidenceKindLabels, isClosed } from "./format"
import { ExternalLink } from "../common/links"
import { labelledOptions, OptionSelect } from "../common/form-field"

// `url` is the admin route that streams the file: the session cookie
// authenticates it, from the backend the dashboard talks to.
const fileUrl = (evidence: DisputeEvidence) =>
  `${(__BACKEND_URL__ ?? "").replace(/\/$/, "")}${evidence.url}`

const isImage = (evidence: DisputeEvidence) =>
  evidence.mime_type.startsWith("image/")

const formatSize = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / (1024 * 1024)).toFixed(1)} MB`

const Caption = ({ evidence }: { evidence: DisputeEvidence }) => (
  <div className="flex min-w-0 flex-col">
    <Text size="xsmall" weight="plus" className="truncate">
      {evidenceKindLabels[evidence.kind]} · {evidence.uploaded_by_type}
    </Text>
    <Text size="xsmall" className="text-ui-fg-subtle truncate">
      {evidence.description ?? evidence.filename}
    </Text>
  </div>
)

const ImagePreview = ({
  evidence,
  onClose,
}: {
  evidence: DisputeEvidence | null
  onClose: () => void
}) => (
  <FocusModal open={!!evidence} onOpenChange={(open) => !open && onClose()}>
    <FocusModal.Content>
      <FocusModal.Header>
        <FocusModal.Title>{evidence?.filename}</FocusModal.Title>
        <FocusModal.Description className="sr-only">
          Evidence shown at full size
        </FocusModal.Description>
      </FocusModal.Header>
      <FocusModal.Body className="flex flex-col items-center gap-y-3 overflow-auto p-6">
        {evidence && (
          <>
            <img
              src={fileUrl(evidence)}
              alt={evidence.description ?? evidence.filename}
              className="max-w-full"
              data-testid="dispute-evidence-full"
            />
            <Text size="small" className="text-ui-fg-subtle">
              {[
                evidence.description,
                formatSize(evidence.size),
                formatDateTime(evidence.created_at),
              ]
                .filter(Boolean)
                .join(" · ")}{" "}
              ·{" "}
              <ExternalLink href={fileUrl(evidence)}>
                Open original
              </ExternalLink>
            </Text>
          </>
        )}
      </FocusModal.Body>
    </FocusModal.Content>
  </FocusModal>
)

const UploadForm = ({ disputeId }: { disputeId: string }) => {
  const fileInput = useRef<HTMLInputElement>(null)
  const [file, setFile] = useState<File | null>(null)
  const [kind, setKind] = useState<DisputeEvidenceKind>("photo")
  const [description, setDescription] = useState("")
  const [error, setError] = useState<string | null>(null)
  const [dragging, setDragging] = useState(false)
  const { mutate, isPending } = useUploadDisputeEvidence(disputeId, {
    onSuccess: (_data, variables) => {
      toast.success(`${variables.file.name} added`)
      setFile(null)
      setDescription("")
      setError(null)
      if (fileInput.current) {
        fileInput.current.value = ""
      }
    },
    onError: (e) => {
      setError(e.message)
      toast.error(e.message)
    },
  })

  return (
    <form
      className="flex flex-col gap-y-2 border-t pt-3"
      data-testid="dispute-evidence-form"
      onSubmit={(e) => {
        e.preventDefault()
        if (!file) {
          setError("Choose a file to upload")
          return
        }
        mutate({ file, kind, description: description.trim() || undefined })
      }}
    >
      <Text size="small" weight="plus">
        Add evidence
      </Text>
      <div
        className="grid gap-2"
        style={{ gridTemplateColumns: "repeat(auto-fit, minmax(10rem, 1fr))" }}
      >
        <div className="flex flex-col gap-y-1">
          <Label size="xsmall" htmlFor="dispute-evidence-file">
            File (image or PDF)
          </Label>
          {/* A drop zone that is also the button: the native file input
              stays for the keyboard and screen readers, visually hidden. */}
          <label
            htmlFor="dispute-evidence-file"
            className={`flex cursor-pointer flex-col items-center justify-center gap-y-1 rounded-lg border border-dashed px-3 py-3 text-center ${
              dragging
                ? "border-ui-border-interactive bg-ui-bg-highlight"
                : "bg-ui-bg-component hover:bg-ui-bg-component-hover"
            }`}
            data-testid="dispute-evidence-dropzone"
            onDragOver={(e) => {
              e.preventDefault()
              setDragging(true)
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={(e) => {
              e.preventDefault()
              setDragging(false)
              setFile(e.dataTransfer.files?.[0] ?? null)
            }}
          >
            <ArrowUpTray className="text-ui-fg-subtle" />
            <Text size="small" leading="compact" weight="plus">
              {file ? file.name : "Choose a file"}
            </Text>
            <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
              {file ? formatSize(file.size) : "or drop it here"}
            </Text>
          </label>
          <input
            ref={fileInput}
            id="dispute-evidence-file"
            type="file"
            accept="image/*,application/pdf"
            className="sr-only"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            data-testid="dispute-evidence-file"
          />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label size="xsmall">Kind</Label>
          <OptionSelect
            size="small"
            value={kind}
            onValueChange={setKind}
            options={labelledOptions(disputeEvidenceKinds, evidenceKindLabels)}
            aria-label="Evidence kind"
            data-testid="dispute-evidence-kind"
          />
        </div>
      </div>
      <div className="flex items-end gap-x-2">
        <div className="flex flex-1 flex-col gap-y-1">
          <Label size="xsmall" htmlFor="dispute-evidence-description">
            Description (optional)
          </Label>
          <Input
            id="dispute-evidence-description"
            size="small"
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
        </div>
        <Button
          size="small"
          variant="secondary"
          type="submit"
          isLoading={isPending}
          data-testid="dispute-evidence-upload"
        >
          Upload
        </Button>
      </div>
      {error && (
        <Text size="small" className="text-ui-fg-error" role="alert">
          {error}
        </Text>
      )}
    </form>
  )
}

/** Images as thumbnails that open full size; PDFs and others as links. */
export const EvidenceGallery = ({ dispute }: { dispute: DisputeDetail }) => {
  const [preview, setPreview] = useState<DisputeEvidence | null>(null)

  return (
    <Container className="flex flex-col gap-y-3 px-6 py-4">
      <Heading level="h2">Evidence</Heading>
      {dispute.evidence.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle">
          No evidence yet.
        </Text>
      ) : (
        <ul
          className="grid gap-3"
          style={{
            gridTemplateColumns: "repeat(auto-fill, minmax(9rem, 1fr))",
          }}
          data-testid="dispute-evidence-gallery"
        >
          {dispute.evidence.map((evidence) => (
            <li
              key={evidence.id}
              className="flex flex-col gap-y-1"
              data-testid="dispute-evidence-item"
              data-mime-type={evidence.mime_type}
            >
              {isImage(evidence) ? (
                <button
                  type="button"
                  className="bg-ui-bg-component overflow-hidden rounded-md border"
                  style={{ height: 112 }}
                  onClick={() => setPreview(evidence)}
                  aria-label={`View ${evidence.filename}`}
                >
                  <img
                    src={fileUrl(evidence)}
                    alt={evidence.description ?? evidence.filename}
                    loading="lazy"
                    className="h-full w-full object-cover"
                  />
                </button>
              ) : (
                <ExternalLink
                  href={fileUrl(evidence)}
                  style={{ height: 112 }}
                  className="bg-ui-bg-subtle flex flex-col items-center justify-center gap-y-1 rounded-md border px-2"
                >
                  <DocumentText />
                  <span className="txt-compact-xsmall w-full truncate text-center">
                    {evidence.filename}
                  </span>
                </ExternalLink>
              )}
              <Caption evidence={evidence} />
            </li>
          ))}
        </ul>
      )}
      {/* A closed case takes no more evidence. */}
      {!isClosed(dispute.status) && <UploadForm disputeId={dispute.id} />}
      <ImagePreview evidence={preview} onClose={() => setPreview(null)} />
    </Container>
  )
}
