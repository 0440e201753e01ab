import type { ApolloServerPlugin } from "@apollo/server";
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from "@apollo/server/plugin/landingPage/default";

/** Where the hub serves its own explorer, which works without the internet. */
export const EXPLORER_PATH = "/explorer/";

/** The pointer to the offline explorer, as a paragraph of the page. */
const OFFLINE_NOTE = `<p id="dossier-offline-explorer">The hub's own explorer works offline: <a href="${EXPLORER_PATH}">${EXPLORER_PATH}</a></p>`;

/**
 * Adds the pointer to Apollo's page: right after the message Apollo shows when its page cannot
 * load from its servers ("… it appears that you might be offline."), and a rule that hides
 * Sandbox's frame while it is empty, since that empty frame covers the message and would swallow
 * the click. The rule carries the page's own CSP nonce: the page allows no other style. Should
 * Apollo's page change shape, the pointer goes at the end of the page instead.
 */
export function withOfflineNote(html: string): string {
  const nonce = /<style nonce="?([0-9a-f]+)"?>/.exec(html)?.[1];
  const style = nonce ? `<style nonce=${nonce}>#embeddableSandbox:empty { display: none; }</style>` : "";
  const message = /<p>[^<]*might be offline\.<\/p>/;
  if (message.test(html)) return html.replace(message, (found) => `${found}${OFFLINE_NOTE}${style}`);
  return html.includes("</body>") ? html.replace("</body>", `${OFFLINE_NOTE}</body>`) : html + OFFLINE_NOTE;
}

/**
 * The page a browser gets at `/graphql`: Apollo Sandbox (development) or Apollo's production page,
 * both loaded from Apollo's servers, pointing to the hub's offline explorer where Apollo's page
 * says it cannot load (`withOfflineNote`).
 */
export function landingPagePlugin<C extends object>(options: { production: boolean; document?: string }): ApolloServerPlugin<C> {
  const inner: ApolloServerPlugin<C> = options.production
    ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
    : ApolloServerPluginLandingPageLocalDefault({
        footer: false,
        document: options.document,
        embed: { endpointIsEditable: false },
      });
  return {
    async serverWillStart(service) {
      const listener = await inner.serverWillStart?.(service);
      if (!listener?.renderLandingPage) return listener;
      const render = listener.renderLandingPage.bind(listener);
      return {
        ...listener,
        async renderLandingPage() {
          const page = await render();
          const html = typeof page.html === "string" ? page.html : await page.html();
          return { html: withOfflineNote(html) };
        },
      };
    },
  };
}
