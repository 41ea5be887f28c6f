"""Decoding real files into text with exact offsets, and offsets into lines and columns."""

from __future__ import annotations

import codecs
import io
import os
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from globalchain_cli import document
from globalchain_cli.document import Decoded, Document, InputError, decode, read_path

FRENCH = "L’opération « Global Chain » a coûté 2 500 € : 1 374 victimes, dont 153 enfants. Été, à Liège.\n"


def write(tmp_path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


# --- Unicode ---------------------------------------------------------------


def test_utf8_file(tmp_path):
    decoded = read_path(write(tmp_path, "a.txt", FRENCH.encode("utf-8")))
    assert decoded == Decoded(FRENCH, "utf-8", ())


def test_utf8_bom_removed_and_offsets_exclude_it(tmp_path):
    decoded = read_path(write(tmp_path, "bom.txt", codecs.BOM_UTF8 + FRENCH.encode("utf-8")))
    assert decoded.text == FRENCH
    assert decoded.encoding == "utf-8-sig"
    assert decoded.notes == ()
    start = decoded.text.index("1 374")
    assert decoded.text[start : start + 5] == "1 374"
    assert Document(decoded.text).line_col(0) == (1, 1)


@pytest.mark.parametrize(("codec", "bom", "name"), [
    ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16-le"),
    ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16-be"),
    ("utf-32-le", codecs.BOM_UTF32_LE, "utf-32-le"),
    ("utf-32-be", codecs.BOM_UTF32_BE, "utf-32-be"),
])  # fmt: skip
def test_utf16_and_utf32_with_bom(tmp_path, codec, bom, name):
    text = FRENCH + "Deuxième ligne\r\n🙂 fin"
    decoded = read_path(write(tmp_path, "u.txt", bom + text.encode(codec)))
    assert decoded.text == text
    assert decoded.encoding == name
    assert decoded.notes == ()


def test_utf16_without_bom_is_recognised():
    decoded = decode(FRENCH.encode("utf-16-le"))
    assert decoded.text == FRENCH
    assert decoded.encoding == "utf-16-le"
    assert any("sans BOM" in note for note in decoded.notes)


def test_utf16_odd_length_is_replaced_not_fatal():
    decoded = decode(codecs.BOM_UTF16_LE + "abc".encode("utf-16-le") + b"\x00")
    assert decoded.text.startswith("abc")
    assert decoded.notes and "remplacé" in decoded.notes[0]


# --- legacy encodings ------------------------------------------------------


def test_cp1252_french_text(tmp_path):
    data = FRENCH.encode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    decoded = read_path(write(tmp_path, "win.txt", data))
    assert decoded.text == FRENCH
    assert decoded.encoding == "cp1252"
    assert decoded.notes == ("encodage Windows-1252 détecté (le fichier n'est pas en UTF-8)",)
    for char in "’«»€éèàû":
        assert char in decoded.text


def test_latin1_text_with_bytes_cp1252_leaves_undefined():
    text = "Été à Liège, 153 enfants \x81"
    decoded = decode(text.encode("latin-1"))
    assert decoded.text == text
    assert decoded.encoding == "latin-1"
    assert "Latin-1" in decoded.notes[0]


def test_latin1_text_without_c1_bytes_reads_the_same_either_way():
    text = "Été à Liège : 219 interpellés, 1 374 victimes."
    decoded = decode(text.encode("latin-1"))
    assert decoded.text == text  # Latin-1 and Windows-1252 agree on these bytes
    assert decoded.notes


def test_cp1252_with_one_accidental_utf8_sequence_stays_cp1252():
    # "Ã©" in Windows-1252 is a valid UTF-8 "é"; the rest of the file is clearly not UTF-8.
    text = "é" * 30 + " Ã© " + "à" * 30
    decoded = decode(text.encode("cp1252"))
    assert decoded.text == text
    assert decoded.encoding == "cp1252"


def test_a_few_invalid_bytes_in_utf8_are_replaced_and_counted(tmp_path):
    good = FRENCH * 20
    data = good.encode("utf-8")
    cut = data.index(b"dont")
    data = data[:cut] + b"\xff\xfe\xc3" + data[cut:]
    decoded = read_path(write(tmp_path, "bad.txt", data))
    assert decoded.encoding == "utf-8"
    assert decoded.notes == ("UTF-8 invalide : 3 octets invalides remplacés par U+FFFD",)
    assert decoded.text.count("\ufffd") == 3
    assert decoded.text.replace("\ufffd", "") == good
    # Offsets are offsets into the decoded text.
    start = decoded.text.index("1 374")
    assert decoded.text[start : start + 5] == "1 374"


def test_single_invalid_byte_note_is_singular():
    decoded = decode("Café".encode() + b"\xff")
    assert decoded.notes == ("UTF-8 invalide : 1 octet invalide remplacé par U+FFFD",)


def test_truncated_utf8_at_end_of_file():
    data = FRENCH.encode("utf-8") + "é".encode()[:1]
    decoded = decode(data)
    assert decoded.text == FRENCH + "\ufffd"
    assert "1 octet" in decoded.notes[0]


# --- binary ----------------------------------------------------------------


@pytest.mark.parametrize(("data", "kind"), [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
    (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
    (b"GIF89a\x01\x00", "GIF"),
    (b"\x1f\x8b\x08\x00", "gzip"),
])  # fmt: skip
def test_binary_signatures(tmp_path, data, kind):
    with pytest.raises(InputError) as err:
        read_path(write(tmp_path, "x.bin", data + b"some text"))
    assert str(err.value).startswith("fichier binaire")
    assert kind in str(err.value)
    assert "\n" not in str(err.value)


def test_nul_bytes_mean_binary():
    with pytest.raises(InputError, match=r"fichier binaire \(octets NUL\) : ce n'est pas du texte"):
        decode(b"1 374 victimes\x00\x01\x02 dont 153 enfants\x00")


def test_control_characters_mean_binary():
    with pytest.raises(InputError, match="fichier binaire"):
        decode(bytes(range(1, 9)) * 20 + b"du texte")


def test_some_escape_sequences_are_still_text():
    text = "\x1b[1m1 374 victimes\x1b[0m dont 153 enfants, selon Europol, en juin 2024.\n" * 3
    assert decode(text.encode()).text == text


# --- empty -----------------------------------------------------------------


def test_empty_file(tmp_path):
    assert read_path(write(tmp_path, "empty.txt", b"")) == Decoded("", "utf-8", ())


def test_whitespace_only_file(tmp_path):
    assert read_path(write(tmp_path, "ws.txt", b" \n\t\r\n  ")).text == " \n\t\r\n  "


def test_bom_only_file():
    assert decode(codecs.BOM_UTF8).text == ""


# --- read_path errors and stdin --------------------------------------------


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="^fichier introuvable$"):
        read_path(str(tmp_path / "absent.txt"))


def test_directory(tmp_path):
    with pytest.raises(InputError, match="répertoire"):
        read_path(str(tmp_path))


def test_permission_denied(tmp_path, monkeypatch):
    path = write(tmp_path, "secret.txt", b"219 personnes")
    if hasattr(os, "geteuid") and os.geteuid() != 0:
        os.chmod(path, 0)
    else:  # root reads everything: simulate the refusal

        def refuse(*args, **kwargs):
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr(document, "open", refuse, raising=False)
    with pytest.raises(InputError, match="^permission refusée$"):
        read_path(path)


def test_stdin_bytes(monkeypatch):
    data = codecs.BOM_UTF8 + FRENCH.encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert read_path("-").text == FRENCH


def test_stdin_cp1252(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(FRENCH.encode("cp1252"))))
    decoded = read_path("-")
    assert decoded.text == FRENCH
    assert decoded.encoding == "cp1252"


def test_stdin_empty_closed_or_missing(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    assert read_path("-") == Decoded("", "utf-8", ())
    closed = io.TextIOWrapper(io.BytesIO(b"x"))
    closed.close()
    monkeypatch.setattr(sys, "stdin", closed)
    assert read_path("-").text == ""
    monkeypatch.setattr(sys, "stdin", None)
    assert read_path("-").text == ""


def test_stdin_binary_is_refused(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"\x89PNG\r\n\x1a\nxxxx")))
    with pytest.raises(InputError, match="binaire"):
        read_path("-")


def test_fixture_article_reads_as_utf8():
    root = os.path.join(os.path.dirname(__file__), "..", "fixtures", "global-chain-2024.txt")
    if not os.path.exists(root):
        pytest.skip("fixture absent")
    decoded = read_path(root)
    assert decoded.encoding == "utf-8"
    assert "1 374 victimes" in decoded.text


# --- lines and columns -----------------------------------------------------


def naive_line_col(text: str) -> list[tuple[int, int]]:
    """Walk the text: \\n, \\r\\n and a lone \\r each end a line."""
    result = []
    line, col = 1, 1
    for i, char in enumerate(text):
        result.append((line, col))
        if char == "\n" or (char == "\r" and text[i + 1 : i + 2] != "\n"):
            line, col = line + 1, 1
        else:
            col += 1
    result.append((line, col))
    return result


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_col_each_line_ending(newline):
    text = newline.join(["Une opération", "1 374 victimes", "", "dont 153 enfants"])
    doc = Document(text)
    start = text.index("153")
    assert doc.line_col(start) == (4, 6)
    assert doc.line_of(text.index("1 374")) == 2
    assert doc.line_col(0) == (1, 1)
    assert doc.line_count == 4
    assert [doc.line_text(n) for n in range(1, 5)] == [
        "Une opération",
        "1 374 victimes",
        "",
        "dont 153 enfants",
    ]


def test_crlf_is_one_line_break():
    doc = Document("a\r\nb")
    assert [doc.line_col(i) for i in range(5)] == [(1, 1), (1, 2), (1, 3), (2, 1), (2, 2)]


def test_columns_count_code_points():
    doc = Document("é🙂 1 374")
    assert doc.line_col(3) == (1, 4)


def test_end_offset_and_out_of_range():
    doc = Document("ab\n")
    assert doc.line_col(3) == (2, 1)
    with pytest.raises(ValueError):
        doc.line_col(4)
    with pytest.raises(ValueError):
        doc.line_col(-1)
    assert Document("").line_col(0) == (1, 1)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["a", "é", " ", "\n", "\r", "\r\n", "🙂", "\t", "\u2028", "\f"]), max_size=60).map("".join)
)
def test_line_col_agrees_with_naive_count(text):
    doc = Document(text)
    expected = naive_line_col(text)
    assert [doc.line_col(i) for i in range(len(text) + 1)] == expected


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["\n", "\r\n", "\r"]), max_size=30), st.text(alphabet="ab é", max_size=8))
def test_line_count_matches_breaks(breaks, chunk):
    text = "".join("x" + chunk + newline for newline in breaks)
    assert Document(text).line_count == len(breaks) + 1


def test_paragraphs_one_per_line():
    text = "  Titre 2024  \r\n\r\n1 374 victimes.\nDont 153 enfants.\r   \rFin"
    doc = Document(text)
    assert [text[s:e] for s, e in doc.paragraphs()] == [
        "Titre 2024",
        "1 374 victimes.",
        "Dont 153 enfants.",
        "Fin",
    ]
    assert [text[s:e] for s, e in doc.paragraphs(blank_lines_only=True)] == [
        "Titre 2024",
        "1 374 victimes.\nDont 153 enfants.",
        "Fin",
    ]
    assert Document("").paragraphs() == []
    assert Document(" \n \n").paragraphs() == []


def test_large_document_is_fast():
    import time

    text = (FRENCH * 20000)[:2_000_000]
    start = time.perf_counter()
    doc = Document(text)
    for offset in range(0, len(text), 997):
        doc.line_col(offset)
    assert time.perf_counter() - start < 5
