/**
 * The text drawn on a PDF's pages. pdfkit writes standard-font text as hex
 * strings inside TJ arrays (the receipt's streams are not compressed), in
 * the fonts' WinAnsi encoding: latin1 but for 0x80-0x9f, of which the
 * receipt only prints € (0x80).
 */
export const pdfText = (pdf: Buffer) => {
  const raw = pdf.toString("latin1")
  const parts: string[] = []
  for (const [, array] of raw.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
    let line = ""
    for (const [, hex] of array.matchAll(/<([0-9a-fA-F]*)>/g)) {
      line += Buffer.from(hex, "hex").toString("latin1").replace(/\x80/g, "€")
    }
    parts.push(line)
  }
  return parts.join("\n")
}
