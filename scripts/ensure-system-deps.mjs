// Finds the system programs the tests drive (Chromium for the workbench, LibreOffice as a second
// spreadsheet program, pdftoppm for report pictures, zbarimg for label codes) and installs them with apt-get when missing
// and allowed (root on Debian/Ubuntu). Never skips: a missing program is an error with the fix.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const NEEDS = [
  { bin: ['/usr/bin/chromium', '/usr/bin/chromium-browser'], pkg: 'chromium', what: 'Chromium (end-to-end tests)' },
  { bin: ['/usr/bin/soffice', '/usr/bin/libreoffice'], pkg: 'libreoffice-calc-nogui', what: 'LibreOffice Calc (opens every workbook Taizhang writes)' },
  { bin: ['/usr/bin/pdftoppm'], pkg: 'poppler-utils', what: 'pdftoppm (renders printed reports)' },
  { bin: ['/usr/bin/zbarimg'], pkg: 'zbar-tools', what: 'zbarimg (decodes every printed asset label in the label tests)' },
  { bin: ['/usr/share/poppler/cMap/Adobe-GB1/UniGB-UCS2-H'], pkg: 'poppler-data', what: 'Chinese CMaps for poppler (label PDFs use the standard STSong-Light font, not embedded)' },
  { bin: ['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc'], pkg: 'fonts-noto-cjk', what: 'Chinese fonts (screenshots and PDFs)' },
];

const missing = NEEDS.filter((n) => !n.bin.some((b) => existsSync(b)));
if (missing.length === 0) process.exit(0);

const pkgs = missing.map((m) => m.pkg);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
const sudo = !isRoot && spawnSync('sh', ['-c', 'sudo -n true'], { stdio: 'ignore' }).status === 0 ? ['sudo', '-n'] : null;

if (hasApt && (isRoot || sudo)) {
  const prefix = isRoot ? [] : sudo;
  console.log(`Installing system packages for the tests: ${pkgs.join(' ')}`);
  const run = (args) => execFileSync(prefix.length ? prefix[0] : args[0], prefix.length ? [...prefix.slice(1), ...args] : args.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...pkgs]);
  const still = missing.filter((n) => !n.bin.some((b) => existsSync(b)));
  if (still.length === 0) process.exit(0);
  console.error(`Still missing after apt-get: ${still.map((s) => s.what).join(', ')}`);
  process.exit(1);
}

console.error('The test suite needs these programs, which are not installed:');
for (const m of missing) console.error(`  - ${m.what}: package ${m.pkg}`);
console.error(`Install them with:  sudo apt-get update && sudo apt-get install -y ${pkgs.join(' ')}`);
process.exit(1);
