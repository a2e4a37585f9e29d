from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedPublicationRequest")


@_attrs_define
class PatchedPublicationRequest:
    title: str | Unset = UNSET
    authors: str | Unset = UNSET
    journal: UUID | Unset = UNSET
    abstract: str | Unset = UNSET
    doi: str | Unset = UNSET
    publication_url: str | Unset = UNSET
    pdf_url: str | Unset = UNSET
    publication_date: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        authors = self.authors

        journal: str | Unset = UNSET
        if not isinstance(self.journal, Unset):
            journal = str(self.journal)

        abstract = self.abstract

        doi = self.doi

        publication_url = self.publication_url

        pdf_url = self.pdf_url

        publication_date: str | Unset = UNSET
        if not isinstance(self.publication_date, Unset):
            publication_date = self.publication_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if authors is not UNSET:
            field_dict["authors"] = authors
        if journal is not UNSET:
            field_dict["journal"] = journal
        if abstract is not UNSET:
            field_dict["abstract"] = abstract
        if doi is not UNSET:
            field_dict["doi"] = doi
        if publication_url is not UNSET:
            field_dict["publication_url"] = publication_url
        if pdf_url is not UNSET:
            field_dict["pdf_url"] = pdf_url
        if publication_date is not UNSET:
            field_dict["publication_date"] = publication_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        authors = d.pop("authors", UNSET)

        _journal = d.pop("journal", UNSET)
        journal: UUID | Unset
        if isinstance(_journal, Unset):
            journal = UNSET
        else:
            journal = UUID(_journal)

        abstract = d.pop("abstract", UNSET)

        doi = d.pop("doi", UNSET)

        publication_url = d.pop("publication_url", UNSET)

        pdf_url = d.pop("pdf_url", UNSET)

        _publication_date = d.pop("publication_date", UNSET)
        publication_date: datetime.date | Unset
        if isinstance(_publication_date, Unset):
            publication_date = UNSET
        else:
            publication_date = datetime.date.fromisoformat(_publication_date)

        patched_publication_request = cls(
            title=title,
            authors=authors,
            journal=journal,
            abstract=abstract,
            doi=doi,
            publication_url=publication_url,
            pdf_url=pdf_url,
            publication_date=publication_date,
        )

        patched_publication_request.additional_properties = d
        return patched_publication_request

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
