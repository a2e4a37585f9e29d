from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Meta")


@_attrs_define
class Meta:
    """Pagination metadata of a list response. The reference names it without giving its fields; these are the dynamic-rest
    totals.

    """

    total_results: int | Unset = UNSET
    total_pages: int | Unset = UNSET
    page: int | Unset = UNSET
    per_page: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_results = self.total_results

        total_pages = self.total_pages

        page = self.page

        per_page = self.per_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_results is not UNSET:
            field_dict["total_results"] = total_results
        if total_pages is not UNSET:
            field_dict["total_pages"] = total_pages
        if page is not UNSET:
            field_dict["page"] = page
        if per_page is not UNSET:
            field_dict["per_page"] = per_page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_results = d.pop("total_results", UNSET)

        total_pages = d.pop("total_pages", UNSET)

        page = d.pop("page", UNSET)

        per_page = d.pop("per_page", UNSET)

        meta = cls(
            total_results=total_results,
            total_pages=total_pages,
            page=page,
            per_page=per_page,
        )

        meta.additional_properties = d
        return meta

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
