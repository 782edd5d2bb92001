#!/usr/bin/env node
// The framelens command line. Data goes to stdout, messages to stderr; exit 0 ok, 1 when a
// requested check fails, 2 for bad input or usage. Errors are one line, never a stack trace.
import { Command, CommanderError } from 'commander';
import { InputError } from '../errors.js';
import { runReport } from './report-command.js';
import { runExtract } from './extract-command.js';
import { runAdd } from './add-command.js';

export const EXIT_OK = 0;
export const EXIT_CHECK_FAILED = 1;
export const EXIT_BAD_INPUT = 2;
/** A bug in framelens, not in the input. */
export const EXIT_INTERNAL = 3;

const collect = (value: string, previous: string[]) => [...previous, value];

function program(): Command {
  const cli = new Command('framelens')
    .description('Compare how news outlets frame the same event: boilerplate, quotes, loaded terms, figures, stories.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({
      writeErr: (s) => process.stderr.write(s),
      // One line in the framelens form: "framelens: unknown command 'bogus' (see framelens --help)".
      outputError: (s, write) => write(`framelens: ${s.replace(/^error:\s*/, '').trim()} (see framelens --help)\n`),
    });

  cli.command('report')
    .description('analyze a corpus and write one Markdown report per story, plus index.md')
    .argument('[corpus]', 'directory of article files (.txt, .md, .html)', 'corpus')
    .option('-o, --out <dir>', 'directory to write reports to', 'reports')
    .option('--lexicon <file>', 'extra loaded-terms lexicon (JSON); repeatable', collect, [])
    .option('--json', 'also print the stories as JSON on stdout')
    .option('-q, --quiet', 'no progress or summary on stderr')
    .addHelpText('after', '\nExamples:\n  framelens report                      # corpus/ -> reports/\n  framelens report my-corpus --out out  # another corpus\n  framelens report --lexicon my-terms.json')
    .action((corpus: string, opts: { out: string; lexicon: string[]; json?: boolean; quiet?: boolean }) => runReport(corpus, opts));

  cli.command('extract')
    .description('analyze article files and print what framelens finds in each')
    .argument('<files...>', 'article files (.txt, .md, .html)')
    .option('--json', 'print one JSON object per article per line (JSON Lines)')
    .option('--lexicon <file>', 'extra loaded-terms lexicon (JSON); repeatable', collect, [])
    .option('-q, --quiet', 'no progress on stderr')
    .addHelpText('after', '\nExamples:\n  framelens extract corpus/*.txt --json | jq .headline\n  framelens extract saved-page.html')
    .action((files: string[], opts: { json?: boolean; lexicon: string[]; quiet?: boolean }) => runExtract(files, opts));

  cli.command('add')
    .description('copy new articles into the corpus as NNN_<16 hex>.<ext>, skipping duplicates')
    .argument('<files...>', 'article files (.txt, .md, .html)')
    .option('-c, --corpus <dir>', 'corpus directory', 'corpus')
    .option('-n, --dry-run', 'say what would be added, write nothing')
    .option('--json', 'one JSON object per file: {source, status, target}')
    .option('-q, --quiet', 'no summary on stderr')
    .addHelpText('after', '\nEvery file is validated before anything is written; an article already in the corpus\n(same text, or same body under different promo lines) is skipped.\n\nExamples:\n  framelens add ~/Downloads/story.html\n  framelens add new/*.txt --dry-run')
    .action((files: string[], opts: { corpus: string; dryRun?: boolean; json?: boolean; quiet?: boolean }) => runAdd(files, opts));
  return cli;
}

export function main(argv: string[]): number {
  try {
    program().parse(argv, { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version arrive here too, with exit code 0.
      return error.exitCode === 0 ? EXIT_OK : EXIT_BAD_INPUT;
    }
    if (error instanceof InputError) {
      process.stderr.write(`framelens: ${error.message}\n`);
      return EXIT_BAD_INPUT;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`framelens: internal error: ${message.split('\n')[0]} (please report it with the input that caused it)\n`);
    return EXIT_INTERNAL;
  }
}

// `framelens extract --json ... | head -1` closes the pipe early: stop quietly, as other CLIs do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT_OK);
  throw error;
});

process.exitCode = main(process.argv.slice(2));
