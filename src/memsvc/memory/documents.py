"""Documents into chunks: text extraction (plain, Markdown, PDF) and overlapping chunking.

Chunks are windows of `size` tokens (cl100k) that overlap by `overlap` tokens. A
window ends at the last paragraph break, line break or sentence end in its final
third when there is one, so chunks rarely cut a sentence in two. Windows are cut by
character offsets, never by raw token bytes, so multi-byte text (CJK) stays whole.
"""

from __future__ import annotations

import io
import logging
from pathlib import PurePosixPath

from memsvc.errors import InvalidArgument
from memsvc.tokens import encoding_for

TEXT, MARKDOWN, PDF = "text/plain", "text/markdown", "application/pdf"
SUPPORTED = (TEXT, MARKDOWN, PDF)
_BY_SUFFIX = {".md": MARKDOWN, ".markdown": MARKDOWN, ".pdf": PDF, ".txt": TEXT}
_SENTENCE_ENDS = (". ", "? ", "! ", "。", "！", "？", ".\n")


def document_type(name: str, mime_type: str) -> str:
    if mime_type:
        kind = mime_type.split(";", maxsplit=1)[0].strip().lower()
        if kind not in SUPPORTED:
            raise InvalidArgument(
                f"mime_type {mime_type!r} is not supported; use one of {', '.join(SUPPORTED)}", field="mime_type"
            )
        return kind
    return _BY_SUFFIX.get(PurePosixPath(name).suffix.lower(), TEXT)


def extract_text(content: bytes, kind: str) -> str:
    if kind == PDF:
        return _pdf_text(content)
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidArgument(
            f"the document is not valid UTF-8 text (byte {exc.start}); send UTF-8, or a PDF with mime_type {PDF}",
            field="content",
        ) from None
    return text.replace("\r\n", "\n").replace("\x00", "")


def _pdf_text(content: bytes) -> str:
    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # a broken PDF can log thousands of warnings
    try:
        reader = PdfReader(io.BytesIO(content))
        pages = [page.extract_text() or "" for page in reader.pages]
    except Exception as exc:  # pypdf raises many kinds on hostile files: all mean "unreadable"
        raise InvalidArgument(
            f"the PDF cannot be read: {type(exc).__name__}: {str(exc)[:200]}", field="content"
        ) from None
    return "\n\n".join(p.strip() for p in pages if p.strip()).replace("\x00", "")


def chunk(text: str, size: int, overlap: int) -> list[str]:
    """Overlapping chunks of about `size` tokens, blank ones dropped."""
    encoding, _ = encoding_for("gpt-4")
    tokens = encoding.encode(text, disallowed_special=())
    if not tokens:
        return []
    _, starts = encoding.decode_with_offsets(tokens)
    starts.append(len(text))
    chunks: list[str] = []
    begin = 0
    while begin < len(tokens):
        end = min(begin + size, len(tokens))
        if end < len(tokens):
            end = _soft_end(text, starts, begin + (2 * size) // 3, end)
        piece = text[starts[begin] : starts[end]].strip()
        if piece:
            chunks.append(piece)
        if end >= len(tokens):
            break
        begin = max(end - overlap, begin + 1)
    return chunks


def _soft_end(text: str, starts: list[int], earliest: int, end: int) -> int:
    """The token index to end a window at: after a paragraph, a line, or a sentence."""
    for marks in (("\n\n",), ("\n",), _SENTENCE_ENDS):
        for i in range(end, earliest, -1):
            before = text[max(0, starts[i] - 2) : starts[i]]
            if any(before.endswith(m) for m in marks):
                return i
    return end
