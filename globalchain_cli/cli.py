"""The ``gcheck`` command: parse arguments, run the pipeline, render, exit.

Exit status: 0 when no finding fails the run, 1 when one does (an inconsistent
figure, by default), 2 when an input, the configuration or ``--diff`` could not
be read. Commands that do not check text (``--help``, ``rules``, ``rule``) never
import spaCy: the pipeline is imported inside ``verify`` and ``claims``.
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

from .messages import say
from .walk import _globs, _read_all, discover

if TYPE_CHECKING:  # pragma: no cover
    from .config import Config
    from .model import FileReport, Report

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="gcheck : vérifie la cohérence des chiffres d'un article de presse en français.",
    pretty_exceptions_enable=False,
)


class Format(StrEnum):
    auto = "auto"
    table = "table"
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


#: Files at least this many: a progress bar on a terminal.
PROGRESS_MIN_FILES = 5
#: ``--output`` extensions that choose the format when ``--format`` is ``auto``.
OUTPUT_FORMATS = {
    ".json": Format.json,
    ".sarif": Format.sarif,
    ".md": Format.markdown,
    ".markdown": Format.markdown,
}


def _err(message: str) -> None:
    sys.stderr.write(f"gcheck: {message}\n")


def _load_config(config_file: Path | None, verbose: bool = False) -> Config:
    from .config import ConfigError, load_config

    try:
        config = load_config(config_file, warn=_err)
    except ConfigError as exc:
        _err(str(exc))
        raise typer.Exit(2) from None
    if verbose:
        lang, source = config.lang, config.source
        _err(say("config_search.in_use", lang, path=source) if source else say("config_search.none", lang))
    return config


def _check_cli_globs(overrides: dict, lang: str) -> None:
    """A glob given with ``--include``/``--exclude`` that cannot be read: one line, status 2."""
    from .config import ConfigError, check_globs

    try:
        for key in ("include", "exclude"):
            if overrides.get(key):
                check_globs(overrides[key], say("walk.command_line", lang), f"--{key}", lang)
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
    from .render.sarif import note_line

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

    label = "Checking" if lang == "en" else "Vérification"
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


def _render(report: Report, fmt: Format, config: Config) -> str | None:
    """The report as text; None for the table, which rich draws itself."""
    if fmt == Format.json:
        from .render.json import render

        return render(report, config)
    if fmt == Format.sarif:
        from .render.sarif import render

        return render(report, config)
    if fmt == Format.github:
        from .render.github import render

        return render(report, config.lang)
    if fmt == Format.markdown:
        from .render.markdown import render

        return render(report, config.lang)
    return None


def _emit(report: Report, fmt: Format, config: Config, output: Path | None) -> None:
    from . import output as out
    from .model import Report

    text = _render(report, fmt, config)
    try:
        if text is None:
            from .render.table import render as render_table

            shown = Report(tuple(replace(fr, path=out.display_name(fr.path)) for fr in report.files))
            if output:
                import io

                buffer = io.StringIO()
                render_table(shown, file=buffer, lang=config.lang, width=120, color=False)
                out.write_atomic(output, buffer.getvalue(), config.lang)
            else:
                render_table(shown, lang=config.lang, width=out.table_width())
        elif output:
            out.write_atomic(output, out.escape_bytes(text, fmt), config.lang)
        else:
            sys.stdout.write(out.for_stream(out.escape_bytes(text, fmt), fmt, sys.stdout))
        if fmt == Format.github:
            from .render.markdown import render as render_markdown

            out.append_summary(out.escape_bytes(render_markdown(report, config.lang) + "\n", "markdown"), config.lang)
    except out.OutputError as exc:
        _err(str(exc))
        raise typer.Exit(2) from None
    except OSError as exc:
        _err(f"{output or '-'}: écriture impossible : {exc.strerror or exc}")
        raise typer.Exit(2) from None


def _fails(report: Report, fail_on: str) -> bool:
    from .model import Severity, Verdict

    if fail_on == FailOn.never:
        return False
    levels = {Severity.ERROR} if fail_on == FailOn.error else {Severity.ERROR, Severity.WARNING}
    return any(f.verdict != Verdict.CONSISTENT and f.severity in levels for fr in report.files for f in fr.findings)


# --- commands ---------------------------------------------------------------------------------


@app.command()
def verify(
    paths: Annotated[
        list[str] | None,
        typer.Argument(help="Fichiers ou répertoires à vérifier (par défaut : .) ; '-' lit l'entrée standard."),
    ] = None,
    format: Annotated[
        Format,
        typer.Option(
            "--format",
            "-f",
            help="Format du rapport. auto : d'après l'extension de --output (.json, .sarif, .md), "
            "sinon github sous GitHub Actions, sinon le tableau.",
        ),
    ] = Format.auto,
    lang: Annotated[Lang | None, typer.Option("--lang", help="Langue des messages (fr, en).")] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Écrire le rapport dans ce fichier.")] = None,
    fail_on: Annotated[
        FailOn | None,
        typer.Option("--fail-on", help="Ce qui fait échouer la commande (par défaut : error)."),
    ] = None,
    diff: Annotated[
        str | None,
        typer.Option(
            "--diff",
            metavar="REF",
            help="Ne signaler que les constats sur des lignes modifiées depuis la révision git REF.",
        ),
    ] = None,
    include: Annotated[
        list[str] | None,
        typer.Option(
            "--include",
            metavar="GLOB",
            help="Motif des fichiers pris dans les répertoires (remplace la configuration).",
        ),
    ] = None,
    exclude: Annotated[
        list[str] | None,
        typer.Option(
            "--exclude", metavar="GLOB", help="Motif des fichiers et répertoires écartés (remplace la configuration)."
        ),
    ] = None,
    config_file: Annotated[
        Path | None,
        typer.Option("--config", help="Fichier de configuration (sinon cherché depuis le répertoire courant)."),
    ] = None,
    stdin_filename: Annotated[
        str | None,
        typer.Option("--stdin-filename", help="Nom du texte lu sur l'entrée standard (rapport et format)."),
    ] = None,
    jobs: Annotated[
        int,
        typer.Option("--jobs", "-j", min=1, help="Nombre de processus qui vérifient les fichiers en parallèle."),
    ] = 1,
    follow: Annotated[
        bool,
        typer.Option("--follow", help="Suivre les liens symboliques, même hors des répertoires parcourus."),
    ] = False,
    no_ignore: Annotated[
        bool,
        typer.Option("--no-ignore", help="Lire aussi les fichiers que git ignore (.gitignore)."),
    ] = False,
    verbose: Annotated[
        bool,
        typer.Option("--verbose", help="Dire quelle configuration s'applique."),
    ] = False,
) -> None:
    """Vérifie les chiffres d'articles : tableau, JSON, SARIF, annotations GitHub ou résumé Markdown."""
    config = _load_config(config_file, verbose)
    output = _output_path(output)
    overrides = {
        "lang": lang.value if lang else None,
        "fail_on": fail_on.value if fail_on else None,
        "include": _globs(include),
        "exclude": _globs(exclude),
    }
    config = replace(config, **{k: v for k, v in overrides.items() if v is not None})
    _check_cli_globs(overrides, config.lang)

    paths = paths or ["."]
    files = list(discover(paths, config, follow=follow, ignore=not no_ignore))
    _refuse_output(output, paths, files, config, not no_ignore)
    if not files and not all(os.path.isdir(p) and not config.excluded(p) for p in paths):
        _err(say("walk.no_files", config.lang))  # (each directory named has said so already)
    changed: dict | None = None
    if diff is not None:
        files, changed = _changed_files(files, diff)

    from .gitdiff import ALL
    from .model import Report
    from .pipeline import check_many, check_parallel

    fmt = _pick_format(format, output)
    problems: dict[str, list[str]] = {}
    reports: list[FileReport] = []
    inputs = _read_all(files, stdin_filename, problems, config.lang)
    checked = check_parallel(inputs, config, jobs) if jobs > 1 and len(files) > 1 else check_many(inputs, config)
    for fr in _with_progress(checked, len(files), config.lang):
        extra = tuple(p for p in problems.pop(fr.path, ()) if p not in fr.notes)
        if extra:
            fr = replace(fr, notes=fr.notes + extra)
        if changed is not None and not fr.error:
            fr = _only_changed(fr, changed.get(fr.path, ALL))  # not in it: standard input
        if fr.error:
            _err(f"{fr.path}: {fr.error}")
        for note in fr.notes:
            _err(f"{fr.path}: {note}")
        reports.append(fr)
    report = Report(tuple(reports))
    _emit(report, fmt, config, output)
    if any(fr.error for fr in reports):
        raise typer.Exit(2)
    raise typer.Exit(1 if _fails(report, config.fail_on or FailOn.error) else 0)


@app.command()
def claims(
    paths: Annotated[list[str], typer.Argument(help="Fichiers à lire ; '-' lit l'entrée standard.")],
    config_file: Annotated[
        Path | None,
        typer.Option("--config", help="Fichier de configuration (sinon cherché depuis le répertoire courant)."),
    ] = None,
) -> None:
    """Affiche les chiffres lus dans le texte, avec leur valeur et ce qu'ils comptent."""
    from .model import Report
    from .pipeline import check_many
    from .render.claims import render

    config = _load_config(config_file)
    reports = list(check_many(_read_all(discover(paths, config), None, {}), config))
    for fr in reports:
        if fr.error:
            _err(f"{fr.path}: {fr.error}")
    render(Report(tuple(reports)))
    raise typer.Exit(2 if any(fr.error for fr in reports) else 0)


@app.command("rules")
def list_rules() -> None:
    """Liste les règles : code, nom, ce qu'elles vérifient."""
    from .rules import REGISTRY

    for r in REGISTRY.values():
        typer.echo(f"{r.code:6} {r.name:32} {r.summary}")


@app.command("rule")
def show_rule(code: Annotated[str, typer.Argument(help="Code de la règle, par exemple SUB01.")]) -> None:
    """Affiche la documentation d'une règle."""
    from .render.sarif import rule_doc
    from .rules import REGISTRY

    r = REGISTRY.get(code.upper())
    if r is None:
        _err(f"règle inconnue : {code} (voir « gcheck rules »)")
        raise typer.Exit(2)
    typer.echo(f"{r.code} {r.name} ({r.family})\n\n{rule_doc(r)}")


def main() -> None:
    """Entry point: bad input gives one line and exit status 2, never a traceback.

    Click's usage errors (unknown option, bad value) are caught here and printed as one
    ``gcheck: …`` line instead of typer's framed box; a command with no argument still
    shows its help."""
    for stream in (sys.stdout, sys.stderr):  # a report on a cp1252 console is written, lossily, not lost
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("_", "-")
        if encoding not in ("utf-8", "utf8") and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    try:  # typer ships its own copy of click; fall back to click for older typer releases
        from typer._click import exceptions as click_errors
    except ImportError:  # pragma: no cover
        from click import exceptions as click_errors

    try:
        rv = app(standalone_mode=False)
    except click_errors.NoArgsIsHelpError as exc:
        sys.stdout.write(exc.ctx.get_help() + "\n")
        sys.exit(0)
    except click_errors.UsageError as exc:
        hint = f" (voir « {exc.ctx.command_path} --help »)" if exc.ctx else ""
        _err(exc.format_message().replace("\n", " ") + hint)
        sys.exit(2)
    except KeyboardInterrupt:
        _err("interrompu")
        sys.exit(130)
    except BrokenPipeError:
        os._exit(0)
    except Exception as exc:  # noqa: BLE001 - the promise is: no traceback for users
        if os.environ.get("GCHECK_DEBUG"):
            raise
        _err(f"erreur interne : {exc.__class__.__name__}: {exc}")
        sys.exit(2)
    sys.exit(rv if isinstance(rv, int) else 0)


if __name__ == "__main__":
    main()
