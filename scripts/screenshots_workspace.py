#!/usr/bin/env python3
"""Screenshots of the branch clerk's and supervisor's workspaces, taken by playing a real day.

Run by `scripts/screenshots.sh` under Xvfb after `screenshots.py`. In a throw-away folder: a
branch ("Kantor Cabang Bogor", SQLite) served by uvicorn on 127.0.0.1, two laptops enrolled
through the real protocol that register a day's workers (one worker on both laptops, one record
by an officer revoked at the branch, one voided receipt) and sync; then a branch workstation where
the clerk works through the batches and the review queue and dry-runs a USB batch file, and the
supervisor sees the branch tally, the reconciliation, the officers' activity and the laptops. Saves
`ws-*.png` and `branch-tally.png` (page 1 of the tally PDF, by `pdftoppm`) into `docs/images/`.
Usage: `python scripts/screenshots_workspace.py [--out DIR] [--lang id|en]`.
"""

from __future__ import annotations

import argparse
import secrets
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import httpx
import uvicorn
from PySide6.QtWidgets import QApplication
from sqlalchemy import Engine
from sqlmodel import Session

from bpu_enroll.branch.admin import roster as admin
from bpu_enroll.branch.server import create_branch_app
from bpu_enroll.branch.store.db import open_branch
from bpu_enroll.branch.store.vault import MasterKey
from bpu_enroll.domain.registration import validate_registration
from bpu_enroll.gui.app import AppController, make_context
from bpu_enroll.gui.common.style import apply_look
from bpu_enroll.gui.officer.login import LoginWindow
from bpu_enroll.gui.workspace.window import WorkspaceWindow
from bpu_enroll.services.enrolment import enrol_laptop
from bpu_enroll.services.registration import RegistrationService
from bpu_enroll.services.session import OfficerSession, unlock
from bpu_enroll.services.sync import SyncService
from bpu_enroll.services.workstation import setup_workstation
from bpu_enroll.store.keys import FAST_KDF
from screenshots import save, settle, type_into, wait_until

SIZE = (1366, 728)  # a 1366×768 screen less a 40-px taskbar (SMALLEST_SCREEN)
BRANCH_CODE, BRANCH_NAME, PROVINCE = "BGR01", "Kantor Cabang Bogor", "32"  # Jawa Barat: WIB
# user name, display name, role, password (demo accounts of a throw-away branch)
STAFF = (
    ("siti", "Siti Nurhaliza", "officer", "siti-bogor-1"),
    ("budi", "Budi Hartono", "officer", "budi-bogor-2"),
    ("andi", "Andi Firmansyah", "officer", "andi-bogor-3"),
    ("rina", "Rina Marlina", "clerk", "rina-loket-4"),
    ("hendra", "Hendra Gunawan", "supervisor", "hendra-spv-5"),
)
PASSWORDS = {user: password for user, _name, _role, password in STAFF}


@dataclass(frozen=True)
class Worker:
    """One informal worker as the officer types them in."""

    name: str
    woman: bool
    born: date
    village: str  # 10-digit village code (Kota/Kabupaten Bogor)
    occupation: str
    place: str
    income: int
    jht: bool
    months: int
    cash: bool
    serial: int


# serial | name | sex (L/P) | born | village | occupation | work location | income | flags:
# J = JHT as well, 3 = three months paid, L = pays later (no cash on the spot).
WORKERS = """
11|Euis Komalasari|P|1979-04-12|3271031001|TRD-PASAR|Pasar Bogor|2800000|J
12|Asep Saepudin|L|1986-02-25|3271031002|TRD-SAYUR|Pasar Bogor|2100000|
13|Nining Suryani|P|1990-07-08|3271011001|TRD-KUE|Pasar Gunung Batu|1600000|L
14|Ujang Hermawan|L|1982-09-17|3271051001|TRN-OJEK|Stasiun Bogor|2900000|3
15|Yayat Sudrajat|L|1975-01-30|3271041001|CAS-KULI|Pasar Anyar|1900000|
16|Imas Rohimah|P|1993-12-05|3271061001|TRD-WARUNG|Pasar Kebon Kembang|2400000|J
17|Dadang Kurniawan|L|1988-05-21|3271021001|TRN-OJOL|Terminal Baranangsiang|4100000|JL
18|Cucu Sumarni|P|1970-03-14|3271011002|TRD-MAKANAN|Pasar Anyar|1800000|
19|Rudi Hartanto|L|1995-08-09|3271031002|TRD-KAKI-LIMA|Jl. Suryakencana|2000000|L
20|Lilis Karlina|P|1985-10-27|3271051001|HSV-CUCI|Pasar Kebon Kembang|1500000|
21|Agus Setiawan|L|1980-06-02|3271041001|CAS-PARKIR|Pasar Bogor|1700000|3
71|Dedi Supriyadi|L|1984-11-03|3271021002|TRN-ANGKOT|Terminal Baranangsiang|3200000|J
31|Tatang Suherman|L|1977-02-11|3201011006|TRD-IKAN|Pasar Cibinong|3000000|J
32|Enung Nurjanah|P|1983-09-23|3201011001|TRD-SAYUR|Pasar Cibinong|1900000|
33|Jajang Nurjaman|L|1991-04-04|3201011002|FSH-ABK|Pelabuhan Muara Angke|3500000|J3
34|Wawan Setiawan|L|1987-12-19|3201011003|FSH-NELAYAN|TPI Palabuhanratu|2600000|L
35|Ai Rohayati|P|1996-06-15|3201011006|TRD-KUE|Pasar Citeureup|1400000|
36|Ade Rukmana|L|1973-08-28|3201011001|TRN-OJEK|Terminal Cibinong|2700000|
37|Neneng Hasanah|P|1989-01-09|3201011002|TRD-PASAR|Pasar Citeureup|2300000|JL
38|Dodi Permana|L|1994-03-31|3201011003|TRN-KURIR-ONLINE|Pasar Cibinong|3900000|J
39|Iis Aisyah|P|1981-11-16|3201011006|TRD-WARUNG|Terminal Cibinong|2000000|3
40|Ayi Sopandi|L|1968-05-07|3201011001|CAS-BURUH-HARIAN|Pasar Cibinong|1600000|L
41|Ucup Supriatna|L|1992-10-13|3201011002|FSH-PENGOLAH|Pelabuhan Muara Angke|2500000|
71|Dedy Supriyadi|L|1984-11-03|3271021002|TRN-ANGKOT|Terminal Baranangsiang|3200000|J
51|Sri Mulyani|P|1986-07-20|3201011003|TRD-PASAR|Pasar Cibinong|2200000|
61|Nandang Suhendar|L|1978-12-01|3271011001|TRD-PASAR|Pasar Gunung Batu|2500000|J
62|Yuyun Yuningsih|P|1990-02-14|3271021001|TRD-MAKANAN|Terminal Baranangsiang|1800000|
"""


def parse_workers(text: str) -> list[Worker]:
    """The rows of `WORKERS`."""
    workers = []
    for line in text.strip().splitlines():
        serial, name, sex, born, village, job, place, income, flags = line.split("|")
        workers.append(
            Worker(name, sex == "P", date.fromisoformat(born), village, job, place, int(income),
                   "J" in flags, 3 if "3" in flags else 1, "L" not in flags, int(serial))
        )  # fmt: skip
    return workers


_ALL = parse_workers(WORKERS)
SITI_WORKERS = tuple(_ALL[:12])  # the last one is also registered on Budi's laptop
BUDI_WORKERS = tuple(_ALL[12:24])
REVOKED_WORKER = _ALL[24]  # registered by Andi, revoked at the branch
USB_WORKERS = tuple(_ALL[25:])
STREETS = ("Jl. Suryakencana No. 45", "Gg. Mawar II No. 7", "Jl. Raya Pajajaran No. 120",
           "Kp. Babakan RT 02", "Jl. Mayor Oking No. 18", "Gg. Haji Saleh No. 3")  # fmt: skip


def nik_of(worker: Worker) -> str:
    """A structurally valid NIK: district of the village, birth date (+40 for women), serial."""
    born = worker.born
    day = born.day + 40 if worker.woman else born.day
    return f"{worker.village[:6]}{day:02d}{born.month:02d}{born.year % 100:02d}{worker.serial:04d}"


def registration(worker: Worker, today: date) -> dict[str, Any]:
    """The registration of `worker`, with the cash paid on the spot when they pay now."""
    n = worker.serial
    data: dict[str, Any] = {
        "nik": nik_of(worker), "full_name": worker.name, "birth_place": "Bogor",
        "birth_date": worker.born.isoformat(), "gender": "F" if worker.woman else "M",
        "kk_number": None, "phone": f"0812-{8100 + n * 37:04d}-{4000 + n * 53:04d}",
        "email": None,
        "address": {"street": STREETS[n % len(STREETS)], "rt": str(1 + n % 6),
                    "rw": str(1 + n % 9), "village_code": worker.village},
        "occupation_code": worker.occupation, "occupation_other": None, "business_name": None,
        "work_location": worker.place, "monthly_income": worker.income,
        "programs": ["JKK", "JKM", "JHT"] if worker.jht else ["JKK", "JKM"],
        "employer": False, "government_paid": False, "months_paid": worker.months,
        "cash_paid": None, "consent": True,
    }  # fmt: skip
    if worker.cash:
        quote = validate_registration(data, today=today, lang="id", nik_exists=None).quote
        assert quote is not None, worker.name
        data["cash_paid"] = quote.total
    return data


def register(session: OfficerSession, workers: tuple[Worker, ...]) -> list[str]:
    """Finalise each worker on the laptop; their record ids."""
    service = RegistrationService(session)
    return [str(service.finalise(registration(wk, service.today())).id) for wk in workers]


class BranchServer:
    """The branch API served by uvicorn on 127.0.0.1 in a background thread."""

    def __init__(self, engine: Engine) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = int(probe.getsockname()[1])
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(
            create_branch_app(engine), host="127.0.0.1", port=self.port,
            log_level="error", access_log=False, timeout_graceful_shutdown=2,
        )  # fmt: skip
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the branch server did not start")
            time.sleep(0.05)

    def stop(self) -> None:
        """Ask uvicorn to exit and wait for it."""
        self.server.should_exit = True
        self.thread.join(timeout=15)


def make_branch(folder: Path) -> Engine:
    """The branch on SQLite with its officers, clerk and supervisor."""
    master = MasterKey("file", secrets.token_bytes(32))  # in memory: nothing outlives the run
    engine = open_branch(f"sqlite:///{folder / 'branch.db'}", master, create=True)
    with Session(engine) as db:
        admin.init_branch(
            db, code=BRANCH_CODE, name=BRANCH_NAME, province=PROVINCE,
            kpj_first=32_010_000_001, kpj_last=32_019_999_999,
        )  # fmt: skip
        for username, name, role, password in STAFF:
            admin.add_officer(
                db, username=username, name=name, role=role, password=password, params=FAST_KDF
            )
    return engine


def enrol(engine: Engine, url: str, folder: Path, label: str) -> None:
    """Enrol a laptop at the branch with a one-time code, as `bpu-enroll enrol` does."""
    with Session(engine) as db:
        issued = admin.issue_code(db)
    enrol_laptop(folder, server_url=url, code=issued.code, fingerprint=None,
                 now=datetime.now(UTC), label=label)  # fmt: skip


def sync(session: OfficerSession) -> None:
    """One sync run of the laptop (it sends its report after a completed run)."""
    report = SyncService(session).run()
    if not report.completed:
        raise RuntimeError(f"sync of {session.profile.device_code} did not complete")


def play_the_day(engine: Engine, url: str, folder: Path) -> dict[str, Any]:
    """Two laptops register and sync; one more batch waits on a USB stick. What was made."""
    siti_dir, budi_dir = folder / "laptop-siti", folder / "laptop-budi"
    enrol(engine, url, siti_dir, "Laptop Siti")
    enrol(engine, url, budi_dir, "Laptop Budi")
    with Session(engine) as db:  # Andi has left; laptop 2, not synced since, still knows him
        admin.revoke_officer(db, username="andi")
    andi = unlock(budi_dir, "andi", PASSWORDS["andi"])
    revoked_id = register(andi, (REVOKED_WORKER,))[0]
    andi.close()
    siti = unlock(siti_dir, "siti", PASSWORDS["siti"])
    siti_ids = register(siti, SITI_WORKERS)
    RegistrationService(siti).void(siti_ids[4], "Pekerja membatalkan, salah data penghasilan")
    sync(siti)
    budi = unlock(budi_dir, "budi", PASSWORDS["budi"])
    budi_ids = register(budi, BUDI_WORKERS)
    sync(budi)
    register(siti, USB_WORKERS)  # the afternoon round, sent by USB: the network is down
    usb_file = folder / "FLASHDISK" / "siti-sore.bpu"
    usb_file.parent.mkdir()
    SyncService(siti).export(usb_file)
    return {"siti": siti, "budi": budi, "duplicate": budi_ids[-1], "revoked": revoked_id,
            "usb_file": usb_file, "budi_device": budi.profile.device_code}  # fmt: skip


def sign_in(controller: AppController, username: str) -> WorkspaceWindow:
    """Type the staff account into the workstation's sign-in window; the workspace."""
    wait_until(lambda: isinstance(controller.window, LoginWindow))
    login = controller.window
    assert isinstance(login, LoginWindow)
    wait_until(lambda: login.workstation is not None and login.ui.loginButton.isEnabled())
    login.ui.usernameEdit.clear()
    login.ui.passwordEdit.clear()
    type_into(login.ui.usernameEdit, username)
    type_into(login.ui.passwordEdit, PASSWORDS[username])
    login.ui.loginButton.click()
    wait_until(lambda: isinstance(controller.window, WorkspaceWindow))
    window = controller.window
    assert isinstance(window, WorkspaceWindow)
    window.resize(*SIZE)
    return window


def clerk_day(window: WorkspaceWindow, day: dict[str, Any], out: Path) -> None:
    """The clerk: inbox with a batch open, the review queue, decisions, the USB dry run."""
    window.show_page("batches")
    batches: Any = window.page("batches")
    wait_until(lambda: batches.model.rowCount() == 2)
    row = next(i for i in range(2) if batches.model.row_at(i)["device"] == day["budi_device"])
    batches.ui.batchesView.selectRow(row)
    batches.open_batch(row)
    wait_until(lambda: batches.records.rowCount() > 0)
    batches.ui.splitter.setSizes([170, 600])  # two batches today: room for the records
    save(window, out, "ws-batches")

    window.show_page("review")
    review: Any = window.page("review")
    wait_until(lambda: review.model.rowCount() == 2)
    choose(review, day["duplicate"])
    review.ui.splitter.setSizes([150, 620])  # two records waiting: room for the detail
    save(window, out, "ws-review")
    decide(review, "confirm", None, "NIK sama, ejaan nama berbeda: peserta yang sama.")
    wait_until(lambda: review.model.rowCount() == 1)
    choose(review, day["revoked"])
    decide(review, "request_correction", None,
           "Petugas Andi sudah nonaktif; mohon didaftarkan ulang oleh petugas aktif.")  # fmt: skip
    wait_until(lambda: review.model.rowCount() == 0)

    window.show_page("transfer")
    transfer: Any = window.page("transfer")
    transfer.choose_import_path = lambda: day["usb_file"]
    transfer.ui.chooseFileButton.click()
    wait_until(lambda: transfer.preview is not None and not transfer.busy)
    save(window, out, "ws-import")
    transfer.ui.importButton.click()
    wait_until(lambda: transfer.result is not None and not transfer.busy)


def choose(review: Any, record_id: str) -> None:
    """Select a record of the review queue and wait for its detail."""
    review.ui.queueView.selectRow(review.model.find_row(record_id))
    wait_until(lambda: review.detail is not None and review.detail["record"]["id"] == record_id)


def decide(review: Any, decision: str, reason: str | None, note: str) -> None:
    """Press a decision button and fill in the dialog like the clerk."""
    buttons = {"confirm": review.ui.confirmButton, "request_correction": review.ui.correctionButton}
    buttons[decision].click()
    dialog = review.dialog
    assert dialog is not None
    if reason:
        dialog.choose_reason(reason)
    dialog.ui.noteEdit.setPlainText(note)
    settle(100)
    dialog.ui.decideButton.click()


def supervisor_day(window: WorkspaceWindow, folder: Path, out: Path) -> None:
    """The supervisor: the branch tally (and its PDF), reconciliation, activity, laptops."""
    window.show_page("tally")
    tally: Any = window.page("tally")
    wait_until(lambda: tally.tally is not None and not tally.busy)
    tally.ui.groupingCombo.setCurrentIndex(tally.ui.groupingCombo.findData("officer"))
    wait_until(lambda: tally.tally is not None and not tally.busy)
    save(window, out, "ws-tally")
    saved: list[Path] = []
    tally.ask_save_path = lambda name: folder / name
    tally.saved.connect(saved.append)
    tally.save_pdf()
    wait_until(lambda: bool(saved))
    subprocess.run(
        ["pdftoppm", "-r", "60", "-png", "-singlefile", "-f", "1", "-l", "1",
         str(saved[0]), str(out / "branch-tally")],
        check=True,
    )  # fmt: skip
    print(f"screenshot: {out / 'branch-tally.png'}")

    window.show_page("reconcile")
    reconcile: Any = window.page("reconcile")
    wait_until(lambda: reconcile.model.rowCount() == 2 and not reconcile.busy)
    reconcile.ui.laptopsView.selectRow(0)
    save(window, out, "ws-reconcile")

    window.show_page("activity")
    activity: Any = window.page("activity")
    wait_until(lambda: activity.model.rowCount() == 2 and not activity.busy)
    save(window, out, "ws-activity")

    window.show_page("devices")
    devices: Any = window.page("devices")
    wait_until(lambda: devices.model.rowCount() == 2 and not devices.busy)
    save(window, out, "ws-devices")

    window.show_page("staff")
    staff: Any = window.page("staff")
    wait_until(lambda: staff.model.rowCount() >= 3 and not staff.busy)
    staff.choose("rina")
    save(window, out, "ws-staff")
    staff.unlock()  # as Unlock (Buka kunci) does: the clerk signs in again below
    wait_until(lambda: not staff.busy and not staff.ui.unlockButton.isEnabled())


def lock_sign_in(url: str, username: str) -> None:
    """Wrong passwords for `username` until the branch locks its sign-in (the Staff page shows
    the lock and offers Unlock)."""
    for _ in range(5):
        httpx.post(
            f"{url}/api/v1/staff/login",
            json={"username": username, "password": "salah-" + secrets.token_hex(4)},
            timeout=30,
        )


def run(out: Path, lang: str) -> int:
    """Play the day and save the screenshots."""
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="bpu-demo-") as tmp:
        folder = Path(tmp)
        engine = make_branch(folder)
        server = BranchServer(engine)
        day = play_the_day(engine, server.url, folder)
        station = folder / "workstation"
        setup_workstation(station, server.url, None)
        ctx = make_context(station, lang, app)
        apply_look(app, high_contrast=False, large_font=False)
        controller = AppController(ctx, app)
        controller.start()
        clerk = sign_in(controller, "rina")
        clerk_day(clerk, day, out)
        for name in ("siti", "budi"):  # the decisions go back; each laptop reports its tally
            sync(day[name])
            day[name].close()
        clerk.sign_out()
        lock_sign_in(server.url, "rina")
        supervisor = sign_in(controller, "hendra")
        supervisor_day(supervisor, folder, out)
        supervisor.sign_out()
        shoot_login_and_offline(controller, server, out)
        controller.shutdown()
        engine.dispose()
    return 0


def shoot_login_and_offline(controller: AppController, server: BranchServer, out: Path) -> None:
    """The workstation's sign-in window, then the workspace once the server has gone."""
    wait_until(lambda: isinstance(controller.window, LoginWindow))
    login = controller.window
    assert isinstance(login, LoginWindow)
    wait_until(lambda: login.workstation is not None and login.ui.loginButton.isEnabled())
    login.resize(640, 340)
    type_into(login.ui.usernameEdit, "rina")
    type_into(login.ui.passwordEdit, PASSWORDS["rina"])
    save(login, out, "ws-login")
    window = sign_in(controller, "rina")
    window.show_page("batches")
    batches: Any = window.page("batches")
    wait_until(lambda: batches.model.rowCount() >= 3)
    server.stop()
    window.ws.retry_now()
    wait_until(window.ui.offlineBanner.isVisible)
    settle(1200)
    save(window, out, "ws-offline")
    window.close()


def main(argv: list[str] | None = None) -> int:
    """Parse the arguments and take the screenshots."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).resolve().parents[1] / "docs" / "images"
    )
    parser.add_argument("--lang", choices=("id", "en"), default="id")
    args = parser.parse_args(argv)
    return run(args.out, args.lang)


if __name__ == "__main__":
    sys.exit(main())
