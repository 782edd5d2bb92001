#!/usr/bin/env node
// The framelens command line. Data goes to stdout, messages to stderr; exit 0 ok, 1 when a requested
// check fails, 2 for bad input or usage (also when some input files were refused and the rest were
// processed), 3 for an internal error. Errors are one line, never a stack trace.
import { Command, CommanderError, Option } from 'commander';
import { InputError } from '../errors.js';
// Each command's module is loaded when the command runs: `list` or a usage error should not pay for
// cheerio, the analysis code and the lexicons.
import { collect, parseJobs, parseLean, parseSimilarity } from './options.js';
import { EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK } from './exit-codes.js';

export { EXIT_OK, EXIT_BAD_INPUT, EXIT_INTERNAL } from './exit-codes.js';

const VERSION = '0.2.0';

const jobsOption = () => new Option('-j, --jobs <n>', 'worker threads, 1 to 64 (default: one per 20 files, at most one per core)').argParser(parseJobs);
// The default is written out rather than imported: importing src/compare/stories.ts would load the
// lexicons for `--help`. tests/walkthrough.test.ts checks it against DEFAULT_MIN_SIMILARITY.
const similarityOption = () => new Option('--min-similarity <x>', 'story grouping threshold in (0, 1); higher splits more (default: 0.15)').argParser(parseSimilarity);
const lexiconOption = () => new Option('--lexicon <file>', 'extra loaded-terms lexicon (JSON); repeatable').argParser(collect).default([]);
const actorsOption = () => new Option('--actors <file>', 'extra actors file (JSON, schema of lexicon/actors.json): people, parties, groups with party terms; repeatable').argParser(collect).default([]);
const corpusOption = () => new Option('-c, --corpus <dir>', 'corpus directory').default('corpus');

function program(setCode: (code: number) => void): Command {
  const cli = new Command('framelens')
    .description('Compare how news outlets frame the same event: boilerplate, quotes, loaded terms, figures, stories.')
    .version(VERSION)
    .addHelpText('after', '\nExit status: 0 ok, 1 a check you asked for failed, 2 bad input or usage (extract, stories,\nreport and compare name each unreadable file on stderr and process the others; add then writes\nnothing), 3 internal error.\n\nExamples:\n  framelens add saved/*.html --corpus my-corpus --outlet "Fox News" --date 2021-04-05 --lean right\n  framelens report --corpus my-corpus --out my-reports\n  framelens compare fox.html nyt.html --out story.html\n  framelens <command> --help')
    .exitOverride()
    .configureOutput({
      writeErr: (s) => process.stderr.write(s),
      // One line in the framelens form: "framelens: unknown command 'bogus' (see framelens --help)".
      // Commander puts its "(Did you mean --corpus?)" hint on a line of its own: joined, so the error stays one line.
      outputError: (s, write) => write(`framelens: ${s.replace(/^error:\s*/, '').trim().replace(/\s*\n\s*/g, ' ')} (see framelens --help)\n`),
    });

  cli.command('report')
    .description('analyze a corpus and write one Markdown report per story of two or more articles, plus index.md')
    .argument('[corpus]', 'directory of article files (.txt, .md, .html); same as --corpus')
    .addOption(corpusOption())
    .option('-o, --out <dir>', 'directory to write reports to', 'reports')
    .addOption(lexiconOption())
    .addOption(actorsOption())
    .addOption(jobsOption())
    .addOption(similarityOption())
    .option('--no-cache', 'analyse every article again and leave the corpus cache alone')
    .option('--json', 'also print the stories as JSON on stdout')
    .option('-q, --quiet', 'no progress or summary on stderr')
    .addHelpText('after', '\nExamples:\n  framelens report                       # corpus/ -> reports/\n  framelens report --corpus my-corpus --out out\n  framelens report --jobs 1 --no-cache   # one thread, everything analysed again\n  framelens report --lexicon my-terms.json\n  framelens report --actors my-actors.json   # governors, candidates, other parties')
    .action(async (corpus: string | undefined, opts: { corpus: string; out: string; lexicon: string[]; actors: string[]; json?: boolean; quiet?: boolean; jobs?: number; cache: boolean; minSimilarity?: number }) => {
      (await import('./early-worker.js')).startWorkerEarly(corpus ?? opts.corpus, opts);
      const { runReport } = await import('./report-command.js');
      setCode(await runReport(corpus ?? opts.corpus, opts));
    });

  cli.command('extract')
    .description('analyze article files and print what framelens finds in each, in the order given')
    .argument('<files...>', 'article files (.txt, .md, .html), or - to read one article from standard input (text or HTML, told apart by its content)')
    .option('--json', 'print one JSON object per article per line (JSON Lines)')
    .addOption(lexiconOption())
    .addOption(actorsOption())
    .addOption(jobsOption())
    .option('-q, --quiet', 'no progress on stderr')
    .addHelpText('after', '\nA file that cannot be read gets one line on stderr; the others are still printed (exit 2).\n\nExamples:\n  framelens extract corpus/*.txt --json | jq .headline\n  framelens extract saved-page.html\n  pbpaste | framelens extract -          # a pasted article, named <stdin>\n  curl -s https://example.com/story | framelens extract - --json\n  framelens extract a.txt --json --actors my-actors.json | jq .actors')
    .action(async (files: string[], opts: { json?: boolean; lexicon: string[]; actors: string[]; quiet?: boolean; jobs?: number }) => {
      const { runExtract } = await import('./extract-command.js');
      setCode(await runExtract(files, opts));
    });

  cli.command('compare')
    .description('compare exactly these articles as one story (no grouping) and write the story report')
    .argument('<files...>', 'two or more article files (.txt, .md, .html)')
    .option('-o, --out <file>', 'write the report to this file instead of stdout: the HTML page when it ends in .html, else Markdown')
    .option('--json', 'print the story as one JSON object on stdout (the comparison and every article record)')
    .option('--date <date>', 'the day of the event, for articles with no date of their own (page or manifest), e.g. 2019-01-04: actors\' sides are read at it')
    .addOption(lexiconOption())
    .addOption(actorsOption())
    .addOption(jobsOption())
    .option('-q, --quiet', 'no progress or summary on stderr')
    .addHelpText('after', '\nThe outlet, date and lean of each file come from the manifest of its folder, when there is one.\nWithout any date, an article is read in the term of the sitting president its text names.\nA file that cannot be read gets one line on stderr and is left out (exit 2); two readable\narticles are needed.\n\nExamples:\n  framelens compare corpus/000_*.txt corpus/003_*.txt corpus/004_*.txt\n  framelens compare fox.html nyt.html huffpost.html --out story.html\n  framelens compare a.txt b.txt --date 2019-01-04 --json | jq \'.articles[] | {file, lean: .framing.relativeLean}\'')
    .action(async (files: string[], opts: { json?: boolean; out?: string; date?: string; lexicon: string[]; actors: string[]; quiet?: boolean; jobs?: number }) => {
      const { runCompare } = await import('./compare-command.js');
      setCode(await runCompare(files, opts));
    });

  cli.command('add')
    .description('copy new articles into the corpus as NNN_<16 hex>.<ext> and record where they came from')
    .argument('[files...]', 'article files (.txt, .md, .html), or - to read one article from standard input')
    .addOption(corpusOption())
    .option('--from <list>', 'add the articles a JSON Lines list names, each with its own outlet, date, url and lean')
    .option('--outlet <name>', 'the outlet that published the articles')
    .option('--url <address>', 'the address the article was saved from')
    .option('--date <date>', 'publication date, e.g. 2021-04-05')
    .addOption(new Option('--lean <side>', "the outlet's lean as you rate it (e.g. from AllSides): left, center or right").argParser(parseLean))
    .option('-n, --dry-run', 'say what would be added, write nothing')
    .option('--json', 'one JSON object per file: {source, status, target, entry}')
    .option('-q, --quiet', 'no summary on stderr')
    .addHelpText('after', '\nEvery file is validated before anything is written; an article already in the corpus\n(same text, or same body under different promo lines) is skipped. What you do not give\n(outlet, date, headline) is taken from the article when it says so, and marked as found.\n\nExamples:\n  framelens add ~/Downloads/story.html --outlet "Fox News" --date 2021-04-05 --lean right\n  pbpaste | framelens add - --outlet Reuters --url https://example.com/a\n  framelens add new/*.txt --dry-run\n  framelens add --from articles.jsonl   # lines like {"file": "a.html", "outlet": "AP", "date": "2021-04-05", "lean": "center"}')
    .action(async (files: string[], opts: { corpus: string; from?: string; dryRun?: boolean; json?: boolean; quiet?: boolean; outlet?: string; url?: string; date?: string; lean?: string }) => {
      const { runAdd } = await import('./add-command.js');
      setCode(runAdd(files, opts));
    });

  cli.command('list')
    .description('show the corpus: each article with its outlet, date, lean and headline')
    .addOption(corpusOption())
    .option('--json', 'print the corpus as a JSON array')
    .addHelpText('after', '\nExamples:\n  framelens list\n  framelens list --corpus my-corpus --json | jq \'.[] | .outlet\'')
    .action(async (opts: { corpus: string; json?: boolean }) => {
      const { runList } = await import('./list-command.js');
      setCode(runList(opts));
    });

  cli.command('stories')
    .description('group the corpus into stories (same event) and print them, without writing reports')
    .addOption(corpusOption())
    .option('--json', 'print [{story, title, articles: [file]}]')
    .addOption(lexiconOption())
    .addOption(actorsOption())
    .addOption(jobsOption())
    .addOption(similarityOption())
    .option('--no-cache', 'analyse every article again and leave the corpus cache alone')
    .option('-q, --quiet', 'no progress or summary on stderr')
    .addHelpText('after', '\nExamples:\n  framelens stories\n  framelens stories --json --min-similarity 0.3')
    .action(async (opts: { corpus: string; json?: boolean; quiet?: boolean; jobs?: number; cache: boolean; lexicon: string[]; actors: string[]; minSimilarity?: number }) => {
      (await import('./early-worker.js')).startWorkerEarly(opts.corpus, opts);
      const { runStories } = await import('./stories-command.js');
      setCode(await runStories(opts));
    });
  return cli;
}

export async function main(argv: string[]): Promise<number> {
  let code = EXIT_OK;
  try {
    await program((c) => (code = c)).parseAsync(argv, { from: 'user' });
    return code;
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

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
