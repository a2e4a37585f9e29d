from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.procedure_log_details import ProcedureLogDetails


T = TypeVar("T", bound="ProcedureLogEntry")


@_attrs_define
class ProcedureLogEntry:
    """One timestamped entry of a procedure log."""

    date_time: datetime.datetime
    notes: None | str | Unset = UNSET
    details: ProcedureLogDetails | Unset = UNSET
    """ Entry measurements; shape per log `type` on the procedure log schemas page (api/schemas/procedurelog). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date_time = self.date_time.isoformat()

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
        field_dict.update(
            {
                "date_time": date_time,
            }
        )
        if notes is not UNSET:
            field_dict["notes"] = notes
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.procedure_log_details import ProcedureLogDetails  # noqa: PLC0415

        d = dict(src_dict)
        date_time = datetime.datetime.fromisoformat(d.pop("date_time"))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        _details = d.pop("details", UNSET)
        details: ProcedureLogDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = ProcedureLogDetails.from_dict(_details)

        procedure_log_entry = cls(
            date_time=date_time,
            notes=notes,
            details=details,
        )

        procedure_log_entry.additional_properties = d
        return procedure_log_entry

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
