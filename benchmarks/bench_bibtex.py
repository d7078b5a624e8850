"""Time `kg build` end to end (the whole process, as a user runs it) on a generated BibTeX file.

    python benchmarks/bench_bibtex.py               # 50,000 entries
    python benchmarks/bench_bibtex.py -n 5000 --no-extract
    python benchmarks/bench_bibtex.py --phases      # where the time goes: each phase in this process, no write
    python benchmarks/bench_bibtex.py --phases --source papers-20k.jsonl   # the same for any input kg build reads

The file mixes what real exports hold: @string macros and `#` joins, LaTeX accents and braces,
`{Org}` authors and `others`, eprint/archivePrefix/primaryClass, DOIs with escaped underscores,
crossref'd proceedings, and one abstract in four entries. Prints entries, wall seconds, papers/s, and
the child's CPU seconds (papers per CPU-second is the figure that holds on a shared machine).
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
WORDS = ("sparse routing mixture experts speech recognition adapters quantized attention retrieval graph "
         "tokens capacity scaling corpora dialogue transfer robust efficient federated contrastive").split()
GIVEN = ["Marta", "Liang", "Zo{\\\"e}", "J{\\\"u}rgen", "Ana", "Bo", "Fran{\\c{c}}ois", "Ren{\\'e}e", "Wei", "Ola",
         "Priya", "Kenji", "Amara", "Tom{\\'a}s", "Ingrid", "Yusuf", "Mei", "Lars", "Chiara", "Dmitri",
         "Aisha", "Mateo", "Hana", "Sven", "Nadia", "Ravi", "Elif", "Jonas", "Lucia", "Omar"]
FAMILY = ["Okafor", "Wu", "Adeyemi", "B{\\\"a}cker", "de la Fuente", "Lee", "M{\\o}ller", "Nakamura", "Smith",
          "Garc{\\'\\i}a", "Kowalski", "Haddad", "Novak", "Rossi", "Tanaka", "Jensen", "Ivanova", "Mensah", "Silva",
          "O'Brien", "Chen", "Patel", "M{\\\"u}ller", "Kaur", "Dubois", "Yilmaz", "Lindqvist", "Costa", "Park", "Ahmed",
          "Nguyen", "Schmidt", "Romero", "Sato", "Kim", "Ortiz", "Fischer", "Moreau", "Bianchi", "Ward"]
# a library's authors: 30 given names x 40 family names x an optional middle initial (about 32,000 people;
# a handful of names shared by all papers would make every author a hub no real library has)


def person(rnd: random.Random) -> str:
    given, family = rnd.choice(GIVEN), rnd.choice(FAMILY)
    middle = f" {chr(65 + rnd.randrange(26))}." if rnd.random() < 0.9 else ""
    return f"{family}, {given}{middle}"


def generate(n: int, path: Path, seed: int = 0) -> None:
    rnd = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        out.write('@string{procs = "Proceedings of the "}\n')
        for year in range(2015, 2025):
            out.write(f"@proceedings{{conf{year}, title = procs # {{Workshop {year}}}, year = {year}}}\n")
        for i in range(n):
            year = rnd.randint(2015, 2024)
            title = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(4, 9))).capitalize()
            people = [person(rnd) for _ in range(rnd.randint(1, 6))]
            if rnd.random() < 0.05:
                people.append("{Nordlab Speech Team}")
            if rnd.random() < 0.1:
                people.append("others")
            fields = [f"title = {{{{{title.split()[0]}}} {' '.join(title.split()[1:])} {i}}}",
                      f"author = {{{' and '.join(people)}}}", f"year = {year}", "month = mar"]
            if i % 3 == 0:
                fields += [f"eprint = {{{year % 100:02d}{rnd.randint(1, 12):02d}.{i % 100000:05d}}}",
                           "archivePrefix = {arXiv}", "primaryClass = {cs.CL}"]
            if i % 4 == 0:
                fields += [f"doi = {{10.5555/bench\\_{i}}}",
                           "abstract = {We route speech frames to a sparse mixture of experts.}"]
            if i % 5 == 0:
                fields.append(f"crossref = {{conf{year}}}")
            kind = "inproceedings" if i % 5 == 0 else "article"
            out.write(f"@{kind}{{key{i},\n  " + ",\n  ".join(fields) + "\n}\n\n")


def phases(bib: Path) -> None:
    """Wall and CPU seconds of each phase of the build (as ``kg.pipeline.assemble`` runs them), in this process;
    the extraction workers' CPU is counted as children's."""
    from kg.analysis import collab
    from kg.analysis.summary import _EntityTexts, _paper_views, author_groups
    from kg.extract import Extractor
    from kg.pipeline import add_extractions, add_inferred_lineage, default_jobs, read_sources
    from kg.resolve import resolve

    def clock() -> tuple[float, float, float]:
        own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return time.perf_counter(), own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime

    last = clock()

    def mark(name: str) -> None:
        nonlocal last
        now = clock()
        print(f"{name}: {now[0] - last[0]:.1f} s wall, {now[1] - last[1]:.1f} CPU s"
              + (f" (+ workers {now[2] - last[2]:.1f} CPU s)" if now[2] > last[2] else ""), flush=True)
        last = now

    records = read_sources([bib])
    mark("read")
    graph = resolve(records)
    mark("resolve")
    add_extractions(graph, Extractor(), jobs=default_jobs())
    mark(f"extraction ({default_jobs()} jobs)")
    add_inferred_lineage(graph)
    mark("lineage inference")
    g, ps = _paper_views(graph)  # as the build reads them (kg.analysis.summary.summaries)
    mark("summaries: projection")
    collab.collaboration(g, top=100, seed=0, ps=ps)
    mark("summaries: collaboration")
    author_groups(g, ps, _EntityTexts(graph))
    mark("summaries: namesakes")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=50_000, help="entries (default 50,000)")
    parser.add_argument("--no-extract", action="store_true", help="pass --no-extract to kg build")
    parser.add_argument("--workdir", type=Path, default=None, help="where to write the file and the store")
    parser.add_argument("--phases", action="store_true", help="time each build phase in this process (no store)")
    parser.add_argument("--source", type=Path, default=None, help="with --phases: time this input instead")
    args = parser.parse_args()
    if args.phases and args.source:
        phases(args.source)
        return
    work = args.workdir or Path(tempfile.mkdtemp(prefix="bench-bibtex-"))
    work.mkdir(parents=True, exist_ok=True)
    bib = work / f"library-{args.n}-v2.bib"
    if not bib.exists():
        generate(args.n, bib)
    if args.phases:
        phases(bib)
        return
    store = work / "store"
    cmd = [sys.executable, "-m", "kg", "build", str(bib), "--store", str(store)]
    if args.no_extract:
        cmd.append("--no-extract")
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=HERE.parent)
    seconds = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = usage.ru_utime + usage.ru_stime
    if done.returncode:
        sys.exit(done.stderr)
    print(done.stdout.splitlines()[0])
    print(f"entries {args.n}, {seconds:.1f} s wall, {args.n / seconds:.0f} papers/s (whole `kg build` process"
          f"{', --no-extract' if args.no_extract else ''}); CPU {cpu:.1f} s, {args.n / cpu:.0f} papers per CPU-second "
          f"(the wall figure on a machine others share; peak RSS {usage.ru_maxrss / 1024:.0f} MB)")


if __name__ == "__main__":
    main()
