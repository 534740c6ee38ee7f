"""Reference packages the branch published (`bpu-branch reference publish`), kept signed.

Each row holds the signed package exactly as laptops receive it (`SignedReferencePackage` JSON),
so what is served is what was signed. A (kind, version) is published once.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, DateTime, Text, UniqueConstraint
from sqlmodel import Field, Session, SQLModel, col, select

from bpu_enroll.sync.protocol import SignedReferencePackage


class PublishedPackage(SQLModel, table=True):
    """One signed reference package."""

    __tablename__ = "branch_reference_package"
    __table_args__ = (UniqueConstraint("kind", "version"),)

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=32)
    version: str = Field(max_length=64)
    effective_from: str | None = Field(default=None, max_length=10)
    published_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))
    document: str = Field(sa_column=Column(Text, nullable=False))

    def signed(self) -> SignedReferencePackage:
        """The package as laptops receive it."""
        return SignedReferencePackage.model_validate_json(self.document)


def published_packages(session: Session) -> list[SignedReferencePackage]:
    """Every published package, oldest first."""
    rows = session.exec(select(PublishedPackage).order_by(col(PublishedPackage.id))).all()
    return [row.signed() for row in rows]
