/**
 * Writes the custom functions metadata (functions.json and its translations) into the webpack
 * output, generated from the typed table in src/functions/ (custom-functions-metadata-plugin reads
 * JSDoc instead and is not used here).
 *
 * The table is TypeScript, and the build runs in Node without a TypeScript loader, so the few project
 * files involved are transpiled to CommonJS as they are required, with the TypeScript compiler the
 * project already has.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

const ROOT = path.resolve(__dirname, '..');
const SRC = path.join(ROOT, 'src') + path.sep;
const METADATA_MODULE = path.join(ROOT, 'src/functions/metadata.ts');
const DEFINITIONS_MODULE = path.join(ROOT, 'src/functions/definitions.ts');
const PLUGIN = 'TaizhangFunctionsMetadata';

/** Requires project TypeScript modules; returns their exports and every project file they pulled in. */
function requireProjectTs(files) {
  const loaded = new Set();
  const previous = require.extensions['.ts'];
  require.extensions['.ts'] = (module, filename) => {
    if (!filename.startsWith(SRC)) throw new Error(`not a project source: ${filename}`);
    loaded.add(filename);
    const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
      fileName: filename,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    });
    module._compile(outputText, filename);
  };
  // Fresh modules on every build, so watch mode sees edits to the table.
  for (const key of Object.keys(require.cache)) if (key.startsWith(SRC)) delete require.cache[key];
  try {
    return { modules: files.map((f) => require(f)), files: [...loaded] };
  } finally {
    if (previous) require.extensions['.ts'] = previous;
    else delete require.extensions['.ts'];
  }
}

/** The metadata files, name → JSON text, as the build writes them. */
function generateFunctionsMetadata() {
  const { modules, files } = requireProjectTs([METADATA_MODULE, DEFINITIONS_MODULE]);
  const [metadata, definitions] = modules;
  return { assets: metadata.functionsMetadataFiles(definitions.FUNCTION_DEFINITIONS), files };
}

class FunctionsMetadataPlugin {
  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap({ name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        try {
          const { assets, files } = generateFunctionsMetadata();
          for (const file of files) compilation.fileDependencies.add(file);
          for (const [name, json] of Object.entries(assets)) compilation.emitAsset(name, new sources.RawSource(json));
        } catch (error) {
          compilation.errors.push(new WebpackError(`${PLUGIN}: ${error instanceof Error ? error.message : String(error)}`));
        }
      });
    });
  }
}

module.exports = { FunctionsMetadataPlugin, generateFunctionsMetadata };
