from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subject_log_details import SubjectLogDetails


T = TypeVar("T", bound="SubjectLogChangeEntryRequest")


@_attrs_define
class SubjectLogChangeEntryRequest:
    """The entry is found by `date_time` (the reference shows no example for interval entries); the other fields are
    changed.

    """

    date_time: datetime.datetime | Unset = UNSET
    """ Instantaneous entries. """
    start_date_time: datetime.datetime | Unset = UNSET
    """ Interval entries. """
    end_date_time: datetime.datetime | Unset = UNSET
    """ Interval entries. """
    notes: None | str | Unset = UNSET
    details: SubjectLogDetails | Unset = UNSET
    """ Entry observations; shape per log `type` on the subject log schemas page (api/schemas/subjectlog). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date_time: str | Unset = UNSET
        if not isinstance(self.date_time, Unset):
            date_time = self.date_time.isoformat()

        start_date_time: str | Unset = UNSET
        if not isinstance(self.start_date_time, Unset):
            start_date_time = self.start_date_time.isoformat()

        end_date_time: str | Unset = UNSET
        if not isinstance(self.end_date_time, Unset):
            end_date_time = self.end_date_time.isoformat()

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date_time is not UNSET:
            field_dict["date_time"] = date_time
        if start_date_time is not UNSET:
            field_dict["start_date_time"] = start_date_time
        if end_date_time is not UNSET:
            field_dict["end_date_time"] = end_date_time
        if notes is not UNSET:
            field_dict["notes"] = notes
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subject_log_details import SubjectLogDetails  # noqa: PLC0415

        d = dict(src_dict)
        _date_time = d.pop("date_time", UNSET)
        date_time: datetime.datetime | Unset
        if isinstance(_date_time, Unset):
            date_time = UNSET
        else:
            date_time = datetime.datetime.fromisoformat(_date_time)

        _start_date_time = d.pop("start_date_time", UNSET)
        start_date_time: datetime.datetime | Unset
        if isinstance(_start_date_time, Unset):
            start_date_time = UNSET
        else:
            start_date_time = datetime.datetime.fromisoformat(_start_date_time)

        _end_date_time = d.pop("end_date_time", UNSET)
        end_date_time: datetime.datetime | Unset
        if isinstance(_end_date_time, Unset):
            end_date_time = UNSET
        else:
            end_date_time = datetime.datetime.fromisoformat(_end_date_time)

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        _details = d.pop("details", UNSET)
        details: SubjectLogDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = SubjectLogDetails.from_dict(_details)

        subject_log_change_entry_request = cls(
            date_time=date_time,
            start_date_time=start_date_time,
            end_date_time=end_date_time,
            notes=notes,
            details=details,
        )

        subject_log_change_entry_request.additional_properties = d
        return subject_log_change_entry_request

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
