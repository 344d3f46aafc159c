#!/usr/bin/env node
// Bundles the shell into dist/main.js (+ lazily loaded chunks) with esbuild.
//
// Why a bundle: start-up time. Node loads one ESM file much faster than hundreds of small ones,
// and code splitting keeps Ink/React (the REPL) in a chunk that only interactive mode imports,
// so the non-interactive runner never pays for them. Workspace packages (@entra-shell/core) are
// bundled from their TypeScript sources via the "development" export condition, so the shell does
// not depend on core having been compiled first.
//
// Usage: node scripts/build.mjs [--outdir <dir>]   (default: dist)
import { build } from 'esbuild';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outdirArg = process.argv.indexOf('--outdir');
const outdir = resolve(projectDir, outdirArg > 0 ? process.argv[outdirArg + 1] ?? 'dist' : 'dist');

await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });

const result = await build({
  absWorkingDir: projectDir,
  entryPoints: { main: 'src/main.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  conditions: ['development'],
  chunkNames: 'chunks/[name]-[hash]',
  jsx: 'automatic',
  sourcemap: false,
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
  // Ink only imports the devtools bridge when DEV=true; it is not installed and never needed.
  external: ['react-devtools-core'],
  banner: {
    // Bundled CommonJS (React) calls require(); ESM has none, so give every output file one.
    js: [
      '#!/usr/bin/env node',
      "import { createRequire as __entraCreateRequire } from 'node:module';",
      'const require = __entraCreateRequire(import.meta.url);',
    ].join('\n'),
  },
});

// The metafile lets a test prove that the runner's static import graph never reaches Ink/React.
await writeFile(join(outdir, 'meta.json'), JSON.stringify(result.metafile));
