import { createRoot } from "react-dom/client"
import { App } from "./app"
import css from "./portal.css"

// The styles travel in the script: one file to serve, cached with it.
const style = document.createElement("style")
style.textContent = css
document.head.appendChild(style)

createRoot(document.getElementById("root")!).render(<App />)
