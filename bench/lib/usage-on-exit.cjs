// Preloaded (node -r) when GNU time is missing: writes the process's own CPU time and peak RSS to
// $TAIZHANG_USAGE_FILE as it exits, for bench/lib/measure.mjs.
const fs = require('node:fs');

const file = process.env.TAIZHANG_USAGE_FILE;
const started = process.hrtime.bigint();
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    fs.writeFileSync(file, JSON.stringify({
      userS: u.userCPUTime / 1e6,
      sysS: u.systemCPUTime / 1e6,
      // kilobytes on Linux and macOS
      maxRssKb: u.maxRSS,
      wallS: Number(process.hrtime.bigint() - started) / 1e9,
    }));
  });
}
