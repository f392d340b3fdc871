/**
 * Command-line entry to the sizing model.
 *
 *   npm run estimate -- answers.json     # a file
 *   npm run estimate -- -                # stdin
 *   cat answers.json | npm run estimate  # stdin, when piped
 *
 * Prints the Estimate as pretty JSON on stdout. Invalid JSON or invalid answers: a message per wrong field
 * ("path: message") on stderr and exit code 1.
 */
import { estimate } from '../src/domain/estimate.ts';
import { MODEL_VERSION } from '../src/domain/model-version.ts';
import { MAX_ANSWERS_FILE_BYTES, parseAnswersFile } from '../src/domain/share/answers-file.ts';
import { printable, printableJson, readBounded } from './cli-io.ts';
import { runManifestCli } from './estimate-manifest.ts';

const HELP = `Usage: npm run estimate -- [options] [answers.json | -]

Size an Azure IoT Edge device from an answers file and print the estimate as JSON
(requirements with breakdowns, assumptions, findings, graded devices). Model ${MODEL_VERSION}.

Input: a JSON file, or "-" (or no argument with piped input) to read standard input.
The file may hold full or partial answers: fields you leave out take the wizard's defaults
("I don't know"), and each module row is completed from the default module. The merged
answers are then validated; every wrong field is reported as "path: message".
Unknown fields are reported as warnings and ignored.

Options:
  -h, --help   Show this help.
  --manifest <deployment.json>
               Size an IoT Edge deployment manifest instead (see --manifest --help).

Examples:
  npm run estimate -- examples/pi3-telemetry-gateway.json
  echo '{"workload":{"moduleCount":4}}' | npm run estimate -- -

Exit codes: 0 estimate printed; 1 bad arguments, unreadable file, invalid JSON or invalid answers.`;

/** Write to standard error with control characters made visible (names come from outside). */
function warn(message: string): void {
  process.stderr.write(`${printable(message)}\n`);
}

function fail(message: string): never {
  warn(message);
  process.exit(1);
}

/** Read the answers, stopping as soon as the input is larger than any answers file (an endless stream too). */
function readInput(source: string | null): { text: string; name: string } {
  const name = source === null || source === '-' ? 'standard input' : source;
  try {
    return { text: readBounded(source ?? '-', MAX_ANSWERS_FILE_BYTES), name };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail(
      code === 'ENOENT'
        ? `error: no such file: ${name}`
        : code === 'ETOOLARGE'
          ? `error: ${name} is too large to be an answers file (${(error as Error).message}); it was not read to the end.`
          : `error: cannot read ${name}: ${(error as Error).message}`,
    );
  }
}

function main(argv: string[]): void {
  // Deployment manifests are read by scripts/estimate-manifest.ts (H7).
  if (argv.includes('--manifest')) {
    process.exitCode = runManifestCli(argv);
    return;
  }
  const positional: string[] = [];
  for (const arg of argv) {
    if (arg === '-h' || arg === '--help') {
      process.stdout.write(`${HELP}\n`);
      return;
    }
    if (arg.startsWith('-') && arg !== '-') fail(`error: unknown option ${arg}\n\n${HELP}`);
    positional.push(arg);
  }
  if (positional.length > 1) fail(`error: expected one answers file, got ${positional.length}\n\n${HELP}`);
  const source = positional[0] ?? null;
  if (source === null && process.stdin.isTTY) fail(`error: no answers given\n\n${HELP}`);

  const { text, name } = readInput(source);
  // The same reader as the app's "Import JSON": a deployment manifest or an object with none of the answers'
  // fields is refused rather than sized at the defaults.
  const file = parseAnswersFile(text, name);
  if (!file.ok) {
    const detail = file.issues.map((i) => `  ${i.path}: ${i.message}`);
    fail(
      detail.length > 0
        ? [`error: invalid answers in ${name}:`, ...detail].join('\n')
        : `error: ${file.error}${/deployment manifest/.test(file.error) ? '\nTo size a manifest, run: npm run estimate -- --manifest <file>' : ''}`,
    );
  }
  for (const warning of file.warnings) warn(`warning: ${warning}`);
  process.stdout.write(`${printableJson(JSON.stringify(estimate(file.answers), null, 2))}\n`);
}

main(process.argv.slice(2));
