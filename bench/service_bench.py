"""Service bench: citing-search latency with many stored plans, and upload throughput.

  measure(n_docs=100_000) -> dict
    generate   n_docs realistic plan records (many issuers, a Zipf mix of central directives,
               a Tỉnh ủy -> huyện -> xã/chi bộ implementation cascade), inserted in bulk through
               SQLAlchemy (no extraction), into a temp SQLite database (or `database_url`)
    citing     GET /directives/citing?ref=… in process over ASGI (httpx), refs drawn by popularity and
               typed the forgiving ways ("KL 01", "số 1-KL/TƯ", "01/KL-TW"): p50 / p99 in ms
               (target p99 < 50 ms on SQLite), with the pages cached by a first pass (cold_citing_*:
               that first pass, reading a 700 MB file from disk); testclient_citing_*: the same through TestClient
               (two more thread hand-offs per request); store_citing_*: resolve + query, no HTTP
    tree       GET /directives/tree for the 50 most cited (whole cascades, up to 2,000 plans each)
    upload     POST /documents of the corpus documents (real extraction + store): docs/s
"""

from __future__ import annotations

import asyncio
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import Engine, text

from service import crud
from service.db import make_engine, migrate
from service.tables import utcnow

PROVINCES = ["Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế", "Bình Dương", "Đồng Nai", "Nghệ An", "Thanh Hóa",
             "Quảng Ninh", "Lào Cai", "Sơn La", "Gia Lai", "Đắk Lắk", "Khánh Hòa", "Lâm Đồng", "An Giang",
             "Cà Mau", "Vĩnh Long", "Tây Ninh", "Bắc Ninh", "Phú Thọ", "Thái Nguyên", "Tuyên Quang", "Hưng Yên",
             "Ninh Bình", "Quảng Trị", "Quảng Ngãi", "Đồng Tháp", "Lạng Sơn", "Cao Bằng", "Điện Biên", "Lai Châu",
             "Hà Tĩnh"]
PLACES = ["An Bình", "Tân Phú", "Hòa Thành", "Phước Long", "Long Hải", "Thạnh Mỹ", "Bình Minh", "Đông Hòa",
          "Tây Sơn", "Ninh Hải", "Hưng Lợi", "Cái Răng", "Mỹ Xuyên", "Vĩnh Thạnh", "Xuân Lộc", "Cẩm Phả"]
CENTRAL = [("NQ", "Nghị quyết", "TW", "Bộ Chính trị", 60), ("KL", "Kết luận", "TW", "Bộ Chính trị", 150),
           ("CT", "Chỉ thị", "TW", "Ban Bí thư", 50), ("QĐ", "Quyết định", "TTg", "Thủ tướng Chính phủ", 120),
           ("CT", "Chỉ thị", "TTg", "Thủ tướng Chính phủ", 40), ("NĐ", "Nghị định", "CP", "Chính phủ", 80)]
TOPICS = ["chuyển đổi số", "cải cách hành chính", "xây dựng Đảng", "phòng, chống tham nhũng",
          "phát triển kinh tế tư nhân", "đổi mới sáng tạo", "an sinh xã hội", "bảo vệ môi trường",
          "công tác cán bộ", "đại hội đảng bộ các cấp", "học tập và làm theo tư tưởng Hồ Chí Minh"]
RELATIONS = ["implements", "based_on", "guided_by", "mentions", "mentions", "linked"]


def central_directives() -> list[dict[str, Any]]:
    out = []
    for kind, name, issuer, body, count in CENTRAL:
        for n in range(1, count + 1):
            year = 2015 + n % 11
            did = f"{n:02d}-{kind}/{issuer}" if issuer == "TW" else (
                f"{n}/{year}/{kind}-{issuer}" if kind == "NĐ" else f"{n}/{kind}-{issuer}")
            out.append({"id": did, "kind_name": name, "issuer_name": body, "issued_date": f"{year}-0{1 + n % 9}-15",
                        "title": f"về {TOPICS[n % len(TOPICS)]}"})
    return out


VERBS = {"implements": "Thực hiện", "based_on": "Căn cứ", "guided_by": "Theo hướng dẫn tại"}


def _sentence(did: str, d: dict[str, Any], relation: str) -> str:
    return f"{VERBS.get(relation, 'Tiếp tục quán triệt')} {d['kind_name']} số {did} ngày {d['date_vi']} " \
           f"của {d['issuer_name']} {d['title']};\n"


def _snippet(body: str, start: int, end: int) -> str:
    a, b = max(0, start - crud.SNIPPET_CHARS), min(len(body), end + crud.SNIPPET_CHARS)
    return ("…" if a else "") + body[a:b].replace("\n", " ").strip() + ("…" if b < len(body) else "")


DOC_COLUMNS = ("id", "sha256", "name", "format", "doc_type", "number", "issuer", "issuer_key", "issued_date",
               "year", "title", "record", "text", "created_at")
CIT_COLUMNS = ("document_id", "directive_id", "relation", "is_parent", "section", "start", "end", "text", "snippet")
DIR_COLUMNS = ("id", "kind", "number", "issuer", "kind_name", "issued_date", "issuer_name", "title",
               "citing_documents")


def _insert(conn: Any, table: str, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
    """Bulk insert: the DB-API's executemany (SQLite '?' / psycopg '%s'), in batches."""
    mark = "?" if conn.dialect.name == "sqlite" else "%s"
    cols = ", ".join(f'"{c}"' for c in columns)
    sql = f"INSERT INTO {table} ({cols}) VALUES ({', '.join([mark] * len(columns))})"
    for start in range(0, len(rows), 20_000):
        conn.exec_driver_sql(sql, rows[start:start + 20_000])


def generate(engine: Engine, n_docs: int, seed: int = 7) -> dict[str, Any]:
    """Bulk-insert n_docs plan records (documents, citations, directives, FTS); returns what was made."""
    rng = random.Random(seed)
    central = central_directives()
    rng.shuffle(central)
    cum: list[float] = []
    total = 0.0
    for i in range(len(central)):  # Zipf: a few directives are cited by a large share of plans
        total += 1 / (i + 1) ** 1.1
        cum.append(total)
    known: dict[str, dict[str, Any]] = {}
    for d in central:
        y, m, day = d["issued_date"].split("-")
        known[d["id"]] = {**d, "date_vi": f"{int(day)}/{int(m)}/{y}"}
    levels: list[list[str]] = [[], [], []]  # plan numbers per level, for the cascade
    docs: list[tuple[Any, ...]] = []
    cits: list[tuple[Any, ...]] = []
    fts: list[tuple[int, str, str]] = []
    counts: dict[str, int] = {}
    now = utcnow()
    sqlite = engine.dialect.name == "sqlite"
    n_top = max(10, n_docs // 40)
    tail = "I. MỤC ĐÍCH, YÊU CẦU\n1. Các cấp ủy, tổ chức đảng quán triệt, triển khai nghiêm túc.\n" \
           "II. NHIỆM VỤ, GIẢI PHÁP\nBan Tuyên giáo chủ trì, phối hợp Văn phòng, hoàn thành trong quý IV.\n"
    for i in range(1, n_docs + 1):
        r = rng.random()
        level = 0 if i <= n_top else (1 if r < 0.3 else 2)
        prov = PROVINCES[i % len(PROVINCES)]
        place = PLACES[int(r * 1000) % len(PLACES)]
        issuer, code = [(f"Tỉnh ủy {prov}", "TU"), (f"Huyện ủy {place}", f"HU{i % 97}"),
                        (f"Đảng ủy xã {place}", f"ĐU{i % 89}")][level]
        number = f"{i}-KH/{code}"
        year = 2020 + i % 6
        issued = f"{year}-{1 + i % 12:02d}-{1 + i % 28:02d}"
        cited: dict[str, str] = {}
        parent_pool = levels[level - 1] if level else []
        if parent_pool:
            window = parent_pool[-2000:]
            cited[window[int(rng.random() * len(window))]] = "implements" if rng.random() < 0.7 else "based_on"
        for d in rng.choices(central, cum_weights=cum, k=1 + i % 5):
            if d["id"] not in cited:
                cited[d["id"]] = "implements" if not cited else RELATIONS[int(rng.random() * len(RELATIONS))]
        title = f"Kế hoạch thực hiện {TOPICS[i % len(TOPICS)]} năm {year}"
        body = f"{issuer.upper()}\nSố: {number}\n{place}, ngày {issued}\nKẾ HOẠCH\n{title}\n"
        cit_json = []
        for did, rel in cited.items():
            body += _sentence(did, known[did], rel)
            start = body.rindex(did)
            end = start + len(did)
            cits.append((i, did, rel, rel == "implements", "I", start, end, did, _snippet(body, start, end)))
            cit_json.append({"id": did, "relation": rel, "section": "I", "start": start, "end": end, "text": did,
                             "form": "full"})
            counts[did] = counts.get(did, 0) + 1
        body += tail
        record = {"schema_version": "1.0",
                  "source": {"name": f"{i}.txt", "sha256": f"{i:064x}", "format": "txt", "chars": len(body)},
                  "document": {"system": "party", "doc_type": "KH", "doc_type_name": "Kế hoạch", "number": number,
                               "issued_date": issued, "issuer": issuer, "title": title},
                  "citations": cit_json, "directives": [{"id": c, "relations": [r]} for c, r in cited.items()]}
        docs.append((i, f"{i:064x}", f"{i}.txt", "txt", "KH", number, issuer, issuer.casefold(), issued, year, title,
                     json.dumps(record, ensure_ascii=False), body, now))
        if level < 2:
            levels[level].append(number)
            known[number] = {"kind_name": "Kế hoạch", "issuer_name": issuer, "title": title,
                             "issued_date": issued, "date_vi": f"{1 + i % 28}/{1 + i % 12}/{year}"}
        if sqlite:
            fts.append((i, title, body))
    dir_rows = []
    for did, d in known.items():
        kind, num, iss = crud.directive_key(did)
        dir_rows.append((did, kind, num, iss, d["kind_name"], d.get("issued_date"), d["issuer_name"], d["title"],
                         counts.get(did, 0)))
    with engine.begin() as conn:
        if sqlite:
            conn.exec_driver_sql("PRAGMA synchronous=OFF")
        _insert(conn, "documents", DOC_COLUMNS, docs)
        _insert(conn, "citations", CIT_COLUMNS, cits)
        _insert(conn, "directives", DIR_COLUMNS, dir_rows)
        if sqlite:
            conn.exec_driver_sql("INSERT INTO documents_fts(rowid, title, text) VALUES (?, ?, ?)", fts)
        else:
            conn.execute(text("SELECT setval('documents_id_seq', :n)"), {"n": n_docs})
    return {"documents": len(docs), "citations": len(cits), "directives": len(dir_rows), "popularity": counts}


def forgiving(did: str, rng: random.Random) -> str:
    """The ways a person types a directive: canonical, reordered, 'KL 01', 'Kết luận 01'."""
    kind, num, issuer = crud.directive_key(did)
    forms = [did]
    if kind and num is not None and "-" in did and did.index("-") < did.index("/"):
        forms += [f"{num:02d}/{kind}-{issuer}", f"{kind} {num:02d}"]
        if issuer == "TW":
            forms.append(f"số {num}-{kind}/TƯ")
    return rng.choice(forms)


def percentile(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, round(p / 100 * (len(s) - 1)))]


def measure(n_docs: int = 100_000, *, queries: int = 500, database_url: str | None = None) -> dict[str, Any]:
    from fastapi.testclient import TestClient

    from service.app import create_app
    from service.settings import Settings

    with tempfile.TemporaryDirectory(prefix="kehoach-bench-") as tmp:
        url = database_url or f"sqlite:///{tmp}/bench.sqlite3"
        engine = make_engine(url)
        migrate(engine)
        t0 = time.perf_counter()
        made = generate(engine, n_docs)
        gen_s = time.perf_counter() - t0
        if engine.dialect.name == "sqlite":
            with engine.begin() as conn:
                conn.exec_driver_sql("ANALYZE")
        engine.dispose()

        app = create_app(Settings(database_url=url, public_read=True))
        rng = random.Random(11)
        popular = sorted(made["popularity"].items(), key=lambda kv: -kv[1])
        ids = [d for d, _ in popular]
        weights = [n for _, n in popular]
        with TestClient(app) as client:
            refs = [forgiving(d, rng) for d in rng.choices(ids, weights, k=queries)]
            refs += [forgiving(d, rng) for d, _ in popular[:20]]  # the most cited, every time
            for ref in refs[:20]:  # warm-up
                client.get("/directives/citing", params={"ref": ref})
            cold, _, _ = asyncio.run(_citing_over_asgi(app, refs))  # first touch of the database pages
            times, found, ambiguous = asyncio.run(_citing_over_asgi(app, refs))
            tc_times = []
            for ref in refs:
                t = time.perf_counter()
                client.get("/directives/citing", params={"ref": ref})
                tc_times.append((time.perf_counter() - t) * 1000)
            store_times = []
            with app.state.sessionmaker() as session:
                for ref in refs:
                    t = time.perf_counter()
                    res = crud.resolve_ref(session, ref=ref)
                    if res.id:
                        crud.citing(session, directive_id=res.id)
                    store_times.append((time.perf_counter() - t) * 1000)
            tree_times = []
            for d in ids[:50]:
                t = time.perf_counter()
                client.get("/directives/tree", params={"ref": d})
                tree_times.append((time.perf_counter() - t) * 1000)

            corpus = sorted((ROOT / "corpus" / "documents").glob("*.txt"))
            write = {"Authorization": "Bearer " + _token(app)}
            t = time.perf_counter()
            stored = 0
            for p in corpus:
                r = client.post("/documents", files={"file": (p.name, p.read_bytes())}, headers=write)
                stored += r.status_code == 201
            up_s = time.perf_counter() - t
    return {
        "database": engine.dialect.name,
        "documents": made["documents"], "citations": made["citations"], "directives": made["directives"],
        "most_cited_by": popular[0][1], "generate_s": round(gen_s, 1),
        "citing_queries": len(times), "citing_found": found, "citing_ambiguous": ambiguous,
        "citing_p50_ms": round(statistics.median(times), 2), "citing_p99_ms": round(percentile(times, 99), 2),
        "cold_citing_p50_ms": round(statistics.median(cold), 2),
        "cold_citing_p99_ms": round(percentile(cold, 99), 2),
        "testclient_citing_p50_ms": round(statistics.median(tc_times), 2),
        "testclient_citing_p99_ms": round(percentile(tc_times, 99), 2),
        "store_citing_p50_ms": round(statistics.median(store_times), 2),
        "store_citing_p99_ms": round(percentile(store_times, 99), 2),
        "tree_p50_ms": round(statistics.median(tree_times), 2), "tree_p99_ms": round(percentile(tree_times, 99), 2),
        "upload_docs": stored, "upload_docs_per_s": round(stored / up_s, 2) if up_s else None,
    }


async def _citing_over_asgi(app: Any, refs: list[str]) -> tuple[list[float], int, int]:
    """GET /directives/citing in process over ASGI (httpx): the app's own cost, without the
    TestClient's extra thread hand-offs, which dominate the tail on a loaded 2-core machine."""
    import httpx

    times, found, ambiguous = [], 0, 0
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
        for ref in refs[:20]:
            await client.get("/directives/citing", params={"ref": ref})
        for ref in refs:
            t = time.perf_counter()
            r = await client.get("/directives/citing", params={"ref": ref})
            times.append((time.perf_counter() - t) * 1000)
            body = r.json()
            found += r.status_code == 200 and body["count"] > 0
            ambiguous += r.status_code == 200 and bool(body["candidates"])  # "CT 15": TW or TTg?
    return times, found, ambiguous


def _token(app: Any) -> str:
    with app.state.sessionmaker() as session:
        token = crud.create_token(session, scope="write", name="bench")
        session.commit()
    return token


if __name__ == "__main__":
    import argparse
    import json

    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--database-url", default=None, help="default: a temp SQLite file")
    args = ap.parse_args()
    print(json.dumps(measure(args.docs, database_url=args.database_url), ensure_ascii=False, indent=2))
