from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.included_record import IncludedRecord


T = TypeVar("T", bound="Publication")


@_attrs_define
class Publication:
    """A published article, linked to its journal."""

    id: UUID
    title: str
    """ Unique (data model page). """
    authors: str
    journal: IncludedRecord | UUID
    """ UUID of a related record, or the record itself when included. """
    abstract: str
    doi: str
    publication_url: str
    pdf_url: str
    publication_date: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        title = self.title

        authors = self.authors

        journal: dict[str, Any] | str
        if isinstance(self.journal, UUID):
            journal = str(self.journal)
        else:
            journal = self.journal.to_dict()

        abstract = self.abstract

        doi = self.doi

        publication_url = self.publication_url

        pdf_url = self.pdf_url

        publication_date = self.publication_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "authors": authors,
                "journal": journal,
                "abstract": abstract,
                "doi": doi,
                "publication_url": publication_url,
                "pdf_url": pdf_url,
                "publication_date": publication_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.included_record import IncludedRecord  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        title = d.pop("title")

        authors = d.pop("authors")

        def _parse_journal(data: object) -> IncludedRecord | UUID:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_related_id_type_0 = UUID(data)

                return componentsschemas_related_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_related_id_type_1 = IncludedRecord.from_dict(data)

            return componentsschemas_related_id_type_1

        journal = _parse_journal(d.pop("journal"))

        abstract = d.pop("abstract")

        doi = d.pop("doi")

        publication_url = d.pop("publication_url")

        pdf_url = d.pop("pdf_url")

        publication_date = datetime.date.fromisoformat(d.pop("publication_date"))

        publication = cls(
            id=id,
            title=title,
            authors=authors,
            journal=journal,
            abstract=abstract,
            doi=doi,
            publication_url=publication_url,
            pdf_url=pdf_url,
            publication_date=publication_date,
        )

        publication.additional_properties = d
        return publication

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
