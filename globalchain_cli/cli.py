"""The ``gcheck`` command: parse arguments, run the pipeline, render, exit.

Exit status: 0 when no finding fails the run, 1 when one does (an inconsistent
figure, by default; with ``--fail-on warning`` also unverifiable figures and
directive warnings), 2 when an input, the configuration or ``--diff`` could not be
read, or the command line is wrong. A broken pipe (``gcheck verify … | head``) keeps
that status. Commands that do not check text (``--help``, ``--version``, ``rules``,
``rule``, ``schema``) never import spaCy: the pipeline is imported inside ``verify``
and ``claims``.

Every sentence shown comes from the message catalogue (``messages.say``): the run's
language is ``--lang``, else the configuration's, else French. The help is written
when the command line is built, before any option is read, so its language is
``GCHECK_LANG`` or a ``--lang`` given on the command line, else English (the language
of typer's own words, so that the help speaks one language).

Only typer's public interface is used (``typer.Typer``, ``Option``, ``Argument``,
``Context``, ``Exit``, ``echo``); command-line errors are recognised by click's
documented exception protocol (``exit_code``, ``format_message()``), since typer
ships its own copy of click.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from . import __version__
from .messages import LANGS, say, use
from .walk import _globs, _read_all, discover

if TYPE_CHECKING:  # pragma: no cover
    from .config import Config
    from .model import FileReport, Report
    from .render.common import View


def _help_language(argv: list[str]) -> str:
    """The language of the help: ``--lang X`` on the command line, else ``GCHECK_LANG``, else English."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv) and argv[i + 1] in LANGS:
            return argv[i + 1]
        if arg.startswith("--lang=") and arg.partition("=")[2] in LANGS:
            return arg.partition("=")[2]
    env = os.environ.get("GCHECK_LANG", "")
    return env if env in LANGS else "en"


HELP_LANG = _help_language(sys.argv[1:])


def _h(key: str) -> str:
    """A help text of the catalogue (``cli.help.<key>``), in the help's language."""
    return say(f"cli.help.{key}", HELP_LANG)


app = typer.Typer(
    help=_h("app"),
    epilog=_h("epilog"),
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)


class Format(StrEnum):
    auto = "auto"
    table = "table"
    concise = "concise"
    json = "json"
    sarif = "sarif"
    github = "github"
    markdown = "markdown"


class Lang(StrEnum):
    fr = "fr"
    en = "en"


class FailOn(StrEnum):
    error = "error"
    warning = "warning"
    never = "never"


class Evidence(StrEnum):
    weak = "weak"
    moderate = "moderate"
    strong = "strong"


class Color(StrEnum):
    auto = "auto"
    always = "always"
    never = "never"


#: Files at least this many: a progress bar on a terminal.
PROGRESS_MIN_FILES = 5
#: Width of a table written to a file (``--output``): no terminal to measure.
FILE_WIDTH = 120
#: ``--output`` extensions that choose the format when ``--format`` is ``auto``.
OUTPUT_FORMATS = {
    ".json": Format.json,
    ".sarif": Format.sarif,
    ".md": Format.markdown,
    ".markdown": Format.markdown,
}


def _err(message: str) -> None:
    sys.stderr.write(f"gcheck: {message}\n")


def _show_version(value: bool) -> None:
    if value:
        typer.echo(say("cli.version", version=__version__))
        raise typer.Exit()


# The options several commands share.
VersionOption = Annotated[
    bool, typer.Option("--version", "-V", callback=_show_version, is_eager=True, help=_h("version"))
]
LangOption = Annotated[Lang | None, typer.Option("--lang", help=_h("lang"), show_default=False)]
ConfigOption = Annotated[Path | None, typer.Option("--config", help=_h("config"), show_default=False)]
ColorOption = Annotated[Color, typer.Option("--color", help=_h("color"))]


def _load_config(config_file: Path | None, lang: Lang | None = None, verbose: bool = False) -> Config:
    """The configuration; the run speaks ``--lang``, else the configuration's language.

    The configuration's own errors are in ``--lang`` when given (the file is not read yet)."""
    from .config import ConfigError, load_config

    if lang is not None:
        use(lang.value)
    try:
        config = load_config(config_file, warn=_err)
    except ConfigError as exc:
        _err(str(exc))
        raise typer.Exit(2) from None
    if lang is not None:
        config = replace(config, lang=lang.value)
    use(config.lang)
    if verbose:
        source = config.source
        _err(say("config_search.in_use", path=source) if source else say("config_search.none"))
    return config


def _check_cli_globs(overrides: dict) -> None:
    """A glob given with ``--include``/``--exclude`` that cannot be read: one line, status 2."""
    from .config import ConfigError, check_globs

    try:
        for key in ("include", "exclude"):
            if overrides.get(key):
                check_globs(overrides[key], say("walk.command_line"), f"--{key}")
    except ConfigError as exc:
        _err(str(exc))
        raise typer.Exit(2) from None


def _output_path(output: Path | None) -> Path | None:
    """``--output``; ``-`` is standard output."""
    from .output import as_path

    return as_path(output)


def _refuse_output(output: Path | None, paths: list[str], files: list, config: Config, ignore: bool) -> None:
    """Stop (status 2) when ``--output`` would overwrite a file to check or be walked as one."""
    if output is None:
        return
    from .output import OutputError, refuse_input
    from .walk import would_walk

    try:
        refuse_input(output, [f for f, _ in files], lambda t: would_walk(t, paths, config, ignore), config.lang)
    except OutputError as exc:
        _err(str(exc))
        raise typer.Exit(2) from None


# --- --diff -----------------------------------------------------------------------------------

_BREAK = re.compile(r"\r\n|\r|\n")


def _claim_lines(claim) -> range:
    return range(claim.line, claim.line + len(_BREAK.findall(claim.text)) + 1)


def _only_changed(fr: FileReport, changed) -> FileReport:
    """The report keeping only findings with a claim on a changed line, and notes about such lines."""
    from .render.common import note_line

    by_id = {c.id: c for c in fr.claims}

    def touched(f) -> bool:
        lines = [line for cid in f.claims if cid in by_id for line in _claim_lines(by_id[cid])] or [f.line]
        return any(line in changed for line in lines)

    notes = tuple(n for n in fr.notes if note_line(n) is None or note_line(n) in changed)
    return replace(fr, findings=tuple(f for f in fr.findings if touched(f)), notes=notes)


def _changed_files(files: list[tuple[str, str | None]], ref: str) -> tuple[list[tuple[str, str | None]], dict]:
    """The files with lines changed since ``ref`` (others are not checked), and their changed lines.

    Standard input and files that cannot be read stay, so their errors are reported.
    """
    from .gitdiff import DiffError, changed_lines

    existing = [p for p, error in files if not error and p != "-" and os.path.isfile(p)]
    try:
        changed = changed_lines(existing, ref)
    except DiffError as exc:
        _err(str(exc))
        raise typer.Exit(2) from None
    unchanged = set(existing) - set(changed)
    return [(p, e) for p, e in files if p not in unchanged], changed


# --- outputs ----------------------------------------------------------------------------------


def _show_progress(total: int) -> bool:
    """A progress bar for many files, on a terminal, outside CI."""
    in_ci = os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")
    return total >= PROGRESS_MIN_FILES and not in_ci and sys.stderr.isatty()


def _with_progress(reports: Iterator[FileReport], total: int, lang: str) -> Iterator[FileReport]:
    if not _show_progress(total):
        yield from reports
        return
    from rich.console import Console  # noqa: TID251 - the progress bar on stderr
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn  # noqa: TID251

    label = say("render.table.progress", lang)
    with Progress(
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as progress:
        task = progress.add_task(label, total=total)
        for fr in reports:
            progress.advance(task)
            yield fr


def _pick_format(fmt: Format, output: Path | None) -> Format:
    if fmt != Format.auto:
        return fmt
    if output is not None:
        suffixes = "".join(output.suffixes[-2:]).lower()
        if suffixes.endswith(".sarif.json"):
            return Format.sarif
        if output.suffix.lower() in OUTPUT_FORMATS:
            return OUTPUT_FORMATS[output.suffix.lower()]
    if os.environ.get("GITHUB_ACTIONS") == "true":
        return Format.github
    return Format.table


def _use_color(choice: Color, to_file: bool) -> bool:
    """Colour: never in a file; ``always``/``never`` as asked; ``auto`` on a terminal unless NO_COLOR is set."""
    if to_file or choice == Color.never:
        return False
    if choice == Color.always:
        return True
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def _view(config: Config, color: Color, quiet: bool, output: Path | None) -> View:
    from .output import table_width
    from .render.common import View

    to_file = output is not None
    return View(config.lang, config, _use_color(color, to_file), quiet, FILE_WIDTH if to_file else table_width())


def _render(report: Report, fmt: Format, view: View) -> str:
    """The report as text, in the format's renderer (``render.RENDERERS``)."""
    from .render import render

    return render(report, fmt.value, view)


def _emit(report: Report, fmt: Format, config: Config, output: Path | None, view: View) -> None:
    """The report on standard output or, atomically, in ``--output``; under GitHub Actions
    also its Markdown summary. File names that are not UTF-8 are escaped (``output``)."""
    from . import output as out

    text = out.escape_bytes(_render(report, fmt, view), fmt)
    try:
        if output:
            out.write_atomic(output, text, config.lang)
        else:
            sys.stdout.write(out.for_stream(text, fmt, sys.stdout))
        if fmt == Format.github:
            from .render.markdown import render as render_markdown

            out.append_summary(out.escape_bytes(render_markdown(report, view) + "\n", "markdown"), config.lang)
    except BrokenPipeError:  # the reader went away: verify keeps the run's status
        raise
    except out.OutputError as exc:
        _err(str(exc))
        raise typer.Exit(2) from None
    except OSError as exc:
        _err(say("output.stdout_failed", config.lang, path=output or "-", reason=exc.strerror or exc))
        raise typer.Exit(2) from None


def _fails(report: Report, fail_on: str, fail_evidence: str = Evidence.weak) -> bool:
    """Whether the findings fail the run: ``error`` on severity error; ``warning`` also on
    warnings and on directive warnings (notes); ``never`` never. A finding whose evidence is
    weaker than ``fail_evidence`` (``policy.Strength``: weak < moderate < strong) is reported
    but does not fail the run."""
    from .model import Severity, Verdict

    if fail_on == FailOn.never:
        return False
    levels = {Severity.ERROR} if fail_on == FailOn.error else {Severity.ERROR, Severity.WARNING}
    if fail_on == FailOn.warning and any(fr.notes for fr in report.files):
        return True
    ranks = list(Evidence)
    floor = ranks.index(Evidence(fail_evidence))
    return any(
        f.verdict != Verdict.CONSISTENT and f.severity in levels and ranks.index(Evidence(f.evidence)) >= floor
        for fr in report.files
        for f in fr.findings
    )


def _status(report: Report, config: Config) -> int:
    """2 when a file could not be read, else 1 when the findings fail the run, else 0."""
    if any(fr.error for fr in report.files):
        return 2
    return 1 if _fails(report, config.fail_on or FailOn.error, config.fail_evidence or Evidence.weak) else 0


def _drop_stdout() -> None:
    """After a broken pipe: point standard output at the null device, so that the final
    flush at exit cannot fail again (and change the exit status)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no real file descriptor (embedded, tests)
        pass


def _write(text: str) -> None:
    """Text on standard output; a reader that went away is no error."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        _drop_stdout()


def _check(
    files: list[tuple[str, str | None]], config: Config, jobs: int, stdin_filename: str | None, changed: dict | None
) -> list[FileReport]:
    """Every file's report, in order; errors and notes also on standard error."""
    from .gitdiff import ALL
    from .pipeline import check_many, check_parallel

    reports: list[FileReport] = []
    inputs = _read_all(files, stdin_filename, config.lang)
    checked = check_parallel(inputs, config, jobs) if jobs > 1 and len(files) > 1 else check_many(inputs, config)
    for fr in _with_progress(checked, len(files), config.lang):
        if changed is not None and not fr.error:
            fr = _only_changed(fr, changed.get(fr.path, ALL))  # not in it: standard input
        if fr.error:
            _err(f"{fr.path}: {fr.error}")
        for note in fr.notes:
            _err(f"{fr.path}: {note}")
        reports.append(fr)
    return reports


# --- commands ---------------------------------------------------------------------------------


@app.callback(invoke_without_command=True)
def _gcheck(ctx: typer.Context, lang: LangOption = None, version: VersionOption = False) -> None:
    """The bare command prints its help, once (``--lang`` here only chooses the help's language)."""
    if ctx.invoked_subcommand is None:
        text = ctx.get_help()  # typer's rich help prints itself and returns ""
        if text:
            typer.echo(text)


@app.command(help=_h("verify"))
def verify(
    paths: Annotated[list[str] | None, typer.Argument(help=_h("paths"), show_default=False)] = None,
    format: Annotated[Format, typer.Option("--format", "-f", help=_h("format"))] = Format.auto,
    lang: LangOption = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help=_h("output"), show_default=False)] = None,
    fail_on: Annotated[FailOn | None, typer.Option("--fail-on", help=_h("fail_on"), show_default=False)] = None,
    fail_evidence: Annotated[
        Evidence | None, typer.Option("--fail-evidence", help=_h("fail_evidence"), show_default=False)
    ] = None,
    diff: Annotated[str | None, typer.Option("--diff", metavar="REF", help=_h("diff"), show_default=False)] = None,
    include: Annotated[
        list[str] | None, typer.Option("--include", metavar="GLOB", help=_h("include"), show_default=False)
    ] = None,
    exclude: Annotated[
        list[str] | None, typer.Option("--exclude", metavar="GLOB", help=_h("exclude"), show_default=False)
    ] = None,
    config_file: ConfigOption = None,
    stdin_filename: Annotated[
        str | None, typer.Option("--stdin-filename", help=_h("stdin_filename"), show_default=False)
    ] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help=_h("jobs"))] = 1,
    color: ColorOption = Color.auto,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help=_h("quiet"))] = False,
    follow: Annotated[bool, typer.Option("--follow", help=_h("follow"))] = False,
    no_ignore: Annotated[bool, typer.Option("--no-ignore", help=_h("no_ignore"))] = False,
    verbose: Annotated[bool, typer.Option("--verbose", help=_h("verbose"))] = False,
    version: VersionOption = False,
) -> None:
    config = _load_config(config_file, lang, verbose)
    output = _output_path(output)
    overrides = {
        "fail_on": fail_on,
        "fail_evidence": fail_evidence,
        "include": _globs(include),
        "exclude": _globs(exclude),
    }
    _check_cli_globs(overrides)
    config = replace(config, **{k: v.value if isinstance(v, StrEnum) else v for k, v in overrides.items() if v})

    paths = paths or ["."]
    files = list(discover(paths, config, follow=follow, ignore=not no_ignore))
    _refuse_output(output, paths, files, config, not no_ignore)
    if not files and not all(os.path.isdir(p) and not config.excluded(p) for p in paths):
        _err(say("walk.no_files"))  # (each directory named has said so already)
    changed: dict | None = None
    if diff is not None:
        files, changed = _changed_files(files, diff)

    from .model import Report

    report = Report(tuple(_check(files, config, jobs, stdin_filename, changed)))
    status = _status(report, config)
    try:
        _emit(report, _pick_format(format, output), config, output, _view(config, color, quiet, output))
        sys.stdout.flush()
    except BrokenPipeError:
        _drop_stdout()
    raise typer.Exit(status)


@app.command(help=_h("claims"))
def claims(
    paths: Annotated[list[str], typer.Argument(help=_h("claims_paths"))],
    config_file: ConfigOption = None,
    lang: LangOption = None,
    color: ColorOption = Color.auto,
    version: VersionOption = False,
) -> None:
    from .model import Report
    from .pipeline import check_many
    from .render.claims import render

    config = _load_config(config_file, lang)
    reports = list(check_many(_read_all(discover(paths, config), None), config))
    for fr in reports:
        if fr.error:
            _err(f"{fr.path}: {fr.error}")
    _write(render(Report(tuple(reports)), _view(config, color, False, None)))
    raise typer.Exit(2 if any(fr.error for fr in reports) else 0)


@app.command("rules", help=_h("rules"))
def list_rules(version: VersionOption = False) -> None:
    from .rules import REGISTRY

    _write("".join(f"{r.code:6} {r.name:32} {r.summary}\n" for r in REGISTRY.values()))


@app.command("rule", help=_h("rule"))
def show_rule(
    code: Annotated[str, typer.Argument(help=_h("rule_code"))],
    lang: LangOption = None,
    version: VersionOption = False,
) -> None:
    from .render.common import DIRECTIVE_RULE, directive_doc, rule_doc
    from .rules import REGISTRY

    use(lang.value if lang else "fr")
    if code.lower() == DIRECTIVE_RULE:
        _write(directive_doc() + "\n")
        return
    r = REGISTRY.get(code.upper())
    if r is None:
        _err(say("cli.unknown_rule", code=code))
        raise typer.Exit(2)
    _write(f"{r.code} {r.name} ({r.family})\n\n{rule_doc(r)}\n")


@app.command("schema", help=_h("schema"))
def show_schema(version: VersionOption = False) -> None:
    from .render.json import schema_text

    _write(schema_text())


def _command_line_error(exc: BaseException) -> str | None:
    """The one-line message of a command-line error, else None.

    A command-line error is one of click's exceptions, known by its documented
    protocol (an integer ``exit_code`` and ``format_message()``): typer ships its own
    copy of click, whose classes are not part of typer's public interface."""
    if not (isinstance(getattr(exc, "exit_code", None), int) and callable(getattr(exc, "format_message", None))):
        return None
    message = " ".join(str(exc.format_message()).split())
    ctx = getattr(exc, "ctx", None)
    if ctx is not None:
        message += say("cli.usage_hint", HELP_LANG, command=ctx.command_path)
    return message


def main() -> None:
    """Entry point: bad input gives one line and exit status 2, never a traceback.

    Command-line errors (unknown option, bad value) are printed as one ``gcheck: …``
    line instead of typer's framed box."""
    for stream in (sys.stdout, sys.stderr):  # a report on a cp1252 console is written, lossily, not lost
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("_", "-")
        if encoding not in ("utf-8", "utf8") and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    try:
        rv = app(standalone_mode=False)
    except KeyboardInterrupt:
        _err(say("cli.interrupted"))
        sys.exit(130)
    except BrokenPipeError:  # a command other than verify: nothing failed
        _drop_stdout()
        sys.exit(0)
    except Exception as exc:  # noqa: BLE001 - the promise is: no traceback for users
        message = _command_line_error(exc)
        if message is not None:
            _err(message)
            sys.exit(2)
        if os.environ.get("GCHECK_DEBUG"):
            raise
        _err(say("cli.internal_error", error=f"{exc.__class__.__name__}: {exc}"))
        sys.exit(2)
    sys.exit(rv if isinstance(rv, int) else 0)


if __name__ == "__main__":
    main()
