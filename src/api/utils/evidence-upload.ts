import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"

/** Largest evidence file accepted. */
export const EVIDENCE_MAX_BYTES = 5 * 1024 * 1024

const LIMIT_TEXT = "5 MB"

// Magic numbers of the formats accepted: the client's MIME type alone is
// not trusted, since the file is served back to staff.
const SIGNATURES: { mime: RegExp; test: (b: Buffer) => boolean }[] = [
  {
    mime: /^application\/pdf$/,
    test: (b) => b.subarray(0, 5).toString("latin1") === "%PDF-",
  },
  {
    mime: /^image\/png$/,
    test: (b) =>
      b
        .subarray(0, 8)
        .equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  {
    mime: /^image\/(jpeg|jpg|pjpeg)$/,
    test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  },
  {
    mime: /^image\/gif$/,
    test: (b) => b.subarray(0, 4).toString("latin1") === "GIF8",
  },
  {
    mime: /^image\/webp$/,
    test: (b) =>
      b.subarray(0, 4).toString("latin1") === "RIFF" &&
      b.subarray(8, 12).toString("latin1") === "WEBP",
  },
  {
    mime: /^image\/(heic|heif|avif)$/,
    test: (b) => b.subarray(4, 8).toString("latin1") === "ftyp",
  },
  {
    mime: /^image\/bmp$/,
    test: (b) => b.subarray(0, 2).toString("latin1") === "BM",
  },
  {
    mime: /^image\/tiff$/,
    test: (b) =>
      ["II*\u0000", "MM\u0000*"].includes(b.subarray(0, 4).toString("latin1")),
  },
]

const TYPES_TEXT =
  "images (JPEG, PNG, GIF, WebP, HEIC/HEIF, AVIF, BMP, TIFF) and PDF (application/pdf)"

const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: EVIDENCE_MAX_BYTES, files: 1 },
})

/**
 * Parses a multipart evidence upload (one `file` plus text fields) into
 * `req.file` and `req.body`. Refuses, naming the limit, files over 5 MB,
 * and anything but images and PDF — checked on the bytes, not only the
 * declared type.
 */
export const evidenceUpload = (
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) => {
  upload.single("file")(req, res, (error?: unknown) => {
    if (error instanceof multer.MulterError) {
      return next(
        new MedusaError(
          MedusaError.Types.INVALID_DATA,
          error.code === "LIMIT_FILE_SIZE"
            ? `file: too large, the limit is ${LIMIT_TEXT}`
            : `file: ${error.message} (send one file in the "file" field, at most ${LIMIT_TEXT})`
        )
      )
    }
    if (error) {
      return next(
        new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `file: the upload could not be read: ${(error as Error).message}`
        )
      )
    }
    const file = req.file
    if (!file) {
      return next(
        new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `file is required: send it as multipart/form-data in the "file" field (${TYPES_TEXT}, at most ${LIMIT_TEXT})`
        )
      )
    }
    const mime = (file.mimetype ?? "").toLowerCase()
    const format = SIGNATURES.find((s) => s.mime.test(mime))
    if (!format) {
      return next(
        new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `file: ${mime || "this type"} is not accepted; only ${TYPES_TEXT}`
        )
      )
    }
    if (!format.test(file.buffer)) {
      return next(
        new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `file: the content is not a valid ${mime}; only ${TYPES_TEXT}`
        )
      )
    }
    next()
  })
}

/**
 * The uploaded file (put on the request by `evidenceUpload`) as the
 * evidence workflows take it: base64 content, name and type as sent.
 */
export const evidenceFileInput = (file: Express.Multer.File) => ({
  filename: file.originalname,
  mime_type: file.mimetype,
  size: file.size,
  content: file.buffer.toString("base64"),
})
