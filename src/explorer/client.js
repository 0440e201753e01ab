// The offline explorer: GraphiQL, bundled from npm into dist/explorer/ by bundle.mjs and served by
// the hub at /explorer, with the example operations of schema/operations/ as its tabs. Plain
// JavaScript (no JSX) so that it needs no compiler beyond esbuild.
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import { parse } from "graphql";
import "graphiql/style.css";
import { createElement } from "react";
import { createRoot } from "react-dom/client";

async function main() {
  const operations = await (await fetch("./operations.json")).json();
  const send = createGraphiQLFetcher({ url: new URL("../graphql", window.location.href).toString() });
  // GraphiQL can keep the operation name of the tab it opened on when another tab runs: a name the
  // document does not define is dropped, and the server runs the document's only operation.
  const fetcher = (params, options) => {
    let defined = [];
    try {
      defined = parse(params.query).definitions.map((definition) => definition.name?.value);
    } catch {
      // Not parseable: let the server say why.
    }
    const operationName = defined.includes(params.operationName) ? params.operationName : undefined;
    return send({ ...params, operationName }, options);
  };
  const tabs = operations.map((operation) => ({ query: operation.query }));
  createRoot(document.getElementById("explorer")).render(
    createElement(GraphiQL, {
      fetcher,
      defaultTabs: tabs,
      // A hub that needs a key: { "authorization": "Bearer <key>" } in the Headers tab (not kept).
      shouldPersistHeaders: false,
    }),
  );
}

main();
