import type { OpenAPIHono } from '@hono/zod-openapi';
import { html, raw } from 'hono/html';

type OpenApiDoc = ReturnType<OpenAPIHono['getOpenAPI31Document']>;
type Operation = { summary?: string; tags?: string[]; responses?: Record<string, { description?: string }> };
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/**
 * A self-contained, readable page over the OpenAPI document: no CDN scripts, so it works on
 * closed networks and leaks nothing to third parties.
 */
export function renderApiReference(doc: OpenApiDoc) {
  const byTag = new Map<string, { method: string; path: string; summary: string; responses: string[] }[]>();
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method] as Operation | undefined;
      if (!op) continue;
      const tag = op.tags?.[0] ?? 'Other';
      const list = byTag.get(tag) ?? [];
      list.push({
        method: method.toUpperCase(),
        path,
        summary: op.summary ?? '',
        responses: Object.entries(op.responses ?? {}).map(([code, r]) => `${code} ${r.description ?? ''}`),
      });
      byTag.set(tag, list);
    }
  }
  const sections = [...byTag.entries()].map(
    ([tag, ops]) =>
      html`<section>
        <h2>${tag}</h2>
        ${ops.map(
          (op) =>
            html`<article>
              <h3><code class="m ${op.method.toLowerCase()}">${op.method}</code> <code>${op.path}</code></h3>
              <p>${op.summary}</p>
              <ul>
                ${op.responses.map((r) => html`<li>${r}</li>`)}
              </ul>
            </article>`,
        )}
      </section>`,
  );
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <title>${doc.info.title} — API reference</title>
        <style>
          ${raw(`body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1f2933}
          h2{border-bottom:1px solid #d9e2ec;margin-top:2rem}article{margin:1rem 0}h3{font-size:1rem;margin:.2rem 0}
          code.m{padding:.1rem .4rem;border-radius:.3rem;color:#fff;background:#486581}code.post{background:#2f8132}
          code.patch,code.put{background:#b7791f}code.delete{background:#c53030}ul{margin:.2rem 0;color:#52606d}`)}
        </style>
      </head>
      <body>
        <h1>${doc.info.title} <small>${doc.info.version}</small></h1>
        <p>
          ${doc.info.description ?? ''} Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI
          3.1).
        </p>
        ${sections}
      </body>
    </html>`;
}
