"""A receipt number as the branch shows it.

A laptop's receipt number is checked on arrival (`sync.protocol.RECEIPT`, and no NIK-like
number in it), but a branch keeps the rows it received before that rule: their receipt number
may be anything a laptop once sent, a worker's NIK too. Wherever the branch shows, exports or
audits a stored receipt number it did not validate, it shows `shown_receipt`: the number itself
when it is of a laptop's shape, else `masked_receipt` (as `bpu-branch check` names such rows).
"""

from __future__ import annotations

import re

from bpu_enroll.domain.formatting import NIK_LIKE, mask_nik_like
from bpu_enroll.sync.protocol import RECEIPT

_RECEIPT = re.compile(RECEIPT)


def of_a_laptops_shape(receipt_no: str) -> bool:
    """Whether a receipt number is one the protocol lets in today (`RecordPayload`)."""
    return bool(_RECEIPT.fullmatch(receipt_no)) and not NIK_LIKE.search(receipt_no)


def masked_receipt(receipt_no: str) -> str:
    """A receipt number fit to print whatever it holds: a NIK in it masked; one that is still
    not of a laptop's shape (a name, other text) shows its first two characters only."""
    masked = mask_nik_like(receipt_no)
    if _RECEIPT.fullmatch(masked):
        return masked
    return masked[:2] + "*" * min(max(len(masked) - 2, 1), 14)


def shown_receipt(receipt_no: str) -> str:
    """A stored receipt number as the branch may show it: whole when of a laptop's shape, else
    masked (`masked_receipt`)."""
    return receipt_no if of_a_laptops_shape(receipt_no) else masked_receipt(receipt_no)
