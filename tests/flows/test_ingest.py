from flows.ingest import Rejected, discover, read_all


def bad_folder(tmp_path, seed_text):
    d = tmp_path / "in"
    d.mkdir()
    (d / "empty.txt").write_text("")
    (d / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR" * 10)
    (d / "latin1.txt").write_bytes("Le ministre a déclaré « non ».".encode("latin-1"))
    (d / "batch.jsonl").write_text(
        '{"id": "1", "text": "The mayor said the bridge will reopen in May."}\n'
        '{"id": "2", "text": "broken\n'
        '{"id": "3", "text": "Officials said 40 people were evacuated on Monday."}\n', encoding="utf-8")
    (d / "good.txt").write_text(seed_text, encoding="utf-8")
    (d / "notes.md").write_text("not an input")
    return d


def test_each_bad_input_becomes_one_reject(tmp_path, seed_text):
    files, rejects = discover([bad_folder(tmp_path, seed_text)])
    assert not rejects and len(files) == 5  # notes.md is not an input
    items = list(read_all(files))
    rej = {r.source_path.rsplit("/", 1)[-1] + (f":{r.source_line}" if r.source_line else ""): r.reason
           for r in items if isinstance(r, Rejected)}
    assert rej["empty.txt"] == "empty file"
    assert rej["binary.txt"].startswith("binary file")
    assert rej["latin1.txt"].startswith("not UTF-8")
    assert rej["batch.jsonl:2"].startswith("malformed JSON")
    assert len(rej) == 4
    assert len([a for a in items if not isinstance(a, Rejected)]) == 3


def test_missing_and_unsupported_paths(tmp_path):
    (tmp_path / "a.pdf").write_bytes(b"%PDF")
    _, rejects = discover([tmp_path / "nope", tmp_path / "a.pdf"])
    assert [r.reason.split(" ")[0] for r in rejects] == ["no", "unsupported"]


def test_html_through_trafilatura(tmp_path):
    p = tmp_path / "a.html"
    p.write_text("<html><head><title>T</title></head><body><article><p>"
                 + "The mayor said the bridge will reopen in May after repairs costing $2 million. " * 5
                 + "</p></article><footer>Sign up for our newsletter</footer></body></html>")
    (art,) = list(read_all([p]))
    assert "bridge will reopen" in art.text and "newsletter" not in art.text
