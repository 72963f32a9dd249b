/**
 * `taizhang` — the same use cases as the add-in, over .xlsx files, for batch work and scripting.
 * Every command has --json.
 */
import { Command, CommanderError } from 'commander';
import { registerCompensate } from './commands/compensate';
import { registerInspect } from './commands/inspect';
import { registerLabels } from './commands/labels';
import { registerNewCode } from './commands/new-code';
import { registerPlan } from './commands/plan';
import { registerReconcile } from './commands/reconcile';
import { registerReports } from './commands/reports';
import { registerTemplates } from './commands/templates';
import { processIO, type CliIO } from './context';

export function buildProgram(io: CliIO, setExit: (code: number) => void): Command {
  const program = new Command('taizhang')
    .description('台账助手 Taizhang — 学校总务处的台账、账物核对、损坏赔偿、月度计划与报表 / ledgers, reconciliation, compensation, plans and reports for school offices')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });
  registerInspect(program, io, setExit);
  registerTemplates(program, io, setExit);
  registerPlan(program, io, setExit);
  registerReconcile(program, io, setExit);
  registerCompensate(program, io, setExit);
  registerReports(program, io, setExit);
  registerLabels(program, io, setExit);
  registerNewCode(program, io, setExit);
  return program;
}

export async function main(argv: readonly string[], io: CliIO = processIO): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => {
    code = c;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  return code;
}
