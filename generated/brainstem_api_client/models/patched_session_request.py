from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.download_link import DownloadLink
    from ..models.extra_fields import ExtraFields


T = TypeVar("T", bound="PatchedSessionRequest")


@_attrs_define
class PatchedSessionRequest:
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    projects: list[UUID] | Unset = UNSET
    date_time: datetime.datetime | None | Unset = UNSET
    datastorage: list[UUID] | Unset = UNSET
    extra_fields: ExtraFields | Unset = UNSET
    """ Free key/value metadata; keys start with a letter (letters, digits, underscores), values are strings or
    numbers. """
    download_links: list[DownloadLink] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        projects: list[str] | Unset = UNSET
        if not isinstance(self.projects, Unset):
            projects = []
            for projects_item_data in self.projects:
                projects_item = str(projects_item_data)
                projects.append(projects_item)

        date_time: None | str | Unset
        if isinstance(self.date_time, Unset):
            date_time = UNSET
        elif isinstance(self.date_time, datetime.datetime):
            date_time = self.date_time.isoformat()
        else:
            date_time = self.date_time

        datastorage: list[str] | Unset = UNSET
        if not isinstance(self.datastorage, Unset):
            datastorage = []
            for datastorage_item_data in self.datastorage:
                datastorage_item = str(datastorage_item_data)
                datastorage.append(datastorage_item)

        extra_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra_fields, Unset):
            extra_fields = self.extra_fields.to_dict()

        download_links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.download_links, Unset):
            download_links = []
            for download_links_item_data in self.download_links:
                download_links_item = download_links_item_data.to_dict()
                download_links.append(download_links_item)

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if projects is not UNSET:
            field_dict["projects"] = projects
        if date_time is not UNSET:
            field_dict["date_time"] = date_time
        if datastorage is not UNSET:
            field_dict["datastorage"] = datastorage
        if extra_fields is not UNSET:
            field_dict["extra_fields"] = extra_fields
        if download_links is not UNSET:
            field_dict["download_links"] = download_links
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.download_link import DownloadLink  # noqa: PLC0415
        from ..models.extra_fields import ExtraFields  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _projects = d.pop("projects", UNSET)
        projects: list[UUID] | Unset = UNSET
        if _projects is not UNSET:
            projects = []
            for projects_item_data in _projects:
                projects_item = UUID(projects_item_data)

                projects.append(projects_item)

        def _parse_date_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_time_type_0 = datetime.datetime.fromisoformat(data)

                return date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_time = _parse_date_time(d.pop("date_time", UNSET))

        _datastorage = d.pop("datastorage", UNSET)
        datastorage: list[UUID] | Unset = UNSET
        if _datastorage is not UNSET:
            datastorage = []
            for datastorage_item_data in _datastorage:
                datastorage_item = UUID(datastorage_item_data)

                datastorage.append(datastorage_item)

        _extra_fields = d.pop("extra_fields", UNSET)
        extra_fields: ExtraFields | Unset
        if isinstance(_extra_fields, Unset):
            extra_fields = UNSET
        else:
            extra_fields = ExtraFields.from_dict(_extra_fields)

        _download_links = d.pop("download_links", UNSET)
        download_links: list[DownloadLink] | Unset = UNSET
        if _download_links is not UNSET:
            download_links = []
            for download_links_item_data in _download_links:
                download_links_item = DownloadLink.from_dict(download_links_item_data)

                download_links.append(download_links_item)

        tags = cast(list[str], d.pop("tags", UNSET))

        patched_session_request = cls(
            name=name,
            description=description,
            projects=projects,
            date_time=date_time,
            datastorage=datastorage,
            extra_fields=extra_fields,
            download_links=download_links,
            tags=tags,
        )

        patched_session_request.additional_properties = d
        return patched_session_request

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
