from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PublicationRequest")


@_attrs_define
class PublicationRequest:
    title: str
    authors: str
    journal: UUID
    abstract: str
    publication_date: datetime.date
    doi: str | Unset = UNSET
    publication_url: str | Unset = UNSET
    pdf_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        authors = self.authors

        journal = str(self.journal)

        abstract = self.abstract

        publication_date = self.publication_date.isoformat()

        doi = self.doi

        publication_url = self.publication_url

        pdf_url = self.pdf_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "authors": authors,
                "journal": journal,
                "abstract": abstract,
                "publication_date": publication_date,
            }
        )
        if doi is not UNSET:
            field_dict["doi"] = doi
        if publication_url is not UNSET:
            field_dict["publication_url"] = publication_url
        if pdf_url is not UNSET:
            field_dict["pdf_url"] = pdf_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        authors = d.pop("authors")

        journal = UUID(d.pop("journal"))

        abstract = d.pop("abstract")

        publication_date = datetime.date.fromisoformat(d.pop("publication_date"))

        doi = d.pop("doi", UNSET)

        publication_url = d.pop("publication_url", UNSET)

        pdf_url = d.pop("pdf_url", UNSET)

        publication_request = cls(
            title=title,
            authors=authors,
            journal=journal,
            abstract=abstract,
            publication_date=publication_date,
            doi=doi,
            publication_url=publication_url,
            pdf_url=pdf_url,
        )

        publication_request.additional_properties = d
        return publication_request

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
