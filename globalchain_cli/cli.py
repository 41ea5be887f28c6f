"""The ``gcheck`` command: parse arguments, run the pipeline, render, exit.

Exit status: 0 when no finding fails the run, 1 when one does (an inconsistent
figure, by default), 2 when an input or the configuration could not be read.
Commands that do not check text (``--help``, ``rules``, ``rule``) never import
spaCy: the pipeline is imported inside ``verify`` and ``claims``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

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


class Lang(StrEnum):
    fr = "fr"
    en = "en"


class FailOn(StrEnum):
    error = "error"
    warning = "warning"
    never = "never"


def _err(message: str) -> None:
    sys.stderr.write(f"gcheck: {message}\n")


def discover(paths: list[str], include: tuple[str, ...], exclude: tuple[str, ...]) -> Iterator[tuple[str, str | None]]:
    """(path, error) for every file to check: directories walked recursively, in sorted order."""
    for p in paths:
        if p == "-":
            yield p, None
            continue
        path = Path(p)
        if path.is_dir():
            found = sorted(
                f
                for f in path.rglob("*")
                if f.is_file()
                and any(f.match(g) for g in include)
                and not any(f.match(g) or any(part == g for part in f.parts) for g in exclude)
            )
            if not found:
                yield p, "aucun fichier à vérifier dans ce répertoire"
            for f in found:
                yield str(f), None
        else:
            yield p, None


def _read_all(paths: list[str], config) -> Iterator[tuple[str, str | None, str, str | None]]:
    from .document import InputError, read_path
    from .markup import format_for

    for path, error in discover(paths, config.include, config.exclude):
        if error:
            yield path, None, "text", error
            continue
        try:
            decoded = read_path(path)
        except InputError as exc:
            yield path, None, "text", str(exc)
            continue
        for note in decoded.notes:
            _err(f"{path}: {note}")
        yield path, decoded.text, format_for(path), None


def _fails(report, fail_on: FailOn) -> bool:
    from .model import Severity, Verdict

    if fail_on == FailOn.never:
        return False
    levels = {Severity.ERROR} if fail_on == FailOn.error else {Severity.ERROR, Severity.WARNING}
    return any(
        f.verdict != Verdict.CONSISTENT and f.severity in levels for fr in report.files for f in fr.findings
    )


@app.command()
def verify(
    paths: Annotated[list[str], typer.Argument(help="Fichiers ou répertoires à vérifier ; '-' lit l'entrée standard.")],
    format: Annotated[Format, typer.Option("--format", "-f", help="Format du rapport.")] = Format.auto,
    lang: Annotated[Lang | None, typer.Option("--lang", help="Langue des messages (fr, en).")] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Écrire le rapport dans ce fichier.")] = None,
    fail_on: Annotated[FailOn, typer.Option("--fail-on", help="Ce qui fait échouer la commande.")] = FailOn.error,
) -> None:
    """Vérifie les chiffres d'articles et affiche un tableau de verdicts."""
    from .config import Config
    from .model import FileReport, Report
    from .pipeline import check_many

    config = Config(lang=lang.value if lang else "fr")
    reports: list[FileReport] = []
    for fr in check_many(_read_all(paths, config), config):
        if fr.error:
            _err(f"{fr.path}: {fr.error}")
        for note in fr.notes:
            _err(f"{fr.path}: {note}")
        reports.append(fr)
    report = Report(tuple(reports))
    _emit(report, format, config.lang, output)
    if any(fr.error for fr in reports):
        raise typer.Exit(2)
    raise typer.Exit(1 if _fails(report, fail_on) else 0)


def _emit(report, fmt: Format, lang: str, output: Path | None) -> None:
    if fmt == Format.json:
        from .render.json import render

        text = render(report)
        if output:
            output.write_text(text, encoding="utf-8")
        else:
            sys.stdout.write(text)
        return
    from .render.table import render as render_table

    if output:
        with output.open("w", encoding="utf-8") as fh:
            render_table(report, file=fh, lang=lang, width=120, color=False)
    else:
        render_table(report, lang=lang)


@app.command()
def claims(
    paths: Annotated[list[str], typer.Argument(help="Fichiers à lire ; '-' lit l'entrée standard.")],
) -> None:
    """Affiche les chiffres lus dans le texte, avec leur valeur et ce qu'ils comptent."""
    from .config import Config
    from .model import Report
    from .pipeline import check_many
    from .render.claims import render

    config = Config()
    reports = list(check_many(_read_all(paths, config), config))
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
    from .rules import REGISTRY

    r = REGISTRY.get(code.upper())
    if r is None:
        _err(f"règle inconnue : {code} (voir « gcheck rules »)")
        raise typer.Exit(2)
    typer.echo(f"{r.code} {r.name} ({r.family})\n\n{r.doc}")


def main() -> None:
    """Entry point: bad input gives one line and exit status 2, never a traceback."""
    try:
        app()
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


if __name__ == "__main__":
    main()
