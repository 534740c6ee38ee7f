"""The laptop's report to the branch after a completed sync: pending count and recent tallies.

`build_report` gathers what the branch's supervisor reconciles: the app and reference-data
versions this laptop runs, how many records still wait to be sent, and this laptop's own daily
tally document (`tally --json`, in Indonesian like the branch's) for each local day of the
last `REPORT_DAYS` days that has records. `send_report` posts it; a report that cannot be sent
is logged (its error type only, never personal data) and never fails the sync before it.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from bpu_enroll import __version__
from bpu_enroll.documents.tally.figures import tally_figures
from bpu_enroll.domain.formatting import zone_for_province
from bpu_enroll.services.reference import reference_for
from bpu_enroll.services.session import OfficerSession
from bpu_enroll.services.tally import TallyService
from bpu_enroll.sync.client import SyncClient
from bpu_enroll.sync.laptop_store import pending_records
from bpu_enroll.sync.report import REPORT_DAYS, LaptopReport, ReportAnswer, TallyDocument

log = logging.getLogger(__name__)


def build_report(session: OfficerSession, *, days: int = REPORT_DAYS) -> LaptopReport:
    """The report of this laptop now: pending count and the tallies of recent days."""
    now = session.now()
    zone, _label = zone_for_province(session.profile.province_code)
    today = now.astimezone(zone).date()
    service = TallyService(session)
    tallies = []
    for back in range(days - 1, -1, -1):
        data = service.figures(today - timedelta(days=back))
        if not data.is_empty:
            tallies.append(TallyDocument.model_validate(tally_figures(data)))
    return LaptopReport(
        device=session.profile.device_code,
        generated_at=now,
        pending=pending_records(session.store),
        tallies=tallies,
        app_version=__version__,
        reference_versions=reference_for(session.data_dir).flat_versions(),
    )


def send_report(session: OfficerSession, client: SyncClient) -> ReportAnswer | None:
    """Build and send the report; None (and a log line) when it could not be sent."""
    try:
        return client.report(build_report(session))
    except Exception as exc:  # noqa: BLE001 - a report never fails the sync before it
        log.warning("laptop report not sent: %s", type(exc).__name__)
        return None
