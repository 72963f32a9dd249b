// `npm test`: the whole suite, in order — system programs, typecheck, lint, the CLI build, jest
// (unit, property, adapter contract, use-case, manifest, LibreOffice tests) and the end-to-end
// tests in Chromium. Prints one closing line "N passed, N failed" and exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';

const steps = [];
let passed = 0;
let failed = 0;

function run(name, cmd, args, { count } = {}) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  const ok = r.status === 0;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  steps.push({ name, ok, seconds });
  if (count) {
    const c = count();
    passed += c.passed;
    failed += c.failed + (ok || c.failed > 0 ? 0 : 1);
  } else if (ok) passed += 1;
  else failed += 1;
  return ok;
}

mkdirSync('test-output', { recursive: true });
const depsOk = run('system programs', process.execPath, ['scripts/ensure-system-deps.mjs']);
run('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
run('lint', 'npx', ['eslint', '--max-warnings', '0', '.']);
run('CLI build', 'npm', ['run', '--silent', 'build:cli']);
run('jest', 'npx', ['jest', '--ci', '--json', '--outputFile=test-output/jest.json'], {
  count: () => {
    if (!existsSync('test-output/jest.json')) return { passed: 0, failed: 0 };
    const j = JSON.parse(readFileSync('test-output/jest.json', 'utf8'));
    return { passed: j.numPassedTests, failed: j.numFailedTests + j.numRuntimeErrorTestSuites };
  },
});
if (depsOk) {
  run('end-to-end (Chromium)', process.execPath, ['scripts/run-e2e.mjs'], {
    count: () => {
      if (!existsSync('test-output/e2e.json')) return { passed: 0, failed: 0 };
      const j = JSON.parse(readFileSync('test-output/e2e.json', 'utf8'));
      return { passed: j.passed, failed: j.failed };
    },
  });
}

console.log('\n=== summary');
for (const s of steps) console.log(`${s.ok ? 'ok  ' : 'FAIL'} ${s.name} (${s.seconds}s)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || steps.some((s) => !s.ok) ? 1 : 0);
