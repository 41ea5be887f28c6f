"""From a file's bytes to the text gcheck reads, and from offsets to lines.

``decode`` turns bytes into text; every offset gcheck reports is an offset
into that text (code points, BOM excluded, line endings kept as they are).
``Document`` maps such offsets back to 1-based lines and columns.

Decoding, in order:

1. known binary signatures (PNG, JPEG, GIF, PDF, ZIP/DOCX/ODT, gzip...) are
   refused;
2. a BOM decides: UTF-8 (removed), UTF-16 LE/BE, UTF-32 LE/BE;
3. NUL bytes mean binary, unless the bytes are plainly UTF-16 without a BOM:
   at least 90 % of the two-byte units have a NUL high byte and (almost) none a
   NUL low byte, as Western text saved as UTF-16 has (``x\0\1\2`` is binary);
4. valid UTF-8 is UTF-8;
5. otherwise, when no non-ASCII character decodes as UTF-8 (or invalid bytes
   far outnumber the valid ones), the file is read as Windows-1252, or
   Latin-1 when it uses byte values Windows-1252 leaves undefined, with a
   note; when it is UTF-8 with some invalid bytes, each invalid byte becomes
   U+FFFD and a note says how many;
6. text with a high share of control characters is refused as binary.

Reading stops after :data:`MAX_BYTES` (16 MiB, about 30 times the longest news
articles): a bigger input, or an endless one (``/dev/zero``, ``yes | gcheck verify -``),
is refused as too large instead of filling the memory.

No function here prints anything: warnings are returned as notes (``Decoded.notes``)
and failures raise ``InputError`` with a one-line reason, to which the caller prefixes
the path; both are in the run's language (``messages.use``), from the ``input``
messages of the catalogue.
"""

from __future__ import annotations

import codecs
import re
import sys
from bisect import bisect_right
from dataclasses import dataclass, field

from .messages import say

__all__ = ["MAX_BYTES", "Decoded", "Document", "InputError", "decode", "read_path"]

#: Inputs longer than this many bytes are refused (read stops there: endless inputs end).
MAX_BYTES = 16 * 1024 * 1024


class InputError(Exception):
    """A file gcheck cannot read as text; ``str(err)`` is a one-line reason in the run's language.

    ``key`` names the message (``input.<key>`` in the catalogue), ``params`` fill it in.
    """

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params

    def __str__(self) -> str:
        return say(f"input.{self.key}", **self.params)


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # "utf-8", "utf-8-sig", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "cp1252", "latin-1"
    notes: tuple[str, ...] = ()  # warnings for stderr, in the run's language


#: Signatures of binary formats someone might pass by mistake (prefix, name).
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"%PDF-", "PDF"),
    (b"PK\x03\x04", "ZIP/DOCX/ODT"),
    (b"PK\x05\x06", "ZIP"),
    (b"PK\x07\x08", "ZIP"),
    (b"\x1f\x8b", "gzip"),
    (b"BZh", None),  # checked below: BZh + digit + block magic
    (b"\xfd7zXZ\x00", "xz"),
    (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"Rar!\x1a\x07", "RAR"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "DOC/XLS"),
    (b"\x7fELF", "ELF"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"SQLite format 3\x00", "SQLite"),
    (b"\x00asm", "WebAssembly"),
    (b"\xca\xfe\xba\xbe", "Mach-O/Java"),
    (b"OggS", "Ogg"),
    (b"fLaC", "FLAC"),
    (b"ID3", "MP3"),
    (b"wOFF", "WOFF"),
    (b"wOF2", "WOFF2"),
)

# Windows-1252 leaves these byte values undefined.
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")
# One str.translate table: Windows-1252 where defined, Latin-1 (C1 control) elsewhere.
_C1_BYTES = frozenset(range(0x80, 0xA0))
_WIN1252_TABLE = {b: (bytes([b]).decode("cp1252") if b not in _CP1252_UNDEFINED else chr(b)) for b in range(0x80, 0xA0)}

# Characters a French (or Western European) text written in Windows-1252 is made of.
_WESTERN = frozenset(
    "àâäáãåæçéèêëíìîïñóòôöõøœùûüúÿýßÀÂÄÁÃÅÆÇÉÈÊËÍÌÎÏÑÓÒÔÖÕØŒÙÛÜÚŸÝ’‘“”«»‹›€…–—•°º ª²³¹§©®™µ·×÷¼½¾¿¡£¥¢\xa0"
)

# Control characters that plain text does not contain (tab, LF, VT, FF, CR allowed).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_ESCAPED = re.compile(r"[\udc80-\udcff]")  # bytes kept by errors="surrogateescape"
_VALID_NON_ASCII = re.compile(r"[^\x00-\x7f\udc80-\udcff]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _binary(kind: str | None = None) -> InputError:
    """Binary data; ``kind`` is a format name (PNG) or the key of a reason (``nul``, ``controls``)."""
    if kind is None:
        return InputError("binary")
    if kind in ("nul", "controls"):
        kind = say(f"input.reason.{kind}")
    return InputError("binary_kind", kind=kind)


def _magic(data: bytes) -> str | None:
    for prefix, name in _MAGIC:
        if data.startswith(prefix):
            if name is None:  # bzip2: "BZh" + block size digit + pi
                if len(data) >= 10 and data[3:4].isdigit() and data[4:10] == b"\x31\x41\x59\x26\x53\x59":
                    return "bzip2"
                continue
            return name
    if data[:4] == b"RIFF" and data[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return data[8:12].decode().strip()
    return None


def _check_controls(text: str) -> None:
    if not text:
        return
    count = len(_CONTROL.findall(text))
    if count and count / len(text) > 0.05:
        raise _binary("controls")


def _name(encoding: str) -> str:
    return encoding.upper().replace("-LE", " LE").replace("-BE", " BE")


def _counted(key: str, n: int, **params: object) -> str:
    """The message ``key.one`` or ``key.many`` for a count ``n``."""
    return say(f"{key}.{'one' if n == 1 else 'many'}", n=n, **params)


def _decode_unicode(body: bytes, encoding: str) -> Decoded:
    """UTF-16/32 after a BOM (or detected without one)."""
    try:
        text = body.decode(encoding)
        notes: tuple[str, ...] = ()
    except UnicodeDecodeError:
        text = body.decode(encoding, errors="replace")
        bad = text.count("\ufffd") - body.decode(encoding, errors="ignore").count("\ufffd")
        notes = (_counted("input.note.invalid_unicode", bad, encoding=_name(encoding)),)
    _check_controls(text)
    return Decoded(text, encoding, notes)


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 text whose writer left out the BOM: NULs at every other byte (a truncated
    file's odd last byte is dropped, with a note, rather than the file refused as binary)."""
    if len(data) < 4:
        return None
    cut = len(data) % 2
    data = data[: len(data) - cut]
    half = len(data) // 2
    even, odd = data[0::2].count(0), data[1::2].count(0)
    for encoding, zeros, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros >= 0.9 * half and other <= 0.01 * half:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                return None
            if _CONTROL.search(text) and len(_CONTROL.findall(text)) / len(text) > 0.01:
                return None
            notes = (say("input.note.utf16_without_bom", encoding=_name(encoding)),)
            notes += (say("input.note.truncated_utf16"),) * cut
            return Decoded(text, encoding, notes)
    return None


def _looks_western(text: str) -> bool:
    """Whether the non-ASCII characters of a legacy decoding are French/Western ones."""
    high = _NON_ASCII.findall(text)
    if not high:
        return True
    return sum(c in _WESTERN for c in high) >= 0.6 * len(high)


def _decode_legacy(data: bytes) -> Decoded:
    """Windows-1252, or Latin-1 when the file uses bytes Windows-1252 leaves undefined.

    The two differ only on 0x80-0x9F; undefined bytes are kept as the Latin-1
    C1 control characters, as browsers do.
    """
    c1 = set(data) & _C1_BYTES
    text = data.decode("latin-1")
    if c1:
        text = text.translate(_WIN1252_TABLE)
    if not c1 & _CP1252_UNDEFINED:
        # (With no byte in 0x80-0x9F at all, Windows-1252 and Latin-1 read the file alike.)
        encoding, name = "cp1252", "Windows-1252"
    else:
        encoding, name = "latin-1", "Latin-1 (ISO-8859-1)"
    if _looks_western(text):
        note = say("input.note.legacy", encoding=name)
    else:
        note = say("input.note.unknown_encoding", encoding=name)
    _check_controls(text)
    return Decoded(text, encoding, (note,))


def decode(data: bytes) -> Decoded:
    """Decode a file's bytes; raises ``InputError`` for binary data. See the module docstring."""
    if not data:
        return Decoded("", "utf-8", ())
    kind = _magic(data)
    if kind:
        raise _binary(kind)
    # BOMs (UTF-32 first: its LE BOM starts with the UTF-16 LE one).
    if data.startswith(codecs.BOM_UTF32_LE):
        return _decode_unicode(data[4:], "utf-32-le")
    if data.startswith(codecs.BOM_UTF32_BE):
        return _decode_unicode(data[4:], "utf-32-be")
    if data.startswith(codecs.BOM_UTF16_LE):
        return _decode_unicode(data[2:], "utf-16-le")
    if data.startswith(codecs.BOM_UTF16_BE):
        return _decode_unicode(data[2:], "utf-16-be")
    encoding = "utf-8"
    if data.startswith(codecs.BOM_UTF8):
        data, encoding = data[3:], "utf-8-sig"
    if b"\x00" in data:
        found = _utf16_without_bom(data) if encoding == "utf-8" else None
        if found is None:
            raise _binary("nul")
        return found
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        _check_controls(text)
        return Decoded(text, encoding, ())
    escaped = data.decode("utf-8", errors="surrogateescape")
    invalid = len(_ESCAPED.findall(escaped))
    valid = len(_VALID_NON_ASCII.findall(escaped))
    if encoding == "utf-8" and (valid == 0 or invalid > 10 * valid):
        legacy = _decode_legacy(data)
        if valid == 0 or _looks_western(legacy.text):
            return legacy
    text = _ESCAPED.sub("\ufffd", escaped)
    _check_controls(text)
    return Decoded(text, encoding, (_counted("input.note.invalid_utf8", invalid),))


def _too_large(data: bytes | str) -> bool:
    return len(data) > MAX_BYTES


def _too_large_error() -> InputError:
    return InputError("too_large", megabytes=MAX_BYTES // (1024 * 1024))


def _read_stdin() -> Decoded:
    stream = sys.stdin
    if stream is None:
        return Decoded("", "utf-8", ())
    try:
        buffer = getattr(stream, "buffer", None)  # None: a text stream (embedding), already decoded
        data = buffer.read(MAX_BYTES + 1) if buffer is not None else stream.read(MAX_BYTES + 1)
    except (ValueError, OSError):  # closed or invalid stdin
        return Decoded("", "utf-8", ())
    if _too_large(data):
        raise _too_large_error()
    if isinstance(data, str):
        data = data.encode("utf-8", errors="surrogatepass")
    return decode(data or b"")


def read_path(path: str) -> Decoded:
    """Read and decode a file; ``-`` is standard input (closed or empty stdin gives empty text)."""
    if path == "-":
        return _read_stdin()
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise InputError("not_found") from None
    except IsADirectoryError:
        raise InputError("is_directory") from None
    except PermissionError:
        raise InputError("permission") from None
    except OSError as err:
        raise InputError("unreadable", reason=err.strerror or err.__class__.__name__) from None
    if _too_large(data):
        raise _too_large_error()
    return decode(data)


@dataclass(frozen=True)
class Document:
    """Decoded text with a line index.

    Line breaks are ``\\n``, ``\\r\\n`` (one break) and a lone ``\\r``, like an
    editor counts them; other Unicode separators (U+2028, form feed...) do not
    start a line. Offsets run from 0 to ``len(text)`` inclusive.
    """

    text: str
    _starts: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        starts = [0]
        starts.extend(m.end() for m in _LINE_BREAK.finditer(self.text))
        object.__setattr__(self, "_starts", tuple(starts))

    def _check(self, offset: int) -> None:
        if not 0 <= offset <= len(self.text):
            raise ValueError(f"offset {offset} outside the text (0..{len(self.text)})")

    def line_of(self, offset: int) -> int:
        """1-based line of the character at ``offset``."""
        self._check(offset)
        return bisect_right(self._starts, offset)

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in code points) of the character at ``offset``."""
        line = self.line_of(offset)
        return line, offset - self._starts[line - 1] + 1

    @property
    def line_count(self) -> int:
        """Number of lines; a final line break starts an (empty) last line, as in editors."""
        return len(self._starts)

    def line_span(self, line: int) -> tuple[int, int]:
        """Offsets of a 1-based line's content, without its line break."""
        if not 1 <= line <= len(self._starts):
            raise ValueError(f"line {line} outside the text (1..{len(self._starts)})")
        start = self._starts[line - 1]
        end = self._starts[line] if line < len(self._starts) else len(self.text)
        while end > start and self.text[end - 1] in "\r\n":
            end -= 1
        return start, end

    def line_text(self, line: int) -> str:
        start, end = self.line_span(line)
        return self.text[start:end]

    def paragraphs(self, blank_lines_only: bool = False) -> list[tuple[int, int]]:
        """Spans of paragraphs, without surrounding whitespace.

        By default every non-blank line is a paragraph (news paragraphs are one
        line each); with ``blank_lines_only`` only blank lines separate them,
        for hard-wrapped text.
        """
        spans: list[tuple[int, int]] = []
        current: tuple[int, int] | None = None
        text = self.text
        for line in range(1, len(self._starts) + 1):
            start, end = self.line_span(line)
            if text[start:end].strip():
                stripped_start = start + len(text[start:end]) - len(text[start:end].lstrip())
                stripped_end = start + len(text[start:end].rstrip())
                if current is not None and blank_lines_only:
                    current = (current[0], stripped_end)
                else:
                    if current is not None:
                        spans.append(current)
                    current = (stripped_start, stripped_end)
            elif current is not None:
                spans.append(current)
                current = None
        if current is not None:
            spans.append(current)
        return spans
