import { configManager } from "@medusajs/framework/config"

export const PLUGIN_NAME = "medusa-plugin-rms"

/**
 * This plugin's entry in the host's `plugins`, read where no module is at
 * hand yet (hook handlers are registered while the app loads, before any
 * module could be asked). `{}` when the plugin runs from source, as in this
 * repository's tests.
 */
export const readPluginOptions = (): Record<string, any> => {
  try {
    const plugins = configManager.config.plugins ?? []
    for (const plugin of plugins) {
      if (typeof plugin === "string") {
        continue
      }
      if (
        plugin.resolve === PLUGIN_NAME ||
        plugin.resolve?.endsWith(`/${PLUGIN_NAME}`)
      ) {
        return (plugin.options ?? {}) as Record<string, any>
      }
    }
  } catch {
    // The config is not loaded (a script importing the workflows): defaults.
  }
  return {}
}
