"""Build the offline slides and handouts from freshly executed notebooks.

    python -m kit.build handouts [notebooks...]   # make handouts -> handouts/
    python -m kit.build slides [notebooks...]     # make slides   -> slides/

Both run every notebook from the top in a fresh kernel, convert plotly outputs and widgets
(kit.execute), then call ``jupyter nbconvert`` with the kit's templates. The output folders
need no network: plotly.js is copied once from the plotly package, reveal.js from the local
copy (kit.reveal).
"""

from __future__ import annotations

import argparse
import html
import json
import re
import shutil
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import nbformat
import plotly

from kit import ROOT, course_notebooks, reveal
from kit.execute import Executed, execute_and_convert

TEMPLATES = Path(__file__).with_name("templates")
BUILD = ROOT / "build" / "kit"
PLOTLY_JS = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
REVEAL_DIR = "reveal.js"
MANIFEST = "manifest.json"
SLIDES_SUFFIX = ".slides.html"
HANDOUT_BANNER = (
    '<div class="wog-handout-banner">\n\n'
    "**Handout peserta** · salinan notebook `{name}` yang sudah dijalankan. Grafik tetap "
    "interaktif tanpa internet (arahkan kursor, seret untuk memperbesar, klik dua kali untuk "
    "kembali). Kendali seperti tombol, penggeser, dan latihan hanya menampilkan keadaan awalnya; "
    "untuk memakainya, buka notebook di Binder atau jalankan `make lab`. Simpan berkas ini "
    "bersama `plotly.min.js` di folder yang sama.\n\n</div>"
)


@dataclass
class Built:
    """One output file and what went into it."""

    notebook: str
    path: Path
    figures: int
    widget_views: int


def execute_all(notebooks: list[Path], workers: int = 2) -> list[Executed]:
    """Execute and convert the notebooks, two kernels at a time, in file order."""
    if workers <= 1 or len(notebooks) <= 1:
        return [execute_and_convert(p) for p in notebooks]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(execute_and_convert, notebooks))


def _nbconvert(args: list[str], notebooks: list[Path], out_dir: Path) -> None:
    command = [
        sys.executable,
        "-m",
        "nbconvert",
        *args,
        # The pages are in Indonesian (nbconvert's default is "en"); read aloud as such.
        "--HTMLExporter.language_code=id",
        f"--TemplateExporter.extra_template_basedirs={TEMPLATES}",
        # Both templates include the one wog_static.css kept beside them.
        f"--TemplateExporter.extra_template_paths=['{TEMPLATES}']",
        f"--output-dir={out_dir}",
        *[str(p) for p in notebooks],
    ]
    subprocess.run(command, check=True, capture_output=True, text=True)


def link_siblings(page: str, stems: set[str], suffix: str) -> str:
    """Links between notebooks (from Markdown or from an output) point at the sibling output
    files instead, anchor kept.

    >>> link_siblings('<a href="02_a.ipynb">II</a> <a href="./03_b.ipynb#c">', {"02_a", "03_b"},
    ...               ".html")
    '<a href="02_a.html">II</a> <a href="03_b.html#c">'
    """

    def repl(match: re.Match) -> str:
        stem, anchor = match.group(2), match.group(3) or ""
        return f'href="{stem}{suffix}{anchor}"' if stem in stems else match.group(0)

    return re.sub(r'href="(\./)?([\w-]+)\.ipynb(#[^"]*)?"', repl, page)


def _relink(built: list[Built], suffix: str) -> None:
    stems = {b.notebook for b in built}
    for item in built:
        page = item.path.read_text(encoding="utf-8")
        item.path.write_text(link_siblings(page, stems, suffix), encoding="utf-8")


def _write_converted(executed: list[Executed], folder: Path, handout: bool) -> list[Path]:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    paths = []
    for item in executed:
        nb = nbformat.from_dict(json.loads(json.dumps(item.converted)))
        if handout:
            banner = HANDOUT_BANNER.format(name=item.path.name)
            nb.cells.insert(1, nbformat.v4.new_markdown_cell(banner))
        path = folder / item.path.name
        nbformat.write(nb, path)
        paths.append(path)
    return paths


def _index(out_dir: Path, title: str, files: list[Built], executed: list[Executed]) -> None:
    titles = {e.path.stem: _title(e) for e in executed}
    items = "\n".join(
        f'<li><a href="{b.path.name}">{html.escape(titles[b.notebook])}</a> '
        f"<small>({b.notebook})</small></li>"
        for b in files
    )
    page = (
        '<!DOCTYPE html>\n<html lang="id">\n<head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title>"
        "<style>body{font-family:sans-serif;max-width:50em;margin:2em auto;line-height:1.6}"
        "</style></head>\n<body>\n<main>\n"
        f"<h1>{html.escape(title)}</h1>\n"
        "<p>Whole of Government, Latsar CPNS. Semua berkas di folder ini dapat dibuka tanpa "
        "internet; biarkan isi folder tetap bersama.</p>\n"
        f"<ol>\n{items}\n</ol>\n</main>\n</body>\n</html>\n"
    )
    (out_dir / "index.html").write_text(page, encoding="utf-8")


def _title(executed: Executed) -> str:
    first = executed.raw.cells[0].source if executed.raw.cells else ""
    match = re.search(r"^# (.+)$", first, re.M)
    return match.group(1).strip() if match else executed.path.stem


def _finish(out_dir: Path, suffix: str, title: str, executed: list[Executed]) -> list[Built]:
    shutil.copyfile(PLOTLY_JS, out_dir / "plotly.min.js")
    built = [
        Built(e.path.stem, out_dir / f"{e.path.stem}{suffix}", e.figures, e.widget_views)
        for e in executed
    ]
    _relink(built, suffix)
    _index(out_dir, title, built, executed)
    manifest = {b.notebook: {"file": b.path.name, "figures": b.figures} for b in built}
    (out_dir / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return built


def _remove_previous_build(out_dir: Path) -> None:
    """Delete the files an earlier build listed, so a renamed notebook leaves no stale copy."""
    manifest = out_dir / MANIFEST
    if manifest.is_file():
        for entry in json.loads(manifest.read_text(encoding="utf-8")).values():
            (out_dir / Path(entry["file"]).name).unlink(missing_ok=True)


def build_handouts(executed: list[Executed], out_dir: Path) -> list[Built]:
    """One offline HTML handout per notebook, plus plotly.min.js and index.html, in out_dir."""
    out_dir.mkdir(parents=True, exist_ok=True)
    _remove_previous_build(out_dir)
    sources = _write_converted(executed, BUILD / f"handouts-{out_dir.name}", handout=True)
    _nbconvert(["--to", "html", "--template", "wog_handout"], sources, out_dir)
    return _finish(out_dir, ".html", "Handout peserta", executed)


def build_slides(executed: list[Executed], out_dir: Path) -> list[Built]:
    """reveal.js slides per notebook, plus local reveal.js, plotly.min.js and index.html."""
    out_dir.mkdir(parents=True, exist_ok=True)
    _remove_previous_build(out_dir)
    reveal.install(out_dir / REVEAL_DIR)
    sources = _write_converted(executed, BUILD / f"slides-{out_dir.name}", handout=False)
    args = [
        "--to",
        "slides",
        "--template",
        "wog_slides",
        f"--reveal-prefix={REVEAL_DIR}",
        "--SlidesExporter.reveal_theme=white",
        "--TagRemovePreprocessor.enabled=True",
        "--TagRemovePreprocessor.remove_input_tags=remove_input",
    ]
    _nbconvert(args, sources, out_dir)
    return _finish(out_dir, SLIDES_SUFFIX, "Salindia", executed)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Buat salindia atau handout tanpa internet.")
    parser.add_argument("what", choices=["slides", "handouts"])
    parser.add_argument("notebooks", nargs="*", type=Path, help="bawaan: notebooks/*.ipynb")
    parser.add_argument(
        "--keluaran", type=Path, help="folder tujuan (bawaan: slides/ atau handouts/)"
    )
    args = parser.parse_args(argv)
    notebooks = args.notebooks or course_notebooks()
    out_dir = args.keluaran or ROOT / args.what
    start = time.monotonic()
    executed = execute_all(notebooks)
    build = build_slides if args.what == "slides" else build_handouts
    built = build(executed, out_dir)
    for item in built:
        size = item.path.stat().st_size / 1024
        print(f"{item.path.relative_to(out_dir.parent)}: {size:.0f} KB, {item.figures} grafik")
    plotly_kb = (out_dir / "plotly.min.js").stat().st_size / 1024
    print(f"plotly.min.js: {plotly_kb:.0f} KB (satu salinan untuk semua berkas)")
    print(f"Selesai dalam {time.monotonic() - start:.0f} detik. Buka {out_dir / 'index.html'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
