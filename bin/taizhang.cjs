#!/usr/bin/env node
// The CLI is compiled by `npm install` (the package's prepare script) into build/cli.
const path = require('node:path');
const fs = require('node:fs');
const entry = path.join(__dirname, '..', 'build', 'cli', 'src', 'cli', 'main.js');
if (!fs.existsSync(entry)) {
  process.stderr.write('taizhang: the CLI is not built yet; run `npm install` (or `npm run build:cli`) in the project folder.\n');
  process.exit(2);
}
// `taizhang … | head` closes the pipe early: the reader's choice, not an error to report.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
}
require(entry).main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
