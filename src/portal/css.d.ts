/** esbuild's `text` loader: a stylesheet imported as its source. */
declare module "*.css" {
  const css: string
  export default css
}
