"""CI outputs a pipeline can consume, configuration files, and the help text.

Every JSON output is validated against the JSON Schema files the package
ships (``compare/schemas/``), the JUnit XML against the Jenkins xunit
plugin's ``junit-10.xsd`` (``tests/data/schemas/``), GitLab Code Quality
structurally (GitLab publishes no schema file we could ship).
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from compare import pipeline, schemas
from compare.cli import build_parser, main
from compare.model import SCHEMA, Verdict
from compare.schema import facts_to_dict, report_to_dict

ROOT = Path(__file__).resolve().parents[1]
XSD = ROOT / "tests" / "data" / "schemas" / "junit-10.xsd"
TROOPS_A = "Russia has massed about 100,000 troops near the border with Ukraine, officials said on Monday.\n"
TROOPS_B = (
    "Talks ended in Geneva.\n\nRussia has deployed 175,000 troops near the border with Ukraine, "
    "U.S. officials said on Monday.\n"
)


def validator(name: str) -> Draft202012Validator:
    schema = schemas.load(name)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def assert_valid(name: str, data: Any) -> None:
    errors = sorted(validator(name).iter_errors(data), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]


@pytest.fixture
def story(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository with one story whose two articles conflict; the working directory."""
    s = tmp_path / "stories" / "troops"
    s.mkdir(parents=True)
    (s / "rfe.txt").write_text(TROOPS_A, encoding="utf-8")
    (s / "wsj.txt").write_text(TROOPS_B, encoding="utf-8")
    (s / "sources.toml").write_text(
        '[[source]]\nfile = "rfe.txt"\noutlet = "RFE/RL"\npublished = 2022-01-10\n\n'
        '[[source]]\nfile = "wsj.txt"\noutlet = "WSJ"\npublished = 2022-01-10\n',
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    return tmp_path


# --- JSON Schema files -----------------------------------------------------------------


def test_schema_files_follow_the_model() -> None:
    report = schemas.load(schemas.REPORT)
    versions = report["properties"]["schema"]["enum"]
    assert SCHEMA in versions, "a new report version: describe it in compare/schemas/report.schema.json"
    assert versions == sorted(versions, key=lambda v: int(v.rsplit("/", 1)[1]))
    assert {v.value for v in Verdict} <= set(report["$defs"]["verdict"]["enum"])
    from compare.ci import BASELINE_SCHEMA

    assert schemas.load(schemas.BASELINE)["properties"]["schema"]["const"] == BASELINE_SCHEMA


def test_seed_report_and_facts_validate() -> None:
    report = pipeline.run([str(ROOT / "seeds")], jobs=1)
    data = report_to_dict(report)
    assert_valid(schemas.REPORT, data)
    assert_valid(schemas.REPORT, facts_to_dict(report))
    # The schema is not vacuous: a wrong verdict, a missing key or a stray field fail.
    broken = json.loads(json.dumps(data))
    broken["findings"][0]["verdict"] = "maybe"
    del broken["facts"][0]["start"]
    broken["documents"][0]["colour"] = "red"
    assert len(list(validator(schemas.REPORT).iter_errors(broken))) == 3
    # Each version says what it may hold: divergence/1 has no 'updated' verdict and no 'event'.
    first = json.loads(json.dumps(data))
    first["schema"] = "divergence/1"
    for finding in first["findings"]:
        finding.pop("event", None)
    first["summary"].pop("updated", None)
    assert_valid(schemas.REPORT, first)
    first["findings"][0]["verdict"] = "updated"
    first["findings"][1]["event"] = "call"
    assert len(list(validator(schemas.REPORT).iter_errors(first))) == 2
    second = json.loads(json.dumps(first))
    second["schema"] = "divergence/2"
    assert_valid(schemas.REPORT, second)


def test_check_json_and_baseline_validate(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["check", "stories", "-j", "1", "--no-cache"]
    assert main([*args, "--format", "json"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert_valid(schemas.REPORT, out)
    assert out["new"] and out["check"]["exit_status"] == 1
    assert main([*args, "--update-baseline", "-q"]) == 0
    baseline = json.loads((story / "divergence-baseline.json").read_text(encoding="utf-8"))
    assert_valid(schemas.BASELINE, baseline)
    assert baseline["findings"][0]["pairs"]
    assert_valid(schemas.BASELINE, {"schema": "divergence-baseline/1", "findings": [{"fingerprint": "ab"}]})
    wrong = {"schema": "divergence-baseline/9", "findings": {}}
    errors = list(validator(schemas.BASELINE).iter_errors(wrong))
    assert len(errors) == 2


# --- several outputs in one run ------------------------------------------------------------


def test_several_outputs_in_one_run(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["check", "stories", "-j", "1", "--no-cache", "--output", "sarif=out/divergence.sarif",
                   "--output", "junit=out/junit.xml", "--output", "gitlab=gl-code-quality-report.json",
                   "--output", "json=out/check.json"])
    assert status == 1  # the files are written whatever the status
    captured = capsys.readouterr()
    assert "1 new divergence (conflict)" in captured.out  # text still on the log
    assert json.loads((story / "out" / "divergence.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert_valid(schemas.REPORT, json.loads((story / "out" / "check.json").read_text(encoding="utf-8")))
    assert (story / "out" / "junit.xml").read_text(encoding="utf-8").startswith("<?xml")
    assert json.loads((story / "gl-code-quality-report.json").read_text(encoding="utf-8"))


def test_output_file_takes_the_format_off_standard_output(
    story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "stories", "-j", "1", "--no-cache", "--format", "sarif",
                 "--output-file", "d.sarif", "-q"]) == 1
    assert capsys.readouterr().out == ""
    assert json.loads((story / "d.sarif").read_text(encoding="utf-8"))["runs"]


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--output", "sarif"], "expected FORMAT=PATH"),
        (["--output", "pdf=x.pdf"], "unknown format pdf"),
        (["--output", "sarif=a.json", "--output", "json=a.json"], "two outputs name the same file"),
    ],
)
def test_bad_output_specs_are_exit_2(
    story: Path, capsys: pytest.CaptureFixture[str], extra: list[str], message: str
) -> None:
    assert main(["check", "stories", "-j", "1", "--no-cache", *extra]) == 2
    err = capsys.readouterr().err
    assert err.startswith("divergence: error: ") and message in err and len(err.splitlines()) == 1


# --- JUnit against the Jenkins xunit schema ---------------------------------------------------


def test_junit_is_valid_against_the_xunit_schema_with_file_and_line(
    story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from lxml import etree

    schema = etree.XMLSchema(etree.parse(str(XSD)))
    assert main(["check", "stories", "-j", "1", "--no-cache", "--format", "junit"]) == 1
    xml = capsys.readouterr().out
    doc = etree.fromstring(xml.encode("utf-8"))
    assert schema.validate(doc), schema.error_log
    cases = doc.findall(".//testcase")
    assert cases and all(c.get("file") and c.get("line") for c in cases)
    failing = [c for c in cases if c.find("failure") is not None]
    # The failing case points at the first excerpt: RFE/RL's line 1.
    assert [(c.get("file"), c.get("line")) for c in failing] == [("stories/troops/rfe.txt", "1")]
    # A stale entry (skipped case) still validates and points at the baseline file.
    (story / "divergence-baseline.json").write_text(
        '{"schema": "divergence-baseline/1", "findings": [{"fingerprint": "0123456789abcdef"}]}',
        encoding="utf-8",
    )
    main(["check", "stories", "-j", "1", "--no-cache", "--format", "junit"])
    doc = etree.fromstring(capsys.readouterr().out.encode("utf-8"))
    assert schema.validate(doc), schema.error_log
    skipped = [c for c in doc.findall(".//testcase") if c.find("skipped") is not None]
    assert [c.get("file") for c in skipped] == ["divergence-baseline.json"]


# --- GitLab Code Quality --------------------------------------------------------------------


def test_gitlab_code_quality_report(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "stories", "-j", "1", "--no-cache", "--format", "gitlab"]) == 1
    issues = json.loads(capsys.readouterr().out)
    assert isinstance(issues, list) and len(issues) == 2  # one per excerpt of the conflict
    for issue in issues:
        assert set(issue) == {"description", "check_name", "fingerprint", "severity", "location"}
        assert issue["severity"] == "critical" and issue["check_name"] == "divergence/conflict"
        assert "100,000" in issue["description"] or "100000" in issue["description"]
        assert not os.path.isabs(issue["location"]["path"])
        assert issue["location"]["lines"]["begin"] >= 1
    assert [(i["location"]["path"], i["location"]["lines"]["begin"]) for i in issues] == [
        ("stories/troops/rfe.txt", 1), ("stories/troops/wsj.txt", 3)]
    assert len({i["fingerprint"] for i in issues}) == 2
    # Accepted, the same divergence is information only, with the same fingerprints.
    assert main(["check", "stories", "-j", "1", "--no-cache", "--update-baseline", "-q"]) == 0
    capsys.readouterr()
    assert main(["check", "stories", "-j", "1", "--no-cache", "--format", "gitlab"]) == 0
    accepted = json.loads(capsys.readouterr().out)
    assert [i["severity"] for i in accepted] == ["info", "info"]
    assert [i["fingerprint"] for i in accepted] == [i["fingerprint"] for i in issues]


# --- configuration ----------------------------------------------------------------------------


def test_pyproject_configuration_and_command_line_overrides(
    story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (story / "pyproject.toml").write_text(
        '[project]\nname = "newsroom"\n\n[tool.divergence]\npaths = ["stories"]\nexclude = ["drafts"]\n'
        'baseline = "ci/baseline.json"\nfail-on = "conflict"\ncheck-format = "json"\n'
        'outputs = { junit = "ci/junit.xml" }\nformats = ["json"]\nout = "public"\njobs = 1\n',
        encoding="utf-8",
    )
    (story / "stories" / "troops" / "drafts").mkdir()
    (story / "stories" / "troops" / "drafts" / "x.txt").write_text("Draft: 250,000 troops.", encoding="utf-8")
    assert main(["check", "--no-cache"]) == 1
    out = json.loads(capsys.readouterr().out)  # check-format = "json"
    assert [d["path"] for d in out["documents"]] == ["stories/troops/rfe.txt", "stories/troops/wsj.txt"]
    assert out["check"]["baseline"] == "ci/baseline.json"
    assert (story / "ci" / "junit.xml").is_file()
    # The command line wins; from a subdirectory, configured paths still mean the same files.
    os.chdir(story / "stories")
    assert main(["check", "--no-cache", "--format", "text", "--fail-on", "compatible"]) == 1
    assert "new divergence" in capsys.readouterr().out
    assert main(["report", "-q"]) == 0
    assert sorted(p.name for p in (story / "public").iterdir()) == ["divergence.json"]


def test_divergence_toml_wins_and_bad_keys_name_the_file(
    story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (story / "pyproject.toml").write_text('[tool.divergence]\npaths = ["nowhere"]\n', encoding="utf-8")
    (story / "divergence.toml").write_text('paths = ["stories"]\ncheck-format = "gitlab"\n', encoding="utf-8")
    assert main(["check", "--no-cache", "-j", "1"]) == 1
    assert json.loads(capsys.readouterr().out)[0]["check_name"] == "divergence/conflict"
    (story / "divergence.toml").write_text('paths = ["stories"]\nfial-on = "conflict"\n', encoding="utf-8")
    assert main(["check", "--no-cache", "-j", "1"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("divergence: error: divergence.toml: unknown key 'fial-on' (known keys: ")
    (story / "divergence.toml").write_text('paths = "stories"\n', encoding="utf-8")
    assert main(["check", "--no-cache", "-j", "1"]) == 2
    assert "divergence.toml: paths must be a list of strings" in capsys.readouterr().err
    assert main(["check", "--no-cache", "-j", "1", "--config", "missing.toml"]) == 2
    assert "missing.toml: no such configuration file" in capsys.readouterr().err


def test_without_path_or_configuration_the_message_says_what_to_pass(
    story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("divergence: error: no PATH given and no configuration found: pass the "
                          "articles (divergence report stories/), or add paths = [\"stories\"] under "
                          "[tool.divergence]")
    assert len(err.splitlines()) == 1


def test_this_repository_reports_on_its_seeds_without_arguments() -> None:
    from compare import config

    settings = config.load(ROOT / "pyproject.toml")
    assert [Path(p).resolve() for p in settings.get("paths")] == [(ROOT / "seeds").resolve()]


# --- help --------------------------------------------------------------------------------------


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def test_every_option_has_help_and_every_command_examples_and_exit_statuses() -> None:
    parser = build_parser()
    commands = _subparsers(parser)
    assert set(commands) == {"facts", "report", "check"}
    for name, sub in commands.items():
        text = sub.format_help()
        assert "examples:" in text and f"divergence {name}" in text, name
        assert "exit statuses:" in text and "  2    usage or input error" in text, name
        for action in sub._actions:
            assert action.help, f"{name} {action.option_strings or action.dest} has no help"
    assert "  1    a divergence at or above --fail-on" in commands["check"].format_help()
    assert "  1 " not in commands["report"].format_help().split("exit statuses:")[1]
    # Options that take a value show an example of it.
    for name, sub in commands.items():
        for action in sub._actions:
            if action.option_strings and action.nargs != 0 and action.choices is None and action.dest not in {
                "help", "scheduler"
            }:
                assert "e.g." in (action.help or ""), f"{name} {action.option_strings}: no example"


def test_every_command_takes_the_shared_input_options_last_and_in_one_order() -> None:
    # --help lists options in the order they are added: the shared ones come
    # last, grouped as the parser builds them (limits, workers, quiet, files, config).
    shared = ["strict", "max_bytes", "max_facts", "jobs", "engine", "scheduler", "quiet", "include"]
    shared += ["exclude", "config"]
    commands = _subparsers(build_parser())
    assert sorted(commands) == ["check", "facts", "report"]
    for command in commands.values():
        assert [a.dest for a in command._actions][-len(shared) :] == shared


def test_every_command_reads_paths_and_keeps_its_examples_as_written() -> None:
    for name, command in _subparsers(build_parser()).items():
        paths = next(a for a in command._actions if a.dest == "paths")
        assert paths.nargs == "*" and paths.metavar == "PATH" and not paths.option_strings
        assert command.formatter_class is argparse.RawDescriptionHelpFormatter
        assert command.epilog is not None and command.epilog.startswith(f"examples:\n  divergence {name} ")
