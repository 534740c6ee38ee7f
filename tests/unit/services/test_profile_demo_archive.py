"""Enrolling a demo laptop: the demo profile is put aside, enrolment runs, a failure puts it back.

Real files in `tmp_path`, a real branch API on 127.0.0.1, the real encrypted store. A killed
process is played by raising from the `on_step` hook between two steps; the folder it leaves is
then checked the way the app would find it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func
from sqlmodel import select

from bpu_enroll.branch.server import create_branch_app
from bpu_enroll.domain.errors import BpuError
from bpu_enroll.services.enrolment import Enrolled, enrol_laptop
from bpu_enroll.services.profile import (
    DEMO_ARCHIVE_PREFIX,
    MOVING_MARKER,
    archive_demo_profile,
    demo_archives,
    demo_init,
    is_demo_profile,
    latest_demo_archive,
    profile_exists,
    restore_archived_demo,
)
from bpu_enroll.services.registration import RegistrationService
from bpu_enroll.services.session import login_screen, unlock
from bpu_enroll.store.db import DB_FILE
from bpu_enroll.store.keyring import KEYRING_FILE
from bpu_enroll.store.keys import FAST_KDF
from bpu_enroll.store.models import Registration
from bpu_enroll.sync.client import RetryPolicy, SyncRefused, SyncUnavailable
from bpu_enroll.sync.laptop_store import SyncState, load_sync_state, save_sync_state
from tests.integration.helpers import OFFICER, PASSWORD, Branch, ServerThread, make_branch
from tests.integration.pg import free_port
from tests.unit.services.conftest import FakeClock
from tests.unit.services.samples import registration

ONE_TRY = RetryPolicy(attempts=1)


class Killed(BaseException):
    """Plays a process killed between two steps (nothing after it runs)."""


@pytest.fixture(scope="module")
def branch(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Branch, str]]:
    """A branch and its real API on loopback (shared: every test asks its own code)."""
    folder = tmp_path_factory.mktemp("branch")
    made = make_branch(f"sqlite:///{folder / 'branch.db'}")
    server = ServerThread(create_branch_app(made.engine)).start()
    try:
        yield made, server.url
    finally:
        server.stop()
        made.engine.dispose()


@pytest.fixture
def demo_dir(profile_dir: Path, clock: FakeClock) -> Path:
    """The demo profile with two practice registrations."""
    with unlock(profile_dir, "demo", "demo", now=clock) as session:
        service = RegistrationService(session)
        service.finalise(registration(1))
        service.finalise(registration(2))
    return profile_dir


def _demo_registrations(data_dir: Path, clock: FakeClock) -> int:
    """Sign in to the demo profile and count its registrations."""
    with unlock(data_dir, "demo", "demo", now=clock) as session, session.store.session() as db:
        return int(db.exec(select(func.count()).select_from(Registration)).one())


def _enrol(
    data_dir: Path, branch: tuple[Branch, str], clock: FakeClock, code: str = ""
) -> Enrolled:
    made, url = branch
    return enrol_laptop(
        data_dir,
        server_url=url,
        code=code or made.code().code,
        fingerprint=None,
        now=clock(),
        retry=ONE_TRY,
        replace_demo=True,
    )


def test_archive_then_enrol_makes_a_laptop_of_the_branch(
    demo_dir: Path, branch: tuple[Branch, str], clock: FakeClock
) -> None:
    enrolled = _enrol(demo_dir, branch, clock)

    assert enrolled.branch_code == "JKT01"
    screen = login_screen(demo_dir)
    assert screen.branch_code == "JKT01"
    assert [o.username for o in screen.officers] == [OFFICER]
    with unlock(demo_dir, OFFICER, PASSWORD, now=clock) as session:
        assert RegistrationService(session).count() == 0  # practice records stay behind
    assert load_sync_state(demo_dir).server_url == branch[1]
    archive = enrolled.demo_archive
    assert archive == demo_dir / f"{DEMO_ARCHIVE_PREFIX}20260510T030000Z"
    assert (archive / KEYRING_FILE).is_file() and (archive / DB_FILE).is_file()
    assert not (archive / MOVING_MARKER).exists()
    assert branch[0].records() == {}  # nothing of the demo was sent
    assert not is_demo_profile(demo_dir)


def test_a_refused_code_puts_the_demo_back(
    demo_dir: Path, branch: tuple[Branch, str], clock: FakeClock
) -> None:
    with pytest.raises(SyncRefused) as refused:
        _enrol(demo_dir, branch, clock, code="AAAA-BBBB-CCCC")

    assert refused.value.code
    assert is_demo_profile(demo_dir)
    assert _demo_registrations(demo_dir, clock) == 2
    assert demo_archives(demo_dir) == []


def test_an_unreachable_branch_puts_the_demo_back(demo_dir: Path, clock: FakeClock) -> None:
    with pytest.raises(SyncUnavailable):
        enrol_laptop(
            demo_dir,
            server_url=f"http://127.0.0.1:{free_port()}",
            code="AAAA-BBBB-CCCC",
            fingerprint=None,
            now=clock(),
            retry=ONE_TRY,
            replace_demo=True,
        )

    assert is_demo_profile(demo_dir)
    assert _demo_registrations(demo_dir, clock) == 2
    assert demo_archives(demo_dir) == []


def test_without_the_flag_the_demo_is_refused(
    demo_dir: Path, branch: tuple[Branch, str], clock: FakeClock
) -> None:
    made, url = branch
    with pytest.raises(BpuError) as refused:
        enrol_laptop(demo_dir, server_url=url, code=made.code().code, fingerprint=None, now=clock())
    assert refused.value.code == "PROFILE_EXISTS"
    assert is_demo_profile(demo_dir)


def test_an_enrolled_profile_is_never_put_aside(
    tmp_path: Path, branch: tuple[Branch, str], clock: FakeClock
) -> None:
    laptop = tmp_path / "enrolled"
    _enrol(laptop, branch, clock)  # an empty folder: a plain enrolment
    before = sorted(p.name for p in laptop.iterdir())

    with pytest.raises(BpuError) as refused:
        _enrol(laptop, branch, clock)
    assert refused.value.code == "PROFILE_EXISTS"
    with pytest.raises(BpuError) as again:
        archive_demo_profile(laptop, clock())
    assert again.value.code == "PROFILE_EXISTS"
    assert sorted(p.name for p in laptop.iterdir()) == before
    assert login_screen(laptop).branch_code == "JKT01"


def test_a_demo_branch_code_with_a_server_is_not_the_demo(demo_dir: Path, clock: FakeClock) -> None:
    save_sync_state(demo_dir, SyncState(server_url="https://cabang.example"))
    assert not is_demo_profile(demo_dir)
    with pytest.raises(BpuError) as refused:
        archive_demo_profile(demo_dir, clock())
    assert refused.value.code == "PROFILE_EXISTS"
    assert profile_exists(demo_dir) and demo_archives(demo_dir) == []


def test_the_open_store_cannot_be_put_aside(demo_dir: Path, clock: FakeClock) -> None:
    with unlock(demo_dir, "demo", "demo", now=clock), pytest.raises(BpuError) as locked:
        archive_demo_profile(demo_dir, clock())
    assert locked.value.code == "STORE_LOCKED"
    assert is_demo_profile(demo_dir)


def _steps(run: object) -> list[str]:
    seen: list[str] = []
    assert callable(run)
    run(seen.append)
    return seen


def _assert_consistent(
    data_dir: Path, branch: tuple[Branch, str], clock: FakeClock, registrations: int
) -> None:
    """The demo profile whole, or a folder the next enrolment accepts with the demo kept."""
    if profile_exists(data_dir):
        assert is_demo_profile(data_dir)
        assert _demo_registrations(data_dir, clock) == registrations
        return
    # What the app finds: no profile. The demo can still be put back whole ...
    restore_archived_demo(data_dir, now=clock())
    assert _demo_registrations(data_dir, clock) == registrations
    # ... and enrolment works from it as from a fresh start.
    archive_demo_profile(data_dir, clock())
    enrolled = enrol_laptop(
        data_dir,
        server_url=branch[1],
        code=branch[0].code().code,
        fingerprint=None,
        now=clock(),
        retry=ONE_TRY,
    )
    assert enrolled.branch_code == "JKT01"
    archive = latest_demo_archive(data_dir)
    assert archive is not None and (archive / DB_FILE).is_file()


def test_a_kill_while_archiving_leaves_a_consistent_folder(
    tmp_path: Path, branch: tuple[Branch, str], clock: FakeClock
) -> None:
    probe = tmp_path / "probe"
    demo_init(probe, kdf=FAST_KDF, now=clock)
    steps = _steps(lambda hook: archive_demo_profile(probe, clock(), on_step=hook))
    assert steps[:2] == ["marked", KEYRING_FILE] and DB_FILE in steps

    for index, name in enumerate(steps):
        data_dir = tmp_path / f"kill-{index}"
        demo_init(data_dir, kdf=FAST_KDF, now=clock)
        with unlock(data_dir, "demo", "demo", now=clock) as session:
            RegistrationService(session).finalise(registration(index + 1))

        def kill(step: str, at: str = name) -> None:
            if step == at:
                raise Killed(step)

        with pytest.raises(Killed):
            archive_demo_profile(data_dir, clock(), on_step=kill)
        assert profile_exists(data_dir) == (index == 0), name
        _assert_consistent(data_dir, branch, clock, registrations=1)


def test_a_kill_while_restoring_leaves_a_consistent_folder(
    tmp_path: Path, branch: tuple[Branch, str], clock: FakeClock
) -> None:
    probe = tmp_path / "probe"
    demo_init(probe, kdf=FAST_KDF, now=clock)
    archive_demo_profile(probe, clock())
    steps = _steps(lambda hook: restore_archived_demo(probe, now=clock(), on_step=hook))
    assert steps[0] == "marked" and steps[-1] == KEYRING_FILE

    for index, name in enumerate(steps):
        data_dir = tmp_path / f"kill-{index}"
        demo_init(data_dir, kdf=FAST_KDF, now=clock)
        with unlock(data_dir, "demo", "demo", now=clock) as session:
            RegistrationService(session).finalise(registration(index + 1))
        archive_demo_profile(data_dir, clock())

        def kill(step: str, at: str = name) -> None:
            if step == at:
                raise Killed(step)

        with pytest.raises(Killed):
            restore_archived_demo(data_dir, now=clock(), on_step=kill)
        assert profile_exists(data_dir) == (name == KEYRING_FILE), name
        _assert_consistent(data_dir, branch, clock, registrations=1)


def test_a_kill_between_archive_and_enrolment_leaves_a_folder_ready_to_enrol(
    demo_dir: Path, branch: tuple[Branch, str], clock: FakeClock
) -> None:
    archive = archive_demo_profile(demo_dir, clock())
    assert not profile_exists(demo_dir)
    assert {p.name for p in demo_dir.iterdir()} <= {archive.name, "store.lock", "keyring.lock"}

    made, url = branch
    enrolled = enrol_laptop(
        demo_dir, server_url=url, code=made.code().code, fingerprint=None, now=clock()
    )
    assert enrolled.branch_code == "JKT01"
    assert latest_demo_archive(demo_dir) == archive


def test_enrolling_after_a_kill_while_restoring_keeps_the_demo_whole_in_its_archive(
    demo_dir: Path, branch: tuple[Branch, str], clock: FakeClock
) -> None:
    archive = archive_demo_profile(demo_dir, clock())

    def kill(step: str) -> None:
        if step == DB_FILE:
            raise Killed(step)

    with pytest.raises(Killed):
        restore_archived_demo(demo_dir, archive, now=clock(), on_step=kill)
    assert (demo_dir / DB_FILE).is_file() and not profile_exists(demo_dir)

    made, url = branch
    enrol_laptop(demo_dir, server_url=url, code=made.code().code, fingerprint=None, now=clock())

    assert login_screen(demo_dir).branch_code == "JKT01"
    assert (archive / DB_FILE).is_file() and (archive / KEYRING_FILE).is_file()
    assert not (archive / MOVING_MARKER).exists()
    assert not list(demo_dir.glob("orphaned-*"))  # the demo's store went home, not astray
